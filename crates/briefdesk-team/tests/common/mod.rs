//! What the team tests share: a workspace, a note, a source of one's own, a
//! member's password, and what two workspaces must agree on after syncing
//! (their revisions, their current state).

#![allow(dead_code)]

use std::collections::BTreeMap;

use briefdesk_core::store::{AnnotationFields, Workspace};
use briefdesk_team::Password;

/// A fresh workspace; the folder lives as long as the returned guard.
pub fn ws() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
    (dir, ws)
}

/// Fields with `text` as the note and nothing else.
pub fn note(text: &str) -> AnnotationFields {
    AnnotationFields {
        note: text.into(),
        ..AnnotationFields::default()
    }
}

/// A source of one's own, as an entry of the record.
pub fn source(id: &str, title: &str) -> briefdesk_core::record::Entry {
    briefdesk_core::record::Entry::Record(briefdesk_core::record::OwnRecord::Source(
        briefdesk_core::model::Source {
            id: id.into(),
            title: title.into(),
            publisher: "European Commission".into(),
            date: Some("2026-05-05".into()),
            url: Some("https://ec.europa.eu/commission/presscorner".into()),
            language: "en".into(),
            seed: None,
            note: None,
        },
    ))
}

pub fn pw(who: &str) -> Password<'static> {
    Password::Given(format!("pw-{who}"))
}

/// Every revision by uid → content hash.
pub fn union(ws: &Workspace) -> BTreeMap<String, String> {
    ws.team_revisions()
        .unwrap()
        .into_iter()
        .map(|r| (r.uid, r.hash))
        .collect()
}

/// What the user sees: current annotations, briefs (sorted) and entries.
pub fn current(ws: &Workspace) -> String {
    let annotations: Vec<_> = ws
        .annotations()
        .unwrap()
        .into_iter()
        .map(|a| (a.commitment, a.fields.note, a.fields.tags, a.updated_at))
        .collect();
    let mut briefs: Vec<_> = ws
        .briefs()
        .unwrap()
        .into_iter()
        .map(|b| {
            let full = ws.brief(b.id).unwrap();
            (
                b.title,
                b.template,
                serde_json::to_string(&full.doc).unwrap(),
                full.updated_at,
            )
        })
        .collect();
    briefs.sort();
    // Entries by key: each workspace lists them in the order it first
    // wrote or received them.
    let mut entries: Vec<_> = ws
        .record_entries()
        .unwrap()
        .into_iter()
        .map(|e| {
            (
                e.key,
                serde_json::to_string(&e.entry).unwrap(),
                e.author,
                e.updated_at,
            )
        })
        .collect();
    entries.sort();
    format!("{annotations:?}\n{briefs:?}\n{entries:?}")
}
