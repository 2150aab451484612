//! What the brief says, as Word paragraphs — the same content as the PDF:
//! the title page, the contents (a TOC field), one section per sector that
//! has something in it (background, talking points as a numbered list,
//! commitments with status, verification, actors, lineage, the user's note
//! where chosen, who added or corrected a record when it is the user's own
//! part, the sector's context items marked as not Council outcomes),
//! every source reference a footnote (publisher, title, date, the URL
//! linked), the list of sources, and the page furniture (header with title
//! and marking, footer with date, marking and "Page X of Y" as fields).

use docx_rs::{
    FieldCharType, Footer, Footnote, Header, Hyperlink, HyperlinkType, InstrText, InstrToC,
    LevelOverride, Numbering, Paragraph, ParagraphChild, Run,
};

use super::styles::{self, ACCENT, MUTED, SMALL, WARN};
use super::text::{self, children, runs, user_text, Fmt, Links};
use super::{DocxOptions, DRAFT_MARK, FOOTNOTE_MARK};
use crate::brief::view::{
    actor_line, annotation_facts, BriefView, ContextView, ItemView, SectionView, SinceView,
};
use crate::export::inline;
use crate::i18n::{self, label_head, msg, sentence, tr, Arg, Lang};
use crate::view::SourceView;

/// The document being written: its paragraphs and what they refer to.
pub struct Writer<'a> {
    pub lang: Lang,
    view: &'a BriefView,
    pub body: Vec<Paragraph>,
    /// Links of the document part (docx-rs writes their relationships).
    pub links: Links,
    /// Links inside footnotes (their relationships are written after
    /// `build()`, `package.rs`).
    pub note_links: Links,
    next_footnote: usize,
    next_bookmark: usize,
    /// Numbering instances of the numbered lists, one per list so each
    /// starts at 1.
    pub numbered_lists: Vec<usize>,
}

fn child(r: Run) -> ParagraphChild {
    ParagraphChild::Run(Box::new(r))
}

fn para(style: &str, kids: Vec<ParagraphChild>) -> Paragraph {
    let mut p = Paragraph::new().style(style);
    p.children = kids;
    p
}

fn field(instr: InstrText, cached: &str, fmt: Fmt) -> Vec<Run> {
    let mut begin = Run::new().add_field_char(FieldCharType::Begin, false);
    let mut rest = Run::new()
        .add_field_char(FieldCharType::Separate, false)
        .add_text(cached)
        .add_field_char(FieldCharType::End, false);
    if let Some(s) = fmt.size {
        begin = begin.size(s);
        rest = rest.size(s);
    }
    vec![begin, Run::new().add_instr_text(instr), rest]
}

/// A bookmark name Word keeps hidden (a leading underscore).
fn bookmark(anchor: &str) -> String {
    format!("_Toc_{anchor}")
}

/// The title's size (half-points) and the space above the cover's first
/// line (twentieths of a point): the PDF's fits, from the roomiest down, the
/// first whose title takes at most 4 lines (5 at the next size, …), a long
/// handling marking above it counted in.
fn cover_fit(title: &str, marking: usize) -> (usize, u32) {
    const FITS: [(usize, u32); 5] = [(52, 3000), (44, 2200), (38, 1400), (32, 600), (26, 0)];
    // Bold Noto Sans averages 0.58 em a character; Japanese takes a full em.
    let ems: f32 = title
        .chars()
        .map(|c| if text::is_japanese(c) { 1.0 } else { 0.58 })
        .sum();
    let width = styles::TEXT_W as f32 / 20.0;
    let marking_lines = (marking as f32 * 0.6 * 11.0 / width).ceil() as usize;
    for (k, (size, top)) in FITS.into_iter().enumerate() {
        let lines = (ems * size as f32 / 2.0 / width).ceil() as usize;
        if lines + marking_lines.saturating_sub(1) <= 4 + k {
            return (size, top);
        }
    }
    FITS[FITS.len() - 1]
}

/// A handling marking longer than this takes the header's whole line, and
/// a line of the footer of its own (in the PDF: 40% of the line).
const SHORT_MARKING: usize = 32;

/// The title in at most `max` characters, cut at a word with "…".
fn cut(title: &str, max: usize) -> String {
    let t = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= max {
        return t;
    }
    let head: String = t.chars().take(max.saturating_sub(1)).collect();
    let head = match head.rfind(' ') {
        Some(k) if k > max / 2 => &head[..k],
        _ => &head,
    };
    format!("{}…", head.trim_end())
}

