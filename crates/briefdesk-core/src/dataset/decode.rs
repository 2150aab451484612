//! Reads one file's text into model types, collecting every structural
//! problem instead of stopping at the first.
//!
//! The fast path is plain serde. Only when it fails does the file go through
//! the slow path: the JSON Schema derived from the model (schemars) is checked
//! with `jsonschema`, which reports every unknown field, missing field, wrong
//! type and bad enum value at once; the elements that still decode are kept so
//! the cross-file checks can run on them.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use jsonschema::{ValidationError, Validator};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::problem::{JsonPath, Pending, ProblemKind, Seg};

/// The elements of an array file that decoded, with their index in the file.
pub(crate) struct Decoded<T> {
    pub items: Vec<(usize, T)>,
    /// Ids of elements that did not decode: they still count as existing, so
    /// that one broken record does not also make every reference to it dangle.
    pub broken_ids: Vec<String>,
    /// The file could not be read at all (missing, not UTF-8, not JSON, not
    /// an array): references into it cannot be checked.
    pub unreadable: bool,
}

impl<T> Default for Decoded<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            broken_ids: Vec::new(),
            unreadable: true,
        }
    }
}

/// Decode a file whose top level is an array of `T`.
pub(crate) fn decode_array<T>(file: &'static str, text: &str, out: &mut Vec<Pending>) -> Decoded<T>
where
    T: DeserializeOwned + JsonSchema + Send,
{
    if let Some(items) = decode_halves::<T>(text) {
        return Decoded {
            items: items.into_iter().enumerate().collect(),
            broken_ids: Vec::new(),
            unreadable: false,
        };
    }
    let err = match serde_json::from_str::<Vec<T>>(text) {
        Ok(items) => {
            return Decoded {
                items: items.into_iter().enumerate().collect(),
                broken_ids: Vec::new(),
                unreadable: false,
            }
        }
        Err(err) => err,
    };
    let Some(value) = slow_path::<Vec<T>>(file, text, err, out) else {
        return Decoded::default();
    };
    let mut decoded = Decoded::default();
    let reported: BTreeSet<usize> = out
        .iter()
        .filter(|p| p.file == file)
        .filter_map(|p| match p.path.0.first() {
            Some(Seg::Index(i)) => Some(*i),
            _ => None,
        })
        .collect();
    if let Value::Array(elements) = value {
        decoded.unreadable = false;
        for (i, element) in elements.iter().enumerate() {
            // An element whose only fault is unknown fields is still checked
            // in full: drop those fields and read the rest.
            let result = T::deserialize(element).or_else(|e| {
                let unknown = unknown_fields_under(out, file, i);
                if unknown.is_empty() {
                    return Err(e);
                }
                let mut repaired = element.clone();
                for path in unknown {
                    remove_at(&mut repaired, &path.0[1..]);
                }
                T::deserialize(&repaired)
            });
            match result {
                Ok(item) => decoded.items.push((i, item)),
                Err(e) => {
                    if !reported.contains(&i) {
                        // The schema let it through but serde did not: still say so.
                        out.push(Pending::new(
                            file,
                            JsonPath::root().index(i),
                            ProblemKind::Structure,
                            e.to_string(),
                        ));
                    }
                    if let Some(id) = element.get("id").and_then(Value::as_str) {
                        decoded.broken_ids.push(id.to_owned());
                    }
                }
            }
        }
    }
    decoded
}

/// Paths of the unknown fields reported inside element `index` of `file`.
fn unknown_fields_under(out: &[Pending], file: &str, index: usize) -> Vec<JsonPath> {
    out.iter()
        .filter(|p| p.file == file && p.at_key)
        .filter(|p| p.path.0.first() == Some(&Seg::Index(index)))
        .map(|p| p.path.clone())
        .collect()
}

/// Remove the value at `path` (relative to `value`) if it exists.
fn remove_at(value: &mut Value, path: &[Seg]) {
    match path {
        [] => {}
        [Seg::Key(k)] => {
            if let Value::Object(map) = value {
                map.remove(k);
            }
        }
        [first, rest @ ..] => {
            let next = match (first, value) {
                (Seg::Key(k), Value::Object(map)) => map.get_mut(k),
                (Seg::Index(i), Value::Array(items)) => items.get_mut(*i),
                _ => None,
            };
            if let Some(next) = next {
                remove_at(next, rest);
            }
        }
    }
}

/// Large, valid files decode in two halves on two threads.
///
/// The split is a guess: a raw newline (never inside a JSON string), the
/// first element's indentation and `{`, right after a `,`. If the guess fell
/// inside an element, one half has unbalanced brackets and fails to parse;
/// any failure returns `None` and the caller decodes the whole text, so the
/// result and every error position are exactly those of a plain decode.
fn decode_halves<T: DeserializeOwned + Send>(text: &str) -> Option<Vec<T>> {
    const MIN_SPLIT: usize = 4 << 20;
    if text.len() < MIN_SPLIT {
        return None;
    }
    let body = text.trim_start().strip_prefix('[')?;
    let indent_len = body.find(|c: char| c != '\n' && c != '\r' && c != ' ' && c != '\t')?;
    let indent = body[..indent_len].rsplit('\n').next()?;
    let pattern = format!("\n{indent}{{");
    let mid = text.len() / 2;
    let at = mid + text.get(mid..)?.find(&pattern)?;
    let comma = text[..at].trim_end();
    let first = format!("{}]", comma.strip_suffix(',')?);
    let second = format!("[{}", &text[at..]);
    std::thread::scope(|scope| {
        let tail = scope.spawn(|| serde_json::from_str::<Vec<T>>(&second).ok());
        let mut head = serde_json::from_str::<Vec<T>>(&first).ok()?;
        head.extend(tail.join().ok()??);
        Some(head)
    })
}

/// Decode a file whose top level is one object `T`.
pub(crate) fn decode_object<T>(file: &'static str, text: &str, out: &mut Vec<Pending>) -> Option<T>
where
    T: DeserializeOwned + JsonSchema,
{
    let err = match serde_json::from_str::<T>(text) {
        Ok(item) => return Some(item),
        Err(err) => err,
    };
    let before = out.len();
    let value = slow_path::<T>(file, text, err, out)?;
    match T::deserialize(&value) {
        Ok(item) => Some(item),
        Err(e) => {
            if out.len() == before {
                out.push(Pending::new(
                    file,
                    JsonPath::root(),
                    ProblemKind::Structure,
                    e.to_string(),
                ));
            }
            None
        }
    }
}

/// Report a syntax error, or every structural error the schema finds.
/// Returns the parsed value when the text is valid JSON.
fn slow_path<T: JsonSchema>(
    file: &'static str,
    text: &str,
    err: serde_json::Error,
    out: &mut Vec<Pending>,
) -> Option<Value> {
    use serde_json::error::Category;
    if matches!(
        err.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        out.push(syntax_problem(file, &err));
        return None;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.push(syntax_problem(file, &e));
            return None;
        }
    };
    // The value keeps only the last of two equal keys; serde refused them
    // (that is why we are here): say where both are.
    let locator = super::locate::Locator::new(text);
    for (path, at, first) in locator.duplicate_keys() {
        let key = match path.0.last() {
            Some(Seg::Key(k)) => k.clone(),
            _ => String::new(),
        };
        let (line, _) = super::locate::line_col(text, first);
        let mut p = Pending::new(
            file,
            path,
            ProblemKind::DuplicateKey,
            format!("duplicate key `{key}`: it already appears in this object at line {line}; only one is allowed"),
        );
        p.at_key = true;
        p.position = Some(super::locate::line_col(text, at));
        out.push(p);
    }
    let (schema, validator) = schema_and_validator::<T>();
    for error in validator.iter_errors(&value) {
        pending_from_schema_error(file, schema, &error, out);
    }
    Some(value)
}

fn syntax_problem(file: &'static str, err: &serde_json::Error) -> Pending {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let mut p = Pending::new(
        file,
        JsonPath::root(),
        ProblemKind::Syntax,
        format!("invalid JSON: {message}"),
    );
    p.position = Some((err.line().max(1), err.column().max(1)));
    p
}

