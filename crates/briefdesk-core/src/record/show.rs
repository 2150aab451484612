//! The user's own records and corrections as the CLI's `record list` and
//! `record show` and the app's record screen give them: each entry with
//! its state in the effective record, and one record with its value as
//! shipped, the corrections made to it and the value every view shows.

use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::dataset::Dataset;

/// An entry of the workspace with what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct EntryView {
    pub key: String,
    /// The record it is (own) or is about (correction).
    pub record: String,
    pub kind: RecordKind,
    /// The record's title (own record) or the corrected record's.
    pub title: String,
    pub entry: Entry,
    pub author: String,
    pub updated_at: String,
    pub revision: i64,
    pub state: EntryState,
    /// Why it is covered or not applied.
    pub problems: Vec<RecordProblem>,
}

/// One record: as shipped, as corrected, as shown.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct RecordShow {
    pub id: String,
    pub kind: RecordKind,
    /// The record as the release in use has it (`null`: it is your own).
    #[ts(type = "unknown")]
    pub shipped: serde_json::Value,
    /// Your own record, when it is one.
    #[ts(optional = nullable)]
    pub own: Option<EntryView>,
    /// Your corrections of it, oldest first.
    pub corrections: Vec<EntryView>,
    /// The record as every view shows it (`null`: not shown, e.g. an own
    /// record that does not fit the release).
    #[ts(type = "unknown")]
    pub effective: serde_json::Value,
    /// Who added or corrected what, as the views mark it.
    #[ts(optional = nullable)]
    pub provenance: Option<RecordProvenance>,
}

/// The kind and JSON of record `id` in `ds`, looked for in every namespace
/// (meetings, commitments and context items first).
fn find(ds: &Dataset, id: &str) -> Option<(RecordKind, serde_json::Value)> {
    fn v<T: Serialize>(x: &T) -> serde_json::Value {
        serde_json::to_value(x).unwrap_or_default()
    }
    if let Some(m) = ds.meeting(id) {
        return Some((RecordKind::Meeting, v(m)));
    }
    if let Some(c) = ds.commitment(id) {
        return Some((RecordKind::Commitment, v(c)));
    }
    if let Some(c) = ds.context_item(id) {
        return Some((RecordKind::Context, v(c)));
    }
    if let Some(s) = ds.source(id) {
        return Some((RecordKind::Source, v(s)));
    }
    if let Some(a) = ds.actor(id) {
        return Some((RecordKind::Actor, v(a)));
    }
    if let Some(c) = ds.conflicts.iter().find(|c| c.id == id) {
        return Some((RecordKind::Conflict, v(c)));
    }
    ds.sector(id).map(|s| (RecordKind::Sector, v(s)))
}

/// Every entry of `built` with its state, as listed.
pub fn entries(base: &Dataset, stored: &[StoredEntry], statuses: &[EntryStatus]) -> Vec<EntryView> {
    stored
        .iter()
        .map(|e| {
            let st = statuses.iter().find(|s| s.key == e.key);
            let (kind, title) = match &e.entry {
                Entry::Record(r) => (r.kind(), r.title().to_owned()),
                Entry::Correction(c) => match find(base, &c.target) {
                    Some((kind, v)) => (
                        kind,
                        v.get("title")
                            .or_else(|| v.get("name"))
                            .and_then(|t| t.as_str())
                            .unwrap_or_default()
                            .to_owned(),
                    ),
                    None => (RecordKind::Commitment, String::new()),
                },
            };
            EntryView {
                key: e.key.clone(),
                record: e.entry.record_id().to_owned(),
                kind,
                title,
                entry: e.entry.clone(),
                author: e.author.clone(),
                updated_at: e.updated_at.clone(),
                revision: e.revision,
                state: st.map_or(EntryState::Applied, |s| s.state),
                problems: st.map(|s| s.problems.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

/// Record `id`: shipped, own, corrected, effective; `None` when neither
/// the release, the effective record nor an entry knows it.
pub fn show(
    base: &Dataset,
    effective: &Dataset,
    stored: &[StoredEntry],
    statuses: &[EntryStatus],
    id: &str,
) -> Option<RecordShow> {
    let all = entries(base, stored, statuses);
    let own = all
        .iter()
        .find(|e| e.record == id && matches!(e.entry, Entry::Record(_)))
        .cloned();
    let corrections: Vec<EntryView> = all
        .into_iter()
        .filter(|e| e.record == id && matches!(e.entry, Entry::Correction(_)))
        .collect();
    let shipped = find(base, id);
    let shown = find(effective, id);
    let kind = shipped
        .as_ref()
        .or(shown.as_ref())
        .map(|(k, _)| *k)
        .or_else(|| own.as_ref().map(|o| o.kind))?;
    let provenance = match kind {
        RecordKind::Source => effective.provenance().source(id),
        RecordKind::Actor => effective.provenance().actors.get(id),
        RecordKind::Conflict => effective.provenance().conflicts.get(id),
        _ => effective.provenance().record(id),
    }
    .cloned();
    Some(RecordShow {
        id: id.to_owned(),
        kind,
        shipped: shipped.map(|(_, v)| v).unwrap_or_default(),
        own,
        corrections,
        effective: shown.map(|(_, v)| v).unwrap_or_default(),
        provenance,
    })
}
