//! The user's own records and corrections of the record, in the dataset's
//! own model.
//!
//! - An **own record** ([`OwnRecord`]) is a meeting, commitment, source,
//!   actor or conflict between sources the user adds, in the JSON shapes of
//!   `data/` with a `"type"` field. It is checked by the same rules as the
//!   shipped files, together with them: the release and every own record
//!   must form a valid whole (references resolve to shipped or own records,
//!   a commitment cites a source, dates exist).
//! - A **correction** ([`Correction`]) changes one field of a shipped
//!   meeting, commitment or context item — status (as of a date),
//!   verification, date, place, participants, a further source, a lineage
//!   link — always with the source that settles it. It never overwrites the
//!   shipped value: both are kept, and the effective record shows the
//!   corrected one marked as the user's, with who and when.
//!
//! Both are stored in the workspace as revisions of *entries*
//! (`store::records`), keyed by [`Entry::key`]: history, restore, undo and
//! sharing work as for annotations. [`effective`] folds them into the
//! release in use: the **effective record**, which every view, search and
//! export reads, with its [`Provenance`].

pub mod effective;
mod input;
pub mod show;
pub mod write;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dataset::ProblemKind;
use crate::model::*;

pub use effective::{build, Built, EntryState, EntryStatus};
pub use input::{decode_records, place_problems};
pub use show::{EntryView, RecordShow};

/// A record of the user's own, in the dataset's shape, tagged by `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum OwnRecord {
    Meeting(Meeting),
    Commitment(Commitment),
    Source(Source),
    Actor(Actor),
    Conflict(Conflict),
}

/// What kind of thing a record is (own records, corrections, change reports).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    Meeting,
    Commitment,
    /// A context item (`context.json`).
    Context,
    Source,
    Actor,
    Conflict,
    Sector,
    /// `manifest.json` or `partnership.json`.
    About,
}

impl Keyword for RecordKind {
    const ALL: &'static [Self] = &[
        RecordKind::Meeting,
        RecordKind::Commitment,
        RecordKind::Context,
        RecordKind::Source,
        RecordKind::Actor,
        RecordKind::Conflict,
        RecordKind::Sector,
        RecordKind::About,
    ];
    fn keyword(self) -> &'static str {
        match self {
            RecordKind::Meeting => "meeting",
            RecordKind::Commitment => "commitment",
            RecordKind::Context => "context",
            RecordKind::Source => "source",
            RecordKind::Actor => "actor",
            RecordKind::Conflict => "conflict",
            RecordKind::Sector => "sector",
            RecordKind::About => "about",
        }
    }
    fn label(self) -> &'static str {
        match self {
            RecordKind::Meeting => "Meeting",
            RecordKind::Commitment => "Commitment",
            RecordKind::Context => "Context item",
            RecordKind::Source => "Source",
            RecordKind::Actor => "Actor",
            RecordKind::Conflict => "Conflict between sources",
            RecordKind::Sector => "Sector",
            RecordKind::About => "About the record",
        }
    }
}

impl RecordKind {
    /// The dataset file records of this kind live in.
    pub fn file(self) -> &'static str {
        match self {
            RecordKind::Meeting => "meetings.json",
            RecordKind::Commitment => "commitments.json",
            RecordKind::Context => "context.json",
            RecordKind::Source => "sources.json",
            RecordKind::Actor => "actors.json",
            RecordKind::Conflict => "conflicts.json",
            RecordKind::Sector => "sectors.json",
            RecordKind::About => "manifest.json",
        }
    }

    /// The kind whose records live in `file`.
    pub fn of_file(file: &str) -> RecordKind {
        match file {
            "meetings.json" => RecordKind::Meeting,
            "commitments.json" => RecordKind::Commitment,
            "context.json" => RecordKind::Context,
            "sources.json" => RecordKind::Source,
            "actors.json" => RecordKind::Actor,
            "conflicts.json" => RecordKind::Conflict,
            "sectors.json" => RecordKind::Sector,
            _ => RecordKind::About,
        }
    }
}

