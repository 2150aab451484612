//! The workspace's side of team sync: what this workspace has that the
//! team's server lacks, as self-describing revisions with a content hash,
//! and taking in what colleagues wrote. The server side (PostgreSQL) lives
//! in `briefdesk-team`; the core knows nothing of it.
//!
//! Revisions are immutable and keyed by uid, so sync is a union: a
//! revision travels as its payload (canonical JSON of what the revision
//! says, never how it arrived) and the SHA-256 of that payload. The current
//! version of each record is computed the same way in every workspace: its
//! newest revision (by time, then uid); a removal is a revision too. Two
//! things keep that rule true locally:
//! - a move of the current version that is not the newest revision (an
//!   undo, a bundle whose older version was kept) is written down in
//!   `team_moved` by triggers, with the time of the move, and before
//!   anything is sent or taken in it becomes a revision: a copy of what is
//!   current, stamped with that time, or just after the newest where that
//!   is later (origin `sync`). Nothing the user sees changes, colleagues
//!   get the same, and an undo made before a colleague's save stays before
//!   it.
//! - what a colleague wrote makes their revision current only where it is
//!   the newest; every other revision stays in the history.
//!
//! Pulled revisions are checked like a bundle's (uid, time, ids, the note's
//! limits, a brief or an entry that reads) and never overwrite anything:
//! one whose uid this workspace holds with other content is refused and
//! reported, and so is one whose hash does not match its payload.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::annotations::{insert_revision_as, later_than, now, AnnotationFields, Clocks};
use super::{StoreError, Workspace};
use crate::model::Keyword;

/// What a synced revision is a revision of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncKind {
    /// A note, status, tags and follow-up of a commitment.
    Annotation,
    /// A brief or a saved template (a deletion is a revision without a document).
    Brief,
    /// An own record or a correction (`record::Entry`).
    Record,
}

impl SyncKind {
    pub fn keyword(self) -> &'static str {
        match self {
            SyncKind::Annotation => "annotation",
            SyncKind::Brief => "brief",
            SyncKind::Record => "record",
        }
    }

    pub fn from_keyword(k: &str) -> Option<SyncKind> {
        match k {
            "annotation" => Some(SyncKind::Annotation),
            "brief" => Some(SyncKind::Brief),
            "record" => Some(SyncKind::Record),
            _ => None,
        }
    }
}

/// One revision as it travels: what it says and the SHA-256 of that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRevision {
    pub uid: String,
    pub kind: SyncKind,
    /// What it is a revision of: a commitment id, a brief's uid, an entry key.
    pub target: String,
    /// Canonical JSON (see the module).
    pub payload: String,
    /// Lower-case hex SHA-256 of `payload`'s bytes.
    pub hash: String,
}

/// A revision the server handed out, with who wrote it as the server
/// vouches (its login role) and when it arrived there.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub uid: String,
    pub kind: String,
    pub payload: String,
    pub hash: String,
    pub author: String,
    pub received_at: String,
}

/// A revision that did not travel, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Refusal {
    pub uid: String,
    /// `push` (the server refused it) or `pull` (this workspace did).
    pub direction: String,
    pub reason: String,
}

/// The team this workspace syncs with, and how the last sync went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct TeamLink {
    /// The server, as a libpq URL (never with a password).
    pub url: String,
    pub team: String,
    /// The server role this workspace syncs as.
    pub member: String,
    pub joined_at: String,
    /// When the last sync ended well (`null`: never yet).
    pub last_sync: Option<String>,
    /// Why the last attempt failed (`null`: it did not).
    pub last_error: Option<String>,
    /// Revisions the server or this workspace refused (kept here, reported).
    pub refused: Vec<Refusal>,
    /// The last server row taken in: (transaction id, sequence).
    pub cursor: (String, i64),
}

