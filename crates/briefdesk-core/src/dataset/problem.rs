//! A problem found while loading a dataset: which file, where in it, which
//! JSON path, the offending value and what is wrong.

use std::fmt;

use serde::Serialize;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A JSON path from the root of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path with one more key.
    pub fn key(&self, key: &str) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key.to_owned()));
        Self(segs)
    }

    /// This path with one more array index.
    pub fn index(&self, index: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(index));
        Self(segs)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        for seg in &self.0 {
            match seg {
                Seg::Index(i) => write!(f, "[{i}]")?,
                Seg::Key(k) if is_plain_key(k) => write!(f, ".{k}")?,
                Seg::Key(k) => write!(f, "[{}]", serde_json::Value::from(k.as_str()))?,
            }
        }
        Ok(())
    }
}

fn is_plain_key(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// What is wrong, in broad classes (stable, for tools and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// A file is missing or unreadable.
    File,
    /// Not valid JSON (or not UTF-8).
    Syntax,
    /// Wrong shape: unknown or missing field, wrong type, value outside its set.
    Structure,
    /// The same id twice.
    DuplicateId,
    /// A reference to something that does not exist.
    DanglingReference,
    /// A date that does not exist or is out of order.
    Date,
    /// A URL that does not parse or is not http(s).
    Url,
    /// Text that is empty or blank.
    EmptyText,
    /// A control character other than newline and tab in text.
    ControlCharacter,
    /// The same key twice in one object (JSON would silently keep the last).
    DuplicateKey,
    /// Any other rule of the format (id syntax, schema version, counts).
    Rule,
}

/// One problem in a dataset, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// File name relative to the dataset folder, e.g. `commitments.json`.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// JSON path, e.g. `$[12].sources[0]`.
    pub path: String,
    /// The offending value as compact JSON (shortened), when there is one.
    pub value: Option<String>,
    pub kind: ProblemKind,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.path)?;
        if let Some(v) = &self.value {
            write!(f, " = {v}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a dataset. Loading fails with this when the list
/// is not empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} problem{} in the dataset", .0.len(), if .0.len() == 1 { "" } else { "s" })]
pub struct Problems(pub Vec<Problem>);

/// A problem before its line and column are known.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub file: &'static str,
    pub path: JsonPath,
    /// Point at the key of the last path step rather than its value
    /// (for unknown fields).
    pub at_key: bool,
    /// Already known position (syntax errors): line, column.
    pub position: Option<(usize, usize)>,
    pub value: Option<String>,
    pub kind: ProblemKind,
    pub message: String,
}

impl Pending {
    pub fn new(
        file: &'static str,
        path: JsonPath,
        kind: ProblemKind,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file,
            path,
            at_key: false,
            position: None,
            value: None,
            kind,
            message: message.into(),
        }
    }

    /// Attach the offending value, shortened for display.
    pub fn value(mut self, value: &serde_json::Value) -> Self {
        self.value = Some(shorten(&value.to_string()));
        self
    }
}

/// Cut a long JSON rendering to a readable length, on a character boundary.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}
