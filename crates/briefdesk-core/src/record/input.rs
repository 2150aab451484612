//! Own records as the user writes them in a file: one record or an array,
//! in the dataset's JSON shapes with a `"type"` field. Every structural
//! problem of every record is found at once by the dataset's own check
//! (the schema derived from the model), and located by line and column in
//! the user's file.

use serde_json::Value;

use super::{OwnRecord, RecordKind, RecordProblem};
use crate::dataset::decode::decode_array;
use crate::dataset::locate::Locator;
use crate::dataset::problem::{JsonPath, Pending};
use crate::dataset::ProblemKind;
use crate::model::*;

/// The types a record of one's own may have.
const TYPES: [&str; 5] = ["meeting", "commitment", "source", "actor", "conflict"];

/// The records in `text` (the file `file`), or every problem found.
pub fn decode_records(file: &str, text: &str) -> Result<Vec<OwnRecord>, Vec<RecordProblem>> {
    let problem = |position: Option<usize>,
                   path: &JsonPath,
                   record: String,
                   kind: ProblemKind,
                   message: String,
                   value: Option<String>,
                   at: Option<(usize, usize)>| RecordProblem {
        entry: None,
        file: Some(file.to_owned()),
        line: at.map(|a| a.0),
        column: at.map(|a| a.1),
        position,
        record,
        field: field_of(path),
        value,
        kind,
        message,
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let at = (e.line() > 0).then(|| (e.line(), e.column()));
            return Err(vec![problem(
                None,
                &JsonPath::root(),
                "the file".into(),
                ProblemKind::Syntax,
                format!("not valid JSON: {e}"),
                None,
                at,
            )]);
        }
    };
    let (elements, in_array) = match value {
        Value::Array(items) => (items, true),
        obj @ Value::Object(_) => (vec![obj], false),
        _ => {
            return Err(vec![problem(
                None,
                &JsonPath::root(),
                "the file".into(),
                ProblemKind::Structure,
                "expected one record (an object) or an array of records".into(),
                None,
                Some((1, 1)),
            )])
        }
    };
    if elements.is_empty() {
        return Err(vec![problem(
            None,
            &JsonPath::root(),
            "the file".into(),
            ProblemKind::Structure,
            "the array holds no record".into(),
            None,
            Some((1, 1)),
        )]);
    }
    let locator = std::cell::OnceCell::new();
    let locate = |path: &JsonPath, at_key: bool| {
        locator
            .get_or_init(|| Locator::new(text))
            .position(path, at_key)
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, element) in elements.into_iter().enumerate() {
        let base = if in_array {
            JsonPath::root().index(i)
        } else {
            JsonPath::root()
        };
        let position = in_array.then_some(i + 1);
        let id = element.get("id").and_then(Value::as_str).map(str::to_owned);
        let ty = element
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let name = |kind: &str| match &id {
            Some(id) => format!("{kind} `{id}`"),
            None => format!("a {kind} without an id"),
        };
        let Some(ty) = ty.filter(|t| TYPES.contains(&t.as_str())) else {
            let given = element.get("type").map(|t| t.to_string());
            let path = base.key("type");
            problems.push(problem(
                position,
                &JsonPath::root().key("type"),
                name("record"),
                ProblemKind::Structure,
                format!(
                    "`type` must be one of {}",
                    TYPES.map(|t| format!("`{t}`")).join(", ")
                ),
                given,
                locate(&path, element.get("type").is_some()).or_else(|| locate(&base, false)),
            ));
            continue;
        };
        match serde_json::from_value::<OwnRecord>(element.clone()) {
            Ok(r) => out.push(r),
            Err(_) => {
                // The dataset's structural check, on this record alone,
                // reports every problem with its path.
                let mut body = element;
                if let Some(o) = body.as_object_mut() {
                    o.remove("type");
                }
                let one = Value::Array(vec![body]).to_string();
                let mut found: Vec<Pending> = Vec::new();
                let file_name: &'static str = RecordKind::of_keyword(&ty).file();
                match ty.as_str() {
                    "meeting" => drop(decode_array::<Meeting>(file_name, &one, &mut found)),
                    "commitment" => drop(decode_array::<Commitment>(file_name, &one, &mut found)),
                    "source" => drop(decode_array::<Source>(file_name, &one, &mut found)),
                    "actor" => drop(decode_array::<Actor>(file_name, &one, &mut found)),
                    _ => drop(decode_array::<Conflict>(file_name, &one, &mut found)),
                }
                if found.is_empty() {
                    found.push(Pending::new(
                        file_name,
                        JsonPath::root().index(0),
                        ProblemKind::Structure,
                        "not a record of this type",
                    ));
                }
                for p in found {
                    // `$[0].x` in the one-record array is `base.x` in the file.
                    let mut path = base.clone();
                    path.0.extend(p.path.0.iter().skip(1).cloned());
                    let at = locate(&path, p.at_key);
                    problems.push(problem(
                        position,
                        &path.strip(&base),
                        name(&ty),
                        p.kind,
                        p.message,
                        p.value,
                        at,
                    ));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Give the problems found with records read from `file` (whose text is
/// `text`) the file, the record's position in it and the line and column
/// of the field concerned (or of the record).
pub fn place_problems(problems: &mut [RecordProblem], file: &str, text: &str) {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let (elements, in_array) = match &value {
        Value::Array(items) => (items.iter().collect::<Vec<_>>(), true),
        v => (vec![v], false),
    };
    let key_of = |v: &Value| {
        Some(format!(
            "record:{}:{}",
            v.get("type")?.as_str()?,
            v.get("id")?.as_str()?
        ))
    };
    let locator = Locator::new(text);
    for p in problems.iter_mut() {
        let Some(i) = elements
            .iter()
            .position(|e| key_of(e).is_some() && key_of(e) == p.entry)
        else {
            continue;
        };
        p.file = Some(file.to_owned());
        let mut path = if in_array {
            p.position = Some(i + 1);
            JsonPath::root().index(i)
        } else {
            JsonPath::root()
        };
        for step in p
            .field
            .split(['.', '['])
            .filter(|s| !s.is_empty())
            .map(|s| s.trim_end_matches(']'))
        {
            path = match step.parse::<usize>() {
                Ok(n) => path.index(n),
                Err(_) => path.key(step),
            };
        }
        if let Some((line, column)) = locator.position(&path, false) {
            p.line = Some(line);
            p.column = Some(column);
        }
    }
}

/// A path inside a record as a field name: `$.sources[0]` → `sources[0]`.
fn field_of(path: &JsonPath) -> String {
    let s = path.to_string();
    s.strip_prefix("$.")
        .or_else(|| s.strip_prefix('$'))
        .unwrap_or(&s)
        .to_owned()
}

impl RecordKind {
    /// The kind a `type` keyword names (an own record's).
    pub(crate) fn of_keyword(ty: &str) -> RecordKind {
        match ty {
            "meeting" => RecordKind::Meeting,
            "commitment" => RecordKind::Commitment,
            "source" => RecordKind::Source,
            "actor" => RecordKind::Actor,
            _ => RecordKind::Conflict,
        }
    }
}

impl JsonPath {
    /// This path without the leading `prefix`.
    fn strip(&self, prefix: &JsonPath) -> JsonPath {
        if self.0.starts_with(&prefix.0) {
            JsonPath(self.0[prefix.0.len()..].to_vec())
        } else {
            self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_record_or_an_array_with_every_problem_located() {
        let one = r#"{"type": "source", "id": "my-src", "title": "Press release", "publisher": "European Commission", "date": "2026-05-05", "url": "https://ec.europa.eu/x", "language": "en"}"#;
        let got = decode_records("one.json", one).unwrap();
        assert!(matches!(&got[..], [OwnRecord::Source(s)] if s.id == "my-src"));

        let text = "[\n  {\"type\": \"source\", \"id\": \"a\", \"title\": \"T\", \"publisher\": \"P\", \"language\": \"en\", \"urll\": \"x\"},\n  {\"type\": \"commitment\", \"id\": \"C4-09\"},\n  {\"type\": \"dragon\", \"id\": \"d\"}\n]";
        let problems = decode_records("many.json", text).unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let all = lines.join("\n");
        assert!(all.contains("many.json:2:"), "{all}");
        assert!(all.contains("record 1, source `a`: urll"), "{all}");
        assert!(all.contains("record 2, commitment `C4-09`"), "{all}");
        assert!(all.contains("missing") || all.contains("required"), "{all}");
        assert!(all.contains("record 3, record `d`: type"), "{all}");
        assert!(all.contains("many.json:4:"), "{all}");

        let bad = decode_records("x.json", "[1, ").unwrap_err();
        assert_eq!(bad[0].kind, ProblemKind::Syntax);
        assert_eq!(bad[0].line, Some(1));
    }
}