impl OwnRecord {
    pub fn kind(&self) -> RecordKind {
        match self {
            OwnRecord::Meeting(_) => RecordKind::Meeting,
            OwnRecord::Commitment(_) => RecordKind::Commitment,
            OwnRecord::Source(_) => RecordKind::Source,
            OwnRecord::Actor(_) => RecordKind::Actor,
            OwnRecord::Conflict(_) => RecordKind::Conflict,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            OwnRecord::Meeting(x) => &x.id,
            OwnRecord::Commitment(x) => &x.id,
            OwnRecord::Source(x) => &x.id,
            OwnRecord::Actor(x) => &x.id,
            OwnRecord::Conflict(x) => &x.id,
        }
    }

    /// A title for lists: the record's title or name.
    pub fn title(&self) -> &str {
        match self {
            OwnRecord::Meeting(x) => &x.title,
            OwnRecord::Commitment(x) => &x.title,
            OwnRecord::Source(x) => &x.title,
            OwnRecord::Actor(x) => &x.name,
            OwnRecord::Conflict(x) => &x.field,
        }
    }

    /// The sources it cites (for "added by …, source: …").
    pub fn sources(&self) -> Vec<Id> {
        match self {
            OwnRecord::Meeting(x) => x.sources.clone(),
            OwnRecord::Commitment(x) => x.sources.clone(),
            OwnRecord::Source(x) => vec![x.id.clone()],
            OwnRecord::Actor(_) => Vec::new(),
            OwnRecord::Conflict(x) => {
                let mut out: Vec<Id> = Vec::new();
                for id in x.claims.iter().flat_map(|c| &c.sources) {
                    if !out.contains(id) {
                        out.push(id.clone());
                    }
                }
                out
            }
        }
    }

    /// The record as JSON, without its `type` (the shape of its data file).
    pub fn value(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.remove("type");
        }
        v
    }
}

/// A field of a shipped record a correction changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// A commitment's status (`delivered`, …) or a meeting's (`held`, …),
    /// as of a date.
    Status,
    /// `confirmed`, `partial`, `seed-only`, `unverified`.
    Verification,
    /// The record's date (YYYY-MM-DD).
    Date,
    /// A meeting's place.
    Place,
    /// A meeting's participants (replaces the list).
    Participants,
    /// One more source the record cites (a source id).
    Source,
    /// One more lineage link: the record continues this one (an id).
    BuildsOn,
    /// One more related record outside the lineage (an id).
    SeeAlso,
}

impl Keyword for Field {
    const ALL: &'static [Self] = &[
        Field::Status,
        Field::Verification,
        Field::Date,
        Field::Place,
        Field::Participants,
        Field::Source,
        Field::BuildsOn,
        Field::SeeAlso,
    ];
    fn keyword(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Verification => "verification",
            Field::Date => "date",
            Field::Place => "place",
            Field::Participants => "participants",
            Field::Source => "source",
            Field::BuildsOn => "builds-on",
            Field::SeeAlso => "see-also",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Field::Status => "Status",
            Field::Verification => "Verification",
            Field::Date => "Date",
            Field::Place => "Place",
            Field::Participants => "Participants",
            Field::Source => "Source",
            Field::BuildsOn => "Builds on",
            Field::SeeAlso => "See also",
        }
    }
}

impl Field {
    /// A correction of this field adds to a list rather than replacing a
    /// value: each value is an entry of its own.
    pub fn adds(self) -> bool {
        matches!(self, Field::Source | Field::BuildsOn | Field::SeeAlso)
    }
}

/// A correction of one field of a shipped meeting, commitment or context item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The id of the record corrected.
    pub target: Id,
    pub field: Field,
    /// The corrected value: a keyword, a date, a place, an id, or (for
    /// participants) a list of actor references.
    #[ts(type = "unknown")]
    pub value: serde_json::Value,
    /// The source that settles it (a shipped or own source); the record
    /// cites it from then on.
    pub source: Id,
    /// The day a corrected status holds (YYYY-MM-DD); required for status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub as_of: Option<String>,
}

