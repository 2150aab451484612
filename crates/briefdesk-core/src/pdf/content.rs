//! What a brief says, as blocks: the cover, the contents, one section per
//! sector (background, talking points, commitments with status,
//! verification, lineage, the user's note where chosen, numbered source
//! references linked to the list of sources) and the sources.

use super::fonts::Style;
use super::layout::{Block, Tab};
use super::text::{Link, Rgb, Span, ACCENT, BLACK, MUTED, WARN};
use super::PdfOptions;
use crate::brief::view::{
    actor_line, annotation_facts, date_label, BriefView, ItemView, SinceView,
};

const BODY: f32 = 10.5;
const SMALL: f32 = 9.0;

fn span(text: impl Into<String>, style: Style, size: f32) -> Span {
    Span::new(text, style, size)
}

fn para(text: &str, size: f32) -> Block {
    let mut b = Block::new(vec![span(text, Style::Regular, size)]);
    b.space_after = size * 0.6;
    b
}

fn heading(text: &str, size: f32, before: f32) -> Block {
    let mut b = Block::new(vec![span(text, Style::Bold, size)]);
    b.space_before = before;
    b.space_after = size * 0.45;
    b.leading = 1.25;
    b.keep_with_next = true;
    b
}

/// The light Markdown of user text within a line: `**bold**`, `*italic*`
/// and `_italic_`; markers that do not pair up stay as typed.
pub fn inline(text: &str, size: f32, color: Rgb) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (false, false);
    let mut buf = String::new();
    let style = |b: bool, i: bool| match (b, i) {
        (true, true) => Style::BoldItalic,
        (true, false) => Style::Bold,
        (false, true) => Style::Italic,
        (false, false) => Style::Regular,
    };
    let chars: Vec<char> = text.chars().collect();
    let closes = |from: usize, marker: &str| -> bool {
        let rest: String = chars[from..].iter().collect();
        rest.find(marker).is_some_and(|k| k > 0)
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let toggle = |buf: &mut String, spans: &mut Vec<Span>| {
            if !buf.is_empty() {
                spans.push(Span::new(std::mem::take(buf), style(bold, italic), size).color(color));
            }
        };
        if c == '*' && next == Some('*') && (bold || closes(i + 2, "**")) {
            toggle(&mut buf, &mut spans);
            bold = !bold;
            i += 2;
            continue;
        }
        if (c == '*' || c == '_')
            && (italic
                || (next.is_some_and(|n| !n.is_whitespace()) && closes(i + 1, &c.to_string())))
            && (italic || i == 0 || !chars[i - 1].is_alphanumeric())
        {
            toggle(&mut buf, &mut spans);
            italic = !italic;
            i += 1;
            continue;
        }
        buf.push(c);
        i += 1;
    }
    if !buf.is_empty() || spans.is_empty() {
        spans.push(Span::new(buf, style(bold, italic), size).color(color));
    }
    spans
}

/// Paragraphs of user text: blank lines separate paragraphs, single line
/// ends are kept; lines starting with "- " or "* " are bullets.
fn paragraphs(text: &str, size: f32, color: Rgb) -> Vec<Block> {
    let mut out = Vec::new();
    for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let bullets = p.lines().all(|l| {
            let l = l.trim_start();
            l.starts_with("- ") || l.starts_with("* ")
        });
        if bullets {
            for l in p.lines() {
                let mut b = Block::new(inline(l.trim_start()[2..].trim(), size, color));
                b.indent = 14.0;
                b.marker = Some(span("•", Style::Regular, size).color(color));
                b.space_after = 2.0;
                out.push(b);
            }
            if let Some(last) = out.last_mut() {
                last.space_after = size * 0.6;
            }
        } else {
            let mut b = Block::new(inline(p, size, color));
            b.space_after = size * 0.6;
            out.push(b);
        }
    }
    out
}

pub fn section_anchor(i: usize) -> String {
    format!("section-{i}")
}

pub fn source_anchor(n: usize) -> String {
    format!("source-{n}")
}

pub const SOURCES_ANCHOR: &str = "sources";

