//! Annotations: save (a new revision per change), read, history, restore,
//! and undo/redo of the user's changes across the workspace.

use chrono::{NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Keyword;
pub use crate::model::UserStatus;

use super::{StoreError, Workspace};

/// Longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 100_000;
/// Most tags on one annotation, and the longest tag.
pub const MAX_TAGS: usize = 50;
pub const MAX_TAG_CHARS: usize = 64;

/// What the user writes about a commitment.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct AnnotationFields {
    /// Plain text with light Markdown.
    pub note: String,
    pub status: Option<UserStatus>,
    pub tags: Vec<String>,
    /// YYYY-MM-DD.
    pub follow_up: Option<NaiveDate>,
}

impl AnnotationFields {
    /// The fields with tags trimmed and de-duplicated, after checking limits.
    pub fn normalized(mut self) -> Result<Self, StoreError> {
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(StoreError::Invalid(format!(
                "the note is {chars} characters long; the limit is {MAX_NOTE_CHARS}"
            )));
        }
        if let Some(c) = self
            .note
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            return Err(StoreError::Invalid(format!(
                "the note contains a control character (U+{:04X})",
                c as u32
            )));
        }
        let mut tags: Vec<String> = Vec::new();
        for tag in &self.tags {
            let t = tag.trim();
            if t.is_empty() || tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                continue;
            }
            if t.chars().count() > MAX_TAG_CHARS || t.chars().any(char::is_control) {
                return Err(StoreError::Invalid(format!(
                    "tag `{t}` is not allowed: at most {MAX_TAG_CHARS} characters, no control characters"
                )));
            }
            tags.push(t.to_owned());
        }
        if tags.len() > MAX_TAGS {
            return Err(StoreError::Invalid(format!(
                "{} tags; the limit is {MAX_TAGS}",
                tags.len()
            )));
        }
        self.tags = tags;
        Ok(self)
    }

    /// Nothing written at all.
    pub fn is_empty(&self) -> bool {
        self.note.trim().is_empty()
            && self.status.is_none()
            && self.tags.is_empty()
            && self.follow_up.is_none()
    }
}

/// The current annotation of a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct Annotation {
    pub commitment: String,
    pub fields: AnnotationFields,
    /// When this version was written (RFC 3339, UTC).
    pub updated_at: String,
    /// The revision that is current.
    pub revision: i64,
}

/// One version of an annotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct Revision {
    pub id: i64,
    /// Stable across workspaces (sharing bundles merge by it).
    pub uid: String,
    pub commitment: String,
    pub fields: AnnotationFields,
    pub updated_at: String,
    /// `local`, `restore`, or `import:<file name>`.
    pub origin: String,
    /// Whether this is the current version.
    pub current: bool,
}

