//! The TypeScript types in `ui/src/bindings/` are generated from the Rust
//! types the desktop API exchanges (ts-rs), and `ui/src/test/fixtures/` holds
//! real API responses from the shipped dataset. These tests regenerate both
//! and fail when the committed files differ;
//! `BRIEFDESK_BLESS=1 cargo test -p briefdesk-core --test ts_bindings`
//! rewrites them.

use std::path::Path;

use briefdesk_core::api::{
    files, About, AddedToBrief, AnnotationEntry, Api, ApiError, BriefList, BriefStart, BriefState,
    ExportFormat, ExportOptions, Overview, Start, WorkspaceStatus,
};
use briefdesk_core::brief::BriefDoc;
use briefdesk_core::model::UserStatus;
use briefdesk_core::query::Filter;
use briefdesk_core::store::{
    Annotation, AnnotationFields, AnnotationSaved, BriefHit, BriefRevision, Change, ImportReport,
    Revision, SearchHit,
};
use briefdesk_core::view::{CommitmentDetail, CommitmentSummary};
use briefdesk_core::{golden, Dataset};
use ts_rs::{Config, TS};

const BLESS: &str =
    "run `BRIEFDESK_BLESS=1 cargo test -p briefdesk-core --test ts_bindings` and review the diff";

fn ui_dir(sub: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/src")
        .join(sub)
}

#[test]
fn committed_typescript_bindings_are_current() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = Config::new()
        .with_out_dir(tmp.path())
        .with_large_int("number");
    Overview::export_all(&cfg).unwrap();
    CommitmentSummary::export_all(&cfg).unwrap();
    CommitmentDetail::export_all(&cfg).unwrap();
    Filter::export_all(&cfg).unwrap();
    ApiError::export_all(&cfg).unwrap();
    WorkspaceStatus::export_all(&cfg).unwrap();
    Start::export_all(&cfg).unwrap();
    AnnotationEntry::export_all(&cfg).unwrap();
    Annotation::export_all(&cfg).unwrap();
    AnnotationSaved::export_all(&cfg).unwrap();
    AnnotationFields::export_all(&cfg).unwrap();
    Revision::export_all(&cfg).unwrap();
    Change::export_all(&cfg).unwrap();
    ImportReport::export_all(&cfg).unwrap();
    UserStatus::export_all(&cfg).unwrap();
    SearchHit::export_all(&cfg).unwrap();
    BriefList::export_all(&cfg).unwrap();
    BriefState::export_all(&cfg).unwrap();
    BriefStart::export_all(&cfg).unwrap();
    BriefDoc::export_all(&cfg).unwrap();
    BriefRevision::export_all(&cfg).unwrap();
    ExportFormat::export_all(&cfg).unwrap();
    ExportOptions::export_all(&cfg).unwrap();
    BriefHit::export_all(&cfg).unwrap();
    briefdesk_core::i18n::Lang::export_all(&cfg).unwrap();
    About::export_all(&cfg).unwrap();
    AddedToBrief::export_all(&cfg).unwrap();
    files::BundleExported::export_all(&cfg).unwrap();
    files::BundleImported::export_all(&cfg).unwrap();
    briefdesk_core::api::RecordStatus::export_all(&cfg).unwrap();
    briefdesk_core::api::RecordSaved::export_all(&cfg).unwrap();
    briefdesk_core::api::RecordChoices::export_all(&cfg).unwrap();
    briefdesk_core::record::OwnRecord::export_all(&cfg).unwrap();
    briefdesk_core::record::Correction::export_all(&cfg).unwrap();
    briefdesk_core::record::RecordShow::export_all(&cfg).unwrap();
    briefdesk_core::release::ChangeReport::export_all(&cfg).unwrap();
    briefdesk_core::store::NewsItem::export_all(&cfg).unwrap();
    briefdesk_core::api::TeamStatus::export_all(&cfg).unwrap();
    briefdesk_core::api::TeamSynced::export_all(&cfg).unwrap();
    let mut generated: Vec<(String, String)> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    generated.sort();
    assert!(generated.len() > 10, "{generated:?}");
    let stale = golden::check(&ui_dir("bindings"), &generated, true);
    assert!(
        stale.is_empty(),
        "ui/src/bindings/{stale:?} differ from the Rust types; {BLESS}"
    );
}

#[test]
fn committed_ui_fixtures_are_current() {
    let api = Api::new(Dataset::embedded());
    let ds = Dataset::embedded().unwrap();
    fn pretty<T: serde::Serialize>(v: T) -> String {
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    }
    let files = vec![
        ("overview.json".to_owned(), pretty(api.overview().unwrap())),
        (
            "commitments.json".to_owned(),
            pretty(api.commitments().unwrap()),
        ),
        (
            "commitment-C2-08.json".to_owned(),
            pretty(api.commitment("C2-08").unwrap()),
        ),
        (
            "commitment-C3-10.json".to_owned(),
            pretty(api.commitment("C3-10").unwrap()),
        ),
        (
            "record-choices.json".to_owned(),
            // The day the fixture was made, not the day the test runs.
            pretty(briefdesk_core::api::RecordChoices {
                today: "2026-12-01".into(),
                ..api.record_choices().unwrap()
            }),
        ),
        (
            "brief-doc-council-preparation.json".to_owned(),
            pretty(briefdesk_core::brief::council_preparation(
                &ds,
                briefdesk_core::i18n::Lang::En,
            )),
        ),
        (
            "brief-view-council-preparation.json".to_owned(),
            pretty(briefdesk_core::brief::view::resolve(
                &ds,
                &briefdesk_core::brief::council_preparation(&ds, briefdesk_core::i18n::Lang::En),
                &Default::default(),
                briefdesk_core::i18n::Lang::En,
            )),
        ),
        (
            "brief-view-quick-cybersecurity.json".to_owned(),
            pretty(briefdesk_core::brief::view::resolve(
                &ds,
                &briefdesk_core::brief::quick(
                    &ds,
                    "cybersecurity",
                    false,
                    briefdesk_core::i18n::Lang::En,
                )
                .unwrap(),
                &Default::default(),
                briefdesk_core::i18n::Lang::En,
            )),
        ),
    ];
    let stale = golden::check(&ui_dir("test/fixtures"), &files, false);
    assert!(
        stale.is_empty(),
        "ui/src/test/fixtures/{stale:?} are stale; {BLESS}"
    );
}
