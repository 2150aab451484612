//! Turns JSON paths into line:column positions in a file's text.
//!
//! Only runs when a file has problems, so the happy path never pays for a
//! position-keeping parse.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

use super::problem::{JsonPath, Seg};

/// A parsed file that can answer "where is this path?".
pub(crate) struct Locator<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        let root = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
            .ok()
            .and_then(|r| r.value);
        Self { text, root }
    }

    /// 1-based line and column (in characters) of the value at `path`, or of
    /// its key when `at_key`. A path that does not exist in full resolves to
    /// the deepest node that does (e.g. the object a field is missing from).
    pub fn position(&self, path: &JsonPath, at_key: bool) -> Option<(usize, usize)> {
        let mut node = self.root.as_ref()?;
        let mut offset = node.start();
        for (i, seg) in path.0.iter().enumerate() {
            let last = i + 1 == path.0.len();
            match (seg, node) {
                (Seg::Key(k), Value::Object(obj)) => {
                    let Some(prop) = obj.properties.iter().find(|p| prop_name(&p.name) == k) else {
                        break;
                    };
                    offset = if last && at_key {
                        prop.name.start()
                    } else {
                        prop.value.start()
                    };
                    node = &prop.value;
                }
                (Seg::Index(n), Value::Array(arr)) => {
                    let Some(el) = arr.elements.get(*n) else {
                        break;
                    };
                    offset = el.start();
                    node = el;
                }
                _ => break,
            }
        }
        Some(line_col(self.text, offset))
    }
}

impl Locator<'_> {
    /// Every key that appears twice in one object: the path of the later
    /// occurrence, its byte offset, and the offset of the first.
    pub fn duplicate_keys(&self) -> Vec<(JsonPath, usize, usize)> {
        let mut out = Vec::new();
        if let Some(root) = &self.root {
            duplicates_in(root, &JsonPath::root(), &mut out);
        }
        out
    }

    /// The JSON path of the deepest value containing byte `offset`, and
    /// whether the offset lies in a key rather than a value.
    pub fn path_at(&self, offset: usize) -> (JsonPath, bool) {
        let mut path = JsonPath::root();
        let Some(mut node) = self.root.as_ref() else {
            return (path, false);
        };
        loop {
            let next = match node {
                Value::Object(obj) => {
                    let mut found = None;
                    for p in &obj.properties {
                        if p.name.start() <= offset && offset < p.name.end() {
                            return (path.key(prop_name(&p.name)), true);
                        }
                        if p.value.start() <= offset && offset < p.value.end() {
                            found = Some((Seg::Key(prop_name(&p.name).to_owned()), &p.value));
                            break;
                        }
                    }
                    found
                }
                Value::Array(arr) => arr
                    .elements
                    .iter()
                    .enumerate()
                    .find(|(_, el)| el.start() <= offset && offset < el.end())
                    .map(|(i, el)| (Seg::Index(i), el)),
                _ => None,
            };
            match next {
                Some((seg, child)) => {
                    path.0.push(seg);
                    node = child;
                }
                None => return (path, false),
            }
        }
    }
}

fn duplicates_in(node: &Value<'_>, path: &JsonPath, out: &mut Vec<(JsonPath, usize, usize)>) {
    match node {
        Value::Object(obj) => {
            let mut seen: Vec<(&str, usize)> = Vec::new();
            for p in &obj.properties {
                let name = prop_name(&p.name);
                match seen.iter().find(|(n, _)| *n == name) {
                    Some(&(_, first)) => out.push((path.key(name), p.name.start(), first)),
                    None => seen.push((name, p.name.start())),
                }
                duplicates_in(&p.value, &path.key(name), out);
            }
        }
        Value::Array(arr) => {
            for (i, el) in arr.elements.iter().enumerate() {
                duplicates_in(el, &path.index(i), out);
            }
        }
        _ => {}
    }
}

fn prop_name<'b>(name: &'b ObjectPropName<'_>) -> &'b str {
    match name {
        ObjectPropName::String(lit) => lit.value.as_ref(),
        ObjectPropName::Word(lit) => lit.value,
    }
}

/// 1-based line and character column of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_keys_and_missing_fields() {
        let text = "[\n  {\"id\": \"a\",\n   \"title\": 3}\n]";
        let loc = Locator::new(text);
        let title = JsonPath::root().index(0).key("title");
        assert_eq!(loc.position(&title, false), Some((3, 13)));
        assert_eq!(loc.position(&title, true), Some((3, 4)));
        // A missing field points at its object.
        let missing = JsonPath::root().index(0).key("summary");
        assert_eq!(loc.position(&missing, false), Some((2, 3)));
    }

    #[test]
    fn finds_duplicate_keys_and_the_path_at_an_offset() {
        let text = "[{\"id\": \"a\", \"t\": {\"x\": 1, \"x\": 2}, \"id\": \"b\"}]";
        let loc = Locator::new(text);
        let dups: Vec<String> = loc
            .duplicate_keys()
            .iter()
            .map(|(p, at, first)| format!("{p}@{at}>{first}"))
            .collect();
        assert_eq!(dups, ["$[0].t.x@27>19", "$[0].id@36>2"]);
        let at = text.find("\"b\"").unwrap() + 1;
        assert_eq!(loc.path_at(at).0.to_string(), "$[0].id");
        assert_eq!(
            loc.path_at(text.find("\"t\"").unwrap()),
            (JsonPath::root().index(0).key("t"), true)
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(line_col("{\"名\": 1}", 8), (1, 7));
    }
}