/// The cover page.
pub fn cover(v: &BriefView, opts: &PdfOptions) -> Vec<Block> {
    let mut out = Vec::new();
    let mut push = |b: Block| out.push(b);
    if !v.marking.trim().is_empty() {
        let mut b = Block::new(vec![span(
            v.marking.trim().to_uppercase(),
            Style::Bold,
            11.0,
        )
        .color(WARN)]);
        b.space_after = 28.0;
        push(b);
    }
    let mut kind = Block::new(vec![
        span("Briefing note", Style::Regular, 11.0).color(MUTED)
    ]);
    kind.space_before = 150.0;
    kind.space_after = 8.0;
    push(kind);
    let mut title = Block::new(vec![span(&v.title, Style::Bold, 26.0)]);
    title.leading = 1.2;
    title.space_after = 18.0;
    push(title);
    if let Some(m) = &v.meeting {
        let mut b = Block::new(vec![span(m, Style::Regular, 13.0)]);
        b.space_after = 4.0;
        push(b);
    }
    let date = v
        .date_label
        .clone()
        .unwrap_or_else(|| date_label(opts.date));
    let mut d = Block::new(vec![span(date, Style::Regular, 13.0).color(MUTED)]);
    d.space_after = 60.0;
    push(d);
    for (label, value) in [
        ("Author", &v.author),
        ("Audience", &v.audience),
        ("Handling", &v.marking),
    ] {
        if value.trim().is_empty() {
            continue;
        }
        let mut b = Block::new(vec![
            span(format!("{label}: "), Style::Bold, BODY).color(MUTED),
            span(value.trim(), Style::Regular, BODY),
        ]);
        b.space_after = 3.0;
        push(b);
    }
    if !opts.annotations {
        let mut b = Block::new(vec![span(
            "This edition leaves out the author's own notes.",
            Style::Italic,
            SMALL,
        )
        .color(MUTED)]);
        b.space_before = 10.0;
        push(b);
    }
    if !v.missing.is_empty() {
        let mut b = Block::new(vec![span(
            format!(
                "Note: no longer in the dataset, kept as references: {}.",
                v.missing.join(", ")
            ),
            Style::Italic,
            SMALL,
        )
        .color(WARN)]);
        b.space_before = 10.0;
        push(b);
    }
    let mut foot = Block::new(vec![span(
        format!(
            "Prepared with Briefdesk from the record of the EU–Japan Digital Partnership. Exported {}.",
            date_label(opts.date)
        ),
        Style::Regular,
        8.5,
    )
    .color(MUTED)]);
    foot.space_before = 40.0;
    push(foot);
    out
}

/// The contents: one entry per section and the sources, each with its page
/// label (`pages[i]`, from the first layout) and a link to it.
pub fn contents(v: &BriefView, pages: &dyn Fn(&str) -> String) -> Vec<Block> {
    let mut out = vec![{
        let mut h = heading("Contents", 18.0, 0.0);
        h.space_after = 14.0;
        h.keep_with_next = false;
        h
    }];
    let mut entry = |title: String, anchor: String| {
        let mut b = Block::new(vec![span(title, Style::Regular, BODY)]);
        b.tab = Some(Tab {
            span: span(pages(&anchor), Style::Regular, BODY),
            leader: true,
        });
        b.space_after = 5.0;
        b.link = Some(Link::Anchor(anchor));
        out.push(b);
    };
    for (i, s) in v.sections.iter().enumerate() {
        entry(format!("{}. {}", i + 1, s.heading), section_anchor(i));
    }
    if !v.sources.is_empty() {
        entry("Sources".into(), SOURCES_ANCHOR.into());
    }
    out
}