/// What an undo or redo changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
#[serde(tag = "target", rename_all = "kebab-case")]
pub enum Change {
    /// The annotation of a commitment.
    Annotation {
        commitment: String,
        /// The annotation now current (absent: the commitment has none again).
        current: Option<Annotation>,
    },
    /// A brief.
    Brief {
        brief: i64,
        /// The brief now (absent: it is deleted, or its creation was undone).
        current: Option<super::Brief>,
    },
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

const REVISION_COLUMNS: &str =
    "r.id, r.uid, r.commitment, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.origin";

fn revision_from_row(row: &Row<'_>) -> rusqlite::Result<(Revision, bool)> {
    let status: Option<String> = row.get(4)?;
    let tags: String = row.get(5)?;
    let follow_up: Option<String> = row.get(6)?;
    let fields = AnnotationFields {
        note: row.get(3)?,
        status: status.as_deref().and_then(UserStatus::from_keyword),
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        follow_up: follow_up.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
    };
    let current: bool = row.get(9)?;
    Ok((
        Revision {
            id: row.get(0)?,
            uid: row.get(1)?,
            commitment: row.get(2)?,
            fields,
            updated_at: row.get(7)?,
            origin: row.get(8)?,
            current,
        },
        current,
    ))
}

fn to_annotation(r: Revision) -> Annotation {
    Annotation {
        commitment: r.commitment,
        fields: r.fields,
        updated_at: r.updated_at,
        revision: r.id,
    }
}

/// Append one version of `commitment`'s annotation; returns its id.
pub(crate) fn insert_revision(
    conn: &rusqlite::Connection,
    uid: &str,
    commitment: &str,
    fields: &AnnotationFields,
    updated_at: &str,
    origin: &str,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO revisions (uid, commitment, note, status, tags, follow_up, updated_at, origin) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        uid,
        commitment,
        fields.note,
        fields.status.map(Keyword::keyword),
        serde_json::to_string(&fields.tags).unwrap_or_else(|_| "[]".into()),
        fields.follow_up.map(|d| d.format("%Y-%m-%d").to_string()),
        updated_at,
        origin,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Make `after` the current revision of `commitment` as a change the user
/// can undo (back to `before`); a new change clears what could be redone.
pub(crate) fn make_current(
    conn: &rusqlite::Connection,
    commitment: &str,
    before: Option<i64>,
    after: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO annotations (commitment, revision) VALUES (?1, ?2) \
         ON CONFLICT (commitment) DO UPDATE SET revision = excluded.revision",
    )?
    .execute(params![commitment, after])?;
    conn.prepare_cached("DELETE FROM history WHERE undone = 1")?
        .execute([])?;
    conn.prepare_cached("INSERT INTO history (commitment, before, after) VALUES (?1, ?2, ?3)")?
        .execute(params![commitment, before, after])?;
    Ok(())
}

impl Workspace {
    /// The current annotation of `commitment`, if any.
    pub fn annotation(&self, commitment: &str) -> Result<Option<Annotation>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS}, 1 FROM annotations a JOIN revisions r ON r.id = a.revision \
             WHERE a.commitment = ?1"
        );
        Ok(self
            .conn
            .query_row(&sql, [commitment], revision_from_row)
            .optional()?
            .map(|(r, _)| to_annotation(r)))
    }

    /// Every current annotation, by commitment id.
    pub fn annotations(&self) -> Result<Vec<Annotation>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS}, 1 FROM annotations a JOIN revisions r ON r.id = a.revision \
             ORDER BY a.commitment"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], revision_from_row)?;
        rows.map(|r| Ok(to_annotation(r?.0))).collect()
    }

    /// Every version of `commitment`'s annotation, newest first.
    pub fn history(&self, commitment: &str) -> Result<Vec<Revision>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS}, a.revision IS NOT NULL FROM revisions r \
             LEFT JOIN annotations a ON a.revision = r.id \
             WHERE r.commitment = ?1 ORDER BY r.id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([commitment], revision_from_row)?;
        rows.map(|r| Ok(r?.0)).collect()
    }

    /// Save what the user wrote about `commitment` as a new revision (one
    /// transaction, undoable). Saving what is already current changes nothing.
    pub fn save(
        &mut self,
        commitment: &str,
        fields: AnnotationFields,
    ) -> Result<Annotation, StoreError> {
        self.write(commitment, fields, "local")
    }

    /// Make an earlier revision current again, as a new, undoable change.
    pub fn restore(&mut self, commitment: &str, revision: i64) -> Result<Annotation, StoreError> {
        let old = self
            .history(commitment)?
            .into_iter()
            .find(|r| r.id == revision)
            .ok_or_else(|| {
                StoreError::Invalid(format!(
                    "`{commitment}` has no revision {revision} (see its history)"
                ))
            })?;
        self.write(commitment, old.fields, "restore")
    }

    fn write(
        &mut self,
        commitment: &str,
        fields: AnnotationFields,
        origin: &str,
    ) -> Result<Annotation, StoreError> {
        let fields = fields.normalized()?;
        if commitment.trim().is_empty() {
            return Err(StoreError::Invalid("no commitment id given".into()));
        }
        let current = self.annotation(commitment)?;
        if let Some(c) = &current {
            if c.fields == fields {
                return Ok(c.clone());
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let updated_at = now();
        let uid = uuid::Uuid::new_v4().to_string();
        let revision = insert_revision(&tx, &uid, commitment, &fields, &updated_at, origin)?;
        make_current(&tx, commitment, current.map(|c| c.revision), revision)?;
        super::search::sync_annotations(&tx)?;
        tx.commit()?;
        Ok(Annotation {
            commitment: commitment.to_owned(),
            fields,
            updated_at,
            revision,
        })
    }

    /// Undo the user's last change in the workspace.
    pub fn undo(&mut self) -> Result<Change, StoreError> {
        self.step(true)
    }

    /// Redo the change undone last.
    pub fn redo(&mut self) -> Result<Change, StoreError> {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> Result<Change, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let pick = if undo {
            "SELECT seq, commitment, brief, before FROM history WHERE undone = 0 \
             ORDER BY seq DESC LIMIT 1"
        } else {
            "SELECT seq, commitment, brief, after FROM history WHERE undone = 1 \
             ORDER BY seq ASC LIMIT 1"
        };
        type Entry = (i64, Option<String>, Option<i64>, Option<i64>);
        let entry: Option<Entry> = tx
            .query_row(pick, [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let (seq, commitment, brief, target) =
            entry.ok_or(StoreError::Nothing(if undo { "undo" } else { "redo" }))?;
        match (&commitment, brief, target) {
            (Some(commitment), _, Some(rev)) => tx.execute(
                "INSERT INTO annotations (commitment, revision) VALUES (?1, ?2) \
                 ON CONFLICT (commitment) DO UPDATE SET revision = excluded.revision",
                params![commitment, rev],
            )?,
            (Some(commitment), _, None) => tx.execute(
                "DELETE FROM annotations WHERE commitment = ?1",
                [commitment],
            )?,
            (None, Some(brief), rev) => {
                let n = tx.execute(
                    "UPDATE briefs SET revision = ?2 WHERE id = ?1",
                    params![brief, rev],
                )?;
                super::search::sync_brief(&tx, brief)?;
                n
            }
            (None, None, _) => {
                return Err(StoreError::Invalid(format!(
                    "history entry {seq} names neither a commitment nor a brief"
                )))
            }
        };
        tx.execute(
            "UPDATE history SET undone = ?1 WHERE seq = ?2",
            params![undo, seq],
        )?;
        super::search::sync_annotations(&tx)?;
        tx.commit()?;
        match (commitment, brief) {
            (Some(commitment), _) => Ok(Change::Annotation {
                current: self.annotation(&commitment)?,
                commitment,
            }),
            (None, Some(brief)) => Ok(Change::Brief {
                brief,
                current: match self.brief(brief) {
                    Ok(b) => Some(b),
                    Err(StoreError::NotFound(_)) => None,
                    Err(e) => return Err(e),
                },
            }),
            (None, None) => unreachable!("refused above"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        (dir, ws)
    }

    fn note(text: &str) -> AnnotationFields {
        AnnotationFields {
            note: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn every_change_is_a_revision_and_can_be_restored() {
        let (_d, mut ws) = ws();
        ws.save("C2-08", note("first")).unwrap();
        let second = ws
            .save(
                "C2-08",
                AnnotationFields {
                    note: "second".into(),
                    status: Some(UserStatus::AtRisk),
                    tags: vec![" chips ".into(), "Chips".into(), "council".into()],
                    follow_up: NaiveDate::from_ymd_opt(2026, 5, 1),
                },
            )
            .unwrap();
        assert_eq!(second.fields.tags, ["chips", "council"]);
        // Saving the same again is not a new revision.
        ws.save("C2-08", second.fields.clone()).unwrap();
        let history = ws.history("C2-08").unwrap();
        assert_eq!(history.len(), 2);
        assert!(history[0].current && !history[1].current);
        let restored = ws.restore("C2-08", history[1].id).unwrap();
        assert_eq!(restored.fields.note, "first");
        assert_eq!(ws.history("C2-08").unwrap().len(), 3);
        assert!(ws.restore("C2-08", 999).is_err());
    }

    #[test]
    fn undo_and_redo_walk_the_users_changes_across_the_workspace() {
        let (_d, mut ws) = ws();
        ws.save("A", note("a1")).unwrap();
        ws.save("B", note("b1")).unwrap();
        ws.save("A", note("a2")).unwrap();
        let annotation = |c: Change| match c {
            Change::Annotation {
                commitment,
                current,
            } => (commitment, current),
            other => panic!("{other:?}"),
        };
        let (commitment, current) = annotation(ws.undo().unwrap());
        assert_eq!(
            (commitment.as_str(), current.unwrap().fields.note.as_str()),
            ("A", "a1")
        );
        let (commitment, current) = annotation(ws.undo().unwrap());
        assert_eq!(commitment, "B");
        assert!(current.is_none(), "B had no annotation before");
        assert!(ws.annotation("B").unwrap().is_none());
        let (_, current) = annotation(ws.redo().unwrap());
        assert_eq!(current.unwrap().fields.note, "b1");
        // A new change clears what could be redone.
        ws.save("C", note("c1")).unwrap();
        assert!(matches!(ws.redo(), Err(StoreError::Nothing("redo"))));
        ws.undo().unwrap();
        ws.undo().unwrap();
        ws.undo().unwrap();
        assert!(matches!(ws.undo(), Err(StoreError::Nothing("undo"))));
        assert!(ws.annotations().unwrap().is_empty());
        // Nothing is lost: every revision is still in the history.
        assert_eq!(ws.history("A").unwrap().len(), 2);
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        let (_d, mut ws) = ws();
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert!(ws
            .save("A", note(&long))
            .unwrap_err()
            .to_string()
            .contains("limit"));
        assert!(ws
            .save("A", note("bell\u{7}"))
            .unwrap_err()
            .to_string()
            .contains("U+0007"));
        let fields = AnnotationFields {
            tags: vec!["t".repeat(MAX_TAG_CHARS + 1)],
            ..Default::default()
        };
        assert!(ws.save("A", fields).is_err());
        assert!(ws.annotations().unwrap().is_empty());
    }
}