impl Correction {
    /// The value as one line for people (participants: their actor ids).
    pub fn value_text(&self) -> String {
        value_text(&self.value)
    }
}

/// A JSON value as one line for people: strings as they are, lists of
/// actor references as their ids (with roles).
pub fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|x| match x {
                serde_json::Value::Object(o) => {
                    let actor = o.get("actor").and_then(|a| a.as_str()).unwrap_or("?");
                    match o.get("role").and_then(|r| r.as_str()) {
                        Some(role) => format!("{actor} ({role})"),
                        None => actor.to_owned(),
                    }
                }
                other => value_text(other),
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// What an entry of the workspace holds: an own record or a correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Entry {
    Record(OwnRecord),
    Correction(Correction),
}

impl Entry {
    /// The key the workspace keeps its revisions under: `record:KIND:ID` for
    /// an own record; `correction:TARGET:FIELD` for a correction that
    /// replaces a value, `correction:TARGET:FIELD:VALUE` for one that adds
    /// to a list. A second correction of the same field is a new revision of
    /// the same entry; colleagues correcting the same field meet in one
    /// entry, the newest current and both kept.
    pub fn key(&self) -> String {
        match self {
            Entry::Record(r) => format!("record:{}:{}", r.kind().keyword(), r.id()),
            Entry::Correction(c) if c.field.adds() => format!(
                "correction:{}:{}:{}",
                c.target,
                c.field.keyword(),
                c.value_text()
            ),
            Entry::Correction(c) => format!("correction:{}:{}", c.target, c.field.keyword()),
        }
    }

    /// The record the entry is about (own record id or correction target).
    pub fn record_id(&self) -> &str {
        match self {
            Entry::Record(r) => r.id(),
            Entry::Correction(c) => &c.target,
        }
    }
}

/// An entry as the workspace holds it now.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct StoredEntry {
    pub key: String,
    pub entry: Entry,
    /// Who wrote this version (a person's name).
    pub author: String,
    /// When (RFC 3339, UTC).
    pub updated_at: String,
    /// The revision that is current.
    pub revision: i64,
}

/// Who added a record of their own, when, and on which sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, TS)]
pub struct Added {
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
    /// The sources the record cites (ids).
    pub sources: Vec<Id>,
}

/// A correction as the effective record shows it: the corrected value, the
/// shipped one, who, when, and the source that settles it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct Corrected {
    pub field: Field,
    /// The value now shown.
    #[ts(type = "unknown")]
    pub value: serde_json::Value,
    /// The value of the release in use (for a list a correction adds to:
    /// the list as shipped).
    #[ts(type = "unknown")]
    pub shipped: serde_json::Value,
    /// The value and the shipped one as one line for people.
    pub value_text: String,
    pub shipped_text: String,
    pub source: Id,
    #[ts(optional = nullable)]
    pub as_of: Option<String>,
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
}

/// Where a record of the effective record comes from, when not only from
/// the release: added by the user, or corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema, TS)]
pub struct RecordProvenance {
    /// Set when the whole record is the user's own.
    #[ts(optional = nullable)]
    pub added: Option<Added>,
    /// Corrections applied to the shipped record, oldest first.
    pub corrections: Vec<Corrected>,
}

impl RecordProvenance {
    /// The correction of `field` shown now (the last one), if any.
    pub fn corrected(&self, field: Field) -> Option<&Corrected> {
        self.corrections.iter().rev().find(|c| c.field == field)
    }
}

/// Provenance of every record that is not as shipped, by namespace and id.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    /// Meetings, commitments and context items (one id space).
    pub records: FxHashMap<String, RecordProvenance>,
    pub sources: FxHashMap<String, RecordProvenance>,
    pub actors: FxHashMap<String, RecordProvenance>,
    pub conflicts: FxHashMap<String, RecordProvenance>,
}

