//! What a brief says, as blocks with their structure: the cover, the
//! contents (TOC), one section per sector that has something in it
//! (background, talking points, commitments with status, verification,
//! lineage, the user's note where chosen, the record's context items for
//! the sector, numbered source references linked to the list of sources)
//! and the sources. Every block names the structure element its text
//! belongs to (H1–H3, P, L > LI > Lbl + LBody, TOC > TOCI > Link) and
//! where it comes from, for errors.

use std::rc::Rc;

use super::fonts::Style;
use super::layout::{Block, Tab};
use super::tags::{NodeId, Role, Tree, DOCUMENT};
use super::text::{Link, Rgb, Span, ACCENT, BLACK, MUTED, WARN};
use super::PdfOptions;
use crate::brief::view::{
    actor_line, annotation_facts, date_label, BriefView, ContextView, ItemView, SectionView,
    SinceView,
};
use crate::export::inline;
use crate::i18n::{msg, tr, Arg, Lang};

pub const BODY: f32 = 11.0;
const SMALL: f32 = 9.0;
/// Heading sizes: section, sub-heading ("Talking points"), commitment.
const H1: f32 = 18.0;
const H2: f32 = 13.0;
const H3: f32 = 11.0;

fn span(text: impl Into<String>, style: Style, size: f32) -> Span {
    Span::new(text, style, size)
}

fn block(t: &mut Tree, parent: NodeId, role: Role, spans: Vec<Span>, place: &Rc<str>) -> Block {
    let mut b = Block::new(t.add(parent, role), spans);
    b.place = place.clone();
    b
}

/// The record's own text (titles, summaries) is in English: in an export
/// in another language its element says so (/Lang), for screen readers.
fn record_text(t: &mut Tree, b: &Block, lang: Lang) {
    if lang != Lang::En {
        t.nodes[b.node].lang = Some(Lang::En.locale());
    }
}

fn para(t: &mut Tree, parent: NodeId, spans: Vec<Span>, place: &Rc<str>) -> Block {
    let size = spans.iter().map(|s| s.size).fold(0.0, f32::max);
    let mut b = block(t, parent, Role::P, spans, place);
    b.space_after = size * 0.6;
    b
}

fn heading(t: &mut Tree, parent: NodeId, level: u8, text: &str, place: &Rc<str>) -> Block {
    let (size, color, before) = match level {
        1 => (H1, BLACK, 0.0),
        2 => (H2, ACCENT, 12.0),
        _ => (H3, BLACK, 12.0),
    };
    let mut b = block(
        t,
        parent,
        Role::H(level),
        vec![span(text, Style::Bold, size).color(color)],
        place,
    );
    b.space_before = before;
    b.space_after = match level {
        1 => 10.0,
        2 => 5.0,
        _ => 2.0,
    };
    b.leading = 1.25;
    b.keep_with_next = true;
    b
}

/// A list item: LI > Lbl (the marker) + LBody (the text).
fn list_item(t: &mut Tree, list: NodeId, marker: Span, spans: Vec<Span>, place: &Rc<str>) -> Block {
    let li = t.add(list, Role::LI);
    let lbl = t.add(li, Role::Lbl);
    let mut b = block(t, li, Role::LBody, spans, place);
    b.marker = Some(marker);
    b.marker_node = Some(lbl);
    b.list = Some(list);
    b.indent = 14.0;
    b
}

/// The light Markdown of user text within a line (`export::inline`) as
/// spans: emphasis as the face, URLs as links.
pub fn inline(text: &str, size: f32, color: Rgb) -> Vec<Span> {
    inline::pieces(text)
        .into_iter()
        .map(|p| {
            let style = match (p.bold, p.italic) {
                (true, true) => Style::BoldItalic,
                (true, false) => Style::Bold,
                (false, true) => Style::Italic,
                (false, false) => Style::Regular,
            };
            if p.url {
                Span::url(&p.text, style, size).color(ACCENT)
            } else {
                Span::new(p.text, style, size).color(color)
            }
        })
        .collect()
}

