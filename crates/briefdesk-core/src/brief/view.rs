//! A brief as it reads: the user's document resolved against the dataset
//! and their annotations, in one language — sector names, commitment
//! details, lineage, sources numbered across the brief, the "since the last
//! council" section computed, and references the dataset no longer has
//! flagged. Every export (Markdown, PDF) and the app's preview render this
//! one shape; its labels and sentences come from the catalogue (`i18n`).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::{BriefDoc, BriefMeeting, Prompts, SectionKind, SINCE_LAST_COUNCIL};
use crate::dataset::{Dataset, Record};
use crate::i18n::{self, msg, tr, Arg, Lang};
use crate::model::Keyword as _;
use crate::model::{
    Commitment, CommitmentStatus, ContextItem, Meeting, MeetingStatus, Verification,
};
use crate::query::{self, Annotations};
use crate::record::{Field, RecordProvenance};
use crate::store::AnnotationFields;
use crate::view::{
    actors, meeting_ref, record_link, source_view, ActorView, MeetingRef, RecordLink, SourceView,
};

/// A brief, resolved.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct BriefView {
    /// The language of its labels and sentences (the export's).
    pub lang: Lang,
    pub title: String,
    /// The meeting as a line of text ("4th EU–Japan Digital Partnership
    /// Council, Brussels, 5 May 2026").
    pub meeting: Option<String>,
    /// The dataset meeting, when the brief prepares one.
    pub meeting_ref: Option<MeetingRef>,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    /// The date for people ("25 November 2026").
    pub date_label: Option<String>,
    pub author: String,
    pub audience: String,
    pub marking: String,
    pub sections: Vec<SectionView>,
    /// Every source a commitment of the brief cites, numbered in order of
    /// first citation.
    pub sources: Vec<SourceView>,
    /// Commitments the brief refers to that the dataset no longer has.
    pub missing: Vec<String>,
}

/// A section, resolved.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct SectionView {
    /// The sector id, or `since-last-council`.
    pub key: String,
    pub kind: SectionKind,
    /// The sector's name, or "Since the last council".
    pub heading: String,
    /// The section's sector is not in the dataset (any more).
    pub sector_missing: bool,
    pub background: String,
    /// The talking points that are not blank, in order.
    pub talking_points: Vec<String>,
    pub prompts: Option<Prompts>,
    pub items: Vec<ItemView>,
    /// The record's context items for the section's sector (related facts
    /// that are not Council outcomes: dialogues, summits, industry
    /// agreements), oldest first; none for an empty section.
    pub context: Vec<ContextView>,
    /// For a "since the last council" section.
    pub since: Option<SinceView>,
    /// The user has put nothing in it (no background, talking point or
    /// commitment): exports leave it out.
    pub empty: bool,
}

/// A context item of a section's sector, resolved.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct ContextView {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// YYYY-MM-DD.
    pub date: String,
    /// "Statement", "Agreement signed", …
    pub kind_label: String,
    pub verification: Verification,
    pub verification_label: String,
    pub actors: Vec<ActorView>,
    /// Numbers into [`BriefView::sources`].
    pub sources: Vec<usize>,
}

/// A commitment of a section, resolved.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct ItemView {
    pub commitment: String,
    /// The dataset no longer has this commitment: only its id is known.
    pub missing: bool,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub meeting: Option<MeetingRef>,
    /// The commitment's own date or its meeting's (YYYY-MM-DD).
    pub date: Option<String>,
    pub status: Option<CommitmentStatus>,
    pub status_label: Option<String>,
    pub verification: Option<Verification>,
    pub verification_label: Option<String>,
    /// Who acted, with native names (木内稔) and roles.
    pub actors: Vec<ActorView>,
    /// Earlier records it continues, oldest first.
    pub lineage_before: Vec<RecordLink>,
    /// Later records that continue it, oldest first.
    pub lineage_after: Vec<RecordLink>,
    /// Numbers into [`BriefView::sources`].
    pub sources: Vec<usize>,
    pub include_annotation: bool,
    /// The user's annotation, when the brief includes it and there is one.
    pub annotation: Option<AnnotationFields>,
    /// Who added or corrected the commitment, one sentence each, in the
    /// view's language with the sources numbered as the brief numbers them
    /// ("Added by … on …; source: [3]."); empty: as the release has it.
    pub provenance: Vec<String>,
}

