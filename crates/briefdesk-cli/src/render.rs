//! Human-readable terminal output for the CLI's views, in the language of
//! the run: column heads, labels and sentences from the catalogue
//! (`locales/*/cli.ftl`), the record's labels, sector names, meeting titles
//! and dates as the exports write them. Ids a user types (`C2-08`,
//! `semiconductors`, `dpc-2024`) are shown as they are typed.

use std::io::{self, Write};

use briefdesk_core::i18n::{self, count, msg, tr, Arg, Lang};
use briefdesk_core::model::Keyword;
use briefdesk_core::view::{
    ActorView, CommitmentDetail, CommitmentSummary, MeetingView, RecordLink, SectorView,
};
use briefdesk_core::Dataset;

use crate::term::{self, table, width, wrapped};

/// The one-line summary `validate` prints for a good dataset.
pub fn summary(lang: Lang, ds: &Dataset, origin: &str) -> String {
    let m = &ds.manifest;
    let n = |v: usize| v as u64;
    let counts = [
        count(lang, "count-meetings", n(ds.meetings.len())),
        count(lang, "cli-count-sectors", n(ds.sectors.len())),
        count(lang, "count-commitments", n(ds.commitments.len())),
        count(lang, "cli-count-context-items", n(ds.context.len())),
        count(lang, "count-sources", n(ds.sources.len())),
        count(lang, "cli-count-actors", n(ds.actors.len())),
        count(lang, "cli-count-conflicts", n(ds.conflicts.len())),
    ];
    let format = m.schema_version.to_string();
    let as_of = i18n::record_date(lang, &m.as_of);
    let counts = i18n::join(lang, &counts);
    tr(
        lang,
        "cli-validate-ok",
        &[
            ("origin", Arg::Str(origin)),
            ("version", Arg::Str(&m.dataset_version)),
            ("format", Arg::Str(&format)),
            ("date", Arg::Str(&as_of)),
            ("counts", Arg::Str(&counts)),
        ],
    )
}

pub fn sectors(
    out: &mut impl Write,
    lang: Lang,
    ds: &Dataset,
    sectors: &[SectorView],
) -> io::Result<()> {
    let mut rows = vec![vec![
        msg(lang, "cli-col-sector"),
        msg(lang, "cli-col-commitments"),
        msg(lang, "cli-col-name"),
    ]];
    rows.extend(sectors.iter().map(|s| {
        let name = ds
            .sector(&s.id)
            .map_or_else(|| s.name.clone(), |sector| i18n::sector_name(lang, sector));
        vec![s.id.clone(), i18n::group(lang, s.commitments as u64), name]
    }));
    table(out, &rows)
}

/// A meeting's status, with its verification when it is not confirmed:
/// "Reported (unverified)".
fn meeting_state(lang: Lang, m: &MeetingView) -> String {
    tr(
        lang,
        "cli-meeting-state",
        &[
            ("status", Arg::Str(m.status.keyword())),
            ("verification", Arg::Str(m.verification.keyword())),
        ],
    )
}

pub fn meetings(
    out: &mut impl Write,
    lang: Lang,
    ds: &Dataset,
    meetings: &[MeetingView],
) -> io::Result<()> {
    let mut rows = vec![vec![
        msg(lang, "cli-col-meeting"),
        msg(lang, "cli-col-date"),
        msg(lang, "cli-col-place"),
        msg(lang, "cli-col-status"),
        msg(lang, "cli-col-commitments"),
        msg(lang, "cli-col-title"),
    ]];
    rows.extend(meetings.iter().map(|m| {
        let title = ds.meeting(&m.id).map_or_else(
            || m.title.clone(),
            |meeting| i18n::meeting_title(lang, meeting),
        );
        vec![
            m.id.clone(),
            i18n::record_date(lang, &m.date),
            m.place.clone(),
            meeting_state(lang, m),
            i18n::group(lang, m.commitments as u64),
            title,
        ]
    }));
    table(out, &rows)
}

pub fn list(out: &mut impl Write, lang: Lang, items: &[CommitmentSummary]) -> io::Result<()> {
    if items.is_empty() {
        return writeln!(out, "{}", msg(lang, "cli-list-none"));
    }
    let mut rows = vec![vec![
        msg(lang, "cli-col-id"),
        msg(lang, "cli-col-date"),
        msg(lang, "cli-col-meeting"),
        msg(lang, "cli-col-kind"),
        msg(lang, "cli-col-status"),
        msg(lang, "cli-col-verification"),
        msg(lang, "cli-col-title"),
    ]];
    rows.extend(items.iter().map(|c| {
        vec![
            c.id.clone(),
            i18n::record_date(lang, &c.date),
            c.meeting.clone(),
            i18n::label(lang, "kind", c.kind),
            i18n::label(lang, "status", c.status),
            i18n::label(lang, "verification", c.verification),
            c.title.clone(),
        ]
    }));
    table(out, &rows)?;
    writeln!(
        out,
        "{}",
        count(lang, "count-commitments", items.len() as u64)
    )
}