fn item(out: &mut Vec<Block>, it: &ItemView, anchor: String, opts: &PdfOptions) {
    let title = if it.missing {
        format!("{}  (no longer in the dataset)", it.commitment)
    } else {
        format!(
            "{}  {}",
            it.commitment,
            it.title.as_deref().unwrap_or_default()
        )
    };
    let mut h = heading(&title, 11.5, 14.0);
    h.outline = Some((2, title.clone()));
    h.anchor = Some(anchor);
    out.push(h);
    if it.missing {
        let mut b = para(
            "A dataset update removed this commitment; the brief keeps the reference.",
            SMALL,
        );
        b.spans[0].style = Style::Italic;
        b.spans[0].color = WARN;
        out.push(b);
    } else {
        let mut f = Block::new(vec![span(it.facts(), Style::Italic, SMALL).color(MUTED)]);
        f.space_after = 4.0;
        f.keep_with_next = true;
        out.push(f);
        let mut spans = vec![span(
            it.summary.as_deref().unwrap_or_default(),
            Style::Regular,
            BODY,
        )];
        let mut refs = it.sources.clone();
        refs.sort_unstable();
        for (k, n) in refs.iter().enumerate() {
            spans.push(span(if k == 0 { " " } else { "" }, Style::Regular, BODY));
            spans.push(
                span(format!("[{n}]"), Style::Regular, BODY)
                    .color(ACCENT)
                    .link(Link::Anchor(source_anchor(*n))),
            );
        }
        let mut s = Block::new(spans);
        s.space_after = 4.0;
        out.push(s);
        if !it.actors.is_empty() {
            let names: Vec<String> = it.actors.iter().map(actor_line).collect();
            let mut b = Block::new(vec![
                span("Actors: ", Style::Bold, SMALL).color(MUTED),
                span(format!("{}.", names.join("; ")), Style::Regular, SMALL).color(MUTED),
            ]);
            b.space_after = 2.0;
            out.push(b);
        }
        if let Some(lineage) = it.lineage_text() {
            let mut b = Block::new(vec![
                span("Lineage: ", Style::Bold, SMALL).color(MUTED),
                span(format!("{lineage}."), Style::Regular, SMALL).color(MUTED),
            ]);
            b.space_after = 4.0;
            out.push(b);
        }
    }
    if let (Some(a), true) = (&it.annotation, opts.annotations) {
        let facts = annotation_facts(a);
        let mut head = vec![span("Your note", Style::Bold, SMALL).color(ACCENT)];
        if !facts.is_empty() {
            head.push(span(format!(" ({facts})"), Style::Italic, SMALL).color(MUTED));
        }
        let mut h = Block::new(head);
        h.indent = 14.0;
        h.bar = Some(ACCENT);
        h.keep_with_next = !a.note.trim().is_empty();
        h.space_before = 2.0;
        out.push(h);
        let mut notes = paragraphs(&a.note, 9.5, BLACK);
        for n in &mut notes {
            n.indent = 14.0;
            n.bar = Some(ACCENT);
            n.space_after = 3.0;
        }
        out.extend(notes);
        if let Some(last) = out.last_mut() {
            last.space_after = 6.0;
        }
    }
}

fn since(out: &mut Vec<Block>, s: &SinceView) {
    out.push(para(&s.intro(), BODY));
    if s.meeting.is_none() {
        return;
    }
    for sector in &s.sectors {
        out.push(heading(&sector.name, 11.5, 10.0));
        for e in &sector.added {
            let mut b = Block::new(vec![
                span(format!("{} ", e.commitment), Style::Bold, BODY),
                span(format!("{} ", e.title), Style::Regular, BODY),
                span(
                    format!("({}); {}.", e.status_label, e.continuation()),
                    Style::Regular,
                    BODY,
                )
                .color(MUTED),
            ]);
            b.indent = 14.0;
            b.marker = Some(span("•", Style::Regular, BODY));
            b.space_after = 3.0;
            out.push(b);
        }
    }
    if !s.unchanged.is_empty() {
        let mut b = para(
            &format!("Nothing new in: {}.", s.unchanged.join(", ")),
            BODY,
        );
        b.space_before = 6.0;
        b.spans[0].color = MUTED;
        out.push(b);
    }
}

