//! Annotations: save (a new revision per change), read, history, restore,
//! and undo/redo of an author session's changes.
//!
//! Every write reads what is current inside its own IMMEDIATE transaction
//! and records, in the same transaction, the revision that was current
//! before it (`history.before`): with several writers, "current" is the
//! result of every committed change applied in commit order.

use chrono::{NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Keyword;
pub use crate::model::UserStatus;

use super::merge::{self, Concurrent};
use super::{session, StoreError, Workspace};

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
    /// Who wrote it when it came from a colleague through the team's
    /// server (their server role, as the server vouches); absent for the
    /// user's own.
    #[ts(optional = nullable)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
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
    /// `local`, `restore`, `import:<file name>`, or `undo`/`redo` (an undo
    /// or redo applied over later changes of others, see `Workspace::undo`).
    pub origin: String,
    /// Whether this is the current version.
    pub current: bool,
}

/// A partial change to an annotation, applied to whatever is current when
/// the write transaction runs (the CLI's `annotate`): unspecified fields
/// stay as they are *then*, not as they were when the command started.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnotationEdit {
    /// Replace the note.
    pub note: Option<String>,
    /// Set (`Some(Some(_))`) or clear (`Some(None)`) the status.
    pub status: Option<Option<UserStatus>>,
    /// Tags to add (kept in this order after the current ones).
    pub add_tags: Vec<String>,
    /// Tags to remove (any case).
    pub remove_tags: Vec<String>,
    /// Set or clear the follow-up date.
    pub follow_up: Option<Option<NaiveDate>>,
}

impl AnnotationEdit {
    /// `current` with this edit applied.
    pub fn apply(&self, current: &AnnotationFields) -> AnnotationFields {
        let mut f = current.clone();
        if let Some(note) = &self.note {
            f.note = note.clone();
        }
        if let Some(status) = self.status {
            f.status = status;
        }
        f.tags.extend(self.add_tags.iter().cloned());
        f.tags.retain(|t| {
            !self
                .remove_tags
                .iter()
                .any(|u| u.trim().eq_ignore_ascii_case(t.trim()))
        });
        if let Some(d) = self.follow_up {
            f.follow_up = d;
        }
        f
    }
}

/// What a save did: the annotation now current, and, when the save was
/// made from a base revision that was no longer current, what the other
/// writer had changed and how both were kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct AnnotationSaved {
    #[serde(flatten)]
    pub annotation: Annotation,
    /// Whether a new revision was written (false: it was already current).
    #[serde(skip)]
    #[ts(skip)]
    #[schemars(skip)]
    pub changed: bool,
    /// Set only when someone else changed the annotation since `base`
    /// (`null` otherwise).
    #[ts(optional = nullable)]
    pub concurrent: Option<Concurrent>,
}

/// What an undo or redo changed.
#[derive(Debug, Clone, PartialEq, Serialize, TS, schemars::JsonSchema)]
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
    /// An own record or a correction (see `record::Entry`).
    Record {
        /// The entry's key (`record:commitment:C4-04`, `correction:C4-03:verification`).
        entry: String,
        /// The entry now (absent: it is removed, or its creation was undone).
        current: Option<crate::record::StoredEntry>,
    },
}

pub(crate) fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

const REVISION_COLUMNS: &str =
    "r.id, r.uid, r.commitment, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.origin";

/// A revision's fields as stored: note, status, tags and follow-up in four
/// consecutive columns from `first` (every query of revisions reads them so).
pub(crate) fn fields_from_row(row: &Row<'_>, first: usize) -> rusqlite::Result<AnnotationFields> {
    let status: Option<String> = row.get(first + 1)?;
    let tags: String = row.get(first + 2)?;
    let follow_up: Option<String> = row.get(first + 3)?;
    Ok(AnnotationFields {
        note: row.get(first)?,
        status: status.as_deref().and_then(UserStatus::from_keyword),
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        follow_up: follow_up.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
    })
}

fn revision_from_row(row: &Row<'_>) -> rusqlite::Result<(Revision, bool)> {
    let fields = fields_from_row(row, 3)?;
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
        from: r.origin.strip_prefix("team:").map(str::to_owned),
        commitment: r.commitment,
        fields: r.fields,
        updated_at: r.updated_at,
        revision: r.id,
    }
}

