//! The user's own records and corrections (`record::Entry`) in the
//! workspace: every change a new revision of its entry (append-only, with a
//! uid, who and when), the current one pointed at by `record_entries`;
//! history, restore, and undo/redo of an author session's changes with the
//! annotations and briefs.
//!
//! Every write is one IMMEDIATE transaction that reads the entries current
//! *inside* it and lets the caller check the record they would make (the
//! effective record, `record::build`) before anything is written: a refused
//! change writes nothing. Removing an entry is a revision without a body.

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use ts_rs::TS;

use super::annotations::{now, record_change, Target};
use super::{session, StoreError, Workspace};
use crate::record::{Entry, StoredEntry};

/// One version of an entry.
#[derive(Debug, Clone, PartialEq, Serialize, TS, schemars::JsonSchema)]
pub struct RecordRevision {
    pub id: i64,
    /// Stable across workspaces (bundles and team sync merge by it).
    pub uid: String,
    pub key: String,
    /// The entry as it was; absent: this change removed it.
    #[ts(optional = nullable)]
    pub entry: Option<Entry>,
    pub author: String,
    pub updated_at: String,
    /// `local`, `restore`, `import:<file name>`, `undo`, `redo`.
    pub origin: String,
    pub current: bool,
}

/// A change to write: the entry under `key` becomes `entry` (`None`: removed).
#[derive(Debug, Clone)]
pub struct EntryWrite {
    pub key: String,
    pub entry: Option<Entry>,
}

fn parse(key: &str, json: &str) -> Result<Entry, StoreError> {
    serde_json::from_str(json).map_err(|e| {
        StoreError::Invalid(format!(
            "entry `{key}` in the workspace cannot be read ({e}); its versions are in its history"
        ))
    })
}

/// Every current entry, in the order first written, read on `conn`.
pub(crate) fn current_entries(conn: &rusqlite::Connection) -> Result<Vec<StoredEntry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.entry, r.body, r.author, r.updated_at, r.id, \
         (SELECT min(f.id) FROM record_revisions f WHERE f.entry = e.entry) AS first \
         FROM record_entries e JOIN record_revisions r ON r.id = e.revision \
         WHERE r.body IS NOT NULL ORDER BY first, e.entry",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (key, body, author, updated_at, revision) = row?;
        out.push(StoredEntry {
            entry: parse(&key, &body)?,
            key,
            author,
            updated_at,
            revision,
        });
    }
    Ok(out)
}