/// What the last council added, per sector.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct SinceView {
    /// The last council before the brief's meeting; absent when the dataset
    /// has none.
    pub meeting: Option<MeetingRef>,
    /// Who took part in it (as the record has them, corrections included).
    pub participants: Vec<ActorView>,
    /// Who added or corrected the meeting, one sentence each (see
    /// [`ItemView::provenance`]).
    pub meeting_provenance: Vec<String>,
    pub sectors: Vec<SinceSector>,
    /// Sectors to which the last council added nothing.
    pub unchanged: Vec<String>,
}

/// What the last council added in one sector (its main sector).
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct SinceSector {
    pub sector: String,
    pub name: String,
    pub added: Vec<SinceEntry>,
}

/// One commitment the last council added.
#[derive(Debug, Clone, Serialize, TS, JsonSchema)]
pub struct SinceEntry {
    pub commitment: String,
    pub title: String,
    pub status: CommitmentStatus,
    pub status_label: String,
    /// The earlier records it continues (its lineage), oldest first; empty
    /// when it starts something new.
    pub continues: Vec<RecordLink>,
    /// Who added or corrected it (see [`ItemView::provenance`]).
    pub provenance: Vec<String>,
}

/// An actor as a brief names them: "Kiuchi Minoru (木内稔), Minister of State …".
pub fn actor_line(a: &ActorView) -> String {
    let mut s = a.name.clone();
    if let Some(n) = &a.native_name {
        s.push_str(&format!(" ({n})"));
    }
    if let Some(r) = &a.role {
        s.push_str(&format!(", {r}"));
    }
    s
}

impl ContextView {
    /// What it is, date and verification on one line: "Context, not a
    /// Council outcome · 28 January 2026 · Verification: Confirmed".
    pub fn facts(&self, lang: Lang) -> String {
        let mut facts = vec![msg(lang, "export-context-not-outcome")];
        if let Ok(d) = self.date.parse() {
            facts.push(i18n::date(lang, d));
        }
        facts.push(tr(
            lang,
            "export-verification",
            &[("verification", Arg::Str(&self.verification_label))],
        ));
        facts.join(" · ")
    }
}

impl SectionView {
    /// Whether `s` has nothing the user wrote or picked.
    fn is_empty(background: &str, talking_points: &[String], items: usize, since: bool) -> bool {
        background.trim().is_empty() && talking_points.is_empty() && items == 0 && !since
    }
}

impl BriefView {
    /// The sections an export prints: all but the empty ones.
    pub fn printed_sections(&self) -> impl Iterator<Item = &SectionView> {
        self.sections.iter().filter(|s| !s.empty)
    }

    /// How many of the user's notes the brief shows.
    pub fn notes_shown(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.items)
            .filter(|it| it.annotation.is_some())
            .count()
    }
}

impl SinceView {
    /// The sentence that opens the section.
    pub fn intro(&self, lang: Lang) -> String {
        match &self.meeting {
            Some(m) => {
                let date = i18n::record_date(lang, &m.date);
                tr(
                    lang,
                    "export-since-intro",
                    &[
                        ("meeting", Arg::Str(&m.title)),
                        ("place", Arg::Str(&m.place)),
                        ("date", Arg::Str(&date)),
                    ],
                )
            }
            None => msg(lang, "export-since-none"),
        }
    }
}

impl SinceEntry {
    /// "(in progress); continues C1-05 (2023), …." after the entry's id and title.
    pub fn tail(&self, lang: Lang) -> String {
        tr(
            lang,
            "export-since-entry",
            &[
                ("status", Arg::Str(&self.status_label)),
                ("continuation", Arg::Str(&self.continuation(lang))),
            ],
        )
    }

