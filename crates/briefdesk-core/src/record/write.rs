//! Changing the user's own records and corrections: add (or replace) own
//! records, correct a shipped record, remove or retire, restore a version.
//! Each is one transaction of the workspace, checked inside it against the
//! release in use: the entries written are held to every rule of the
//! dataset, and so is every entry that was shown before (removing a source
//! an own commitment cites is refused, naming the commitment). The faces
//! (CLI, app) call these; nothing else writes entries.

use super::*;
use crate::dataset::Dataset;
use crate::store::{EntryWrite, StoreError, Workspace};

/// Why a change of the record was not made.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// What the user gave breaks a rule: every problem, named.
    #[error("{0}")]
    Refused(#[from] Refused),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Write `writes` as `author`, checked (see the module); returns the
/// effective record after them and the entries written.
fn checked(
    ws: &mut Workspace,
    base: &Dataset,
    writes: &[EntryWrite],
    author: &str,
    origin: &str,
) -> Result<(Built, Vec<StoredEntry>), WriteError> {
    let today = crate::release::in_use::today();
    ws.write_entries(writes, author, origin, |before, after, written| {
        let shown_before: Vec<String> = build(base, before, &[], today)?
            .entries
            .into_iter()
            .filter(|s| s.state == EntryState::Applied)
            .map(|s| s.key)
            .collect();
        let mut strict: Vec<String> = written.to_vec();
        strict.extend(shown_before);
        Ok::<_, WriteError>(build(base, after, &strict, today)?)
    })
}

/// Add own records (or replace those with the same type and id), one
/// undoable change each.
pub fn add(
    ws: &mut Workspace,
    base: &Dataset,
    records: Vec<OwnRecord>,
    author: &str,
) -> Result<(Built, Vec<StoredEntry>), WriteError> {
    let mut writes: Vec<EntryWrite> = Vec::new();
    let mut problems = Vec::new();
    for (i, r) in records.into_iter().enumerate() {
        let entry = Entry::Record(r);
        let key = entry.key();
        if let Some(j) = writes.iter().position(|w| w.key == key) {
            problems.push(RecordProblem {
                entry: Some(key.clone()),
                file: None,
                line: None,
                column: None,
                position: Some(i + 1),
                record: format!("{} `{}`", entry_kind(&entry).keyword(), entry.record_id()),
                field: "id".into(),
                value: Some(entry.record_id().to_owned()),
                kind: ProblemKind::DuplicateId,
                message: format!("the same type and id as record {}", j + 1),
            });
            continue;
        }
        writes.push(EntryWrite {
            key,
            entry: Some(entry),
        });
    }
    if !problems.is_empty() {
        return Err(Refused(problems).into());
    }
    checked(ws, base, &writes, author, "local")
}

fn entry_kind(e: &Entry) -> RecordKind {
    match e {
        Entry::Record(r) => r.kind(),
        Entry::Correction(_) => RecordKind::Commitment,
    }
}

/// Correct a shipped record (one undoable change).
pub fn correct(
    ws: &mut Workspace,
    base: &Dataset,
    correction: Correction,
    author: &str,
) -> Result<(Built, StoredEntry), WriteError> {
    correct_with(ws, base, correction, Vec::new(), author)
}

/// Correct a shipped record with `records` of one's own added in the same
/// transaction (the new source that settles it): all or nothing.
pub fn correct_with(
    ws: &mut Workspace,
    base: &Dataset,
    correction: Correction,
    records: Vec<OwnRecord>,
    author: &str,
) -> Result<(Built, StoredEntry), WriteError> {
    let entry = Entry::Correction(correction);
    let mut writes: Vec<EntryWrite> = records
        .into_iter()
        .map(|r| {
            let e = Entry::Record(r);
            EntryWrite {
                key: e.key(),
                entry: Some(e),
            }
        })
        .collect();
    writes.push(EntryWrite {
        key: entry.key(),
        entry: Some(entry),
    });
    let (built, written) = checked(ws, base, &writes, author, "local")?;
    let last = writes.last().map(|w| w.key.clone()).unwrap_or_default();
    let stored = match written.into_iter().find(|e| e.key == last) {
        Some(e) => e,
        // Already current: the same correction again.
        None => ws
            .record_entries()?
            .into_iter()
            .find(|e| e.key == last)
            .ok_or_else(|| StoreError::NotFound(last.clone()))?,
    };
    Ok((built, stored))
}

/// Remove own records or retire corrections, by key (one undoable change each).
pub fn remove(
    ws: &mut Workspace,
    base: &Dataset,
    keys: &[String],
    author: &str,
) -> Result<Built, WriteError> {
    let writes: Vec<EntryWrite> = keys
        .iter()
        .map(|k| EntryWrite {
            key: k.clone(),
            entry: None,
        })
        .collect();
    Ok(checked(ws, base, &writes, author, "local")?.0)
}

/// Make revision `revision` of an entry current again (one undoable change).
pub fn restore(
    ws: &mut Workspace,
    base: &Dataset,
    key: &str,
    revision: i64,
    author: &str,
) -> Result<Built, WriteError> {
    let entry = ws.entry_revision(key, revision)?;
    let writes = [EntryWrite {
        key: key.to_owned(),
        entry,
    }];
    Ok(checked(ws, base, &writes, author, "restore")?.0)
}