/// The schema for `T` and a compiled validator, built once per type.
fn schema_and_validator<T: JsonSchema>() -> (&'static Value, &'static Validator) {
    type Cache = Mutex<HashMap<String, &'static (Value, Validator)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    let entry = cache
        .entry(T::schema_name().into_owned())
        .or_insert_with(|| {
            let schema = schema_value::<T>();
            let validator = jsonschema::validator_for(&schema)
                .unwrap_or_else(|e| unreachable!("schemars produced an invalid schema: {e}"));
            Box::leak(Box::new((schema, validator)))
        });
    (&entry.0, &entry.1)
}

/// The JSON Schema of `T` as a JSON value.
pub fn schema_value<T: JsonSchema>() -> Value {
    schemars::schema_for!(T).to_value()
}

fn instance_path(error: &ValidationError<'_>) -> JsonPath {
    JsonPath(
        error
            .instance_path()
            .segments()
            .map(|seg| match seg {
                LocationSegment::Index(i) => Seg::Index(i),
                other => Seg::Key(other.to_string()),
            })
            .collect(),
    )
}

fn pending_from_schema_error(
    file: &'static str,
    schema: &Value,
    error: &ValidationError<'_>,
    out: &mut Vec<Pending>,
) {
    let path = instance_path(error);
    let instance = error.instance();
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_properties(schema, error.schema_path().as_str());
            for key in unexpected {
                let mut p = Pending::new(
                    file,
                    path.key(key),
                    ProblemKind::Structure,
                    unknown_field_message(key, &allowed),
                );
                p.at_key = true;
                if let Some(v) = instance.get(key) {
                    p = p.value(v);
                }
                out.push(p);
            }
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            out.push(Pending::new(
                file,
                path.key(name),
                ProblemKind::Structure,
                format!("missing field `{name}`"),
            ));
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            out.push(
                Pending::new(
                    file,
                    path,
                    ProblemKind::Structure,
                    format!("expected {expected}, found {}", describe(instance)),
                )
                .value(instance),
            );
        }
        ValidationErrorKind::Enum { options } => {
            let options = options
                .as_array()
                .map(|o| {
                    o.iter()
                        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            out.push(
                Pending::new(
                    file,
                    path,
                    ProblemKind::Structure,
                    format!("not an allowed value; expected one of: {options}"),
                )
                .value(instance),
            );
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => {
            out.push(
                Pending::new(
                    file,
                    path,
                    ProblemKind::Structure,
                    format!("too small: the minimum is {limit}"),
                )
                .value(instance),
            );
        }
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::AnyOf { .. }
            if !allowed_constants(schema, error.schema_path().as_str()).is_empty() =>
        {
            let options = allowed_constants(schema, error.schema_path().as_str()).join(", ");
            out.push(
                Pending::new(
                    file,
                    path,
                    ProblemKind::Structure,
                    format!("not an allowed value; expected one of: {options}"),
                )
                .value(instance),
            );
        }
        _ => out.push(
            Pending::new(file, path, ProblemKind::Structure, error.to_string()).value(instance),
        ),
    }
}

/// The constants of a `oneOf`/`anyOf` whose branches are all `const` or
/// `enum` (how schemars writes an enum with documented variants).
fn allowed_constants(schema: &Value, schema_path: &str) -> Vec<String> {
    let Some(branches) = schema.pointer(schema_path).and_then(Value::as_array) else {
        return Vec::new();
    };
    let mut values = Vec::new();
    for b in branches {
        match (b.get("const"), b.get("enum").and_then(Value::as_array)) {
            (Some(c), _) => values.push(c.clone()),
            (None, Some(e)) => values.extend(e.iter().cloned()),
            _ => return Vec::new(),
        }
    }
    values
        .iter()
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
        .collect()
}

/// The property names allowed where an `additionalProperties` error arose.
fn allowed_properties(schema: &Value, schema_path: &str) -> Vec<String> {
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    schema
        .pointer(&format!("{parent}/properties"))
        .and_then(Value::as_object)
        .map(|props| props.keys().cloned().collect())
        .unwrap_or_default()
}

fn unknown_field_message(key: &str, allowed: &[String]) -> String {
    let closest = allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(key, a), a))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((_, name)) => format!("unknown field `{key}`; did you mean `{name}`?"),
        None if !allowed.is_empty() => {
            format!(
                "unknown field `{key}`; expected one of: {}",
                allowed.join(", ")
            )
        }
        None => format!("unknown field `{key}`"),
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize, schemars::JsonSchema)]
    struct Item {
        id: u32,
        tags: Vec<Tag>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize, schemars::JsonSchema)]
    struct Tag {
        name: String,
    }

    fn pretty(n: u32) -> String {
        let items: Vec<serde_json::Value> = (0..n)
            .map(|i| serde_json::json!({"id": i, "tags": [{"name": "a, {b}\n"}, {"name": "c"}]}))
            .collect();
        serde_json::to_string_pretty(&items).unwrap()
    }

    #[test]
    fn halves_decode_exactly_like_the_whole() {
        let text = pretty(60_000);
        assert!(text.len() > 4 << 20);
        let halves = decode_halves::<Item>(&text).expect("a split was found");
        let whole: Vec<Item> = serde_json::from_str(&text).unwrap();
        assert_eq!(halves, whole);
    }

    #[test]
    fn a_split_inside_an_element_is_refused() {
        // Every line indented alike: the guess lands inside an element.
        let text = pretty(60_000)
            .lines()
            .map(str::trim_start)
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(decode_halves::<Item>(&text), None);
        let mut out = Vec::new();
        let decoded = decode_array::<Item>("x.json", &text, &mut out);
        assert!(out.is_empty());
        assert_eq!(decoded.items.len(), 60_000);
    }
}