fn heading(out: &mut impl Write, title: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}")
}

fn actor_line(lang: Lang, a: &ActorView) -> String {
    let mut s = a.name.clone();
    if let Some(n) = &a.native_name {
        s = tr(
            lang,
            "cli-show-actor-native",
            &[("name", Arg::Str(&s)), ("native", Arg::Str(n))],
        );
    }
    if let Some(r) = &a.role {
        s = tr(
            lang,
            "cli-show-actor-role",
            &[("actor", Arg::Str(&s)), ("role", Arg::Str(r))],
        );
    }
    if let Some(n) = &a.note {
        s = tr(
            lang,
            "cli-show-actor-note",
            &[("actor", Arg::Str(&s)), ("note", Arg::Str(n))],
        );
    }
    s
}

pub fn detail(
    out: &mut impl Write,
    lang: Lang,
    ds: &Dataset,
    d: &CommitmentDetail,
) -> io::Result<()> {
    writeln!(out, "{}  {}", d.id, d.title)?;
    writeln!(
        out,
        "{}",
        "─".repeat((width(&d.id) + 2 + width(&d.title)).min(term::columns()))
    )?;
    let mut facts: Vec<(String, String)> = Vec::new();
    match &d.meeting {
        Some(m) => {
            let title = ds.meeting(&m.id).map_or_else(
                || m.title.clone(),
                |meeting| i18n::meeting_title(lang, meeting),
            );
            let date = i18n::record_date(lang, &m.date);
            facts.push((
                msg(lang, "cli-show-meeting"),
                tr(
                    lang,
                    "cli-show-meeting-line",
                    &[
                        ("title", Arg::Str(&title)),
                        ("place", Arg::Str(&m.place)),
                        ("date", Arg::Str(&date)),
                        ("id", Arg::Str(&m.id)),
                    ],
                ),
            ))
        }
        None => facts.push((msg(lang, "cli-show-record"), msg(lang, "cli-show-context"))),
    }
    facts.push((msg(lang, "cli-show-date"), i18n::record_date(lang, &d.date)));
    let sectors: Vec<String> = d
        .sectors
        .iter()
        .map(|s| {
            ds.sector(&s.id)
                .map_or_else(|| s.name.clone(), |sector| i18n::sector_name(lang, sector))
        })
        .collect();
    facts.push((msg(lang, "cli-show-sectors"), i18n::join(lang, &sectors)));
    facts.push((
        msg(lang, "cli-show-kind"),
        i18n::label(lang, "kind", d.kind),
    ));
    if let Some(s) = d.status {
        let status = i18n::label(lang, "status", s);
        let as_of = i18n::record_date(
            lang,
            d.status_as_of.as_deref().unwrap_or(&ds.manifest.as_of),
        );
        facts.push((
            msg(lang, "cli-show-status"),
            tr(
                lang,
                "cli-show-status-as-of",
                &[("status", Arg::Str(&status)), ("date", Arg::Str(&as_of))],
            ),
        ));
    }
    facts.push((
        msg(lang, "cli-show-verification"),
        i18n::label(lang, "verification", d.verification),
    ));
    // Values start at column 14 at least, as they always have in English.
    let column = term::label_width(14, facts.iter().map(|(l, _)| l.as_str()));
    term::labelled(out, "", column, &facts)?;
    wrapped(out, &d.verification_note, &" ".repeat(column))?;
    // Who added or corrected it, with the sources as numbered below.
    let mut cite = |id: &str| d.sources.iter().find(|s| s.id == id).map(|s| s.number);
    for line in
        briefdesk_core::brief::view::provenance_notes(d.provenance.as_ref(), false, lang, &mut cite)
    {
        wrapped(out, &line, "▸ ")?;
    }

    heading(out, &msg(lang, "cli-show-summary"))?;
    wrapped(out, &d.summary, "  ")?;

    if !d.actors.is_empty() {
        heading(out, &msg(lang, "cli-show-actors"))?;
        for a in &d.actors {
            wrapped(out, &actor_line(lang, a), "  • ")?;
        }
    }

    heading(out, &msg(lang, "cli-show-sources"))?;
    for s in &d.sources {
        let date = match s.date.as_deref() {
            Some(d) => i18n::record_date(lang, d),
            None => msg(lang, "cli-show-undated"),
        };
        let number = format!("  [{}] ", s.number);
        let pad = " ".repeat(width(&number));
        wrapped(
            out,
            &tr(
                lang,
                "cli-show-source",
                &[
                    ("title", Arg::Str(&s.title)),
                    ("publisher", Arg::Str(&s.publisher)),
                    ("date", Arg::Str(&date)),
                ],
            ),
            &number,
        )?;
        match &s.url {
            Some(url) => writeln!(out, "{pad}{url}")?,
            None => wrapped(
                out,
                &tr(
                    lang,
                    "cli-show-no-url",
                    &[("note", Arg::Str(s.note.as_deref().unwrap_or("")))],
                ),
                &pad,
            )?,
        }
    }

    heading(out, &msg(lang, "cli-show-lineage"))?;
    if d.lineage_before.is_empty() && d.lineage_after.is_empty() {
        writeln!(out, "  {}", msg(lang, "cli-show-no-lineage"))?;
    } else {
        let this = RecordLink {
            id: d.id.clone(),
            title: d.title.clone(),
            date: d.date.clone(),
            meeting: d.meeting.as_ref().map(|m| m.id.clone()),
            note: None,
        };
        let links = Links::new(
            lang,
            d.lineage_before
                .iter()
                .chain(std::iter::once(&this))
                .chain(&d.lineage_after),
        );
        for l in &d.lineage_before {
            writeln!(out, "  {}", links.line(l))?;
        }
        writeln!(
            out,
            "▶ {}  {}",
            links.line(&this),
            msg(lang, "cli-show-this-one")
        )?;
        for l in &d.lineage_after {
            writeln!(out, "  {}", links.line(l))?;
        }
    }

    if !d.see_also.is_empty() {
        heading(out, &msg(lang, "cli-show-see-also"))?;
        let links = Links::new(lang, d.see_also.iter());
        for l in &d.see_also {
            writeln!(out, "  {}", links.line(l))?;
            if let Some(n) = &l.note {
                wrapped(out, n, "      ")?;
            }
        }
    }

    if !d.conflicts.is_empty() {
        heading(out, &msg(lang, "cli-show-conflicts"))?;
        for c in &d.conflicts {
            wrapped(
                out,
                &tr(
                    lang,
                    "cli-show-conflict",
                    &[
                        ("field", Arg::Str(&c.field)),
                        ("id", Arg::Str(&c.id)),
                        ("summary", Arg::Str(&c.summary)),
                    ],
                ),
                "  ",
            )?;
            for claim in &c.claims {
                let names: Vec<String> = claim
                    .sources
                    .iter()
                    .map(|id| match d.sources.iter().find(|s| &s.id == id) {
                        Some(s) => format!("[{}] {}", s.number, s.publisher),
                        None => id.clone(),
                    })
                    .collect();
                let sources = i18n::join_strong(lang, &names);
                let args = [
                    ("value", Arg::Str(&claim.value)),
                    ("sources", Arg::Str(&sources)),
                ];
                let line = if claim.preferred {
                    tr(lang, "cli-show-claim-used", &args)
                } else {
                    tr(lang, "cli-show-claim", &args)
                };
                wrapped(out, &line, "    • ")?;
            }
            wrapped(
                out,
                &tr(
                    lang,
                    "cli-show-assessment",
                    &[("assessment", Arg::Str(&c.assessment))],
                ),
                "    ",
            )?;
        }
    }
    Ok(())
}