/// The current annotation of `commitment`, read on `conn` (inside a
/// transaction when called from one).
pub(crate) fn current_of(
    conn: &rusqlite::Connection,
    commitment: &str,
) -> Result<Option<Annotation>, StoreError> {
    let sql = format!(
        "SELECT {REVISION_COLUMNS}, 1 FROM annotations a JOIN revisions r ON r.id = a.revision \
         WHERE a.commitment = ?1"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([commitment], revision_from_row)
        .optional()?
        .map(|(r, _)| to_annotation(r)))
}

/// Revision `id`, if it exists.
fn revision_of(conn: &rusqlite::Connection, id: i64) -> Result<Option<Revision>, StoreError> {
    let sql = format!("SELECT {REVISION_COLUMNS}, 0 FROM revisions r WHERE r.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], revision_from_row)
        .optional()?
        .map(|(r, _)| r))
}

/// When each field of an annotation revision was last changed (RFC 3339):
/// team sync takes each field from the revision that changed it last, so
/// two colleagues' offline edits of different fields both stay (see
/// `sync.rs`). A revision written before format 7, or from a bundle, has
/// none: every field counts as changed at its `updated_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Clocks {
    pub note: String,
    pub status: String,
    pub tags: String,
    pub follow_up: String,
}

impl Clocks {
    pub(crate) fn all(at: &str) -> Clocks {
        Clocks {
            note: at.into(),
            status: at.into(),
            tags: at.into(),
            follow_up: at.into(),
        }
    }

    pub(crate) fn parse(stored: Option<&str>, updated_at: &str) -> Clocks {
        stored
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_else(|| Clocks::all(updated_at))
    }
}

/// A time after `after` (when given) and not before `at`.
pub(crate) fn later_than(at: &str, after: &str) -> String {
    match (
        chrono::DateTime::parse_from_rfc3339(at),
        chrono::DateTime::parse_from_rfc3339(after),
    ) {
        (Ok(a), Ok(b)) if b >= a => (b.with_timezone(&Utc) + chrono::Duration::milliseconds(1))
            .to_rfc3339_opts(SecondsFormat::Millis, true),
        _ => at.to_owned(),
    }
}

/// Append one version of `commitment`'s annotation written here; returns
/// its id. Its field clocks follow from what is current: a field it
/// changes is stamped now (after the current clock, whatever the machine's
/// clock says), the others keep theirs.
pub(crate) fn insert_revision(
    conn: &rusqlite::Connection,
    uid: &str,
    commitment: &str,
    fields: &AnnotationFields,
    updated_at: &str,
    origin: &str,
) -> rusqlite::Result<i64> {
    /// note, status, tags, follow_up, updated_at, clocks of what is current.
    type Current = (
        String,
        Option<String>,
        String,
        Option<String>,
        String,
        Option<String>,
    );
    let current: Option<Current> = conn
        .prepare_cached(
            "SELECT r.note, r.status, r.tags, r.follow_up, r.updated_at, r.clocks FROM annotations a \
             JOIN revisions r ON r.id = a.revision WHERE a.commitment = ?1",
        )?
        .query_row([commitment], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })
        .optional()?;
    let clocks = match current {
        None => Clocks::all(updated_at),
        Some((note, status, tags, follow_up, at, clocks)) => {
            let was = Clocks::parse(clocks.as_deref(), &at);
            let status_now = fields.status.map(Keyword::keyword);
            let follow_now = fields.follow_up.map(|d| d.format("%Y-%m-%d").to_string());
            let pick = |same: bool, clock: &str| {
                if same {
                    clock.to_owned()
                } else {
                    later_than(updated_at, clock)
                }
            };
            Clocks {
                note: pick(note == fields.note, &was.note),
                status: pick(status.as_deref() == status_now, &was.status),
                tags: pick(
                    serde_json::from_str::<Vec<String>>(&tags).unwrap_or_default() == fields.tags,
                    &was.tags,
                ),
                follow_up: pick(follow_up == follow_now, &was.follow_up),
            }
        }
    };
    insert_revision_as(
        conn,
        uid,
        commitment,
        fields,
        updated_at,
        origin,
        Some(&clocks),
    )
}

