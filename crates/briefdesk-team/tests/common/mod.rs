//! What the team tests share: a member's password, and what two
//! workspaces must agree on after syncing (their revisions, their current
//! state).

#![allow(dead_code)]

use std::collections::BTreeMap;

use briefdesk_core::store::Workspace;
use briefdesk_team::Password;

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