/// What taking in a batch of colleagues' revisions did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Applied {
    /// Revisions new to this workspace.
    pub added: u32,
    /// Revisions it had already (its own, or pulled before).
    pub already: u32,
    /// Records whose current version is now a colleague's, as
    /// `annotation:C2-08`, `brief:<uid>`, `record:<key>`.
    pub changed: Vec<String>,
    pub refused: Vec<Refusal>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnotationPayload {
    commitment: String,
    note: String,
    status: Option<String>,
    tags: Vec<String>,
    follow_up: Option<String>,
    updated_at: String,
    /// When each field was last changed (absent: all at `updated_at`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    clocks: Option<Clocks>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BriefPayload {
    /// The brief's uid.
    brief: String,
    template: bool,
    created_at: String,
    /// The brief; `null`: this version deleted it.
    doc: Option<serde_json::Value>,
    updated_at: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordPayload {
    entry: String,
    /// The entry; `null`: this version removed it.
    body: Option<serde_json::Value>,
    author: String,
    updated_at: String,
}

/// Lower-case hex SHA-256 of `payload`.
pub fn content_hash(payload: &str) -> String {
    let digest = Sha256::digest(payload.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn revision(uid: String, kind: SyncKind, target: String, payload: &impl Serialize) -> SyncRevision {
    let payload = serde_json::to_string(payload).expect("a payload serializes");
    SyncRevision {
        hash: content_hash(&payload),
        uid,
        kind,
        target,
        payload,
    }
}

/// The moment `at` (RFC 3339), for ordering; unreadable times sort first.
fn moment(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The newest of `(id, uid, updated_at)` revisions: by time, then uid.
fn newest(revs: &[(i64, String, String)]) -> Option<&(i64, String, String)> {
    revs.iter()
        .max_by(|a, b| (moment(&a.2), &a.1).cmp(&(moment(&b.2), &b.1)))
}

const ANNOTATION_SELECT: &str =
    "SELECT r.uid, r.commitment, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.clocks FROM revisions r";
const BRIEF_SELECT: &str = "SELECT r.uid, b.uid, b.template, b.created_at, r.doc, r.updated_at \
     FROM brief_revisions r JOIN briefs b ON b.id = r.brief";
const RECORD_SELECT: &str =
    "SELECT r.uid, r.entry, r.body, r.author, r.updated_at FROM record_revisions r";

fn annotation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SyncRevision> {
    let tags: String = r.get(4)?;
    let p = AnnotationPayload {
        commitment: r.get(1)?,
        note: r.get(2)?,
        status: r.get(3)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        follow_up: r.get(5)?,
        updated_at: r.get(6)?,
        clocks: r
            .get::<_, Option<String>>(7)?
            .and_then(|c| serde_json::from_str(&c).ok()),
    };
    Ok(revision(
        r.get(0)?,
        SyncKind::Annotation,
        p.commitment.clone(),
        &p,
    ))
}

fn brief_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SyncRevision> {
    let doc: Option<String> = r.get(4)?;
    let doc = match doc {
        Some(text) => Some(serde_json::from_str(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    let p = BriefPayload {
        brief: r.get(1)?,
        template: r.get(2)?,
        created_at: r.get(3)?,
        doc,
        updated_at: r.get(5)?,
    };
    Ok(revision(r.get(0)?, SyncKind::Brief, p.brief.clone(), &p))
}

fn record_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SyncRevision> {
    let body: Option<String> = r.get(2)?;
    let body = match body {
        Some(text) => Some(serde_json::from_str(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    let p = RecordPayload {
        entry: r.get(1)?,
        body,
        author: r.get(3)?,
        updated_at: r.get(4)?,
    };
    Ok(revision(r.get(0)?, SyncKind::Record, p.entry.clone(), &p))
}

/// The revision with `uid` as it travels, if this workspace has it.
fn local_revision(
    conn: &rusqlite::Connection,
    uid: &str,
) -> Result<Option<SyncRevision>, StoreError> {
    let a = conn
        .prepare_cached(&format!("{ANNOTATION_SELECT} WHERE r.uid = ?1"))?
        .query_row([uid], annotation_row)
        .optional()?;
    if a.is_some() {
        return Ok(a);
    }
    let b = conn
        .prepare_cached(&format!("{BRIEF_SELECT} WHERE r.uid = ?1"))?
        .query_row([uid], brief_row)
        .optional()?;
    if b.is_some() {
        return Ok(b);
    }
    Ok(conn
        .prepare_cached(&format!("{RECORD_SELECT} WHERE r.uid = ?1"))?
        .query_row([uid], record_row)
        .optional()?)
}

fn read_link(conn: &rusqlite::Connection) -> Result<Option<TeamLink>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT url, team, member, joined_at, last_sync, last_error, refused, cursor_txid, cursor_seq \
             FROM team WHERE one = 1",
        )?
        .query_row([], |r| {
            let refused: String = r.get(6)?;
            Ok(TeamLink {
                url: r.get(0)?,
                team: r.get(1)?,
                member: r.get(2)?,
                joined_at: r.get(3)?,
                last_sync: r.get(4)?,
                last_error: r.get(5)?,
                refused: serde_json::from_str(&refused).unwrap_or_default(),
                cursor: (r.get(7)?, r.get(8)?),
            })
        })
        .optional()?)
}

fn not_joined() -> StoreError {
    StoreError::NotFound(
        "this workspace is in no team: join one first (`briefdesk team join URL`)".into(),
    )
}

/// Add `more` to the refusals kept in the team row (by uid, the latest reason).
fn keep_refusals(conn: &rusqlite::Connection, more: &[Refusal]) -> Result<(), StoreError> {
    if more.is_empty() {
        return Ok(());
    }
    let Some(link) = read_link(conn)? else {
        return Err(not_joined());
    };
    let mut all = link.refused;
    for r in more {
        all.retain(|x| x.uid != r.uid || x.direction != r.direction);
        all.push(r.clone());
    }
    conn.execute(
        "UPDATE team SET refused = ?1 WHERE one = 1",
        [serde_json::to_string(&all).unwrap_or_else(|_| "[]".into())],
    )?;
    Ok(())
}

/// Forget what the server holds: every revision is unsent again (joining
/// another team, or leaving).
fn forget_known(conn: &rusqlite::Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "DELETE FROM team_known;
         DELETE FROM team_unsent;
         INSERT OR IGNORE INTO team_unsent (uid) SELECT uid FROM revisions;
         INSERT OR IGNORE INTO team_unsent (uid) SELECT uid FROM brief_revisions WHERE uid IS NOT NULL;
         INSERT OR IGNORE INTO team_unsent (uid) SELECT uid FROM record_revisions;",
    )?;
    Ok(())
}

/// Make the current version of every record in `team_moved` its newest
/// revision (see the module): a copy of what is current where it is not,
/// stamped with the time of the move (an undo made before a colleague's
/// save stays before it), or of this sync for moves noted before format 8.
fn settle_moved(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let moved: Vec<(String, String, Option<String>)> = tx
        .prepare_cached("SELECT kind, target, moved_at FROM team_moved")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (kind, target, moved_at) in moved {
        let at = moved_at.filter(|t| moment(t).is_some()).unwrap_or_else(now);
        match kind.as_str() {
            "annotation" => settle_annotation(tx, &target, &at)?,
            "brief" => {
                if let Ok(id) = target.parse::<i64>() {
                    settle_brief(tx, id, &at)?;
                }
            }
            "record" => settle_record(tx, &target, &at)?,
            _ => {}
        }
    }
    tx.execute("DELETE FROM team_moved", [])?;
    Ok(())
}

fn revisions_of(
    conn: &rusqlite::Connection,
    sql: &str,
    key: &dyn rusqlite::ToSql,
) -> Result<Vec<(i64, String, String)>, StoreError> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?)
}

/// An annotation revision as the merge of fields reads it.
#[derive(Debug, Clone)]
struct Versioned {
    id: i64,
    uid: String,
    fields: AnnotationFields,
    clocks: Clocks,
}

fn versioned(r: &rusqlite::Row<'_>) -> rusqlite::Result<Versioned> {
    let updated_at: String = r.get(6)?;
    let clocks: Option<String> = r.get(7)?;
    Ok(Versioned {
        id: r.get(0)?,
        uid: r.get(1)?,
        fields: super::annotations::fields_from_row(r, 2)?,
        clocks: Clocks::parse(clocks.as_deref(), &updated_at),
    })
}

const VERSIONED: &str =
    "SELECT r.id, r.uid, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.clocks FROM revisions r";

/// The annotation every workspace computes from `revs`: each field from
/// the revision that changed it last (its clock, then uid), with that clock.
fn merge_fields(revs: &[Versioned]) -> Option<(AnnotationFields, Clocks)> {
    let last = |clock: fn(&Clocks) -> &String| {
        revs.iter().max_by(|a, b| {
            (moment(clock(&a.clocks)), &a.uid).cmp(&(moment(clock(&b.clocks)), &b.uid))
        })
    };
    let note = last(|c| &c.note)?;
    let status = last(|c| &c.status)?;
    let tags = last(|c| &c.tags)?;
    let follow_up = last(|c| &c.follow_up)?;
    Some((
        AnnotationFields {
            note: note.fields.note.clone(),
            status: status.fields.status,
            tags: tags.fields.tags.clone(),
            follow_up: follow_up.fields.follow_up,
        },
        Clocks {
            note: note.clocks.note.clone(),
            status: status.clocks.status.clone(),
            tags: tags.clocks.tags.clone(),
            follow_up: follow_up.clocks.follow_up.clone(),
        },
    ))
}

/// The latest of `clocks`.
fn latest(clocks: &Clocks) -> String {
    [
        &clocks.note,
        &clocks.status,
        &clocks.tags,
        &clocks.follow_up,
    ]
    .into_iter()
    .max_by_key(|c| moment(c))
    .cloned()
    .unwrap_or_default()
}

/// The revision that holds `fields` with `clocks` for `commitment`: one of
/// `among`, else the merge revision every workspace makes of them — its uid
/// and time follow from its content, so two workspaces that merge the same
/// revisions make the same one.
fn holding(
    tx: &rusqlite::Transaction<'_>,
    commitment: &str,
    fields: &AnnotationFields,
    clocks: &Clocks,
    among: &[Versioned],
) -> Result<i64, StoreError> {
    if let Some(v) = among
        .iter()
        .filter(|v| &v.fields == fields && &v.clocks == clocks)
        .max_by(|a, b| a.uid.cmp(&b.uid))
    {
        return Ok(v.id);
    }
    let p = AnnotationPayload {
        commitment: commitment.to_owned(),
        note: fields.note.clone(),
        status: fields.status.map(|s| s.keyword().to_owned()),
        tags: fields.tags.clone(),
        follow_up: fields.follow_up.map(|d| d.format("%Y-%m-%d").to_string()),
        updated_at: latest(clocks),
        clocks: Some(clocks.clone()),
    };
    let payload = serde_json::to_string(&p).expect("a payload serializes");
    let uid = uuid::Uuid::new_v5(&MERGE_NAMESPACE, payload.as_bytes()).to_string();
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM revisions WHERE uid = ?1")?
        .query_row([&uid], |r| r.get(0))
        .optional()?;
    match found {
        Some(id) => Ok(id),
        None => Ok(insert_revision_as(
            tx,
            &uid,
            commitment,
            fields,
            &p.updated_at,
            "merge",
            Some(clocks),
        )?),
    }
}

/// The namespace of merge revisions' uids (UUID v5 of their payload).
const MERGE_NAMESPACE: uuid::Uuid =
    uuid::Uuid::from_u128(0x6272_6466_2d6d_6572_6765_2d61_6e6e_6f74);

fn point_annotation(
    tx: &rusqlite::Transaction<'_>,
    commitment: &str,
    id: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO annotations (commitment, revision) VALUES (?1, ?2) \
         ON CONFLICT (commitment) DO UPDATE SET revision = excluded.revision",
        params![commitment, id],
    )?;
    Ok(())
}

/// Make what `commitment`'s annotation shows (moved here at `at`: an edit,
/// an undo) what every workspace computes: where a field shown is not the
/// field's latest, a revision stamps it as changed at `at` (just after the
/// field's clock where that is later); an undone first note travels as an
/// empty one, which is what a cleared note is everywhere.
fn settle_annotation(
    tx: &rusqlite::Transaction<'_>,
    commitment: &str,
    at: &str,
) -> Result<(), StoreError> {
    let revs: Vec<Versioned> = tx
        .prepare_cached(&format!("{VERSIONED} WHERE r.commitment = ?1"))?
        .query_map([commitment], versioned)?
        .collect::<Result<_, _>>()?;
    let Some((merged, clocks)) = merge_fields(&revs) else {
        return Ok(());
    };
    let current: Option<i64> = tx
        .prepare_cached("SELECT revision FROM annotations WHERE commitment = ?1")?
        .query_row([commitment], |r| r.get(0))
        .optional()?;
    let shown = current.and_then(|id| revs.iter().find(|v| v.id == id));
    if let Some(v) = shown {
        if v.fields == merged && v.clocks == clocks {
            return Ok(());
        }
    }
    let shown_fields = shown.map(|v| v.fields.clone()).unwrap_or_default();
    let id = if shown_fields == merged {
        holding(tx, commitment, &merged, &clocks, &revs)?
    } else {
        let stamp = |same: bool, clock: &String| {
            if same {
                clock.clone()
            } else {
                later_than(at, clock)
            }
        };
        let new = Clocks {
            note: stamp(shown_fields.note == merged.note, &clocks.note),
            status: stamp(shown_fields.status == merged.status, &clocks.status),
            tags: stamp(shown_fields.tags == merged.tags, &clocks.tags),
            follow_up: stamp(
                shown_fields.follow_up == merged.follow_up,
                &clocks.follow_up,
            ),
        };
        let uid = uuid::Uuid::new_v4().to_string();
        insert_revision_as(
            tx,
            &uid,
            commitment,
            &shown_fields,
            &latest(&new),
            "sync",
            Some(&new),
        )?
    };
    point_annotation(tx, commitment, id)
}

fn settle_brief(tx: &rusqlite::Transaction<'_>, brief: i64, at: &str) -> Result<(), StoreError> {
    let revs = revisions_of(
        tx,
        "SELECT id, uid, updated_at FROM brief_revisions WHERE brief = ?1",
        &brief,
    )?;
    let Some(top) = newest(&revs) else {
        return Ok(());
    };
    let current: Option<i64> = tx
        .prepare_cached("SELECT revision FROM briefs WHERE id = ?1")?
        .query_row([brief], |r| r.get(0))?;
    let doc_of = |id: Option<i64>| -> Result<Option<String>, StoreError> {
        Ok(match id {
            Some(id) => tx
                .prepare_cached("SELECT doc FROM brief_revisions WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?,
            None => None,
        })
    };
    let shown = doc_of(current)?;
    if current == Some(top.0) {
        return Ok(());
    }
    let id = if doc_of(Some(top.0))? == shown {
        top.0
    } else {
        tx.prepare_cached(
            "INSERT INTO brief_revisions (brief, doc, updated_at, origin) VALUES (?1, ?2, ?3, 'sync')",
        )?
        .execute(params![brief, shown, later_than(at, &top.2)])?;
        tx.last_insert_rowid()
    };
    tx.execute(
        "UPDATE briefs SET revision = ?2 WHERE id = ?1",
        params![brief, id],
    )?;
    Ok(())
}

fn settle_record(tx: &rusqlite::Transaction<'_>, key: &str, at: &str) -> Result<(), StoreError> {
    let revs = revisions_of(
        tx,
        "SELECT id, uid, updated_at FROM record_revisions WHERE entry = ?1",
        &key,
    )?;
    let Some(top) = newest(&revs) else {
        return Ok(());
    };
    let current: Option<i64> = tx
        .prepare_cached("SELECT revision FROM record_entries WHERE entry = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    let body_of = |id: Option<i64>| -> Result<(Option<String>, Option<String>), StoreError> {
        Ok(match id {
            Some(id) => tx
                .prepare_cached("SELECT body, author FROM record_revisions WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, Some(r.get(1)?))))?,
            None => (None, None),
        })
    };
    let (shown, author) = body_of(current)?;
    if current == Some(top.0) {
        return Ok(());
    }
    let (top_body, top_author) = body_of(Some(top.0))?;
    let id = if top_body == shown {
        top.0
    } else {
        let author = author.or(top_author).unwrap_or_default();
        let uid = uuid::Uuid::new_v4().to_string();
        let entry = shown
            .as_deref()
            .map(serde_json::from_str::<crate::record::Entry>)
            .transpose()
            .map_err(|e| StoreError::Invalid(format!("entry `{key}` cannot be read: {e}")))?;
        super::records::insert_record_revision(
            tx,
            &uid,
            key,
            entry.as_ref(),
            &author,
            &later_than(at, &top.2),
            "sync",
        )?
    };
    super::records::point_entry(tx, key, Some(id))?;
    Ok(())
}

/// A revision taken in: its id here, its uid and time.
type Candidate = (i64, String, String);

/// Point `kind`/`target` at its newest revision after colleagues' arrived
/// (`incoming`); whether what is current changed. What was current is the
/// newest of the rest (moves were settled first, see the module), so only
/// it and the incoming ones are compared.
fn make_newest_current(
    tx: &rusqlite::Transaction<'_>,
    kind: SyncKind,
    target: &str,
    incoming: &[Candidate],
) -> Result<bool, StoreError> {
    let current_of =
        |sql: &str, key: &dyn rusqlite::ToSql| -> Result<Option<Candidate>, StoreError> {
            Ok(tx
                .prepare_cached(sql)?
                .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?)
        };
    let pick = |current: &Option<Candidate>| -> Option<i64> {
        let mut all: Vec<Candidate> = incoming.to_vec();
        all.extend(current.iter().cloned());
        let top = newest(&all)?.0;
        (current.as_ref().map(|c| c.0) != Some(top)).then_some(top)
    };
    match kind {
        SyncKind::Annotation => {
            // What is current holds the latest of every field here (moves
            // were settled first): the merge of it and what arrived.
            let mut revs: Vec<Versioned> = tx
                .prepare_cached(&format!(
                    "{VERSIONED} JOIN annotations a ON a.revision = r.id WHERE a.commitment = ?1"
                ))?
                .query_map([target], versioned)?
                .collect::<Result<_, _>>()?;
            let current = revs.first().map(|v| (v.id, v.fields.clone()));
            for c in incoming {
                revs.extend(
                    tx.prepare_cached(&format!("{VERSIONED} WHERE r.id = ?1"))?
                        .query_map([c.0], versioned)?
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            let Some((merged, clocks)) = merge_fields(&revs) else {
                return Ok(false);
            };
            let id = holding(tx, target, &merged, &clocks, &revs)?;
            if current.as_ref().map(|c| c.0) == Some(id) {
                return Ok(false);
            }
            point_annotation(tx, target, id)?;
            Ok(current.map(|c| c.1) != Some(merged))
        }
        SyncKind::Brief => {
            let Some(id): Option<i64> = tx
                .prepare_cached("SELECT id FROM briefs WHERE uid = ?1")?
                .query_row([target], |r| r.get(0))
                .optional()?
            else {
                return Ok(false);
            };
            let current = current_of(
                "SELECT r.id, r.uid, r.updated_at FROM briefs b JOIN brief_revisions r ON r.id = b.revision \
                 WHERE b.id = ?1",
                &id,
            )?;
            let Some(top) = pick(&current) else {
                return Ok(false);
            };
            tx.execute(
                "UPDATE briefs SET revision = ?2 WHERE id = ?1",
                params![id, top],
            )?;
            super::search::sync_brief(tx, id)?;
            Ok(true)
        }
        SyncKind::Record => {
            let current = current_of(
                "SELECT r.id, r.uid, r.updated_at FROM record_entries e \
                 JOIN record_revisions r ON r.id = e.revision WHERE e.entry = ?1",
                &target,
            )?;
            let Some(top) = pick(&current) else {
                return Ok(false);
            };
            super::records::point_entry(tx, target, Some(top))?;
            Ok(true)
        }
    }
}

/// Why `at` is not a time a revision can have (see the bundle's rule).
fn check_time(at: &str) -> Result<(), String> {
    let t = moment(at).ok_or_else(|| format!("`{at}` is not an RFC 3339 time"))?;
    let earliest = moment(super::bundle::EARLIEST).expect("a valid constant");
    if t < earliest || t > Utc::now() + chrono::Duration::days(1) {
        return Err(format!(
            "`{at}` lies outside {} .. now + one day",
            super::bundle::EARLIEST
        ));
    }
    Ok(())
}

fn check_text(what: &str, text: &str, max: usize) -> Result<(), String> {
    if text.trim().is_empty() || text.chars().count() > max || text.chars().any(char::is_control) {
        return Err(format!(
            "bad {what} `{}`",
            text.chars().take(60).collect::<String>()
        ));
    }
    Ok(())
}

/// Take in one revision that this workspace does not have; what it is a
/// revision of, or why it is refused.
fn take_in(
    tx: &rusqlite::Transaction<'_>,
    row: &Incoming,
    origin: &str,
) -> Result<Result<(SyncKind, String, Candidate), String>, StoreError> {
    let Some(kind) = SyncKind::from_keyword(&row.kind) else {
        return Ok(Err(format!(
            "unknown kind `{}` (a newer Briefdesk wrote it?)",
            row.kind
        )));
    };
    match kind {
        SyncKind::Annotation => {
            let p: AnnotationPayload = match serde_json::from_str(&row.payload) {
                Ok(p) => p,
                Err(e) => return Ok(Err(format!("not an annotation: {e}"))),
            };
            if let Err(e) =
                check_text("commitment id", &p.commitment, 128).and(check_time(&p.updated_at))
            {
                return Ok(Err(e));
            }
            let status = match p.status.as_deref() {
                None => None,
                Some(s) => match crate::model::UserStatus::from_keyword(s) {
                    Some(s) => Some(s),
                    None => return Ok(Err(format!("unknown status `{s}`"))),
                },
            };
            let follow_up = match p.follow_up.as_deref() {
                None => None,
                Some(d) => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                    Ok(d) => Some(d),
                    Err(_) => return Ok(Err(format!("follow-up `{d}` is not a date"))),
                },
            };
            let fields = AnnotationFields {
                note: p.note,
                status,
                tags: p.tags,
                follow_up,
            };
            let fields = match fields.clone().normalized() {
                Ok(f) if f == fields => f,
                Ok(_) => return Ok(Err("the annotation is not in its normal form".into())),
                Err(e) => return Ok(Err(e.to_string())),
            };
            if let Some(c) = &p.clocks {
                for at in [&c.note, &c.status, &c.tags, &c.follow_up] {
                    if let Err(e) = check_time(at) {
                        return Ok(Err(format!("clock {e}")));
                    }
                }
            }
            let id = insert_revision_as(
                tx,
                &row.uid,
                &p.commitment,
                &fields,
                &p.updated_at,
                origin,
                p.clocks.as_ref(),
            )?;
            Ok(Ok((
                kind,
                p.commitment,
                (id, row.uid.clone(), p.updated_at),
            )))
        }
        SyncKind::Brief => {
            let p: BriefPayload = match serde_json::from_str(&row.payload) {
                Ok(p) => p,
                Err(e) => return Ok(Err(format!("not a brief: {e}"))),
            };
            if uuid::Uuid::parse_str(&p.brief).is_err() {
                return Ok(Err(format!("brief uid `{}` is not a UUID", p.brief)));
            }
            if let Err(e) = check_time(&p.updated_at).and(check_time(&p.created_at)) {
                return Ok(Err(e));
            }
            let doc = match &p.doc {
                Some(v) => match serde_json::from_value::<crate::brief::BriefDoc>(v.clone()) {
                    Ok(d) => match d.check() {
                        Ok(()) => Some(v.to_string()),
                        Err(e) => return Ok(Err(e.0)),
                    },
                    Err(e) => return Ok(Err(format!("not a brief: {e}"))),
                },
                None => None,
            };
            let found: Option<(i64, bool)> = tx
                .prepare_cached("SELECT id, template FROM briefs WHERE uid = ?1")?
                .query_row([&p.brief], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let id = match found {
                Some((_, template)) if template != p.template => {
                    return Ok(Err(format!(
                        "brief `{}` is a {} here",
                        p.brief,
                        if template { "template" } else { "brief" }
                    )))
                }
                Some((id, _)) => id,
                None => {
                    tx.execute(
                        "INSERT INTO briefs (template, created_at, uid) VALUES (?1, ?2, ?3)",
                        params![p.template, p.created_at, p.brief],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            tx.prepare_cached(
                "INSERT INTO brief_revisions (brief, doc, updated_at, origin, uid) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![id, doc, p.updated_at, origin, row.uid])?;
            let rev = tx.last_insert_rowid();
            Ok(Ok((kind, p.brief, (rev, row.uid.clone(), p.updated_at))))
        }
        SyncKind::Record => {
            let p: RecordPayload = match serde_json::from_str(&row.payload) {
                Ok(p) => p,
                Err(e) => return Ok(Err(format!("not a record: {e}"))),
            };
            if let Err(e) = check_text("entry key", &p.entry, 300)
                .and(check_text("author", &p.author, 200))
                .and(check_time(&p.updated_at))
            {
                return Ok(Err(e));
            }
            if !(p.entry.starts_with("record:") || p.entry.starts_with("correction:")) {
                return Ok(Err(format!("bad entry key `{}`", p.entry)));
            }
            if let Some(v) = &p.body {
                match serde_json::from_value::<crate::record::Entry>(v.clone()) {
                    Ok(e) if e.key() == p.entry => {}
                    Ok(e) => {
                        return Ok(Err(format!(
                            "the record in it is `{}`, not `{}`",
                            e.key(),
                            p.entry
                        )))
                    }
                    Err(e) => return Ok(Err(format!("not a record: {e}"))),
                }
            }
            // Stored as it travelled, so its hash is the same here.
            let body = p.body.as_ref().map(|v| v.to_string());
            tx.prepare_cached(
                "INSERT INTO record_revisions (uid, entry, body, author, updated_at, origin) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                row.uid,
                p.entry,
                body,
                p.author,
                p.updated_at,
                origin
            ])?;
            let rev = tx.last_insert_rowid();
            Ok(Ok((kind, p.entry, (rev, row.uid.clone(), p.updated_at))))
        }
    }
}

impl Workspace {
    /// The team this workspace syncs with, if any.
    pub fn team(&self) -> Result<Option<TeamLink>, StoreError> {
        read_link(&self.conn)
    }

    /// Join `team` on the server at `url` as `member`. Joining the same
    /// team again changes nothing; another server or team is refused until
    /// the workspace leaves the first.
    pub fn join_team(
        &mut self,
        url: &str,
        team: &str,
        member: &str,
    ) -> Result<TeamLink, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        match read_link(&tx)? {
            Some(l) if l.url == url && l.team == team => {}
            Some(l) => {
                return Err(StoreError::Invalid(format!(
                    "this workspace already syncs with team `{}` at {}: leave it first (`briefdesk team leave`)",
                    l.team, l.url
                )))
            }
            None => {
                forget_known(&tx)?;
                tx.execute(
                    "INSERT INTO team (one, url, team, member, joined_at) VALUES (1, ?1, ?2, ?3, ?4)",
                    params![url, team, member, now()],
                )?;
            }
        }
        let link = read_link(&tx)?.ok_or_else(not_joined)?;
        tx.commit()?;
        Ok(link)
    }

    /// Stop syncing: the link and what the server was known to hold are
    /// forgotten; every revision stays in the workspace.
    pub fn leave_team(&mut self) -> Result<TeamLink, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let link = read_link(&tx)?.ok_or_else(not_joined)?;
        tx.execute("DELETE FROM team", [])?;
        forget_known(&tx)?;
        tx.commit()?;
        Ok(link)
    }

    /// How many revisions the server does not hold yet.
    pub fn team_pending(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM team_unsent", [], |r| r.get(0))?;
        // An undo since the last sync: its copy is to send too.
        let moved: Vec<(String, String)> = self
            .conn
            .prepare_cached("SELECT kind, target FROM team_moved")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut copies = 0;
        for (kind, target) in moved {
            let (revs, current) = match kind.as_str() {
                "annotation" => (
                    "SELECT id, uid, updated_at FROM revisions WHERE commitment = ?1",
                    "SELECT revision FROM annotations WHERE commitment = ?1",
                ),
                "brief" => (
                    "SELECT id, uid, updated_at FROM brief_revisions WHERE brief = ?1",
                    "SELECT revision FROM briefs WHERE id = ?1",
                ),
                _ => (
                    "SELECT id, uid, updated_at FROM record_revisions WHERE entry = ?1",
                    "SELECT revision FROM record_entries WHERE entry = ?1",
                ),
            };
            let top = newest(&revisions_of(&self.conn, revs, &target)?).map(|t| t.0);
            let cur: Option<i64> = self
                .conn
                .prepare_cached(current)?
                .query_row([&target], |r| r.get(0))
                .optional()?
                .flatten();
            if top.is_some() && top != cur {
                copies += 1;
            }
        }
        // Refused ones are kept here, not waiting.
        let refused = read_link(&self.conn)?
            .map(|l| l.refused)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.direction == "push")
            .count() as i64;
        Ok((n - refused).max(0) as u64 + copies)
    }

    /// Up to `limit` revisions the server does not hold yet, oldest first
    /// (after making every moved record's current version a revision, see
    /// the module). Refused ones are not offered again.
    pub fn team_outgoing(&mut self, limit: usize) -> Result<Vec<SyncRevision>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let link = read_link(&tx)?.ok_or_else(not_joined)?;
        settle_moved(&tx)?;
        let refused: BTreeSet<&str> = link
            .refused
            .iter()
            .filter(|r| r.direction == "push")
            .map(|r| r.uid.as_str())
            .collect();
        let mut out = Vec::new();
        let unsent = "JOIN team_unsent u ON u.uid = r.uid";
        for (sql, row) in [
            (
                format!("{ANNOTATION_SELECT} {unsent} ORDER BY r.id"),
                annotation_row as fn(&rusqlite::Row<'_>) -> rusqlite::Result<SyncRevision>,
            ),
            (format!("{BRIEF_SELECT} {unsent} ORDER BY r.id"), brief_row),
            (
                format!("{RECORD_SELECT} {unsent} ORDER BY r.id"),
                record_row,
            ),
        ] {
            let mut stmt = tx.prepare(&sql)?;
            let rows = stmt.query_map([], row)?;
            for r in rows {
                let r = r?;
                if refused.contains(r.uid.as_str()) {
                    continue;
                }
                out.push(r);
                if out.len() >= limit {
                    break;
                }
            }
            if out.len() >= limit {
                break;
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Note what the server now holds (`uid`, the author it vouches for,
    /// when it received it) and what it refused.
    pub fn team_pushed(
        &mut self,
        held: &[(String, String, String)],
        refused: &[Refusal],
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut ins = tx.prepare_cached(
                "INSERT OR IGNORE INTO team_known (uid, author, received_at) VALUES (?1, ?2, ?3)",
            )?;
            for (uid, author, at) in held {
                ins.execute(params![uid, author, at])?;
            }
        }
        keep_refusals(&tx, refused)?;
        tx.commit()?;
        Ok(())
    }

    /// Take in colleagues' revisions and move the cursor to `cursor`, in one
    /// transaction: a crash leaves both as they were.
    pub fn team_apply(
        &mut self,
        rows: &[Incoming],
        cursor: (&str, i64),
    ) -> Result<Applied, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        read_link(&tx)?.ok_or_else(not_joined)?;
        settle_moved(&tx)?;
        let mut applied = Applied::default();
        let mut touched: std::collections::BTreeMap<(SyncKind, String), Vec<Candidate>> =
            std::collections::BTreeMap::new();
        for row in rows {
            let refuse = |reason: String| Refusal {
                uid: row.uid.clone(),
                direction: "pull".into(),
                reason,
            };
            if content_hash(&row.payload) != row.hash {
                applied
                    .refused
                    .push(refuse("its content hash does not match its content".into()));
                continue;
            }
            if uuid::Uuid::parse_str(&row.uid).is_err() {
                applied
                    .refused
                    .push(refuse(format!("uid `{}` is not a UUID", row.uid)));
                continue;
            }
            match local_revision(&tx, &row.uid)? {
                Some(ours) if ours.hash == row.hash => {
                    applied.already += 1;
                }
                Some(_) => {
                    applied.refused.push(refuse(
                        "this workspace holds another revision with the same uid; ours is kept"
                            .into(),
                    ));
                    continue;
                }
                None => {
                    let origin = format!("team:{}", row.author);
                    match take_in(&tx, row, &origin)? {
                        Ok((kind, target, candidate)) => {
                            applied.added += 1;
                            touched.entry((kind, target)).or_default().push(candidate);
                        }
                        Err(reason) => {
                            applied.refused.push(refuse(reason));
                            continue;
                        }
                    }
                }
            }
            tx.prepare_cached(
                "INSERT OR IGNORE INTO team_known (uid, author, received_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![row.uid, row.author, row.received_at])?;
        }
        for ((kind, target), incoming) in &touched {
            if make_newest_current(&tx, *kind, target, incoming)? {
                applied.changed.push(format!("{}:{target}", kind.keyword()));
            }
        }
        // Colleagues' versions made current are not moves of this workspace.
        tx.execute("DELETE FROM team_moved", [])?;
        super::search::sync_annotations(&tx)?;
        keep_refusals(&tx, &applied.refused)?;
        tx.execute(
            "UPDATE team SET cursor_txid = ?1, cursor_seq = ?2 WHERE one = 1",
            params![cursor.0, cursor.1],
        )?;
        tx.commit()?;
        Ok(applied)
    }

    /// Note how a sync ended: `Ok` sets the time of the last good sync and
    /// clears the error; `Err` keeps the reason.
    pub fn team_finished(&mut self, outcome: Result<(), String>) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        read_link(&tx)?.ok_or_else(not_joined)?;
        match outcome {
            Ok(()) => tx.execute(
                "UPDATE team SET last_sync = ?1, last_error = NULL WHERE one = 1",
                [now()],
            )?,
            Err(e) => tx.execute("UPDATE team SET last_error = ?1 WHERE one = 1", [e])?,
        };
        tx.commit()?;
        Ok(())
    }

    /// Every revision as it travels, with the author the server vouches for
    /// where it is known (for tests and `team status`: the union a sync must
    /// reach), by uid.
    pub fn team_revisions(&self) -> Result<Vec<SyncRevision>, StoreError> {
        let mut out = Vec::new();
        for (sql, row) in [
            (
                ANNOTATION_SELECT.to_owned(),
                annotation_row as fn(&rusqlite::Row<'_>) -> rusqlite::Result<SyncRevision>,
            ),
            (BRIEF_SELECT.to_owned(), brief_row),
            (RECORD_SELECT.to_owned(), record_row),
        ] {
            let mut stmt = self.conn.prepare(&sql)?;
            for r in stmt.query_map([], row)? {
                out.push(r?);
            }
        }
        out.sort_by(|a, b| a.uid.cmp(&b.uid));
        Ok(out)
    }

    /// The author the team's server vouches for of revision `uid`, if it
    /// went through the server.
    pub fn team_author(&self, uid: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT author FROM team_known WHERE uid = ?1")?
            .query_row([uid], |r| r.get(0))
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{note, ws};

    /// Send everything from `from` to `to` as a server would.
    fn carry(from: &mut Workspace, to: &mut Workspace, cursor: i64) -> Applied {
        let out = from.team_outgoing(usize::MAX).unwrap();
        let held: Vec<_> = out
            .iter()
            .map(|r| (r.uid.clone(), "alice".to_owned(), now()))
            .collect();
        from.team_pushed(&held, &[]).unwrap();
        let rows: Vec<Incoming> = out
            .into_iter()
            .map(|r| Incoming {
                uid: r.uid,
                kind: r.kind.keyword().into(),
                payload: r.payload,
                hash: r.hash,
                author: "alice".into(),
                received_at: now(),
            })
            .collect();
        to.team_apply(&rows, ("1", cursor)).unwrap()
    }

    #[test]
    fn an_undo_travels_as_a_revision_and_the_newest_is_current_everywhere() {
        let (_a, mut a) = ws();
        let (_b, mut b) = ws();
        a.join_team("postgres://h/db", "unit", "alice").unwrap();
        b.join_team("postgres://h/db", "unit", "bob").unwrap();
        a.save("C2-08", note("first")).unwrap();
        a.save("C2-08", note("second")).unwrap();
        a.undo().unwrap();
        assert_eq!(a.annotation("C2-08").unwrap().unwrap().fields.note, "first");
        let applied = carry(&mut a, &mut b, 1);
        assert_eq!(applied.added, 3, "two saves and the undo's copy");
        assert_eq!(b.annotation("C2-08").unwrap().unwrap().fields.note, "first");
        assert_eq!(a.annotation("C2-08").unwrap().unwrap().fields.note, "first");
        assert_eq!(a.team_pending().unwrap(), 0);
        // Sent again: nothing new, nothing changed.
        let again = carry(&mut a, &mut b, 2);
        assert_eq!(again.added, 0);
        // Their brief, deleted, arrives deleted.
        let brief = b
            .create_brief(
                crate::brief::BriefDoc {
                    title: "Prep".into(),
                    ..Default::default()
                },
                false,
                "local",
            )
            .unwrap();
        b.delete_brief(brief.id).unwrap();
        carry(&mut b, &mut a, 3);
        assert!(a.briefs().unwrap().is_empty());
        assert_eq!(a.team_revisions().unwrap(), b.team_revisions().unwrap());
    }

    #[test]
    fn undoing_a_first_note_or_a_new_brief_removes_them_everywhere_and_redo_brings_them_back() {
        let (_a, mut a) = ws();
        let (_b, mut b) = ws();
        a.join_team("postgres://h/db", "unit", "alice").unwrap();
        b.join_team("postgres://h/db", "unit", "bob").unwrap();
        a.save("C1-05", note("only")).unwrap();
        let brief = a
            .create_brief(
                crate::brief::BriefDoc {
                    title: "Draft".into(),
                    ..Default::default()
                },
                false,
                "local",
            )
            .unwrap();
        carry(&mut a, &mut b, 1);
        assert_eq!(b.annotations().unwrap().len(), 1);
        assert_eq!(b.briefs().unwrap().len(), 1);
        a.undo().unwrap(); // the brief's creation
        a.undo().unwrap(); // the note
        assert!(a.annotation("C1-05").unwrap().is_none());
        assert!(a.brief(brief.id).is_err());
        assert_eq!(a.team_pending().unwrap(), 2, "two moves to send");
        carry(&mut a, &mut b, 2);
        // The undone first note is an empty one in both (as a cleared note is).
        let note_of = |w: &Workspace| w.annotation("C1-05").unwrap().map(|x| x.fields.note);
        assert_eq!(note_of(&b).as_deref(), Some(""), "the undo reached bob");
        assert_eq!(note_of(&a).as_deref(), Some(""));
        let shown = |w: &Workspace| -> Vec<_> {
            w.annotations()
                .unwrap()
                .into_iter()
                .map(|x| (x.commitment, x.fields, x.updated_at))
                .collect()
        };
        assert_eq!(shown(&a), shown(&b));
        assert_eq!(
            b.annotation("C1-05").unwrap().unwrap().from.as_deref(),
            Some("alice"),
            "from a colleague"
        );
        assert_eq!(
            a.annotation("C1-05").unwrap().unwrap().from,
            None,
            "one's own"
        );
        assert!(b.briefs().unwrap().is_empty());
        // Redo works on what sync made of the undo, and travels too.
        a.redo().unwrap();
        a.redo().unwrap();
        assert_eq!(a.annotation("C1-05").unwrap().unwrap().fields.note, "only");
        assert_eq!(a.briefs().unwrap().len(), 1);
        carry(&mut a, &mut b, 3);
        assert_eq!(b.annotation("C1-05").unwrap().unwrap().fields.note, "only");
        assert_eq!(b.briefs().unwrap().len(), 1);
    }

    /// An undo is a move made at its own time: a colleague's change made
    /// after it wins, though the undo reaches the server later (at the
    /// undoing workspace's next sync). A note, a brief and an own record.
    #[test]
    fn an_undo_stays_before_a_colleagues_later_change_of_every_kind() {
        use crate::record::{Entry, OwnRecord};
        let (_a, mut a) = ws();
        let (_b, mut b) = ws();
        a.join_team("postgres://h/db", "unit", "alice").unwrap();
        b.join_team("postgres://h/db", "unit", "bob").unwrap();
        let src = |title: &str| {
            Entry::Record(OwnRecord::Source(crate::model::Source {
                id: "own-src".into(),
                title: title.into(),
                publisher: "European Commission".into(),
                date: Some("2026-05-05".into()),
                url: None,
                language: "en".into(),
                seed: None,
                note: None,
            }))
        };
        let write = |w: &mut Workspace, title: &str, who: &str| {
            let e = crate::store::EntryWrite {
                key: "record:source:own-src".into(),
                entry: Some(src(title)),
            };
            w.write_entries(&[e], who, "local", |_, _, _| Ok::<_, StoreError>(()))
                .unwrap();
        };
        let doc = |title: &str| crate::brief::BriefDoc {
            title: title.into(),
            ..Default::default()
        };
        a.save("C2-08", note("shared")).unwrap();
        let brief = a.create_brief(doc("Prep"), false, "local").unwrap();
        write(&mut a, "Press release", "alice");
        carry(&mut a, &mut b, 1);
        // Alice changes all three and undoes the changes (most recent first).
        a.save("C2-08", note("alice's draft")).unwrap();
        a.save_brief(brief.id, doc("Alice's draft")).unwrap();
        write(&mut a, "Alice's draft", "alice");
        for _ in 0..3 {
            a.undo().unwrap();
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        // Then Bob changes them, and syncs first.
        b.save("C2-08", note("bob's, later")).unwrap();
        let b_brief = b.briefs().unwrap()[0].id;
        b.save_brief(b_brief, doc("Bob's, later")).unwrap();
        write(&mut b, "Bob's, later", "bob");
        carry(&mut b, &mut a, 2);
        carry(&mut a, &mut b, 3);
        carry(&mut b, &mut a, 4);
        for (w, id) in [(&a, brief.id), (&b, b_brief)] {
            assert_eq!(
                w.annotation("C2-08").unwrap().unwrap().fields.note,
                "bob's, later"
            );
            assert_eq!(w.brief(id).unwrap().doc.title, "Bob's, later");
            let titles: Vec<String> = w
                .record_entries()
                .unwrap()
                .into_iter()
                .filter_map(|e| match e.entry {
                    Entry::Record(OwnRecord::Source(s)) => Some(s.title),
                    _ => None,
                })
                .collect();
            assert_eq!(titles, ["Bob's, later"]);
        }
        assert_eq!(a.team_revisions().unwrap(), b.team_revisions().unwrap());
    }

    #[test]
    fn offline_edits_of_different_fields_both_stay_and_of_one_field_the_later_wins() {
        let (_a, mut a) = ws();
        let (_b, mut b) = ws();
        a.join_team("postgres://h/db", "unit", "alice").unwrap();
        b.join_team("postgres://h/db", "unit", "bob").unwrap();
        a.save("C2-08", note("ask about the roadmap")).unwrap();
        carry(&mut a, &mut b, 1);
        // Offline: Alice rewrites the note, Bob tags it.
        a.save("C2-08", note("ask about the 2026 roadmap")).unwrap();
        let mut tagged = b.annotation("C2-08").unwrap().unwrap().fields;
        tagged.tags = vec!["chips".into()];
        b.save("C2-08", tagged).unwrap();
        carry(&mut a, &mut b, 2);
        carry(&mut b, &mut a, 3);
        carry(&mut a, &mut b, 4);
        for w in [&a, &b] {
            let f = w.annotation("C2-08").unwrap().unwrap().fields;
            assert_eq!(f.note, "ask about the 2026 roadmap");
            assert_eq!(f.tags, ["chips"]);
        }
        assert_eq!(a.team_revisions().unwrap(), b.team_revisions().unwrap());
        let at = |w: &Workspace| w.annotation("C2-08").unwrap().unwrap().updated_at;
        assert_eq!(at(&a), at(&b), "the same revision current in both");
        // Both rewrite the note: the later one is current, the other in the history.
        let mut alices = a.annotation("C2-08").unwrap().unwrap().fields;
        alices.note = "Alice's".into();
        a.save("C2-08", alices).unwrap();
        let mut later = b.annotation("C2-08").unwrap().unwrap().fields;
        later.note = "Bob's, later".into();
        b.save("C2-08", later).unwrap();
        carry(&mut a, &mut b, 5);
        carry(&mut b, &mut a, 6);
        for w in [&a, &b] {
            let f = w.annotation("C2-08").unwrap().unwrap().fields;
            assert_eq!(
                (f.note.as_str(), f.tags.as_slice()),
                ("Bob's, later", ["chips".to_owned()].as_slice())
            );
        }
        assert!(a
            .history("C2-08")
            .unwrap()
            .iter()
            .any(|r| r.fields.note == "Alice's"));
    }

    #[test]
    fn a_revision_with_a_known_uid_and_other_content_is_refused_and_kept_apart() {
        let (_a, mut a) = ws();
        a.join_team("postgres://h/db", "unit", "alice").unwrap();
        a.save("C2-08", note("mine")).unwrap();
        let mine = a.team_outgoing(10).unwrap().remove(0);
        let forged = AnnotationPayload {
            commitment: "C2-08".into(),
            note: "forged".into(),
            status: None,
            tags: vec![],
            follow_up: None,
            updated_at: now(),
            clocks: None,
        };
        let payload = serde_json::to_string(&forged).unwrap();
        let applied = a
            .team_apply(
                &[Incoming {
                    uid: mine.uid.clone(),
                    kind: "annotation".into(),
                    hash: content_hash(&payload),
                    payload,
                    author: "mallory".into(),
                    received_at: now(),
                }],
                ("5", 5),
            )
            .unwrap();
        assert_eq!(applied.refused.len(), 1);
        assert_eq!(a.annotation("C2-08").unwrap().unwrap().fields.note, "mine");
        assert_eq!(a.team().unwrap().unwrap().refused.len(), 1);
    }
}
