//! Read-only views of the record, shaped for output: the CLI's `--json`
//! and, later, the desktop UI. Their JSON form is a stable interface,
//! documented in `docs/json-output.md` and by the schemas in `docs/schema/`.

use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use crate::dataset::{Dataset, Record};
use crate::model::*;
use crate::query::{self, Filter};
use crate::record::{Added, Field, RecordProvenance};

/// Version of the JSON views; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 2;

/// A sector with its number of commitments.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct SectorView {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Commitments that list this sector (among others).
    pub commitments: usize,
}

/// A meeting with its number of commitments.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct MeetingView {
    pub id: String,
    pub kind: MeetingKind,
    pub number: u32,
    pub title: String,
    pub date: String,
    pub place: String,
    pub venue: Option<String>,
    pub status: MeetingStatus,
    pub verification: Verification,
    pub verification_note: Option<String>,
    pub participants: Vec<ActorView>,
    pub commitments: usize,
    /// Set when the meeting is the user's own or corrected (`null`: as
    /// the release has it).
    #[ts(optional = nullable)]
    pub provenance: Option<RecordProvenance>,
}

/// One line of the commitment list.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct CommitmentSummary {
    pub id: String,
    pub meeting: String,
    /// The commitment's own date, or its meeting's (YYYY-MM-DD).
    pub date: String,
    pub sectors: Vec<String>,
    pub kind: CommitmentKind,
    pub status: CommitmentStatus,
    pub verification: Verification,
    pub title: String,
    /// `own`: the user added it; `corrected`: the user corrected it; `null`:
    /// as the release has it.
    #[ts(optional = nullable)]
    pub mark: Option<RecordMark>,
}

/// Whose a record of the effective record is, when not only the release's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RecordMark {
    /// Added by the user.
    Own,
    /// A record of the release, corrected by the user.
    Corrected,
}

/// The mark of record `id` in `ds`.
pub fn mark_of(ds: &Dataset, id: &str) -> Option<RecordMark> {
    ds.provenance().record(id).map(|p| {
        if p.added.is_some() {
            RecordMark::Own
        } else {
            RecordMark::Corrected
        }
    })
}

/// An actor as named in a meeting or record.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct ActorView {
    pub id: String,
    pub name: String,
    pub native_name: Option<String>,
    pub role: Option<String>,
    pub note: Option<String>,
}

/// A cited source, numbered in citation order.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct SourceView {
    /// 1-based citation number within this view.
    pub number: usize,
    /// Cited only by a conflict between sources shown with the record, not
    /// by the record itself.
    pub from_conflict: bool,
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: Option<String>,
    pub url: Option<String>,
    pub language: String,
    pub note: Option<String>,
    /// Set when the source is the user's own: who added it and when.
    #[ts(optional = nullable)]
    pub added: Option<Added>,
}

/// A link to another commitment or context item.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct RecordLink {
    pub id: String,
    pub title: String,
    pub date: String,
    /// The meeting of a commitment; absent for context items.
    pub meeting: Option<String>,
    pub note: Option<String>,
}

/// A commitment in full: the `show` command.
#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct CommitmentDetail {
    pub id: String,
    /// `commitment` or `context` (a related fact that is not a meeting outcome).
    pub record: String,
    pub meeting: Option<MeetingRef>,
    pub date: String,
    pub sectors: Vec<SectorRef>,
    pub kind: CommitmentKind,
    /// Absent for context items.
    pub status: Option<CommitmentStatus>,
    pub verification: Verification,
    pub verification_note: String,
    pub title: String,
    pub summary: String,
    pub actors: Vec<ActorView>,
    pub sources: Vec<SourceView>,
    /// Earlier records this one continues (transitively), oldest first.
    pub lineage_before: Vec<RecordLink>,
    /// Later records continuing this one (transitively), oldest first.
    pub lineage_after: Vec<RecordLink>,
    /// Related records outside the lineage.
    pub see_also: Vec<RecordLink>,
    /// Conflicts between sources about this record.
    pub conflicts: Vec<Conflict>,
    /// Set when the record is the user's own or corrected: who, when, on
    /// which source, and the value the release has (`null`: as the release
    /// has it).
    #[ts(optional = nullable)]
    pub provenance: Option<RecordProvenance>,
    /// The status and the day it holds: a corrected status's own as-of
    /// date, else the release's.
    pub status_as_of: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct MeetingRef {
    pub id: String,
    pub title: String,
    pub date: String,
    pub place: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema, TS)]
