//! The shapes of the CLI's `--json` output: a stable interface for scripts.
//!
//! Every output is one object whose first field is `format_version`
//! ([`view::FORMAT_VERSION`]); fields are only ever added within a version.
//! The JSON Schemas in `docs/schema/` are generated from these types, and a
//! test fails when they drift (see docs/json-output.md).

use briefdesk_core::brief::view::BriefView;
use briefdesk_core::store::{
    Annotation, Brief, BriefHit, BriefInfo, BriefRevision, Change, ImportReport, Revision,
    SearchHit,
};
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

envelope!(
    /// `briefdesk history ID --json`
    HistoryOut {
        /// Every version of the annotation, newest first (`current` marks one).
        revisions: Vec<Revision>
    }
);

envelope!(
    /// `briefdesk undo --json` and `briefdesk redo --json`
    ChangeOut {
        /// The commitment whose annotation changed, and what is current now.
        change: Change
    }
);

envelope!(
    /// `briefdesk annotations --json`
    AnnotationsOut {
        /// Every current annotation, by commitment id.
        annotations: Vec<AnnotationOut>
    }
);

envelope!(
    /// `briefdesk import-annotations FILE --json`
    ImportOut {
        /// What the merge changed.
        import: ImportReport
    }
);

/// `briefdesk search QUERY --json`
#[derive(Serialize, JsonSchema)]
pub struct SearchOut {
    /// Version of this output format.
    pub format_version: u32,
    /// The matching commitments, best first. In `snippet`, each match is
    /// between U+E000 and U+E001.
    pub hits: Vec<SearchHit>,
    /// The matching briefs, best first (none when a filter is given).
    pub briefs: Vec<BriefHit>,
}

impl SearchOut {
    pub fn new(hits: Vec<SearchHit>, briefs: Vec<BriefHit>) -> Self {
        Self {
            format_version: view::FORMAT_VERSION,
            hits,
            briefs,
        }
    }
}

envelope!(
    /// `briefdesk brief list --json`
    BriefsOut {
        /// Your briefs and saved templates (`template`), by id.
        briefs: Vec<BriefInfo>
    }
);

envelope!(
    /// `briefdesk brief history ID --json`
    BriefHistoryOut {
        /// Every version of the brief, newest first (`current` marks one;
        /// `doc` is null for a deletion).
        revisions: Vec<BriefRevision>
    }
);

/// `briefdesk brief show ID --json`, `brief new --json`, `brief quick --json`
#[derive(Serialize, JsonSchema)]
pub struct BriefOut {
    /// Version of this output format.
    pub format_version: u32,
    /// The brief as stored: what you wrote, in order.
    pub brief: Brief,
    /// How it reads against the dataset and your annotations.
    pub view: BriefView,
}

impl BriefOut {
    pub fn new(brief: Brief, view: BriefView) -> Self {
        Self {
            format_version: view::FORMAT_VERSION,
            brief,
            view,
        }
    }
}

/// `briefdesk annotate ID --json` and `briefdesk restore ID REV --json`
#[derive(Serialize, JsonSchema)]
pub struct AnnotationOut {
    /// Version of this output format.
    pub format_version: u32,
    pub annotation: Option<Annotation>,
    /// The commitment is no longer in the dataset; the annotation is kept.
    pub orphaned: bool,
}

impl AnnotationOut {
    pub fn new(annotation: Option<Annotation>, orphaned: bool) -> Self {
        Self {
            format_version: view::FORMAT_VERSION,
            annotation,
            orphaned,
        }
    }
}

/// `briefdesk validate --json`
#[derive(Serialize, JsonSchema)]
pub struct Validation {
    /// Version of this output format.
    pub format_version: u32,
    /// Whether the dataset is valid.
    pub ok: bool,
    /// Every problem found, in file order; empty when `ok`.
    pub problems: Vec<Problem>,
}

impl Validation {
    pub fn new(problems: Vec<Problem>) -> Self {
        Self {
            format_version: view::FORMAT_VERSION,
            ok: problems.is_empty(),
            problems,
        }
    }
}

envelope!(
    /// `briefdesk record add FILE --json`, `record list --json`, `record remove ID --json`, `record restore ID REV --json`
    RecordsOut {
        /// Your own records and corrections (written, or all), each with its
        /// state in the record as shown (`applied`, `covered`: the release has
        /// it, `not-applied`: it does not fit the release) and why.
        records: Vec<briefdesk_core::record::EntryView>
    }
);

envelope!(
    /// `briefdesk record show ID --json` and `record correct … --json`
    RecordShowOut {
        /// The record as shipped (`shipped`: as the release in use has it,
        /// null for your own), your own record or corrections of it, and as
        /// every view shows it (`effective`).
        record: Option<briefdesk_core::record::RecordShow>
    }
);

envelope!(
    /// `briefdesk record history ID --json`
    RecordHistoryOut {
        /// Every version of your records and corrections about the id,
        /// newest first (`current` marks the ones in force; `entry` is null for
        /// a removal).
        revisions: Vec<briefdesk_core::store::RecordRevision>
    }
);

envelope!(
    /// `briefdesk dataset import FILE --json`
    ImportReleaseOut {
        /// The change report, and whether the release was applied.
        import: crate::datasets::Imported
    }
);

envelope!(
    /// `briefdesk dataset use VERSION --json`
    ReleaseOut {
        /// The release in use now.
        release: briefdesk_core::release::ReleaseInfo
    }
);

envelope!(
    /// `briefdesk dataset releases --json`
    ReleasesOut {
        /// The built-in release and every installed one, newest first.
        releases: Vec<crate::datasets::Listed>
    }
);

envelope!(
    /// `briefdesk dataset trust KEY.pub --json`
    TrustOut {
        /// The key now trusted to sign releases.
        key: briefdesk_core::store::TrustedKey
    }
);

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
        ("annotate.schema.json", of::<AnnotationOut>()),
        ("annotations.schema.json", of::<AnnotationsOut>()),
        ("history.schema.json", of::<HistoryOut>()),
        ("undo-redo.schema.json", of::<ChangeOut>()),
        ("import-annotations.schema.json", of::<ImportOut>()),
        ("search.schema.json", of::<SearchOut>()),
        ("brief-list.schema.json", of::<BriefsOut>()),
        ("brief-show.schema.json", of::<BriefOut>()),
        ("brief-history.schema.json", of::<BriefHistoryOut>()),
        ("record-list.schema.json", of::<RecordsOut>()),
        ("record-show.schema.json", of::<RecordShowOut>()),
        ("record-history.schema.json", of::<RecordHistoryOut>()),
        ("dataset-import.schema.json", of::<ImportReleaseOut>()),
        ("dataset-use.schema.json", of::<ReleaseOut>()),
        ("dataset-releases.schema.json", of::<ReleasesOut>()),
        ("dataset-trust.schema.json", of::<TrustOut>()),
        ("team-init.schema.json", of::<crate::team::InitOut>()),
        ("team-sync.schema.json", of::<crate::team::SyncOut>()),
        ("team-status.schema.json", of::<crate::team::StatusOut>()),
        ("team-leave.schema.json", of::<crate::team::LeaveOut>()),
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
        let files: Vec<(String, serde_json::Value)> = super::schemas()
            .into_iter()
            .map(|(name, schema)| (name.to_owned(), schema))
            .collect();
        let stale = briefdesk_core::golden::check_json(&dir, &files, true);
        assert!(
            stale.is_empty(),
            "docs/schema/{stale:?} differ from the output types; \
             run `BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli` and review the diff"
        );
    }
}