    /// "continues C1-05 (2023), …", or "new".
    pub fn continuation(&self, lang: Lang) -> String {
        if self.continues.is_empty() {
            msg(lang, "export-new")
        } else {
            let ids = record_list(&self.continues, lang);
            tr(lang, "export-continues", &[("ids", Arg::Str(&ids))])
        }
    }
}

/// Records as a brief lists them: "C1-05 (2023), C2-08 (2024)"
/// ("C1-05（2023年）、C2-08（2024年）").
pub fn record_list(records: &[RecordLink], lang: Lang) -> String {
    let parts: Vec<String> = records
        .iter()
        .map(|r| {
            let year = &r.date[..4.min(r.date.len())];
            tr(
                lang,
                "export-record-ref",
                &[("id", Arg::Str(&r.id)), ("year", Arg::Str(year))],
            )
        })
        .collect();
    i18n::join(lang, &parts)
}

impl ItemView {
    /// Meeting, date, status and verification on one line.
    pub fn facts(&self, lang: Lang) -> String {
        let mut facts = Vec::new();
        if let Some(m) = &self.meeting {
            facts.push(m.title.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        if let Some(d) = self.date.as_deref().and_then(|d| d.parse().ok()) {
            facts.push(i18n::date(lang, d));
        }
        if let Some(s) = &self.status_label {
            facts.push(tr(lang, "export-status", &[("status", Arg::Str(s))]));
        }
        if let Some(v) = &self.verification_label {
            facts.push(tr(
                lang,
                "export-verification",
                &[("verification", Arg::Str(v))],
            ));
        }
        facts.join(" · ")
    }

    /// "continues …; continued by …", when it has a lineage.
    pub fn lineage_text(&self, lang: Lang) -> Option<String> {
        let mut parts = Vec::new();
        if !self.lineage_before.is_empty() {
            let ids = record_list(&self.lineage_before, lang);
            parts.push(tr(lang, "export-continues", &[("ids", Arg::Str(&ids))]));
        }
        if !self.lineage_after.is_empty() {
            let ids = record_list(&self.lineage_after, lang);
            parts.push(tr(lang, "export-continued-by", &[("ids", Arg::Str(&ids))]));
        }
        match parts.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            [first, second, ..] => Some(tr(
                lang,
                "export-clauses",
                &[("first", Arg::Str(first)), ("second", Arg::Str(second))],
            )),
        }
    }
}

/// The user's status, tags and follow-up date on one line (empty: none).
pub fn annotation_facts(a: &AnnotationFields, lang: Lang) -> String {
    let mut facts = Vec::new();
    if let Some(s) = a.status {
        let status = i18n::label(lang, "user-status", s);
        facts.push(tr(
            lang,
            "export-your-status",
            &[("status", Arg::Str(&status))],
        ));
    }
    if !a.tags.is_empty() {
        let tags = i18n::join(lang, &a.tags);
        facts.push(tr(lang, "export-tags", &[("tags", Arg::Str(&tags))]));
    }
    if let Some(d) = a.follow_up {
        let date = i18n::date(lang, d);
        facts.push(tr(lang, "export-follow-up", &[("date", Arg::Str(&date))]));
    }
    i18n::join_strong(lang, &facts)
}

/// A date for people in `lang`: "5 May 2026", "5 maggio 2026", "2026年5月5日".
pub fn date_label(d: NaiveDate, lang: Lang) -> String {
    i18n::date(lang, d)
}

fn meeting_line(ds: &Dataset, m: &Meeting, lang: Lang) -> String {
    let title = i18n::meeting_title(lang, m);
    let date = i18n::date(lang, ds.meeting_date(m));
    tr(
        lang,
        "export-meeting-line",
        &[
            ("meeting", Arg::Str(&title)),
            ("place", Arg::Str(&m.place)),
            ("date", Arg::Str(&date)),
        ],
    )
}

/// A meeting as a brief refers to it, its title in `lang`.
fn meeting_ref_in(m: &Meeting, lang: Lang) -> MeetingRef {
    MeetingRef {
        title: i18n::meeting_title(lang, m),
        ..meeting_ref(m)
    }
}

/// The last council held before the brief's meeting (or before every
/// meeting still to come, when the brief prepares none of the dataset's).
pub fn last_council<'a>(ds: &'a Dataset, doc: &BriefDoc) -> Option<&'a Meeting> {
    let before = match &doc.meeting {
        Some(BriefMeeting::Dataset { id }) => ds.meeting(id).map(|m| ds.meeting_date(m)),
        _ => None,
    };
    ds.meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .filter(|m| before.is_none_or(|b| ds.meeting_date(m) < b))
        .filter(|m| ds.commitments.iter().any(|c| c.meeting == m.id))
        .max_by_key(|m| ds.meeting_date(m))
}