pub struct SectorRef {
    pub id: String,
    pub name: String,
}

/// Every sector in display order, with counts.
pub fn sectors(ds: &Dataset) -> Vec<SectorView> {
    ds.sectors
        .iter()
        .map(|s| SectorView {
            id: s.id.clone(),
            name: s.name.clone(),
            description: s.description.clone(),
            commitments: ds
                .commitments
                .iter()
                .filter(|c| c.sectors.contains(&s.id))
                .count(),
        })
        .collect()
}

/// Every meeting in date order, with counts.
pub fn meetings(ds: &Dataset) -> Vec<MeetingView> {
    let mut ms: Vec<&Meeting> = ds.meetings.iter().collect();
    ms.sort_by_key(|m| ds.meeting_date(m));
    ms.into_iter()
        .map(|m| MeetingView {
            id: m.id.clone(),
            kind: m.kind,
            number: m.number,
            title: m.title.clone(),
            date: m.date.clone(),
            place: m.place.clone(),
            venue: m.venue.clone(),
            status: m.status,
            verification: m.verification,
            verification_note: m.verification_note.clone(),
            participants: actors(ds, &m.participants),
            commitments: ds.commitments.iter().filter(|c| c.meeting == m.id).count(),
            provenance: ds.provenance().record(&m.id).cloned(),
        })
        .collect()
}

/// The commitment list for `filter`, in council order.
pub fn list(ds: &Dataset, filter: &Filter) -> Vec<CommitmentSummary> {
    list_annotated(ds, filter, &query::Annotations::default())
}

/// [`list`], with the user's annotations for the `tag` and `user_status` filters.
pub fn list_annotated(
    ds: &Dataset,
    filter: &Filter,
    annotations: &query::Annotations,
) -> Vec<CommitmentSummary> {
    query::list_annotated(ds, filter, annotations)
        .into_iter()
        .map(|c| CommitmentSummary {
            id: c.id.clone(),
            meeting: c.meeting.clone(),
            date: ds.record_date(Record::Commitment(c)).to_string(),
            sectors: c.sectors.clone(),
            kind: c.kind,
            status: c.status,
            verification: c.verification,
            title: c.title.clone(),
            mark: mark_of(ds, &c.id),
        })
        .collect()
}

/// A commitment or context item in full; `None` when no record has this id.
pub fn detail(ds: &Dataset, id: &str) -> Option<CommitmentDetail> {
    let record = ds.record(id)?;
    let link = |r: Record<'_>, note: Option<String>| record_link(ds, r, note);
    let lineage = query::lineage(ds, id);
    let see_also = record
        .related()
        .iter()
        .filter(|r| r.relation == Relation::SeeAlso)
        .filter_map(|r| Some(link(ds.record(&r.id)?, r.note.clone())))
        .collect();
    let (meeting, status) = match record {
        Record::Commitment(c) => (ds.meeting(&c.meeting).map(meeting_ref), Some(c.status)),
        Record::Context(_) => (None, None),
    };
    let conflicts: Vec<Conflict> = ds.conflicts_about(id).cloned().collect();
    Some(CommitmentDetail {
        id: id.to_owned(),
        record: match record {
            Record::Commitment(_) => "commitment",
            Record::Context(_) => "context",
        }
        .to_owned(),
        meeting,
        date: ds.record_date(record).to_string(),
        sectors: record
            .sectors()
            .iter()
            .filter_map(|s| ds.sector(s))
            .map(|s| SectorRef {
                id: s.id.clone(),
                name: s.name.clone(),
            })
            .collect(),
        kind: record.kind(),
        status,
        verification: record.verification(),
        verification_note: record.verification_note().to_owned(),
        title: record.title().to_owned(),
        summary: record.summary().to_owned(),
        actors: actors(ds, record.actors()),
        sources: sources(ds, record.sources(), &conflicts),
        lineage_before: lineage.before.into_iter().map(|r| link(r, None)).collect(),
        lineage_after: lineage.after.into_iter().map(|r| link(r, None)).collect(),
        see_also,
        conflicts,
        status_as_of: status.map(|_| status_as_of(ds, id)),
        provenance: ds.provenance().record(id).cloned(),
    })
}