impl<'a> Writer<'a> {
    pub fn new(view: &'a BriefView, lang: Lang) -> Writer<'a> {
        Writer {
            lang,
            view,
            body: Vec::new(),
            links: Links::new("rIdLink"),
            note_links: Links::new("rIdNoteLink"),
            next_footnote: 1,
            next_bookmark: 1,
            numbered_lists: Vec::new(),
        }
    }

    fn push(&mut self, p: Paragraph) {
        self.body.push(p);
    }

    /// `p` with a bookmark around its content, for the contents' links and
    /// page references.
    fn bookmarked(&mut self, mut p: Paragraph, anchor: &str) -> Paragraph {
        let id = self.next_bookmark;
        self.next_bookmark += 1;
        p.children.insert(
            0,
            ParagraphChild::BookmarkStart(docx_rs::BookmarkStart::new(id, bookmark(anchor))),
        );
        p.add_bookmark_end(id)
    }

    /// A footnote citing source `n`, and the run that marks it.
    fn footnote(&mut self, n: usize) -> Option<Run> {
        let s: &SourceView = self.view.sources.iter().find(|s| s.number == n)?;
        let mut p = Paragraph::new().style(styles::FOOTNOTE_TEXT);
        // The note's own number: `w:footnoteRef`, which docx-rs cannot
        // write; a placeholder replaced after `build()`.
        p = p.add_run(
            Run::new()
                .style(styles::FOOTNOTE_REFERENCE)
                .add_text(FOOTNOTE_MARK.to_string()),
        );
        p = p.add_run(Run::new().add_text(" "));
        p.children = [p.children, self.source_children(s, true)].concat();
        let id = self.next_footnote;
        self.next_footnote += 1;
        Some(
            Run::new()
                .style(styles::FOOTNOTE_REFERENCE)
                .add_footnote_reference(Footnote {
                    id,
                    content: vec![p],
                }),
        )
    }

    /// "Publisher, *Title*, 12 May 2025. https://…" (or "No URL.").
    fn source_children(&mut self, s: &SourceView, in_note: bool) -> Vec<ParagraphChild> {
        let lang = self.lang;
        let title = if s.language == "en" {
            self.record()
        } else {
            Fmt::PLAIN
        };
        let mut out = children(&format!("{}, ", s.publisher), Fmt::PLAIN);
        out.extend(children(&s.title, title.italic()));
        if let Some(d) = &s.date {
            out.extend(children(
                &format!(", {}", i18n::record_date(lang, d)),
                Fmt::PLAIN,
            ));
        }
        out.extend(children(". ", Fmt::PLAIN));
        match &s.url {
            Some(u) => {
                let links = if in_note {
                    &mut self.note_links
                } else {
                    &mut self.links
                };
                out.push(text::url(links, u, Fmt::PLAIN));
            }
            None => out.extend(children(
                &msg(lang, "export-no-url"),
                Fmt::PLAIN.italic().color(MUTED),
            )),
        }
        if let Some(a) = &s.added {
            let date = i18n::record_date(lang, a.at.get(..10).unwrap_or(&a.at));
            let by = tr(
                lang,
                "export-source-added",
                &[("author", Arg::Str(&a.author)), ("date", Arg::Str(&date))],
            );
            out.extend(children(
                &format!(" ({by})"),
                Fmt::PLAIN.italic().color(ACCENT),
            ));
        }
        out
    }

    /// Footnote marks for `sources`, in ascending order, separated by
    /// superscript commas.
    fn refs(&mut self, sources: &[usize]) -> Vec<ParagraphChild> {
        let mut sorted = sources.to_vec();
        sorted.sort_unstable();
        let mut out = Vec::new();
        for n in sorted {
            let Some(mark) = self.footnote(n) else {
                continue;
            };
            if !out.is_empty() {
                out.push(child(
                    Run::new().style(styles::FOOTNOTE_REFERENCE).add_text(","),
                ));
            }
            out.push(child(mark));
        }
        out
    }

    /// User text (background, a note): paragraphs of `style` and bullet lists.
    fn user_paragraphs(&mut self, text: &str, style: &str, fmt: Fmt) {
        for b in inline::blocks(text) {
            match b {
                inline::Block::Para(p) => {
                    let kids = user_text(&mut self.links, p, fmt);
                    self.push(para(style, kids));
                }
                inline::Block::Bullets(lines) => {
                    for l in lines {
                        let mut p = styles::list_item(styles::LIST_BULLET, styles::BULLET_LIST);
                        if style == styles::NOTE {
                            // A bullet of a note keeps the note's bar.
                            p = p.style(styles::NOTE);
                        }
                        p.children = user_text(&mut self.links, l, fmt);
                        self.push(p);
                    }
                }
            }
        }
    }

    /// How the record's own text is set: marked English in an export in
    /// another language.
    fn record(&self) -> Fmt {
        Fmt {
            record: self.lang != Lang::En,
            ..Fmt::PLAIN
        }
    }

    fn heading(&mut self, level: usize, text: &str, fmt: Fmt) {
        let p = para(styles::HEADING[level - 1], children(text, fmt));
        self.push(p);
    }

    fn labelled(&mut self, label: &str, value: &str) {
        let mut kids = children(&label_head(self.lang, label), Fmt::PLAIN.bold());
        kids.extend(children(value, Fmt::PLAIN));
        self.push(para(styles::DETAIL, kids));
    }

    pub fn cover(&mut self, opts: &DocxOptions) {
        let v = self.view;
        let lang = self.lang;
        if !v.marking.trim().is_empty() {
            let kids = children(
                &v.marking.trim().to_uppercase(),
                Fmt::PLAIN.bold().color(WARN),
            );
            self.push(para("Normal", kids));
        }
        // A long title steps down in size, and the cover starts higher, so
        // that the title page stays one page (as in the PDF).
        let (size, top) = cover_fit(&v.title, v.marking.chars().count());
        let kids = children(&msg(lang, "export-briefing-note"), Fmt::PLAIN);
        let spacing = docx_rs::LineSpacing::new().before(top).after(160);
        self.push(para(styles::SUBTITLE, kids).line_spacing(spacing));
        let kids = children(&v.title, Fmt::PLAIN.size(size));
        self.push(para(styles::TITLE, kids));
        if let Some(m) = &v.meeting {
            let kids = children(m, Fmt::PLAIN);
            self.push(para(styles::COVER_LINE, kids));
        }
        let date = v
            .date_label
            .clone()
            .unwrap_or_else(|| i18n::date(lang, opts.date));
        let kids = children(&date, Fmt::PLAIN.color(MUTED));
        let p = para(styles::COVER_LINE, kids).line_spacing(docx_rs::LineSpacing::new().after(560));
        self.push(p);
        for (label, value) in [
            (msg(lang, "export-author"), &v.author),
            (msg(lang, "export-audience"), &v.audience),
            (msg(lang, "export-handling"), &v.marking),
        ] {
            if value.trim().is_empty() {
                continue;
            }
            let mut kids = children(&label_head(lang, &label), Fmt::PLAIN.bold().color(MUTED));
            kids.extend(children(value.trim(), Fmt::PLAIN));
            self.push(para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().after(60)));
        }
        let notes = if v.notes_shown() > 0 {
            Some(msg(lang, "export-includes-notes"))
        } else if !opts.annotations {
            Some(msg(lang, "export-leaves-out-notes"))
        } else {
            None
        };
        if let Some(n) = notes {
            let kids = children(&n, Fmt::PLAIN);
            self.push(para(styles::COVER_SMALL, kids));
        }
        if !v.missing.is_empty() {
            let ids = i18n::join(lang, &v.missing);
            let line = tr(
                lang,
                "export-missing-note",
                &[
                    ("count", Arg::Num(v.missing.len() as f64)),
                    ("ids", Arg::Str(&ids)),
                ],
            );
            let kids = children(&line, Fmt::PLAIN.color(WARN));
            self.push(para(styles::COVER_SMALL, kids));
        }
        let date = i18n::date(lang, opts.date);
        let line = tr(lang, "export-prepared-with", &[("date", Arg::Str(&date))]);
        let kids = children(&line, Fmt::PLAIN.size(17).color(MUTED));
        let p = para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().before(720));
        self.push(p);
    }

    /// The contents: a TOC field over the heading 1 paragraphs (`\o "1-1"`,
    /// entries linked, `\h`), marked dirty so that Word builds it, page
    /// numbers and all, when the document opens. Its cached result — what
    /// LibreOffice shows until the index is updated, and Word before — is
    /// every printed section and the sources, each a link to its heading,
    /// without page numbers: a layout engine would be needed to know them,
    /// and a wrong number is worse than none. In a draft, the sections left
    /// out because nothing is in them yet follow.
    pub fn contents(&mut self, draft: bool) {
        let v = self.view;
        let lang = self.lang;
        let kids = children(&msg(lang, "export-contents"), Fmt::PLAIN);
        self.push(para(styles::TOC_HEADING, kids));
        let mut entries: Vec<(String, String)> = v
            .printed_sections()
            .enumerate()
            .map(|(i, s)| (format!("{}. {}", i + 1, s.heading), format!("s{}", i + 1)))
            .collect();
        if !v.sources.is_empty() {
            entries.push((msg(lang, "export-sources"), "sources".into()));
        }
        // Nothing printed yet: the field alone, for Word to fill.
        let n = entries.len().max(1);
        let mut entries = entries.into_iter();
        for k in 0..n {
            let mut p = Paragraph::new().style(styles::TOC1);
            if k == 0 {
                let instr = InstrToC::new()
                    .heading_styles_range(1, 1)
                    .hyperlink()
                    .hide_tab_and_page_numbers_in_webview()
                    .use_applied_paragraph_line_level();
                p = p.add_run(
                    Run::new()
                        .add_field_char(FieldCharType::Begin, true)
                        .add_instr_text(InstrText::TOC(instr))
                        .add_field_char(FieldCharType::Separate, false),
                );
            }
            if let Some((title, anchor)) = entries.next() {
                let mut link = Hyperlink::new(bookmark(&anchor), HyperlinkType::Anchor);
                for r in runs(&title, Fmt::PLAIN) {
                    link = link.add_run(r);
                }
                p = p.add_hyperlink(link);
            }
            if k + 1 == n {
                p = p.add_run(Run::new().add_field_char(FieldCharType::End, false));
            }
            self.push(p);
        }
        let empty: Vec<String> = v
            .sections
            .iter()
            .filter(|s| s.empty)
            .map(|s| s.heading.clone())
            .collect();
        if draft && !empty.is_empty() {
            let sections = i18n::join_strong(lang, &empty);
            let line = tr(
                lang,
                "export-left-out",
                &[("sections", Arg::Str(&sections))],
            );
            let kids = children(&line, Fmt::PLAIN.italic().size(SMALL).color(MUTED));
            let p = para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().before(240));
            self.push(p);
        }
    }

    fn item(&mut self, it: &ItemView) {
        let lang = self.lang;
        let title = if it.missing {
            tr(
                lang,
                "export-missing-heading",
                &[("id", Arg::Str(&it.commitment))],
            )
        } else {
            format!(
                "{}\u{2002}{}",
                it.commitment,
                it.title.as_deref().unwrap_or_default()
            )
        };
        let fmt = if it.missing {
            Fmt::PLAIN
        } else {
            self.record()
        };
        self.heading(3, &title, fmt);
        if it.missing {
            let kids = children(
                &msg(lang, "export-missing-item"),
                Fmt::PLAIN.italic().size(SMALL).color(WARN),
            );
            self.push(para("Normal", kids));
        } else {
            let kids = children(&it.facts(lang), Fmt::PLAIN);
            self.push(para(styles::FACTS, kids));
            let mut kids = children(it.summary.as_deref().unwrap_or_default(), self.record());
            kids.extend(self.refs(&it.sources));
            self.push(para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().after(80)));
            if !it.actors.is_empty() {
                let names: Vec<String> = it.actors.iter().map(actor_line).collect();
                let names = sentence(lang, &i18n::join_strong(lang, &names));
                self.labelled(&msg(lang, "export-actors-label"), &names);
            }
            if let Some(lineage) = it.lineage_text(lang) {
                self.labelled(
                    &msg(lang, "export-lineage-label"),
                    &sentence(lang, &lineage),
                );
            }
            self.provenance(&it.provenance);
        }
        if let Some(a) = &it.annotation {
            // A note travels with the end of its commitment, never alone at
            // the head of a page.
            if let Some(last) = self.body.last_mut() {
                *last = std::mem::take(last).keep_next(true);
            }
            let facts = annotation_facts(a, lang);
            let mut kids = children(
                &msg(lang, "export-your-note"),
                Fmt::PLAIN.bold().color(ACCENT),
            );
            if !facts.is_empty() {
                let aside = format!(" {}", i18n::aside(lang, &facts));
                kids.extend(children(&aside, Fmt::PLAIN.italic()));
            }
            self.push(para(styles::NOTE_HEADING, kids));
            self.user_paragraphs(&a.note, styles::NOTE, Fmt::PLAIN);
        }
    }

    fn context(&mut self, c: &ContextView) {
        let lang = self.lang;
        self.heading(3, &format!("{}\u{2002}{}", c.id, c.title), self.record());
        let kids = children(&c.facts(lang), Fmt::PLAIN);
        self.push(para(styles::FACTS, kids));
        let mut kids = children(&c.summary, self.record());
        kids.extend(self.refs(&c.sources));
        self.push(para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().after(80)));
        if !c.actors.is_empty() {
            let names: Vec<String> = c.actors.iter().map(actor_line).collect();
            let names = sentence(lang, &i18n::join_strong(lang, &names));
            self.labelled(&msg(lang, "export-actors-label"), &names);
        }
    }

    /// Who added or corrected a record: one small italic paragraph each,
    /// in the accent colour, so the user's own part is visibly marked.
    fn provenance(&mut self, notes: &[String]) {
        for n in notes {
            let kids = children(n, Fmt::PLAIN.italic().size(SMALL).color(ACCENT));
            self.push(para(styles::DETAIL, kids));
        }
    }

    fn since(&mut self, s: &SinceView) {
        let lang = self.lang;
        let kids = children(&s.intro(lang), Fmt::PLAIN);
        self.push(para("Normal", kids));
        if s.meeting.is_none() {
            return;
        }
        if !s.participants.is_empty() {
            let names: Vec<String> = s.participants.iter().map(actor_line).collect();
            let names = i18n::join_strong(lang, &names);
            let line = tr(
                lang,
                "export-participants",
                &[("participants", Arg::Str(&names))],
            );
            self.push(para("Normal", children(&line, Fmt::PLAIN)));
        }
        self.provenance(&s.meeting_provenance);
        for sector in &s.sectors {
            self.heading(2, &sector.name, Fmt::PLAIN);
            for e in &sector.added {
                let mut p = styles::list_item(styles::LIST_BULLET, styles::BULLET_LIST);
                p.children = children(&format!("{} ", e.commitment), Fmt::PLAIN.bold());
                p.children
                    .extend(children(&format!("{} ", e.title), self.record()));
                p.children
                    .extend(children(&e.tail(lang), Fmt::PLAIN.color(MUTED)));
                for n in &e.provenance {
                    p.children.extend(children(
                        &format!(" {n}"),
                        Fmt::PLAIN.italic().size(SMALL).color(ACCENT),
                    ));
                }
                self.push(p);
            }
        }
        if !s.unchanged.is_empty() {
            let sectors = i18n::list(lang, &s.unchanged);
            let line = tr(
                lang,
                "export-since-unchanged",
                &[("sectors", Arg::Str(&sectors))],
            );
            let kids = children(&line, Fmt::PLAIN.color(MUTED));
            self.push(para("Normal", kids).line_spacing(docx_rs::LineSpacing::new().before(120)));
        }
    }

    fn section(&mut self, i: usize, s: &SectionView) {
        let lang = self.lang;
        let title = format!("{}. {}", i + 1, s.heading);
        let h = para(styles::HEADING[0], children(&title, Fmt::PLAIN));
        let h = self.bookmarked(h, &format!("s{}", i + 1));
        self.push(h);
        if s.sector_missing {
            let kids = children(
                &msg(lang, "export-sector-missing"),
                Fmt::PLAIN.size(SMALL).color(WARN),
            );
            self.push(para("Normal", kids));
        }
        self.user_paragraphs(&s.background, "Normal", Fmt::PLAIN);
        if let Some(since) = &s.since {
            self.since(since);
        }
        if !s.talking_points.is_empty() {
            self.heading(2, &msg(lang, "export-talking-points"), Fmt::PLAIN);
            // A list instance of its own: numbering starts at 1 again.
            let num = styles::BULLET_LIST + 1 + self.numbered_lists.len();
            self.numbered_lists.push(num);
            for p in &s.talking_points {
                let mut item = styles::list_item(styles::LIST_NUMBER, num);
                // Line ends within a point are kept as breaks.
                item.children = user_text(&mut self.links, p.trim(), Fmt::PLAIN);
                self.push(item);
            }
        }
        if !s.items.is_empty() {
            self.heading(2, &msg(lang, "export-commitments"), Fmt::PLAIN);
            for it in &s.items {
                self.item(it);
            }
        }
        if !s.context.is_empty() {
            self.heading(2, &msg(lang, "export-context"), Fmt::PLAIN);
            let kids = children(&msg(lang, "export-context-help"), Fmt::PLAIN);
            let mut p = para(styles::FACTS, kids);
            p = p.keep_next(true);
            self.push(p);
            for c in &s.context {
                self.context(c);
            }
        }
    }

    /// Every printed section, then the list of sources.
    pub fn body(&mut self) {
        let v = self.view;
        for (i, s) in v.printed_sections().enumerate() {
            self.section(i, s);
        }
        if !v.sources.is_empty() {
            let h = para(
                styles::HEADING[0],
                children(&msg(self.lang, "export-sources"), Fmt::PLAIN),
            );
            let h = self.bookmarked(h, "sources");
            self.push(h);
            for s in &v.sources {
                // Numbered as the brief numbers them (a correction's
                // provenance cites "[3]"), the number in the hanging indent.
                let mut kids = children(&format!("{}.", s.number), Fmt::PLAIN.bold());
                kids.push(child(Run::new().add_tab()));
                kids.extend(self.source_children(s, false));
                self.push(para(styles::SOURCE, kids));
            }
        }
    }

    /// The numbering instances of the numbered lists.
    pub fn numberings(&self) -> Vec<Numbering> {
        self.numbered_lists
            .iter()
            .map(|n| {
                Numbering::new(*n, styles::NUMBERED).add_override(LevelOverride::new(0).start(1))
            })
            .collect()
    }

    /// The header of every page but the first: the title on the left, the
    /// handling marking on the right (the watermark's anchor in a draft).
    pub fn header(&self, draft: bool) -> Header {
        let v = self.view;
        let marking = v.marking.trim().to_uppercase();
        let n = marking.chars().count();
        let mut p = if n > SHORT_MARKING {
            // The marking takes the whole line; the title (on the cover in
            // full) gives way.
            para(
                styles::HEADER,
                children(&marking, Fmt::PLAIN.bold().color(WARN)),
            )
        } else {
            let mut p = para(styles::HEADER, children(&cut(&v.title, 90 - n), Fmt::PLAIN));
            if n > 0 {
                p = p.add_run(Run::new().add_tab());
                p.children
                    .extend(children(&marking, Fmt::PLAIN.bold().color(WARN)));
            }
            p
        };
        if draft {
            p = p.add_run(Run::new().add_text(DRAFT_MARK.to_string()));
        }
        Header::new().add_paragraph(p)
    }

    /// The first page's header: nothing but the watermark of a draft.
    pub fn first_header(&self, draft: bool) -> Header {
        let mut p = Paragraph::new();
        if draft {
            p = p.add_run(Run::new().add_text(DRAFT_MARK.to_string()));
        }
        Header::new().add_paragraph(p)
    }

    /// The footer: the export date, the marking, "Page X of Y" with PAGE
    /// and NUMPAGES fields placed where the language puts the numbers.
    pub fn footer(&self, date: chrono::NaiveDate) -> Footer {
        let lang = self.lang;
        let v = self.view;
        let mut p = para(
            styles::FOOTER,
            children(&i18n::date(lang, date), Fmt::PLAIN),
        );
        p = p.add_run(Run::new().add_tab());
        let marking = v.marking.trim().to_uppercase();
        let long = marking.chars().count() > SHORT_MARKING;
        if !marking.is_empty() && !long {
            p.children
                .extend(children(&marking, Fmt::PLAIN.bold().color(WARN)));
        }
        p = p.add_run(Run::new().add_tab());
        // The message with placeholders where the numbers go, cut there.
        let label = tr(
            lang,
            "export-page-of",
            &[
                ("page", Arg::Str("\u{E010}")),
                ("pages", Arg::Str("\u{E011}")),
            ],
        );
        let mut rest = label.as_str();
        while !rest.is_empty() {
            let next = rest.find(['\u{E010}', '\u{E011}']).unwrap_or(rest.len());
            if next > 0 {
                p.children.extend(children(&rest[..next], Fmt::PLAIN));
            }
            rest = &rest[next..];
            if let Some(c) = rest.chars().next() {
                let instr = if c == '\u{E010}' {
                    InstrText::PAGE(docx_rs::InstrPAGE::new())
                } else {
                    InstrText::NUMPAGES(docx_rs::InstrNUMPAGES::new())
                };
                p.children
                    .extend(field(instr, "1", Fmt::PLAIN).into_iter().map(child));
                rest = &rest[c.len_utf8()..];
            }
        }
        let mut footer = Footer::new().add_paragraph(p);
        if long {
            // A long marking: on a line of its own below date and page.
            let m = para(
                styles::FOOTER,
                children(&marking, Fmt::PLAIN.bold().color(WARN)),
            )
            .align(docx_rs::AlignmentType::Center);
            footer = footer.add_paragraph(m);
        }
        footer
    }
}