/// The current revision of entry `key` (even one that removed it).
fn current_revision(conn: &rusqlite::Connection, key: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT revision FROM record_entries WHERE entry = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// The body of revision `rev` of entry `key` (`None`: a removal, or no such revision).
fn body_of(
    conn: &rusqlite::Connection,
    key: &str,
    rev: Option<i64>,
) -> Result<Option<Option<String>>, StoreError> {
    let Some(rev) = rev else {
        return Ok(None);
    };
    Ok(conn
        .prepare_cached("SELECT body FROM record_revisions WHERE id = ?1 AND entry = ?2")?
        .query_row(params![rev, key], |r| r.get(0))
        .optional()?)
}

/// Append a revision of entry `key`; returns its id.
pub(crate) fn insert_record_revision(
    conn: &rusqlite::Connection,
    uid: &str,
    key: &str,
    entry: Option<&Entry>,
    author: &str,
    updated_at: &str,
    origin: &str,
) -> rusqlite::Result<i64> {
    let body = entry.map(|e| serde_json::to_string(e).expect("an entry serializes"));
    conn.prepare_cached(
        "INSERT INTO record_revisions (uid, entry, body, author, updated_at, origin) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![uid, key, body, author, updated_at, origin])?;
    Ok(conn.last_insert_rowid())
}

/// Point entry `key` at revision `rev` (or at none: it never existed).
pub(crate) fn point_entry(
    conn: &rusqlite::Connection,
    key: &str,
    rev: Option<i64>,
) -> rusqlite::Result<()> {
    match rev {
        Some(rev) => conn
            .prepare_cached(
                "INSERT INTO record_entries (entry, revision) VALUES (?1, ?2) \
                 ON CONFLICT (entry) DO UPDATE SET revision = excluded.revision",
            )?
            .execute(params![key, rev])?,
        None => conn
            .prepare_cached("DELETE FROM record_entries WHERE entry = ?1")?
            .execute([key])?,
    };
    Ok(())
}

/// Move entry `key` from revision `from` to `to` (an undo or redo). When
/// `from` is no longer current, someone else changed the entry since:
/// nothing is done and the error names them.
pub(crate) fn step_entry(
    tx: &rusqlite::Transaction<'_>,
    key: &str,
    from: Option<i64>,
    to: Option<i64>,
    verb: &str,
) -> Result<(), StoreError> {
    let cur = current_revision(tx, key)?;
    // What this change left is still what is current (the same version, or
    // a copy of it, as team sync writes an undo down): move on from it.
    if cur == from
        || (cur.is_some() && body_of(tx, key, cur)?.flatten() == body_of(tx, key, from)?.flatten())
    {
        point_entry(tx, key, to)?;
        return Ok(());
    }
    let who = match cur {
        Some(rev) => tx
            .prepare_cached(
                "SELECT session FROM history WHERE after = ?1 AND entry = ?2 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row(params![rev, key], |r| r.get::<_, String>(0))
            .optional()?
            .map(|s| session::describe(&s))
            .or_else(|| {
                tx.query_row(
                    "SELECT author FROM record_revisions WHERE id = ?1",
                    [rev],
                    |r| r.get::<_, String>(0),
                )
                .ok()
            })
            .unwrap_or_else(|| "another writer".into()),
        None => "another writer".into(),
    };
    Err(StoreError::Conflict(format!(
        "`{key}`: your change was built upon by {who}, who changed it since; nothing was {verb}ne, \
         so their work stays (see `record history` to restore a version)"
    )))
}

impl Workspace {
    /// Every own record and correction as it is now, in the order first written.
    pub fn record_entries(&self) -> Result<Vec<StoredEntry>, StoreError> {
        current_entries(&self.conn)
    }

    /// What moves whenever an entry or the release in use changes (another
    /// process's changes included): the release chosen and a counter.
    pub fn records_generation(&self) -> Result<(Option<String>, i64), StoreError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT (SELECT value FROM settings WHERE key = 'release'), \
                    (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'records')",
            )?
            .query_row([], |r| {
                Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0)))
            })?)
    }

    /// Write `writes` (one undoable change each) as `author`, in one
    /// transaction: `check` gets every entry current inside the transaction,
    /// every entry as it would be after the writes, and the keys written,
    /// and refuses with its own error or returns what it made; nothing is
    /// written when it refuses. Writing what is already current changes
    /// nothing.
    pub fn write_entries<T, E: From<StoreError>>(
        &mut self,
        writes: &[EntryWrite],
        author: &str,
        origin: &str,
        check: impl FnOnce(&[StoredEntry], &[StoredEntry], &[String]) -> Result<T, E>,
    ) -> Result<(T, Vec<StoredEntry>), E> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let current = current_entries(&tx)?;
        let updated_at = now();
        let mut after: Vec<StoredEntry> = current
            .iter()
            .filter(|e| !writes.iter().any(|w| w.key == e.key))
            .cloned()
            .collect();
        let mut changed: Vec<&EntryWrite> = Vec::new();
        for w in writes {
            let was = current.iter().find(|e| e.key == w.key);
            let same = match (&w.entry, was) {
                (Some(new), Some(old)) => &old.entry == new,
                (None, None) => true,
                _ => false,
            };
            if let Some(e) = &w.entry {
                match (same, was) {
                    (true, Some(old)) => after.push(old.clone()),
                    _ => after.push(StoredEntry {
                        key: w.key.clone(),
                        entry: e.clone(),
                        author: author.to_owned(),
                        updated_at: updated_at.clone(),
                        revision: 0,
                    }),
                }
            } else if was.is_none() {
                return Err(StoreError::NotFound(format!(
                    "nothing of yours is stored as `{}`",
                    w.key
                ))
                .into());
            }
            if !same {
                changed.push(w);
            }
        }
        let keys: Vec<String> = changed.iter().map(|w| w.key.clone()).collect();
        let made = check(&current, &after, &keys)?;
        let mut written = Vec::new();
        for w in changed {
            let before = current_revision(&tx, &w.key)?;
            let uid = uuid::Uuid::new_v4().to_string();
            let rev = insert_record_revision(
                &tx,
                &uid,
                &w.key,
                w.entry.as_ref(),
                author,
                &updated_at,
                origin,
            )
            .map_err(StoreError::from)?;
            point_entry(&tx, &w.key, Some(rev)).map_err(StoreError::from)?;
            record_change(&tx, &session, Target::Entry(&w.key), before, rev)
                .map_err(StoreError::from)?;
            if let Some(e) = &w.entry {
                written.push(StoredEntry {
                    key: w.key.clone(),
                    entry: e.clone(),
                    author: author.to_owned(),
                    updated_at: updated_at.clone(),
                    revision: rev,
                });
            }
        }
        tx.commit().map_err(StoreError::from)?;
        Ok((made, written))
    }

    /// Every version of entry `key`, newest first.
    pub fn record_history(&self, key: &str) -> Result<Vec<RecordRevision>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT r.id, r.uid, r.entry, r.body, r.author, r.updated_at, r.origin, \
             e.revision IS NOT NULL FROM record_revisions r \
             LEFT JOIN record_entries e ON e.revision = r.id \
             WHERE r.entry = ?1 ORDER BY r.id DESC",
        )?;
        let rows = stmt.query_map([key], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, bool>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, uid, key, body, author, updated_at, origin, current) = row?;
            out.push(RecordRevision {
                entry: body.map(|b| parse(&key, &b)).transpose()?,
                id,
                uid,
                key,
                author,
                updated_at,
                origin,
                current,
            });
        }
        Ok(out)
    }

    /// Keys of every entry about record `id` (own record or corrections),
    /// removed ones included.
    pub fn entry_keys_about(&self, id: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT entry FROM record_revisions ORDER BY entry")?;
        let keys: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(keys
            .into_iter()
            .filter(|k| {
                k.strip_prefix("record:")
                    .and_then(|rest| rest.split_once(':'))
                    .is_some_and(|(_, rid)| rid == id)
                    || k.strip_prefix("correction:")
                        .and_then(|rest| rest.strip_prefix(id))
                        .is_some_and(|rest| rest.starts_with(':'))
            })
            .collect())
    }

    /// The body of revision `revision` of entry `key`, to restore it: the
    /// caller checks and writes it (`write_entries` with origin `restore`).
    pub fn entry_revision(&self, key: &str, revision: i64) -> Result<Option<Entry>, StoreError> {
        match body_of(&self.conn, key, Some(revision))? {
            Some(Some(json)) => Ok(Some(parse(key, &json)?)),
            Some(None) => Ok(None),
            None => Err(StoreError::NotFound(format!(
                "`{key}` has no revision {revision} (see its history)"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;
    use crate::record::OwnRecord;

    fn source(title: &str) -> Entry {
        Entry::Record(OwnRecord::Source(Source {
            id: "my-src".into(),
            title: title.into(),
            publisher: "European Commission".into(),
            date: None,
            url: Some("https://ec.europa.eu/x".into()),
            language: "en".into(),
            seed: None,
            note: None,
        }))
    }

    fn write(ws: &mut Workspace, entry: Option<Entry>) -> Vec<StoredEntry> {
        let key = "record:source:my-src".to_owned();
        ws.write_entries(&[EntryWrite { key, entry }], "Ada", "local", |_, _, _| {
            Ok::<_, StoreError>(())
        })
        .unwrap()
        .1
    }

    #[test]
    fn entries_are_revisions_undone_and_redone_with_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        let (_, g0) = ws.records_generation().unwrap();
        write(&mut ws, Some(source("First")));
        write(&mut ws, Some(source("Second")));
        write(&mut ws, Some(source("Second")));
        let all = ws.record_entries().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].author, "Ada");
        let history = ws.record_history("record:source:my-src").unwrap();
        assert_eq!(history.len(), 2, "the same again is no revision");
        assert!(ws.records_generation().unwrap().1 > g0);
        // Removed: a revision without a body; undo brings it back.
        write(&mut ws, None);
        assert!(ws.record_entries().unwrap().is_empty());
        assert_eq!(ws.record_history("record:source:my-src").unwrap().len(), 3);
        assert!(matches!(
            ws.undo().unwrap(),
            crate::store::Change::Record { .. }
        ));
        assert_eq!(ws.record_entries().unwrap().len(), 1);
        ws.undo().unwrap();
        ws.undo().unwrap();
        assert!(ws.record_entries().unwrap().is_empty(), "creation undone");
        ws.redo().unwrap();
        assert_eq!(ws.record_entries().unwrap().len(), 1);
        // A refused check writes nothing.
        let before = ws.record_history("record:source:my-src").unwrap().len();
        let err = ws
            .write_entries(
                &[EntryWrite {
                    key: "record:source:my-src".into(),
                    entry: Some(source("Third")),
                }],
                "Ada",
                "local",
                |_, _, _| Err::<(), _>(StoreError::Invalid("no".into())),
            )
            .unwrap_err();
        assert!(matches!(err, StoreError::Invalid(_)));
        assert_eq!(
            ws.record_history("record:source:my-src").unwrap().len(),
            before
        );
        assert_eq!(
            ws.entry_keys_about("my-src").unwrap(),
            ["record:source:my-src"]
        );
    }
}