/// A value of a correction in words: the record's labels for keywords,
/// dates as the language writes them, the rest as it is.
fn value_words(
    lang: Lang,
    field: Field,
    meeting: bool,
    v: &serde_json::Value,
    text: &str,
) -> String {
    let kw = v.as_str().unwrap_or_default();
    match field {
        Field::Status if meeting => tr(lang, "export-meeting-status", &[("status", Arg::Str(kw))]),
        Field::Status => crate::model::CommitmentStatus::from_keyword(kw)
            .map(|s| i18n::label(lang, "status", s))
            .unwrap_or_else(|| kw.to_owned()),
        Field::Verification => Verification::from_keyword(kw)
            .map(|s| i18n::label(lang, "verification", s))
            .unwrap_or_else(|| kw.to_owned()),
        Field::Date => i18n::record_date(lang, kw),
        _ if text.is_empty() => msg(lang, "export-prov-none"),
        _ => text.to_owned(),
    }
}

/// Who added or corrected a record, one sentence each, with its sources
/// numbered by `cite` (a meeting's statuses are a meeting's: `meeting`).
pub fn provenance_notes(
    p: Option<&RecordProvenance>,
    meeting: bool,
    lang: Lang,
    cite: &mut dyn FnMut(&str) -> Option<usize>,
) -> Vec<String> {
    let Some(p) = p else {
        return Vec::new();
    };
    let day = |at: &str| i18n::record_date(lang, at.get(..10).unwrap_or(at));
    let mut cited = |id: &str| match cite(id) {
        Some(n) => format!("[{n}]"),
        None => id.to_owned(),
    };
    let mut out = Vec::new();
    if let Some(a) = &p.added {
        let sources: Vec<String> = a.sources.iter().map(|s| cited(s)).collect();
        out.push(tr(
            lang,
            "export-prov-added",
            &[
                ("author", Arg::Str(&a.author)),
                ("date", Arg::Str(&day(&a.at))),
                ("sources", Arg::Str(&i18n::join(lang, &sources))),
            ],
        ));
    }
    for c in &p.corrections {
        let source = cited(&c.source);
        let value = match c.field {
            Field::Source => cited(c.value.as_str().unwrap_or_default()),
            _ => value_words(lang, c.field, meeting, &c.value, &c.value_text),
        };
        let as_of = c.as_of.as_deref().map(|d| i18n::record_date(lang, d));
        let shipped = value_words(lang, c.field, meeting, &c.shipped, &c.shipped_text);
        let args = [
            ("field", Arg::Str(c.field.keyword())),
            ("author", Arg::Str(&c.author)),
            ("date", Arg::Str(&day(&c.at))),
            ("value", Arg::Str(&value)),
            ("as_of", Arg::Str(as_of.as_deref().unwrap_or("none"))),
            ("source", Arg::Str(&source)),
            ("shipped", Arg::Str(&shipped)),
        ];
        out.push(if c.field.adds() {
            tr(lang, "export-prov-added-link", &args)
        } else {
            tr(lang, "export-prov-corrected", &args)
        });
    }
    out
}

