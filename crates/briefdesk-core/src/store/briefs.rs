//! Briefs in the workspace: create, read, save (a new revision per change),
//! delete, duplicate, save as template, history and restore. Every change is
//! one transaction and one entry of the workspace's undo history, shared
//! with annotations (see `annotations.rs`). Every write reads the current
//! version inside its own IMMEDIATE transaction.

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use ts_rs::TS;

use super::annotations::{now, record_change, Target};
use super::merge::{self, Concurrent};
use super::{session, StoreError, Workspace};
use crate::brief::BriefDoc;

/// A brief (or a template the user saved) as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct Brief {
    pub id: i64,
    /// A template the user saved, not a brief.
    pub template: bool,
    pub doc: BriefDoc,
    /// When this version was written (RFC 3339, UTC).
    pub updated_at: String,
    /// The current revision.
    pub revision: i64,
}

/// One line of the brief list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct BriefInfo {
    pub id: i64,
    pub template: bool,
    pub title: String,
    pub sections: usize,
    pub commitments: usize,
    pub updated_at: String,
}

/// One version of a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct BriefRevision {
    pub id: i64,
    /// The brief as it was; absent: this change deleted it.
    pub doc: Option<BriefDoc>,
    pub updated_at: String,
    /// `local`, `restore`, `delete`, `duplicate:<id>`, `template:<id>`, …
    pub origin: String,
    pub current: bool,
}

fn parse(id: i64, json: &str) -> Result<BriefDoc, StoreError> {
    serde_json::from_str(json).map_err(|e| {
        StoreError::Invalid(format!(
            "brief {id} in the workspace cannot be read ({e}); its earlier versions are in `brief history {id}`"
        ))
    })
}

fn check(doc: &BriefDoc) -> Result<(), StoreError> {
    doc.check().map_err(|e| StoreError::Invalid(e.0))
}