/// Append one version of `commitment`'s annotation with the clocks it came
/// with (`None`: every field at `updated_at`); returns its id.
pub(crate) fn insert_revision_as(
    conn: &rusqlite::Connection,
    uid: &str,
    commitment: &str,
    fields: &AnnotationFields,
    updated_at: &str,
    origin: &str,
    clocks: Option<&Clocks>,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO revisions (uid, commitment, note, status, tags, follow_up, updated_at, origin, clocks) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
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
        clocks.map(|c| serde_json::to_string(c).expect("clocks serialize")),
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Point `commitment` at revision `rev` (or at none).
fn point(conn: &rusqlite::Connection, commitment: &str, rev: Option<i64>) -> rusqlite::Result<()> {
    match rev {
        Some(rev) => conn
            .prepare_cached(
                "INSERT INTO annotations (commitment, revision) VALUES (?1, ?2) \
                 ON CONFLICT (commitment) DO UPDATE SET revision = excluded.revision",
            )?
            .execute(params![commitment, rev])?,
        None => conn
            .prepare_cached("DELETE FROM annotations WHERE commitment = ?1")?
            .execute([commitment])?,
    };
    Ok(())
}

/// Record a change of `session` in the undo history: `before` and `after`
/// are what was current before and after it. A new change clears what the
/// session could redo (never another session's).
pub(crate) fn record_change(
    conn: &rusqlite::Connection,
    session: &str,
    target: Target<'_>,
    before: Option<i64>,
    after: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM history WHERE session = ?1 AND undone = 1")?
        .execute([session])?;
    let (commitment, brief, entry) = match target {
        Target::Annotation(c) => (Some(c), None, None),
        Target::Brief(b) => (None, Some(b), None),
        Target::Entry(e) => (None, None, Some(e)),
    };
    conn.prepare_cached(
        "INSERT INTO history (commitment, brief, entry, before, after, session) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![commitment, brief, entry, before, after, session])?;
    Ok(())
}

/// What a history entry changed.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Target<'a> {
    Annotation(&'a str),
    Brief(i64),
    Entry(&'a str),
}

/// Make `after` the current revision of `commitment` as an undoable change
/// of `session` (from `before`, what was current inside the same
/// transaction).
pub(crate) fn make_current(
    conn: &rusqlite::Connection,
    session: &str,
    commitment: &str,
    before: Option<i64>,
    after: i64,
) -> rusqlite::Result<()> {
    point(conn, commitment, Some(after))?;
    record_change(conn, session, Target::Annotation(commitment), before, after)
}

/// Who wrote revision `rev` of a target, from the history (for messages).
fn author_of(conn: &rusqlite::Connection, rev: i64) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT session FROM history WHERE after = ?1 AND commitment IS NOT NULL \
             ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([rev], |r| r.get::<_, String>(0))
        .optional()?)
}

impl Workspace {
    /// The current annotation of `commitment`, if any.
    pub fn annotation(&self, commitment: &str) -> Result<Option<Annotation>, StoreError> {
        current_of(&self.conn, commitment)
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
    /// transaction, undoable), replacing what is current. Saving what is
    /// already current changes nothing.
    pub fn save(
        &mut self,
        commitment: &str,
        fields: AnnotationFields,
    ) -> Result<Annotation, StoreError> {
        self.save_from(commitment, fields, None)
            .map(|s| s.annotation)
    }

    /// Save a whole annotation as the client last edited it, from `base`:
    /// the revision the client last read (`0`: it read none; `None`: not
    /// known, the fields simply replace what is current, as [`save`]).
    ///
    /// When `base` is no longer current (another writer changed the
    /// annotation meanwhile) nothing is discarded: the fields the client
    /// changed since `base` are applied to what is current now, a field
    /// both changed takes the client's value (the newer write) and the
    /// other writer's revision stays in the history; the result says so
    /// in [`AnnotationSaved::concurrent`].
    ///
    /// [`save`]: Workspace::save
    pub fn save_from(
        &mut self,
        commitment: &str,
        fields: AnnotationFields,
        base: Option<i64>,
    ) -> Result<AnnotationSaved, StoreError> {
        let fields = fields.normalized()?;
        self.write_with(commitment, "local", |tx, current| {
            let now_rev = current.map_or(0, |c| c.revision);
            match base {
                Some(b) if b != now_rev => {
                    let base_fields = match b {
                        0 => AnnotationFields::default(),
                        b => match revision_of(tx, b)? {
                            Some(r) if r.commitment == commitment => r.fields,
                            _ => {
                                return Err(StoreError::Invalid(format!(
                                    "revision {b} is not a revision of `{commitment}`'s annotation"
                                )))
                            }
                        },
                    };
                    let theirs = current.map(|c| c.fields.clone()).unwrap_or_default();
                    let m = merge::annotation(&base_fields, &fields, &theirs);
                    Ok((
                        m.value,
                        Some(Concurrent {
                            base: b,
                            theirs: current.map(|c| c.revision),
                            theirs_updated_at: current.map(|c| c.updated_at.clone()),
                            kept_theirs: m.kept_theirs,
                            overridden: m.overridden,
                        }),
                    ))
                }
                _ => Ok((fields, None)),
            }
        })
    }

    /// Apply `edit` to the annotation current when the write runs (one
    /// transaction, undoable): concurrent edits of other fields or other
    /// tags are never lost.
    pub fn edit(
        &mut self,
        commitment: &str,
        edit: &AnnotationEdit,
    ) -> Result<AnnotationSaved, StoreError> {
        self.write_with(commitment, "local", |_, current| {
            let fields = current.map(|c| c.fields.clone()).unwrap_or_default();
            Ok((edit.apply(&fields), None))
        })
    }

    /// Make an earlier revision current again, as a new, undoable change.
    pub fn restore(&mut self, commitment: &str, revision: i64) -> Result<Annotation, StoreError> {
        self.write_with(commitment, "restore", |tx, _| {
            match revision_of(tx, revision)? {
                Some(r) if r.commitment == commitment => Ok((r.fields, None)),
                _ => Err(StoreError::NotFound(format!(
                    "`{commitment}` has no revision {revision} (see its history)"
                ))),
            }
        })
        .map(|s| s.annotation)
    }

    /// One write of `commitment`'s annotation: `compute` gets what is
    /// current *inside* the IMMEDIATE transaction and returns the fields to
    /// make current. Writing what is current changes nothing.
    fn write_with(
        &mut self,
        commitment: &str,
        origin: &str,
        compute: impl FnOnce(
            &rusqlite::Transaction<'_>,
            Option<&Annotation>,
        ) -> Result<(AnnotationFields, Option<Concurrent>), StoreError>,
    ) -> Result<AnnotationSaved, StoreError> {
        if commitment.trim().is_empty() {
            return Err(StoreError::Invalid("no commitment id given".into()));
        }
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = current_of(&tx, commitment)?;
        let (fields, concurrent) = compute(&tx, current.as_ref())?;
        let fields = fields.normalized()?;
        if let Some(c) = &current {
            if c.fields == fields {
                return Ok(AnnotationSaved {
                    annotation: c.clone(),
                    changed: false,
                    concurrent,
                });
            }
        }
        let updated_at = now();
        let uid = uuid::Uuid::new_v4().to_string();
        let revision = insert_revision(&tx, &uid, commitment, &fields, &updated_at, origin)?;
        make_current(
            &tx,
            &session,
            commitment,
            current.map(|c| c.revision),
            revision,
        )?;
        super::search::sync_annotations(&tx)?;
        tx.commit()?;
        Ok(AnnotationSaved {
            annotation: Annotation {
                commitment: commitment.to_owned(),
                fields,
                updated_at,
                revision,
                from: None,
            },
            changed: true,
            concurrent,
        })
    }

    /// Undo this session's last change (see [`super::session`]): never
    /// another session's. When others changed the same record since, their
    /// work stays: only the fields this change set are reverted, and when
    /// they changed those fields too, nothing is undone and the error says
    /// who built on it ([`StoreError::Conflict`]).
    pub fn undo(&mut self) -> Result<Change, StoreError> {
        self.step(true)
    }

    /// Redo the change this session undid last, on the same terms.
    pub fn redo(&mut self) -> Result<Change, StoreError> {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> Result<Change, StoreError> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let pick = if undo {
            "SELECT seq, commitment, brief, entry, before, after FROM history \
             WHERE session = ?1 AND undone = 0 ORDER BY seq DESC LIMIT 1"
        } else {
            "SELECT seq, commitment, brief, entry, before, after FROM history \
             WHERE session = ?1 AND undone = 1 ORDER BY seq ASC LIMIT 1"
        };
        type Row = (
            i64,
            Option<String>,
            Option<i64>,
            Option<String>,
            Option<i64>,
            i64,
        );
        let row: Option<Row> = tx
            .query_row(pick, [&session], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .optional()?;
        let (seq, commitment, brief, entry, before, after) =
            row.ok_or(StoreError::Nothing(if undo { "undo" } else { "redo" }))?;
        // Undo goes from `after` back to `before`; redo the other way.
        let (from, to) = if undo {
            (Some(after), before)
        } else {
            (before, Some(after))
        };
        let verb = if undo { "undo" } else { "redo" };
        match (&commitment, brief, &entry) {
            (Some(c), _, _) => step_annotation(&tx, c, from, to, verb)?,
            (None, Some(b), _) => {
                super::briefs::step_brief(&tx, b, from, to, verb)?;
                super::search::sync_brief(&tx, b)?;
            }
            (None, None, Some(e)) => super::records::step_entry(&tx, e, from, to, verb)?,
            (None, None, None) => {
                return Err(StoreError::Invalid(format!(
                    "history entry {seq} names neither a commitment, a brief nor a record"
                )))
            }
        }
        tx.execute(
            "UPDATE history SET undone = ?1 WHERE seq = ?2",
            params![undo, seq],
        )?;
        super::search::sync_annotations(&tx)?;
        tx.commit()?;
        match (commitment, brief, entry) {
            (Some(commitment), _, _) => Ok(Change::Annotation {
                current: self.annotation(&commitment)?,
                commitment,
            }),
            (None, Some(brief), _) => Ok(Change::Brief {
                brief,
                current: match self.brief(brief) {
                    Ok(b) => Some(b),
                    Err(StoreError::NotFound(_)) => None,
                    Err(e) => return Err(e),
                },
            }),
            (None, None, Some(entry)) => Ok(Change::Record {
                current: self.record_entries()?.into_iter().find(|e| e.key == entry),
                entry,
            }),
            (None, None, None) => unreachable!("refused above"),
        }
    }
}

/// Move `commitment`'s annotation from revision `from` to `to` (an undo or
/// a redo). When `from` is no longer current, what others changed since is
/// kept: the change is applied as a merge, or refused when they changed
/// the same fields.
fn step_annotation(
    tx: &rusqlite::Transaction<'_>,
    commitment: &str,
    from: Option<i64>,
    to: Option<i64>,
    verb: &str,
) -> Result<(), StoreError> {
    let current = current_of(tx, commitment)?;
    let cur = current.as_ref().map(|c| c.revision);
    if cur == from {
        point(tx, commitment, to)?;
        return Ok(());
    }
    let fields_of = |rev: Option<i64>| -> Result<AnnotationFields, StoreError> {
        Ok(match rev {
            Some(r) => revision_of(tx, r)?.map(|r| r.fields).unwrap_or_default(),
            None => AnnotationFields::default(),
        })
    };
    let theirs = current
        .as_ref()
        .map(|c| c.fields.clone())
        .unwrap_or_default();
    let m = merge::annotation(&fields_of(from)?, &fields_of(to)?, &theirs);
    if !m.overridden.is_empty() {
        let (who, when) = match &current {
            Some(c) => (
                author_of(tx, c.revision)?
                    .map(|s| session::describe(&s))
                    .unwrap_or_else(|| "another writer".into()),
                format!("revision {} of {}", c.revision, c.updated_at),
            ),
            None => ("another writer".into(), "its removal".into()),
        };
        return Err(StoreError::Conflict(format!(
            "{commitment}: your change was built upon by {who} ({when}), who changed {} too; \
             nothing was {verb}ne, so their work stays (see `history {commitment}` to restore a version)",
            m.overridden.join(", "),
        )));
    }
    if m.value == theirs {
        return Ok(());
    }
    if m.value.is_empty() && to.is_none() {
        point(tx, commitment, None)?;
        return Ok(());
    }
    let uid = uuid::Uuid::new_v4().to_string();
    let rev = insert_revision(tx, &uid, commitment, &m.value.normalized()?, &now(), verb)?;
    point(tx, commitment, Some(rev))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{note, ws};

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