fn since_view(
    ds: &Dataset,
    doc: &BriefDoc,
    lang: Lang,
    cite: &mut dyn FnMut(&str) -> Option<usize>,
) -> SinceView {
    let Some(meeting) = last_council(ds, doc) else {
        return SinceView {
            meeting: None,
            participants: Vec::new(),
            meeting_provenance: Vec::new(),
            sectors: Vec::new(),
            unchanged: Vec::new(),
        };
    };
    let added: Vec<&Commitment> = ds
        .commitments
        .iter()
        .filter(|c| c.meeting == meeting.id)
        .collect();
    let mut sectors = Vec::new();
    let mut unchanged = Vec::new();
    for s in &ds.sectors {
        let here: Vec<SinceEntry> = added
            .iter()
            .filter(|c| c.sectors.first() == Some(&s.id))
            .map(|c| SinceEntry {
                commitment: c.id.clone(),
                title: c.title.clone(),
                status: c.status,
                status_label: i18n::label(lang, "status", c.status),
                continues: query::lineage(ds, &c.id)
                    .before
                    .into_iter()
                    .map(|r| record_link(ds, r, None))
                    .collect(),
                provenance: provenance_notes(ds.provenance().record(&c.id), false, lang, cite),
            })
            .collect();
        if here.is_empty() {
            unchanged.push(i18n::sector_name(lang, s));
        } else {
            sectors.push(SinceSector {
                sector: s.id.clone(),
                name: i18n::sector_name(lang, s),
                added: here,
            });
        }
    }
    SinceView {
        meeting: Some(meeting_ref_in(meeting, lang)),
        participants: actors(ds, &meeting.participants),
        meeting_provenance: provenance_notes(ds.provenance().record(&meeting.id), true, lang, cite),
        sectors,
        unchanged,
    }
}

