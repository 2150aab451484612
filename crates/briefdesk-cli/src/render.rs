//! Human-readable terminal output for the CLI's views.

use std::io::{self, Write};

use briefdesk_core::model::Keyword;
use briefdesk_core::view::{
    ActorView, CommitmentDetail, CommitmentSummary, MeetingView, RecordLink, SectorView,
};
use briefdesk_core::Dataset;

/// Width for wrapped text: `$COLUMNS` when set, else 80.
fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w| *w >= 40)
        .unwrap_or(80)
}

/// The one-line summary `validate` prints for a good dataset.
pub fn summary(ds: &Dataset, origin: &str) -> String {
    let m = &ds.manifest;
    format!(
        "ok: {origin} is valid — dataset {} (format {}, as of {}): {} meetings, {} sectors, \
         {} commitments, {} context items, {} sources, {} actors, {} conflicts between sources",
        m.dataset_version,
        m.schema_version,
        m.as_of,
        ds.meetings.len(),
        ds.sectors.len(),
        ds.commitments.len(),
        ds.context.len(),
        ds.sources.len(),
        ds.actors.len(),
        ds.conflicts.len()
    )
}

/// Rows of cells, left-aligned in columns; the last column is not padded.
fn table(out: &mut impl Write, rows: &[Vec<String>]) -> io::Result<()> {
    let cols = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < cols {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            } else {
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

pub fn sectors(out: &mut impl Write, sectors: &[SectorView]) -> io::Result<()> {
    let mut rows = vec![vec!["SECTOR".into(), "COMMITMENTS".into(), "NAME".into()]];
    rows.extend(
        sectors
            .iter()
            .map(|s| vec![s.id.clone(), s.commitments.to_string(), s.name.clone()]),
    );
    table(out, &rows)
}

pub fn meetings(out: &mut impl Write, meetings: &[MeetingView]) -> io::Result<()> {
    let mut rows = vec![vec![
        "MEETING".into(),
        "DATE".into(),
        "PLACE".into(),
        "STATUS".into(),
        "COMMITMENTS".into(),
        "TITLE".into(),
    ]];
    rows.extend(meetings.iter().map(|m| {
        let mut status = m.status.keyword().to_owned();
        if m.verification != briefdesk_core::model::Verification::Confirmed {
            status.push_str(&format!(" ({})", m.verification.keyword()));
        }
        vec![
            m.id.clone(),
            m.date.clone(),
            m.place.clone(),
            status,
            m.commitments.to_string(),
            m.title.clone(),
        ]
    }));
    table(out, &rows)
}

pub fn list(out: &mut impl Write, items: &[CommitmentSummary]) -> io::Result<()> {
    if items.is_empty() {
        return writeln!(out, "No commitments match.");
    }
    let mut rows = vec![vec![
        "ID".into(),
        "DATE".into(),
        "MEETING".into(),
        "KIND".into(),
        "STATUS".into(),
        "VERIFICATION".into(),
        "TITLE".into(),
    ]];
    rows.extend(items.iter().map(|c| {
        vec![
            c.id.clone(),
            c.date.clone(),
            c.meeting.clone(),
            c.kind.keyword().to_owned(),
            c.status.keyword().to_owned(),
            c.verification.keyword().to_owned(),
            c.title.clone(),
        ]
    }));
    table(out, &rows)?;
    writeln!(
        out,
        "{} commitment{}",
        items.len(),
        if items.len() == 1 { "" } else { "s" }
    )
}

fn heading(out: &mut impl Write, title: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}")
}

/// Wrap `text` to the terminal width; `indent` starts the first line and its
/// width in spaces indents the rest (so a bullet appears once).
fn wrapped(out: &mut impl Write, text: &str, indent: &str) -> io::Result<()> {
    let rest = " ".repeat(indent.chars().count());
    // Break at spaces only: dates and URLs must not split at their hyphens.
    let opts = textwrap::Options::new(width())
        .initial_indent(indent)
        .subsequent_indent(&rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    for line in textwrap::wrap(text, opts) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn actor_line(a: &ActorView) -> String {
    let mut s = a.name.clone();
    if let Some(n) = &a.native_name {
        s.push_str(&format!(" ({n})"));
    }
    if let Some(r) = &a.role {
        s.push_str(&format!(" — {r}"));
    }
    if let Some(n) = &a.note {
        s.push_str(&format!(" [{n}]"));
    }
    s
}

pub fn detail(out: &mut impl Write, ds: &Dataset, d: &CommitmentDetail) -> io::Result<()> {
    writeln!(out, "{}  {}", d.id, d.title)?;
    writeln!(
        out,
        "{}",
        "─".repeat((d.id.chars().count() + 2 + d.title.chars().count()).min(width()))
    )?;
    let mut facts: Vec<(&str, String)> = Vec::new();
    match &d.meeting {
        Some(m) => facts.push((
            "Meeting",
            format!("{} — {}, {} ({})", m.title, m.place, m.date, m.id),
        )),
        None => facts.push(("Record", "Context (not a meeting outcome)".to_owned())),
    }
    facts.push(("Date", d.date.clone()));
    facts.push((
        "Sectors",
        d.sectors
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    ));
    facts.push(("Kind", d.kind.label().to_owned()));
    if let Some(s) = d.status {
        facts.push((
            "Status",
            format!("{} (as of {})", s.label(), ds.manifest.as_of),
        ));
    }
    facts.push(("Verification", d.verification.label().to_owned()));
    for (k, v) in &facts {
        writeln!(out, "{k:<13} {v}")?;
    }
    wrapped(out, &d.verification_note, &" ".repeat(14))?;

    heading(out, "Summary")?;
    wrapped(out, &d.summary, "  ")?;

    if !d.actors.is_empty() {
        heading(out, "Actors")?;
        for a in &d.actors {
            wrapped(out, &actor_line(a), "  • ")?;
        }
    }

    heading(out, "Sources")?;
    for s in &d.sources {
        let date = s.date.as_deref().unwrap_or("undated");
        let number = format!("  [{}] ", s.number);
        let pad = " ".repeat(number.chars().count());
        wrapped(
            out,
            &format!("{} — {}, {date}", s.title, s.publisher),
            &number,
        )?;
        match &s.url {
            Some(url) => writeln!(out, "{pad}{url}")?,
            None => wrapped(
                out,
                &format!("(no URL) {}", s.note.as_deref().unwrap_or("")),
                &pad,
            )?,
        }
    }

    heading(out, "Lineage")?;
    if d.lineage_before.is_empty() && d.lineage_after.is_empty() {
        writeln!(
            out,
            "  No earlier or later commitments are linked to this one."
        )?;
    } else {
        let this = RecordLink {
            id: d.id.clone(),
            title: d.title.clone(),
            date: d.date.clone(),
            meeting: d.meeting.as_ref().map(|m| m.id.clone()),
            note: None,
        };
        for l in &d.lineage_before {
            writeln!(out, "  {}", link_line(l))?;
        }
        writeln!(out, "▶ {}  (this one)", link_line(&this))?;
        for l in &d.lineage_after {
            writeln!(out, "  {}", link_line(l))?;
        }
    }

    if !d.see_also.is_empty() {
        heading(out, "See also")?;
        for l in &d.see_also {
            writeln!(out, "  {}", link_line(l))?;
            if let Some(n) = &l.note {
                wrapped(out, n, "      ")?;
            }
        }
    }

    if !d.conflicts.is_empty() {
        heading(out, "Conflicts between sources")?;
        for c in &d.conflicts {
            wrapped(out, &format!("{} ({}): {}", c.field, c.id, c.summary), "  ")?;
            for claim in &c.claims {
                let names: Vec<String> = claim
                    .sources
                    .iter()
                    .map(|id| match d.sources.iter().find(|s| &s.id == id) {
                        Some(s) => format!("[{}] {}", s.number, s.publisher),
                        None => id.clone(),
                    })
                    .collect();
                let mark = if claim.preferred { " [used]" } else { "" };
                wrapped(
                    out,
                    &format!("“{}”{mark} — {}", claim.value, names.join("; ")),
                    "    • ",
                )?;
            }
            wrapped(out, &format!("Assessment: {}", c.assessment), "    ")?;
        }
    }
    Ok(())
}

fn link_line(l: &RecordLink) -> String {
    let place = l.meeting.as_deref().unwrap_or("context");
    format!("{}  {:<6} {:<11}  {}", l.date, l.id, place, l.title)
}