/// The body: every section, then the sources.
pub fn body(v: &BriefView, opts: &PdfOptions) -> Vec<Block> {
    let mut out = Vec::new();
    for (i, s) in v.sections.iter().enumerate() {
        let title = format!("{}. {}", i + 1, s.heading);
        let mut h = heading(&title, 17.0, 0.0);
        h.page_break_before = true;
        h.anchor = Some(section_anchor(i));
        h.outline = Some((1, title));
        h.space_after = 10.0;
        out.push(h);
        if s.sector_missing {
            let mut b = para("This sector is no longer in the dataset.", SMALL);
            b.spans[0].color = WARN;
            out.push(b);
        }
        out.extend(paragraphs(&s.background, BODY, BLACK));
        if let Some(since_view) = &s.since {
            since(&mut out, since_view);
        }
        if !s.talking_points.is_empty() {
            out.push(heading("Talking points", 12.5, 10.0));
            for (k, p) in s.talking_points.iter().enumerate() {
                let mut b = Block::new(inline(p.trim(), BODY, BLACK));
                b.indent = 18.0;
                b.marker = Some(span(format!("{}.", k + 1), Style::Bold, BODY));
                b.space_after = 4.0;
                out.push(b);
            }
        }
        if !s.items.is_empty() {
            out.push(heading("Commitments", 12.5, 12.0));
            for (k, it) in s.items.iter().enumerate() {
                item(&mut out, it, format!("item-{i}-{k}"), opts);
            }
        }
        let empty = s.background.trim().is_empty()
            && s.talking_points.is_empty()
            && s.items.is_empty()
            && s.since.is_none();
        if empty {
            let mut b = para("Nothing in this section yet.", BODY);
            b.spans[0].style = Style::Italic;
            b.spans[0].color = MUTED;
            out.push(b);
        }
    }
    if !v.sources.is_empty() {
        let mut h = heading("Sources", 17.0, 0.0);
        h.page_break_before = true;
        h.anchor = Some(SOURCES_ANCHOR.into());
        h.outline = Some((1, "Sources".into()));
        h.space_after = 10.0;
        out.push(h);
        for s in &v.sources {
            let mut spans = vec![
                span(format!("{}, ", s.publisher), Style::Regular, SMALL + 0.5),
                span(s.title.clone(), Style::Italic, SMALL + 0.5),
            ];
            if let Some(d) = &s.date {
                spans.push(span(format!(", {d}"), Style::Regular, SMALL + 0.5));
            }
            spans.push(span(". ", Style::Regular, SMALL + 0.5));
            match &s.url {
                Some(u) => spans.push(
                    span(u.clone(), Style::Regular, SMALL)
                        .color(ACCENT)
                        .link(Link::Uri(u.clone())),
                ),
                None => spans.push(span("No URL.", Style::Italic, SMALL).color(MUTED)),
            }
            let mut b = Block::new(spans);
            b.indent = 24.0;
            b.marker = Some(span(format!("{}.", s.number), Style::Bold, SMALL + 0.5));
            b.anchor = Some(source_anchor(s.number));
            b.space_after = 5.0;
            b.leading = 1.35;
            out.push(b);
        }
    }
    out
}

/// Keywords of the document metadata: the sectors of its sections.
pub fn keywords(v: &BriefView) -> Vec<String> {
    let mut k = vec!["EU–Japan Digital Partnership".to_owned()];
    for s in &v.sections {
        if s.kind == crate::brief::SectionKind::Sector && !k.contains(&s.heading) {
            k.push(s.heading.clone());
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(text: &str) -> Vec<(String, Style)> {
        inline(text, 10.0, BLACK)
            .into_iter()
            .map(|s| (s.text, s.style))
            .collect()
    }

    #[test]
    fn light_markdown_in_user_text() {
        assert_eq!(
            styles("Ask **METI** about *Q3* and _soon_"),
            [
                ("Ask ".into(), Style::Regular),
                ("METI".into(), Style::Bold),
                (" about ".into(), Style::Regular),
                ("Q3".into(), Style::Italic),
                (" and ".into(), Style::Regular),
                ("soon".into(), Style::Italic),
            ]
        );
        // Unpaired or inner markers stay as typed.
        assert_eq!(styles("2 * 3 = 6"), [("2 * 3 = 6".into(), Style::Regular)]);
        assert_eq!(
            styles("snake_case_name"),
            [("snake_case_name".into(), Style::Regular)]
        );
        assert_eq!(styles("**open"), [("**open".into(), Style::Regular)]);
    }
}