impl Provenance {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
            && self.sources.is_empty()
            && self.actors.is_empty()
            && self.conflicts.is_empty()
    }

    /// A meeting, commitment or context item's provenance.
    pub fn record(&self, id: &str) -> Option<&RecordProvenance> {
        self.records.get(id)
    }

    pub fn source(&self, id: &str) -> Option<&RecordProvenance> {
        self.sources.get(id)
    }

    fn of_kind(&mut self, kind: RecordKind) -> &mut FxHashMap<String, RecordProvenance> {
        match kind {
            RecordKind::Source => &mut self.sources,
            RecordKind::Actor => &mut self.actors,
            RecordKind::Conflict => &mut self.conflicts,
            _ => &mut self.records,
        }
    }
}

/// A problem with an own record or a correction: which file and record
/// (when it came from a file), which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, TS)]
pub struct RecordProblem {
    /// The workspace entry the problem is with (its key), when known.
    #[serde(skip)]
    #[ts(skip)]
    #[schemars(skip)]
    pub entry: Option<String>,
    /// The file the record was read from (`record add FILE.json`).
    #[ts(optional = nullable)]
    pub file: Option<String>,
    #[ts(optional = nullable)]
    pub line: Option<usize>,
    #[ts(optional = nullable)]
    pub column: Option<usize>,
    /// Position of the record in its file, from 1 (a file of several).
    #[ts(optional = nullable)]
    pub position: Option<usize>,
    /// The record: `commitment `C4-04``, `correction of `C4-03``, …
    pub record: String,
    /// The field, as a path inside the record (`sources`, `related[0].id`);
    /// empty for the whole record.
    pub field: String,
    #[ts(optional = nullable)]
    pub value: Option<String>,
    #[ts(type = "string")]
    pub kind: ProblemKind,
    pub message: String,
}

impl std::fmt::Display for RecordProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(file) = &self.file {
            f.write_str(file)?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
            f.write_str(": ")?;
            if let Some(n) = self.position {
                write!(f, "record {n}, ")?;
            }
        }
        f.write_str(&self.record)?;
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        if let Some(v) = &self.value {
            write!(f, " = {v}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found with what the user gave; nothing was stored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe(.0))]
pub struct Refused(pub Vec<RecordProblem>);

fn describe(problems: &[RecordProblem]) -> String {
    let mut s = match problems.len() {
        1 => "1 problem; nothing was saved".to_owned(),
        n => format!("{n} problems; nothing was saved"),
    };
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    s
}

/// `s` as a real calendar date `YYYY-MM-DD`, or why not.
pub fn check_day(s: &str) -> Result<NaiveDate, String> {
    crate::dataset::check_date_text(s)
}

/// The name recorded as the author of the user's own records and
/// corrections: `BRIEFDESK_AUTHOR` when set, else the account's full name
/// (the GECOS field), else its login name.
pub fn author() -> String {
    if let Some(a) = std::env::var("BRIEFDESK_AUTHOR")
        .ok()
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty())
    {
        return a;
    }
    if let Some(name) = account_name() {
        return name;
    }
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// The full name of this process's account (the GECOS field of its line
/// in `/etc/passwd`), else its login name.
fn account_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = crate::files::read_regular(std::path::Path::new("/etc/passwd"), 16 << 20).ok()?;
    let passwd = String::from_utf8_lossy(&passwd);
    passwd.lines().find_map(|line| {
        let f: Vec<&str> = line.split(':').collect();
        if f.len() < 5 || f[2].parse::<u32>().ok()? != uid {
            return None;
        }
        let full = f[4].split(',').next().unwrap_or_default().trim();
        let name = if full.is_empty() { f[0] } else { full };
        (!name.is_empty()).then(|| name.to_owned())
    })
}