/// The day record `id`'s status holds: its corrected status's as-of date;
/// for a record of the user's own, the day they added it; else the
/// dataset's.
pub fn status_as_of(ds: &Dataset, id: &str) -> String {
    let provenance = ds.provenance().record(id);
    provenance
        .and_then(|p| p.corrected(Field::Status))
        .and_then(|c| c.as_of.clone())
        .or_else(|| {
            provenance
                .and_then(|p| p.added.as_ref())
                .and_then(|a| a.at.get(..10).map(str::to_owned))
        })
        .unwrap_or_else(|| ds.manifest.as_of.clone())
}

/// A link to record `r`.
pub(crate) fn record_link(ds: &Dataset, r: Record<'_>, note: Option<String>) -> RecordLink {
    RecordLink {
        id: r.id().to_owned(),
        title: r.title().to_owned(),
        date: ds.record_date(r).to_string(),
        meeting: match r {
            Record::Commitment(c) => Some(c.meeting.clone()),
            Record::Context(_) => None,
        },
        note,
    }
}

pub(crate) fn meeting_ref(m: &Meeting) -> MeetingRef {
    MeetingRef {
        id: m.id.clone(),
        title: m.title.clone(),
        date: m.date.clone(),
        place: m.place.clone(),
    }
}

/// Source `s` cited as number `number` (`added`: who added it, for an own source).
pub(crate) fn source_view(
    s: &Source,
    number: usize,
    from_conflict: bool,
    added: Option<Added>,
) -> SourceView {
    SourceView {
        added,
        number,
        from_conflict,
        id: s.id.clone(),
        title: s.title.clone(),
        publisher: s.publisher.clone(),
        date: s.date.clone(),
        url: s.url.clone(),
        language: s.language.clone(),
        note: s.note.clone(),
    }
}

pub(crate) fn actors(ds: &Dataset, refs: &[ActorRef]) -> Vec<ActorView> {
    refs.iter()
        .filter_map(|r| {
            let a = ds.actor(&r.actor)?;
            Some(ActorView {
                id: a.id.clone(),
                name: a.name.clone(),
                native_name: a.native_name.clone(),
                role: r.role.clone(),
                note: r.note.clone(),
            })
        })
        .collect()
}

/// The record's sources, then those cited only by its conflicts, numbered.
fn sources(ds: &Dataset, own: &[Id], conflicts: &[Conflict]) -> Vec<SourceView> {
    let mut ids: Vec<(&Id, bool)> = own.iter().map(|id| (id, false)).collect();
    for id in conflicts
        .iter()
        .flat_map(|c| &c.claims)
        .flat_map(|cl| &cl.sources)
    {
        if !ids.iter().any(|(x, _)| *x == id) {
            ids.push((id, true));
        }
    }
    ids.into_iter()
        .filter_map(|(id, via)| Some((ds.source(id)?, via)))
        .enumerate()
        .map(|(i, (s, from_conflict))| {
            let added = ds.provenance().source(&s.id).and_then(|p| p.added.clone());
            source_view(s, i + 1, from_conflict, added)
        })
        .collect()
}