/// Resolve `doc` against `ds` and the user's `annotations`, in `lang`.
pub fn resolve(ds: &Dataset, doc: &BriefDoc, annotations: &Annotations, lang: Lang) -> BriefView {
    let mut sources: Vec<SourceView> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut cite = |id: &str| -> Option<usize> {
        if let Some(s) = sources.iter().find(|s| s.id == id) {
            return Some(s.number);
        }
        let s = ds.source(id)?;
        let n = sources.len() + 1;
        let added = ds.provenance().source(id).and_then(|p| p.added.clone());
        sources.push(source_view(s, n, false, added));
        Some(n)
    };
    let mut sections = Vec::with_capacity(doc.sections.len());
    for s in &doc.sections {
        let sector = s.sector.as_deref().and_then(|id| ds.sector(id));
        let heading = match s.kind {
            SectionKind::Sector => sector
                .map(|x| i18n::sector_name(lang, x))
                .unwrap_or_else(|| s.key().to_owned()),
            SectionKind::SinceLastCouncil => msg(lang, "export-since-last-council"),
        };
        let mut items = Vec::with_capacity(s.items.len());
        for item in &s.items {
            let annotation = if item.include_annotation {
                annotations
                    .get(&item.commitment)
                    .filter(|a| !a.is_empty())
                    .cloned()
            } else {
                None
            };
            let Some(c) = ds.commitment(&item.commitment) else {
                if !missing.contains(&item.commitment) {
                    missing.push(item.commitment.clone());
                }
                items.push(ItemView {
                    commitment: item.commitment.clone(),
                    missing: true,
                    title: None,
                    summary: None,
                    meeting: None,
                    date: None,
                    status: None,
                    status_label: None,
                    verification: None,
                    verification_label: None,
                    actors: Vec::new(),
                    lineage_before: Vec::new(),
                    lineage_after: Vec::new(),
                    sources: Vec::new(),
                    include_annotation: item.include_annotation,
                    annotation,
                    provenance: Vec::new(),
                });
                continue;
            };
            let lineage = query::lineage(ds, &c.id);
            items.push(ItemView {
                commitment: c.id.clone(),
                missing: false,
                title: Some(c.title.clone()),
                summary: Some(c.summary.clone()),
                meeting: ds.meeting(&c.meeting).map(|m| meeting_ref_in(m, lang)),
                date: Some(ds.record_date(Record::Commitment(c)).to_string()),
                status: Some(c.status),
                status_label: Some(i18n::label(lang, "status", c.status)),
                verification: Some(c.verification),
                verification_label: Some(i18n::label(lang, "verification", c.verification)),
                actors: actors(ds, &c.actors),
                lineage_before: lineage
                    .before
                    .into_iter()
                    .map(|r| record_link(ds, r, None))
                    .collect(),
                lineage_after: lineage
                    .after
                    .into_iter()
                    .map(|r| record_link(ds, r, None))
                    .collect(),
                sources: c.sources.iter().filter_map(|id| cite(id)).collect(),
                include_annotation: item.include_annotation,
                annotation,
                provenance: provenance_notes(ds.provenance().record(&c.id), false, lang, &mut cite),
            });
        }
        let talking_points: Vec<String> = s
            .talking_points
            .iter()
            .filter(|p| !p.trim().is_empty())
            .cloned()
            .collect();
        let is_since = s.key() == SINCE_LAST_COUNCIL;
        let empty = SectionView::is_empty(&s.background, &talking_points, items.len(), is_since);
        // Context accompanies what the user wrote: an empty section, left
        // out of exports, cites nothing.
        let context = match (sector, empty) {
            (Some(sector), false) => {
                let mut here: Vec<&ContextItem> = ds
                    .context
                    .iter()
                    .filter(|c| c.sectors.contains(&sector.id))
                    .collect();
                here.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
                here.into_iter()
                    .map(|c| ContextView {
                        id: c.id.clone(),
                        title: c.title.clone(),
                        summary: c.summary.clone(),
                        date: ds.record_date(Record::Context(c)).to_string(),
                        kind_label: i18n::label(lang, "kind", c.kind),
                        verification: c.verification,
                        verification_label: i18n::label(lang, "verification", c.verification),
                        actors: actors(ds, &c.actors),
                        sources: c.sources.iter().filter_map(|id| cite(id)).collect(),
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        sections.push(SectionView {
            key: s.key().to_owned(),
            kind: s.kind,
            heading,
            sector_missing: s.kind == SectionKind::Sector && sector.is_none(),
            background: s.background.clone(),
            talking_points,
            prompts: s.prompts.clone(),
            items,
            context,
            since: is_since.then(|| since_view(ds, doc, lang, &mut cite)),
            empty,
        });
    }
    let (meeting, meeting_ref_) = match &doc.meeting {
        Some(BriefMeeting::Dataset { id }) => match ds.meeting(id) {
            Some(m) => (
                Some(meeting_line(ds, m, lang)),
                Some(meeting_ref_in(m, lang)),
            ),
            None => (Some(id.clone()), None),
        },
        Some(BriefMeeting::Other { text }) => (Some(text.clone()), None),
        None => (None, None),
    };
    BriefView {
        lang,
        title: doc.title.clone(),
        meeting,
        meeting_ref: meeting_ref_,
        date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
        date_label: doc.date.map(|d| date_label(d, lang)),
        author: doc.author.clone(),
        audience: doc.audience.clone(),
        marking: doc.marking.clone(),
        sections,
        sources,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{council_preparation, Item, Section};

    #[test]
    fn since_the_last_council_lists_what_the_2025_council_added_with_its_lineage() {
        let ds = Dataset::embedded().unwrap();
        let doc = council_preparation(&ds, Lang::En);
        let v = resolve(&ds, &doc, &Annotations::default(), Lang::En);
        let since = v.sections[0].since.as_ref().unwrap();
        assert_eq!(since.meeting.as_ref().unwrap().id, "dpc-2025");
        let semis = since
            .sectors
            .iter()
            .find(|s| s.sector == "semiconductors")
            .unwrap();
        let c304 = semis
            .added
            .iter()
            .find(|e| e.commitment == "C3-04")
            .unwrap();
        let before: Vec<&str> = c304.continues.iter().map(|l| l.id.as_str()).collect();
        assert!(
            before.contains(&"C2-08") && before.contains(&"C1-05"),
            "{before:?}"
        );
        let total: usize = since.sectors.iter().map(|s| s.added.len()).sum();
        let in_2025 = ds
            .commitments
            .iter()
            .filter(|c| c.meeting == "dpc-2025")
            .count();
        assert_eq!(
            total, in_2025,
            "every commitment once, under its main sector"
        );
    }

    #[test]
    fn missing_commitments_are_kept_and_flagged_and_sources_numbered_once() {
        let ds = Dataset::embedded().unwrap();
        let mut doc = BriefDoc {
            title: "T".into(),
            ..Default::default()
        };
        let mut s = Section::sector("semiconductors");
        for id in ["C1-05", "GONE-9", "C2-08", "C1-05-dup"] {
            s.items.push(Item {
                commitment: id.into(),
                include_annotation: true,
            });
        }
        doc.sections.push(s);
        let mut notes = Annotations::default();
        notes.insert(
            "GONE-9".into(),
            AnnotationFields {
                note: "still mine".into(),
                ..Default::default()
            },
        );
        let v = resolve(&ds, &doc, &notes, Lang::En);
        let items = &v.sections[0].items;
        assert!(items[1].missing && items[1].title.is_none());
        assert_eq!(items[1].annotation.as_ref().unwrap().note, "still mine");
        assert_eq!(v.missing, ["GONE-9", "C1-05-dup"]);
        let numbers: Vec<usize> = v.sources.iter().map(|s| s.number).collect();
        assert_eq!(numbers, (1..=v.sources.len()).collect::<Vec<_>>());
        let mut ids: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), v.sources.len());
    }

    #[test]
    fn sector_sections_show_their_context_and_empty_sections_are_left_out() {
        let ds = Dataset::embedded().unwrap();
        let mut doc = council_preparation(&ds, Lang::En);
        let cyber = doc.section_index(&ds, "cybersecurity").unwrap();
        doc.sections[cyber].items.push(Item {
            commitment: "C3-16".into(),
            include_annotation: false,
        });
        let semis = doc.section_index(&ds, "semiconductors").unwrap();
        doc.sections[semis].background = "Chips.".into();
        let v = resolve(&ds, &doc, &Annotations::default(), Lang::En);
        let s = &v.sections[cyber];
        assert!(!s.empty);
        let ids: Vec<&str> = s.context.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["R-04"]);
        let r04 = &s.context[0];
        assert!(r04
            .facts(Lang::En)
            .starts_with("Context, not a Council outcome · 28 January 2026"));
        // Its sources are numbered with the brief's.
        assert!(r04.sources.iter().all(|n| v.sources[n - 1].number == *n));
        // The template's other sectors are empty: left out, citing nothing;
        // the AI section's context is not shown.
        let printed: Vec<&str> = v.printed_sections().map(|s| s.key.as_str()).collect();
        assert_eq!(
            printed,
            ["since-last-council", "semiconductors", "cybersecurity"]
        );
        let ai = doc.section_index(&ds, "ai").unwrap();
        assert!(v.sections[ai].empty && v.sections[ai].context.is_empty());
        let mut want: Vec<&str> = Vec::new();
        let c316 = ds.commitment("C3-16").unwrap();
        let r04 = ds.context.iter().find(|c| c.id == "R-04").unwrap();
        for id in c316.sources.iter().chain(&r04.sources) {
            if !want.contains(&id.as_str()) {
                want.push(id);
            }
        }
        let cited: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(cited, want);
        // Markdown: the same sections, the context marked as such.
        let md = crate::export::markdown::render(&v);
        assert!(md.contains("## 3. Cybersecurity") && !md.contains(". Artificial intelligence"));
        assert!(md.contains("### Context") && md.contains("#### R-04: "));
        assert!(md.contains("*Context, not a Council outcome · 28 January 2026"));
        assert!(!md.contains("Nothing in this section yet"));
        assert!(!md.contains("Includes the author’s notes"));
    }
}
