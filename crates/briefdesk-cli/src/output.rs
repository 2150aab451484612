//! The shapes of the CLI's `--json` output: a stable interface for scripts.
//!
//! Every output is one object whose first field is `format_version`
//! ([`view::FORMAT_VERSION`]); fields are only ever added within a version.
//! The JSON Schemas in `docs/schema/` are generated from these types, and a
//! test fails when they drift (see docs/json-output.md).

use briefdesk_core::view::{self, CommitmentDetail, CommitmentSummary, MeetingView, SectorView};
use briefdesk_core::Problem;
use schemars::JsonSchema;
use serde::Serialize;

macro_rules! envelope {
    ($(#[$doc:meta])* $name:ident { $(#[$fdoc:meta])* $field:ident: $ty:ty }) => {
        $(#[$doc])*
        #[derive(Serialize, JsonSchema)]
        pub struct $name {
            /// Version of this output format.
            pub format_version: u32,
            $(#[$fdoc])*
            pub $field: $ty,
        }

        impl $name {
            pub fn new($field: $ty) -> Self {
                Self { format_version: view::FORMAT_VERSION, $field }
            }
        }
    };
}

envelope!(
    /// `briefdesk sectors --json`
    Sectors {
        /// Every sector in display order.
        sectors: Vec<SectorView>
    }
);

envelope!(
    /// `briefdesk meetings --json`
    Meetings {
        /// Every meeting, oldest first.
        meetings: Vec<MeetingView>
    }
);

envelope!(
    /// `briefdesk list --json`
    List {
        /// The matching commitments in council order.
        commitments: Vec<CommitmentSummary>
    }
);

envelope!(
    /// `briefdesk show ID --json`
    Show {
        /// The commitment (or context item) in full.
        commitment: CommitmentDetail
    }
);

/// `briefdesk validate --json`
#[derive(Serialize, JsonSchema)]
pub struct Validation {
    /// Version of this output format.
    pub format_version: u32,
    /// Whether the dataset is valid.
    pub ok: bool,
    /// Every problem found, in file order; empty when `ok`.
    pub problems: Vec<ProblemOut>,
}

impl Validation {
    pub fn new(problems: Vec<Problem>) -> Self {
        Self {
            format_version: view::FORMAT_VERSION,
            ok: problems.is_empty(),
            problems: problems.into_iter().map(ProblemOut::from).collect(),
        }
    }
}

/// One problem in the dataset.
#[derive(Serialize, JsonSchema)]
pub struct ProblemOut {
    /// File name within the dataset folder.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// JSON path, e.g. `$[12].sources[0]`.
    pub path: String,
    /// The offending value as compact JSON, when there is one.
    pub value: Option<String>,
    /// Broad class: file, syntax, structure, duplicate-id, dangling-reference,
    /// date, url, empty-text, rule.
    pub kind: String,
    pub message: String,
}

impl From<Problem> for ProblemOut {
    fn from(p: Problem) -> Self {
        Self {
            kind: serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            file: p.file,
            line: p.line,
            column: p.column,
            path: p.path,
            value: p.value,
            message: p.message,
        }
    }
}

/// The schema of every JSON output, by file name under `docs/schema/`.
#[cfg(test)]
fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    fn of<T: JsonSchema>() -> serde_json::Value {
        schemars::schema_for!(T).to_value()
    }
    vec![
        ("validate.schema.json", of::<Validation>()),
        ("sectors.schema.json", of::<Sectors>()),
        ("meetings.schema.json", of::<Meetings>()),
        ("list.schema.json", of::<List>()),
        ("show.schema.json", of::<Show>()),
    ]
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The committed schemas in docs/schema/ match the output types.
    /// `BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli` rewrites them.
    #[test]
    fn committed_output_schemas_are_current() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema");
        let bless = std::env::var_os("BRIEFDESK_BLESS").is_some();
        let mut stale = Vec::new();
        for (name, schema) in super::schemas() {
            let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
            let path = dir.join(name);
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(name);
            }
        }
        assert!(
            stale.is_empty(),
            "docs/schema/{stale:?} differ from the output types; \
             run `BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli` and review the diff"
        );
    }
}