/// Append a version of brief `brief` (no history entry); returns its id
/// and time.
fn append_version(
    conn: &rusqlite::Connection,
    brief: i64,
    doc: Option<&BriefDoc>,
    origin: &str,
) -> Result<(i64, String), StoreError> {
    let updated_at = now();
    let json = doc.map(|d| serde_json::to_string(d).expect("a brief serializes"));
    conn.prepare_cached(
        "INSERT INTO brief_revisions (brief, doc, updated_at, origin) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![brief, json, updated_at, origin])?;
    Ok((conn.last_insert_rowid(), updated_at))
}

/// Append a version of brief `brief` and make it current as an undoable
/// change of `session`; a new change clears what the session could redo.
pub(crate) fn write_revision(
    conn: &rusqlite::Connection,
    session: &str,
    brief: i64,
    before: Option<i64>,
    doc: Option<&BriefDoc>,
    origin: &str,
) -> Result<(i64, String), StoreError> {
    let (after, updated_at) = append_version(conn, brief, doc, origin)?;
    conn.prepare_cached("UPDATE briefs SET revision = ?2 WHERE id = ?1")?
        .execute(params![brief, after])?;
    record_change(conn, session, Target::Brief(brief), before, after)?;
    super::search::sync_brief(conn, brief)?;
    Ok((after, updated_at))
}

/// Make `doc` the current version of brief `id` in `tx` and commit.
fn commit_version(
    tx: rusqlite::Transaction<'_>,
    session: &str,
    id: i64,
    before: Option<i64>,
    doc: BriefDoc,
    origin: &str,
) -> Result<Brief, StoreError> {
    let (revision, updated_at) = write_revision(&tx, session, id, before, Some(&doc), origin)?;
    let template: bool = tx.query_row("SELECT template FROM briefs WHERE id = ?1", [id], |r| {
        r.get(0)
    })?;
    tx.commit()?;
    Ok(Brief {
        id,
        template,
        doc,
        updated_at,
        revision,
    })
}

/// Brief `id` as it is now, read on `conn`.
fn brief_on(conn: &rusqlite::Connection, id: i64) -> Result<Brief, StoreError> {
    let row: Option<(bool, Option<String>, String, i64)> = conn
        .prepare_cached(
            "SELECT b.template, r.doc, r.updated_at, r.id FROM briefs b \
             JOIN brief_revisions r ON r.id = b.revision WHERE b.id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    match row {
        Some((template, Some(json), updated_at, revision)) => Ok(Brief {
            id,
            template,
            doc: parse(id, &json)?,
            updated_at,
            revision,
        }),
        Some((_, None, ..)) => Err(StoreError::NotFound(format!(
            "brief {id} was deleted (undo brings it back; its versions are in its history)"
        ))),
        None => Err(StoreError::NotFound(format!("no brief {id}"))),
    }
}

/// The document of version `rev` (`None`: a deletion, or no version).
fn doc_of(
    conn: &rusqlite::Connection,
    brief: i64,
    rev: Option<i64>,
) -> Result<Option<BriefDoc>, StoreError> {
    let Some(rev) = rev else {
        return Ok(None);
    };
    let json: Option<Option<String>> = conn
        .prepare_cached("SELECT doc FROM brief_revisions WHERE id = ?1 AND brief = ?2")?
        .query_row(params![rev, brief], |r| r.get(0))
        .optional()?;
    json.flatten().map(|j| parse(brief, &j)).transpose()
}

/// The stored text of version `rev` (`None`: a deletion, or no version).
fn doc_text(
    conn: &rusqlite::Connection,
    brief: i64,
    rev: Option<i64>,
) -> Result<Option<String>, StoreError> {
    let Some(rev) = rev else {
        return Ok(None);
    };
    let text: Option<Option<String>> = conn
        .prepare_cached("SELECT doc FROM brief_revisions WHERE id = ?1 AND brief = ?2")?
        .query_row(params![rev, brief], |r| r.get(0))
        .optional()?;
    Ok(text.flatten())
}

/// Move brief `id` from version `from` to `to` (an undo or a redo). When
/// `from` is no longer current, what others changed since is kept: the
/// change is applied as a merge, or refused when they changed the same
/// parts (or deleted or brought back the brief).
pub(crate) fn step_brief(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    from: Option<i64>,
    to: Option<i64>,
    verb: &str,
) -> Result<(), StoreError> {
    let cur: Option<i64> =
        tx.query_row("SELECT revision FROM briefs WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    // What this change left is still what is current (the same version, or
    // a copy of it, as team sync writes an undo down): move on from it.
    if cur == from || (cur.is_some() && doc_text(tx, id, cur)? == doc_text(tx, id, from)?) {
        tx.execute(
            "UPDATE briefs SET revision = ?2 WHERE id = ?1",
            params![id, to],
        )?;
        return Ok(());
    }
    let refuse = |what: String| {
        let who = match cur {
            Some(rev) => tx
                .prepare_cached(
                    "SELECT session FROM history WHERE after = ?1 AND brief = ?2 ORDER BY seq DESC LIMIT 1",
                )
                .and_then(|mut s| s.query_row(params![rev, id], |r| r.get::<_, String>(0)).optional())
                .ok()
                .flatten()
                .map(|s| session::describe(&s))
                .unwrap_or_else(|| "another writer".into()),
            None => "another writer".into(),
        };
        StoreError::Conflict(format!(
            "brief {id}: your change was built upon by {who}, who {what}; nothing was {verb}ne, \
             so their work stays (see `brief history {id}` to restore a version)"
        ))
    };
    let (Some(base), Some(mine), Some(theirs)) = (
        doc_of(tx, id, from)?,
        doc_of(tx, id, to)?,
        doc_of(tx, id, cur)?,
    ) else {
        return Err(refuse(
            "created, deleted or brought back the brief since".into(),
        ));
    };
    let m = merge::brief(&base, &mine, &theirs);
    if !m.overridden.is_empty() {
        return Err(refuse(format!("changed {} too", m.overridden.join(", "))));
    }
    if m.value == theirs {
        return Ok(());
    }
    check(&m.value)?;
    let (rev, _) = append_version(tx, id, Some(&m.value), verb)?;
    tx.execute(
        "UPDATE briefs SET revision = ?2 WHERE id = ?1",
        params![id, rev],
    )?;
    Ok(())
}

/// What saving a whole brief did (see [`Workspace::save_brief_from`]).
#[derive(Debug, Clone)]
pub struct BriefSaved {
    pub brief: Brief,
    /// Set only when someone else changed the brief since `base`.
    pub concurrent: Option<Concurrent>,
}

impl Workspace {
    /// Every brief and saved template that exists, by id.
    pub fn briefs(&self) -> Result<Vec<BriefInfo>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT b.id, b.template, r.doc, r.updated_at FROM briefs b \
             JOIN brief_revisions r ON r.id = b.revision \
             WHERE r.doc IS NOT NULL ORDER BY b.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, template, json, updated_at) = row?;
            let (title, sections, commitments) = match parse(id, &json) {
                Ok(d) => (
                    d.title.clone(),
                    d.sections.len(),
                    d.sections.iter().map(|s| s.items.len()).sum(),
                ),
                Err(_) => (format!("(brief {id} cannot be read)"), 0, 0),
            };
            out.push(BriefInfo {
                id,
                template,
                title,
                sections,
                commitments,
                updated_at,
            });
        }
        Ok(out)
    }

    /// Brief `id` as it is now.
    pub fn brief(&self, id: i64) -> Result<Brief, StoreError> {
        brief_on(&self.conn, id)
    }

    /// Create a brief (or a template) from `doc`; `origin` says where it
    /// came from. One undoable change.
    pub fn create_brief(
        &mut self,
        doc: BriefDoc,
        template: bool,
        origin: &str,
    ) -> Result<Brief, StoreError> {
        check(&doc)?;
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO briefs (template, created_at) VALUES (?1, ?2)",
            params![template, now()],
        )?;
        let id = tx.last_insert_rowid();
        commit_version(tx, &session, id, None, doc, origin)
    }

    /// Save `doc` as the new version of brief `id` (one undoable change),
    /// replacing what is current. Saving what is already current changes
    /// nothing.
    pub fn save_brief(&mut self, id: i64, doc: BriefDoc) -> Result<Brief, StoreError> {
        self.save_brief_from(id, doc, None).map(|s| s.brief)
    }

    /// Save a whole brief as the client last edited it, from `base`: the
    /// revision the client last read (`None`: not known; `doc` replaces
    /// what is current).
    ///
    /// When `base` is no longer current (another writer changed the brief
    /// meanwhile) nothing is discarded: what the client changed since
    /// `base` is applied to what is current now (cover fields one by one,
    /// sections one by one while neither side added, removed or reordered
    /// sections); a part both changed takes the client's version (the newer
    /// write) and the other writer's version stays in the history; the
    /// result says so in [`BriefSaved::concurrent`].
    pub fn save_brief_from(
        &mut self,
        id: i64,
        doc: BriefDoc,
        base: Option<i64>,
    ) -> Result<BriefSaved, StoreError> {
        check(&doc)?;
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = brief_on(&tx, id)?;
        let (doc, concurrent) = match base {
            Some(b) if b != current.revision => {
                let Some(base_doc) = doc_of(&tx, id, Some(b))? else {
                    return Err(StoreError::Invalid(format!(
                        "revision {b} is not a version of brief {id}"
                    )));
                };
                let m = merge::brief(&base_doc, &doc, &current.doc);
                check(&m.value)?;
                (
                    m.value,
                    Some(Concurrent {
                        base: b,
                        theirs: Some(current.revision),
                        theirs_updated_at: Some(current.updated_at.clone()),
                        kept_theirs: m.kept_theirs,
                        overridden: m.overridden,
                    }),
                )
            }
            _ => (doc, None),
        };
        if current.doc == doc {
            return Ok(BriefSaved {
                brief: current,
                concurrent,
            });
        }
        let brief = commit_version(tx, &session, id, Some(current.revision), doc, "local")?;
        Ok(BriefSaved { brief, concurrent })
    }

    /// Change brief `id` with `edit`, applied to the version current when
    /// the write transaction runs (the CLI's `brief add`, `brief text`, …):
    /// concurrent edits are never lost. `edit` may refuse with its own error.
    pub fn edit_brief<E: From<StoreError>>(
        &mut self,
        id: i64,
        edit: impl FnOnce(&mut BriefDoc) -> Result<(), E>,
    ) -> Result<Brief, E> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let current = brief_on(&tx, id)?;
        let mut doc = current.doc.clone();
        edit(&mut doc)?;
        check(&doc)?;
        if doc == current.doc {
            return Ok(current);
        }
        Ok(commit_version(
            tx,
            &session,
            id,
            Some(current.revision),
            doc,
            "local",
        )?)
    }

    /// Delete brief `id`: a new version that says so, undoable; its earlier
    /// versions stay in its history.
    pub fn delete_brief(&mut self, id: i64) -> Result<(), StoreError> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = brief_on(&tx, id)?;
        write_revision(&tx, &session, id, Some(current.revision), None, "delete")?;
        tx.commit()?;
        Ok(())
    }

    /// A copy of brief `id` as a new brief (or template), titled `title`
    /// (default: "Copy of …").
    pub fn duplicate_brief(
        &mut self,
        id: i64,
        title: Option<&str>,
        template: bool,
    ) -> Result<Brief, StoreError> {
        let source = self.brief(id)?;
        let mut doc = source.doc;
        doc.title = match title {
            Some(t) => t.to_owned(),
            None if template => doc.title,
            None => format!("Copy of {}", doc.title),
        };
        self.create_brief(doc, template, &format!("duplicate:{id}"))
    }

    /// Every version of brief `id`, newest first.
    pub fn brief_history(&self, id: i64) -> Result<Vec<BriefRevision>, StoreError> {
        let exists: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM briefs WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::NotFound(format!("no brief {id}")));
        }
        let mut stmt = self.conn.prepare(
            "SELECT r.id, r.doc, r.updated_at, r.origin, b.revision IS r.id \
             FROM brief_revisions r JOIN briefs b ON b.id = r.brief \
             WHERE r.brief = ?1 ORDER BY r.id DESC",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (rev, json, updated_at, origin, current) = row?;
            out.push(BriefRevision {
                id: rev,
                doc: json.map(|j| parse(id, &j)).transpose()?,
                updated_at,
                origin,
                current,
            });
        }
        Ok(out)
    }

    /// Make an earlier version of brief `id` current again, as a new,
    /// undoable change (also brings back a deleted brief).
    pub fn restore_brief(&mut self, id: i64, revision: i64) -> Result<Brief, StoreError> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM brief_revisions WHERE id = ?1 AND brief = ?2)",
            params![revision, id],
            |r| r.get(0),
        )?;
        if !exists {
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM briefs WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            return Err(StoreError::NotFound(if known {
                format!("brief {id} has no revision {revision} (see its history)")
            } else {
                format!("no brief {id}")
            }));
        }
        let Some(doc) = doc_of(&tx, id, Some(revision))? else {
            return Err(StoreError::Invalid(format!(
                "revision {revision} of brief {id} is its deletion; restore a revision before it"
            )));
        };
        check(&doc)?;
        let before: Option<i64> =
            tx.query_row("SELECT revision FROM briefs WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        if let Ok(current) = brief_on(&tx, id) {
            if current.doc == doc {
                return Ok(current);
            }
        }
        commit_version(tx, &session, id, before, doc, "restore")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::Section;

    fn open_ws() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        (dir, ws)
    }

    fn doc(title: &str) -> BriefDoc {
        BriefDoc {
            title: title.into(),
            ..Default::default()
        }
    }

    #[test]
    fn briefs_keep_every_version_and_undo_with_annotations() {
        let (_d, mut ws) = open_ws();
        let b = ws.create_brief(doc("First"), false, "local").unwrap();
        let mut d = b.doc.clone();
        d.sections.push(Section::sector("quantum"));
        ws.save_brief(b.id, d.clone()).unwrap();
        ws.save(
            "C1-05",
            crate::store::AnnotationFields {
                note: "n".into(),
                ..Default::default()
            },
        )
        .unwrap();
        // Undo goes back through both, newest first.
        assert!(matches!(
            ws.undo().unwrap(),
            crate::store::Change::Annotation { .. }
        ));
        let change = ws.undo().unwrap();
        assert!(matches!(&change, crate::store::Change::Brief { brief, .. } if *brief == b.id));
        assert!(ws.brief(b.id).unwrap().doc.sections.is_empty());
        ws.redo().unwrap();
        assert_eq!(ws.brief(b.id).unwrap().doc, d);
        // Delete, then undo brings it back; history keeps every version.
        ws.delete_brief(b.id).unwrap();
        assert!(matches!(ws.brief(b.id), Err(StoreError::NotFound(_))));
        assert!(ws.briefs().unwrap().is_empty());
        ws.undo().unwrap();
        assert_eq!(ws.brief(b.id).unwrap().doc, d);
        let h = ws.brief_history(b.id).unwrap();
        assert_eq!(h.len(), 3);
        assert!(h[1].current && h[0].doc.is_none());
        // Restore the first version.
        let first = h.last().unwrap().id;
        assert_eq!(ws.restore_brief(b.id, first).unwrap().doc, doc("First"));
        // Undo of the creation hides it.
        let (_d2, mut ws2) = open_ws();
        let c = ws2.create_brief(doc("Gone"), false, "local").unwrap();
        ws2.undo().unwrap();
        assert!(matches!(ws2.brief(c.id), Err(StoreError::NotFound(_))));
        ws2.redo().unwrap();
        assert_eq!(ws2.brief(c.id).unwrap().doc.title, "Gone");
    }

    #[test]
    fn duplicates_templates_and_refusals() {
        let (_d, mut ws) = open_ws();
        let b = ws.create_brief(doc("Brief"), false, "local").unwrap();
        let copy = ws.duplicate_brief(b.id, None, false).unwrap();
        assert_eq!(copy.doc.title, "Copy of Brief");
        let t = ws.duplicate_brief(b.id, Some("My template"), true).unwrap();
        assert!(t.template);
        let all = ws.briefs().unwrap();
        assert_eq!(all.len(), 3);
        assert!(ws.create_brief(doc(" "), false, "local").is_err());
        assert!(matches!(ws.brief(999), Err(StoreError::NotFound(_))));
        assert!(ws.restore_brief(b.id, 12345).is_err());
        // Saving the same document again is not a change.
        let before = ws.brief_history(b.id).unwrap().len();
        ws.save_brief(b.id, doc("Brief")).unwrap();
        assert_eq!(ws.brief_history(b.id).unwrap().len(), before);
    }
}