/// Paragraphs of user text (`export::inline::blocks`): paragraphs, and
/// bullet lists (L > LI).
fn paragraphs(
    t: &mut Tree,
    parent: NodeId,
    text: &str,
    size: f32,
    color: Rgb,
    place: &Rc<str>,
) -> Vec<Block> {
    let mut out = Vec::new();
    for b in inline::blocks(text) {
        match b {
            inline::Block::Bullets(lines) => {
                let list = t.add(parent, Role::L);
                for l in lines {
                    let marker = span("•", Style::Regular, size).color(color);
                    let mut b = list_item(t, list, marker, inline(l, size, color), place);
                    b.space_after = 2.0;
                    out.push(b);
                }
                if let Some(last) = out.last_mut() {
                    last.space_after = size * 0.6;
                }
            }
            inline::Block::Para(p) => out.push(para(t, parent, inline(p, size, color), place)),
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

/// How the cover sets the title: its size and the space above it.
#[derive(Debug, Clone, Copy)]
pub struct CoverFit {
    pub title_size: f32,
    pub top: f32,
}

/// Cover fits from the roomiest down: a long title steps down in size.
pub const COVER_FITS: [CoverFit; 5] = [
    CoverFit {
        title_size: 26.0,
        top: 150.0,
    },
    CoverFit {
        title_size: 22.0,
        top: 110.0,
    },
    CoverFit {
        title_size: 19.0,
        top: 70.0,
    },
    CoverFit {
        title_size: 16.0,
        top: 30.0,
    },
    CoverFit {
        title_size: 13.0,
        top: 0.0,
    },
];

/// The cover page, and the index of its title block.
pub fn cover(t: &mut Tree, v: &BriefView, opts: &PdfOptions, fit: CoverFit) -> (Vec<Block>, usize) {
    let div = t.add(DOCUMENT, Role::Div);
    let mut out = Vec::new();
    let marking: Rc<str> = Rc::from("the handling marking");
    if !v.marking.trim().is_empty() {
        let mut b = para(
            t,
            div,
            vec![span(v.marking.trim().to_uppercase(), Style::Bold, 11.0).color(WARN)],
            &marking,
        );
        b.space_after = 28.0;
        out.push(b);
    }
    let here: Rc<str> = Rc::from("the cover");
    let mut kind = para(
        t,
        div,
        vec![span(msg(v.lang, "export-briefing-note"), Style::Regular, 11.0).color(MUTED)],
        &here,
    );
    kind.space_before = fit.top;
    kind.space_after = 8.0;
    out.push(kind);
    let mut title = block(
        t,
        div,
        Role::H(1),
        vec![span(&v.title, Style::Bold, fit.title_size)],
        &Rc::from("the title"),
    );
    title.leading = 1.2;
    title.space_after = 18.0;
    let title_index = out.len();
    out.push(title);
    if let Some(m) = &v.meeting {
        let mut b = para(
            t,
            div,
            vec![span(m, Style::Regular, 13.0)],
            &Rc::from("the meeting"),
        );
        b.space_after = 4.0;
        out.push(b);
    }
    let date = v
        .date_label
        .clone()
        .unwrap_or_else(|| date_label(opts.date, v.lang));
    let mut d = para(
        t,
        div,
        vec![span(date, Style::Regular, 13.0).color(MUTED)],
        &here,
    );
    d.space_after = (fit.top * 0.4).max(16.0);
    out.push(d);
    for (label, value, place) in [
        ("export-author", &v.author, "the author"),
        ("export-audience", &v.audience, "the audience"),
        ("export-handling", &v.marking, "the handling marking"),
    ] {
        let label = msg(v.lang, label);
        if value.trim().is_empty() {
            continue;
        }
        let mut b = para(
            t,
            div,
            vec![
                span(crate::i18n::label_head(v.lang, &label), Style::Bold, BODY).color(MUTED),
                span(value.trim(), Style::Regular, BODY),
            ],
            &Rc::from(place),
        );
        b.space_after = 3.0;
        out.push(b);
    }
    let notes = if v.notes_shown() > 0 {
        Some(msg(v.lang, "export-includes-notes"))
    } else if !opts.annotations {
        Some(msg(v.lang, "export-leaves-out-notes"))
    } else {
        None
    };
    if let Some(n) = notes {
        let mut b = para(
            t,
            div,
            vec![span(n, Style::Italic, SMALL).color(MUTED)],
            &here,
        );
        b.space_before = 10.0;
        out.push(b);
    }
    if !v.missing.is_empty() {
        let mut b = para(
            t,
            div,
            vec![span(
                tr(
                    v.lang,
                    "export-missing-note",
                    &[
                        ("count", Arg::Num(v.missing.len() as f64)),
                        ("ids", Arg::Str(&crate::i18n::join(v.lang, &v.missing))),
                    ],
                ),
                Style::Italic,
                SMALL,
            )
            .color(WARN)],
            &here,
        );
        b.space_before = 10.0;
        out.push(b);
    }
    let mut foot = para(
        t,
        div,
        vec![span(
            tr(
                v.lang,
                "export-prepared-with",
                &[("date", Arg::Str(&date_label(opts.date, v.lang)))],
            ),
            Style::Regular,
            8.5,
        )
        .color(MUTED)],
        &here,
    );
    foot.space_before = (fit.top * 0.25).max(12.0);
    out.push(foot);
    (out, title_index)
}

/// The contents, in `sect`: a heading, then one entry per printed section
/// and the sources, each with its page label (`pages(anchor)`) and a link
/// to it; in a draft, the sections left out because nothing is in them
/// yet, in one line.
pub fn contents(
    t: &mut Tree,
    sect: NodeId,
    v: &BriefView,
    pages: &dyn Fn(&str) -> String,
    draft: bool,
) -> Vec<Block> {
    let here: Rc<str> = Rc::from("the contents");
    let mut h = heading(t, sect, 1, &msg(v.lang, "export-contents"), &here);
    h.space_after = 14.0;
    h.keep_with_next = false;
    let mut out = vec![h];
    let toc = t.add(sect, Role::TOC);
    let mut entry = |t: &mut Tree, title: String, anchor: String| {
        let item = t.add(toc, Role::TOCI);
        let mut b = block(
            t,
            item,
            Role::Link,
            vec![span(title, Style::Regular, BODY)],
            &here,
        );
        b.tab = Some(Tab {
            span: span(pages(&anchor), Style::Regular, BODY),
            leader: true,
        });
        b.space_after = 5.0;
        b.link = Some(Link::Anchor(anchor));
        out.push(b);
    };
    for (i, s) in v.printed_sections().enumerate() {
        entry(t, format!("{}. {}", i + 1, s.heading), section_anchor(i));
    }
    if !v.sources.is_empty() {
        entry(t, msg(v.lang, "export-sources"), SOURCES_ANCHOR.into());
    }
    let empty: Vec<&str> = v
        .sections
        .iter()
        .filter(|s| s.empty)
        .map(|s| s.heading.as_str())
        .collect();
    if draft && !empty.is_empty() {
        let mut b = para(
            t,
            sect,
            vec![span(
                tr(
                    v.lang,
                    "export-left-out",
                    &[(
                        "sections",
                        Arg::Str(&crate::i18n::join_strong(v.lang, &empty)),
                    )],
                ),
                Style::Italic,
                SMALL,
            )
            .color(MUTED)],
            &here,
        );
        b.space_before = 12.0;
        out.push(b);
    }
    out
}

/// Source references, in ascending order, each a link to its source.
fn refs(spans: &mut Vec<Span>, sources: &[usize], size: f32) {
    let mut refs = sources.to_vec();
    refs.sort_unstable();
    for (k, n) in refs.iter().enumerate() {
        if k == 0 {
            spans.push(span(" ", Style::Regular, size));
        }
        spans.push(
            span(format!("[{n}]"), Style::Regular, size)
                .color(ACCENT)
                .link(Link::Anchor(source_anchor(*n))),
        );
    }
}

/// A small labelled line: "Actors: …" (`label` is the catalogue's id).
fn labelled(
    t: &mut Tree,
    parent: NodeId,
    (lang, label): (Lang, &str),
    text: String,
    place: &Rc<str>,
) -> Block {
    let mut b = para(
        t,
        parent,
        vec![
            span(
                crate::i18n::label_head(lang, &msg(lang, label)),
                Style::Bold,
                SMALL,
            )
            .color(MUTED),
            span(text, Style::Regular, SMALL).color(MUTED),
        ],
        place,
    );
    b.space_after = 2.0;
    b
}

#[allow(clippy::too_many_arguments)]
fn item(
    t: &mut Tree,
    sect: NodeId,
    out: &mut Vec<Block>,
    it: &ItemView,
    anchor: String,
    section: &str,
    lang: Lang,
) {
    let title = if it.missing {
        tr(
            lang,
            "export-missing-heading",
            &[("id", Arg::Str(&it.commitment))],
        )
    } else {
        format!(
            "{}  {}",
            it.commitment,
            it.title.as_deref().unwrap_or_default()
        )
    };
    let here: Rc<str> = Rc::from(format!("commitment {} in {section}", it.commitment));
    let mut h = heading(t, sect, 3, &title, &here);
    h.outline = Some((2, title.clone()));
    h.anchor = Some(anchor);
    if !it.missing {
        record_text(t, &h, lang);
    }
    out.push(h);
    if it.missing {
        let b = para(
            t,
            sect,
            vec![span(msg(lang, "export-missing-item"), Style::Italic, SMALL).color(WARN)],
            &here,
        );
        out.push(b);
    } else {
        let mut f = para(
            t,
            sect,
            vec![span(it.facts(lang), Style::Italic, SMALL).color(MUTED)],
            &here,
        );
        f.space_after = 3.0;
        f.keep_with_next = true;
        out.push(f);
        let mut spans = vec![span(
            it.summary.as_deref().unwrap_or_default(),
            Style::Regular,
            BODY,
        )];
        refs(&mut spans, &it.sources, BODY);
        let mut s = para(t, sect, spans, &here);
        s.space_after = 4.0;
        record_text(t, &s, lang);
        out.push(s);
        if !it.actors.is_empty() {
            let names: Vec<String> = it.actors.iter().map(actor_line).collect();
            out.push(labelled(
                t,
                sect,
                (lang, "export-actors-label"),
                crate::i18n::sentence(lang, &crate::i18n::join_strong(lang, &names)),
                &here,
            ));
        }
        if let Some(lineage) = it.lineage_text(lang) {
            let mut b = labelled(
                t,
                sect,
                (lang, "export-lineage-label"),
                crate::i18n::sentence(lang, &lineage),
                &here,
            );
            b.space_after = 4.0;
            out.push(b);
        }
        provenance(t, sect, out, &it.provenance, &here);
    }
    if let Some(a) = &it.annotation {
        // A note travels with the end of its commitment, never alone at
        // the head of a page.
        if let Some(last) = out.last_mut() {
            last.keep_with_next = true;
        }
        let place: Rc<str> = Rc::from(format!("your note on {} in {section}", it.commitment));
        let div = t.add(sect, Role::Div);
        let facts = annotation_facts(a, lang);
        let mut head = vec![span(msg(lang, "export-your-note"), Style::Bold, SMALL).color(ACCENT)];
        if !facts.is_empty() {
            let facts = format!(" {}", crate::i18n::aside(lang, &facts));
            head.push(span(facts, Style::Italic, SMALL).color(MUTED));
        }
        let mut h = para(t, div, head, &place);
        h.indent = 14.0;
        h.bar = Some(ACCENT);
        h.keep_with_next = !a.note.trim().is_empty();
        h.space_before = 2.0;
        h.space_after = 2.0;
        out.push(h);
        let mut notes = paragraphs(t, div, &a.note, 9.5, BLACK, &place);
        for n in &mut notes {
            n.indent += 14.0;
            n.bar = Some(ACCENT);
            n.space_after = 3.0;
        }
        out.extend(notes);
        if let Some(last) = out.last_mut() {
            last.space_after = 6.0;
        }
    }
}

fn context(
    t: &mut Tree,
    sect: NodeId,
    out: &mut Vec<Block>,
    c: &ContextView,
    section: &str,
    lang: Lang,
) {
    let here: Rc<str> = Rc::from(format!("context item {} in {section}", c.id));
    let title = format!("{}  {}", c.id, c.title);
    let mut h = heading(t, sect, 3, &title, &here);
    h.outline = Some((2, title.clone()));
    record_text(t, &h, lang);
    out.push(h);
    let mut f = para(
        t,
        sect,
        vec![span(c.facts(lang), Style::Italic, SMALL).color(MUTED)],
        &here,
    );
    f.space_after = 3.0;
    f.keep_with_next = true;
    out.push(f);
    let mut spans = vec![span(&c.summary, Style::Regular, BODY)];
    refs(&mut spans, &c.sources, BODY);
    let mut s = para(t, sect, spans, &here);
    s.space_after = 4.0;
    record_text(t, &s, lang);
    out.push(s);
    if !c.actors.is_empty() {
        let names: Vec<String> = c.actors.iter().map(actor_line).collect();
        let mut b = labelled(
            t,
            sect,
            (lang, "export-actors-label"),
            crate::i18n::sentence(lang, &crate::i18n::join_strong(lang, &names)),
            &here,
        );
        b.space_after = 4.0;
        out.push(b);
    }
}

/// Who added or corrected a record: one small italic paragraph each, in
/// the accent colour, so the user's own part is visibly marked.
fn provenance(t: &mut Tree, sect: NodeId, out: &mut Vec<Block>, notes: &[String], here: &Rc<str>) {
    for n in notes {
        let mut b = para(
            t,
            sect,
            vec![span(n.clone(), Style::Italic, SMALL).color(ACCENT)],
            here,
        );
        b.space_after = 3.0;
        out.push(b);
    }
}

fn since(t: &mut Tree, sect: NodeId, out: &mut Vec<Block>, s: &SinceView, lang: Lang) {
    let here: Rc<str> = Rc::from("the section since the last council");
    out.push(para(
        t,
        sect,
        vec![span(s.intro(lang), Style::Regular, BODY)],
        &here,
    ));
    if s.meeting.is_none() {
        return;
    }
    if !s.participants.is_empty() {
        let names: Vec<String> = s.participants.iter().map(actor_line).collect();
        out.push(para(
            t,
            sect,
            vec![span(
                tr(
                    lang,
                    "export-participants",
                    &[(
                        "participants",
                        Arg::Str(&crate::i18n::join_strong(lang, &names)),
                    )],
                ),
                Style::Regular,
                BODY,
            )],
            &here,
        ));
    }
    provenance(t, sect, out, &s.meeting_provenance, &here);
    for sector in &s.sectors {
        out.push(heading(t, sect, 2, &sector.name, &here));
        let list = t.add(sect, Role::L);
        for e in &sector.added {
            let mut spans = vec![
                span(format!("{} ", e.commitment), Style::Bold, BODY),
                span(format!("{} ", e.title), Style::Regular, BODY),
                span(e.tail(lang), Style::Regular, BODY).color(MUTED),
            ];
            for n in &e.provenance {
                spans.push(span(format!(" {n}"), Style::Italic, SMALL).color(ACCENT));
            }
            let mut b = list_item(t, list, span("•", Style::Regular, BODY), spans, &here);
            b.space_after = 3.0;
            out.push(b);
        }
    }
    if !s.unchanged.is_empty() {
        let mut b = para(
            t,
            sect,
            vec![span(
                tr(
                    lang,
                    "export-since-unchanged",
                    &[("sectors", Arg::Str(&crate::i18n::list(lang, &s.unchanged)))],
                ),
                Style::Regular,
                BODY,
            )
            .color(MUTED)],
            &here,
        );
        b.space_before = 6.0;
        out.push(b);
    }
}

fn section(t: &mut Tree, out: &mut Vec<Block>, i: usize, s: &SectionView, lang: Lang) {
    let sect = t.add(DOCUMENT, Role::Sect);
    let title = format!("{}. {}", i + 1, s.heading);
    let name = format!("section {} ({})", i + 1, s.heading);
    let here: Rc<str> = Rc::from(name.as_str());
    let mut h = heading(t, sect, 1, &title, &here);
    h.page_break_before = true;
    h.anchor = Some(section_anchor(i));
    h.outline = Some((1, title));
    out.push(h);
    if s.sector_missing {
        out.push(para(
            t,
            sect,
            vec![span(msg(lang, "export-sector-missing"), Style::Regular, SMALL).color(WARN)],
            &here,
        ));
    }
    let background: Rc<str> = Rc::from(format!("the background of {name}"));
    out.extend(paragraphs(t, sect, &s.background, BODY, BLACK, &background));
    if let Some(since_view) = &s.since {
        since(t, sect, out, since_view, lang);
    }
    if !s.talking_points.is_empty() {
        out.push(heading(
            t,
            sect,
            2,
            &msg(lang, "export-talking-points"),
            &here,
        ));
        let list = t.add(sect, Role::L);
        for (k, p) in s.talking_points.iter().enumerate() {
            let place: Rc<str> = Rc::from(format!("talking point {} of {name}", k + 1));
            let mut b = list_item(
                t,
                list,
                span(format!("{}.", k + 1), Style::Bold, BODY),
                inline(p.trim(), BODY, BLACK),
                &place,
            );
            b.space_after = 4.0;
            out.push(b);
        }
    }
    if !s.items.is_empty() {
        out.push(heading(t, sect, 2, &msg(lang, "export-commitments"), &here));
        for (k, it) in s.items.iter().enumerate() {
            item(t, sect, out, it, format!("item-{i}-{k}"), &name, lang);
        }
    }
    if !s.context.is_empty() {
        out.push(heading(t, sect, 2, &msg(lang, "export-context"), &here));
        let mut b = para(
            t,
            sect,
            vec![span(msg(lang, "export-context-help"), Style::Italic, SMALL).color(MUTED)],
            &here,
        );
        b.keep_with_next = true;
        out.push(b);
        for c in &s.context {
            context(t, sect, out, c, &name, lang);
        }
    }
}

/// The body: every section with something in it, then the sources.
pub fn body(t: &mut Tree, v: &BriefView) -> Vec<Block> {
    let mut out = Vec::new();
    for (i, s) in v.printed_sections().enumerate() {
        section(t, &mut out, i, s, v.lang);
    }
    if !v.sources.is_empty() {
        let sect = t.add(DOCUMENT, Role::Sect);
        let here: Rc<str> = Rc::from("the sources");
        let sources = msg(v.lang, "export-sources");
        let mut h = heading(t, sect, 1, &sources, &here);
        h.page_break_before = true;
        h.anchor = Some(SOURCES_ANCHOR.into());
        h.outline = Some((1, sources));
        out.push(h);
        let list = t.add(sect, Role::L);
        let size = SMALL + 0.5;
        for s in &v.sources {
            let mut spans = vec![
                span(format!("{}, ", s.publisher), Style::Regular, size),
                span(s.title.clone(), Style::Italic, size),
            ];
            if let Some(d) = &s.date {
                let d = crate::i18n::record_date(v.lang, d);
                spans.push(span(format!(", {d}"), Style::Regular, size));
            }
            spans.push(span(". ", Style::Regular, size));
            match &s.url {
                Some(u) => spans.push(Span::url(u, Style::Regular, size).color(ACCENT)),
                None => {
                    spans.push(span(msg(v.lang, "export-no-url"), Style::Italic, size).color(MUTED))
                }
            }
            if let Some(a) = &s.added {
                let by = tr(
                    v.lang,
                    "export-source-added",
                    &[
                        ("author", Arg::Str(&a.author)),
                        (
                            "date",
                            Arg::Str(&crate::i18n::record_date(
                                v.lang,
                                a.at.get(..10).unwrap_or(&a.at),
                            )),
                        ),
                    ],
                );
                spans.push(span(format!(" ({by})"), Style::Italic, size).color(ACCENT));
            }
            let mut b = list_item(
                t,
                list,
                span(format!("{}.", s.number), Style::Bold, size),
                spans,
                &here,
            );
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
    for s in v.printed_sections() {
        if s.kind == crate::brief::SectionKind::Sector && !k.contains(&s.heading) {
            k.push(s.heading.clone());
        }
    }
    k
}