/// Record links as lines whose ids and meetings line up: "4 July 2023
/// C1-05  dpc-2023     Semiconductor Memorandum…".
struct Links {
    lang: Lang,
    date: usize,
    id: usize,
    place: usize,
}

impl Links {
    fn new<'a>(lang: Lang, links: impl Iterator<Item = &'a RecordLink> + Clone) -> Links {
        let widest = |f: &dyn Fn(&RecordLink) -> String, min: usize| {
            links
                .clone()
                .map(|l| width(&f(l)))
                .max()
                .unwrap_or(0)
                .max(min)
        };
        Links {
            lang,
            date: widest(&|l| i18n::record_date(lang, &l.date), 0),
            id: widest(&|l| l.id.clone(), 6),
            place: widest(&|l| Self::place_of(lang, l), 11),
        }
    }

    fn place_of(lang: Lang, l: &RecordLink) -> String {
        l.meeting
            .clone()
            .unwrap_or_else(|| msg(lang, "cli-show-context-short"))
    }

    fn line(&self, l: &RecordLink) -> String {
        format!(
            "{}  {} {}  {}",
            term::pad(&i18n::record_date(self.lang, &l.date), self.date),
            term::pad(&l.id, self.id),
            term::pad(&Self::place_of(self.lang, l), self.place),
            l.title
        )
    }
}
