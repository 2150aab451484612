//! PDF export of a brief, as a pipeline of its own:
//!
//! `BriefView` ──[`content`]──► blocks + structure elements ──[`text`]──►
//! shaped lines ──[`layout`]──► pages ──[`render`]──► printpdf/lopdf
//! document, marked content ──[`post`]──► structure tree, annotations, bytes
//!
//! The PDF is tagged (PDF/UA-1): [`tags`] is the structure tree the content
//! and the layout build, and no content is drawn outside marked content —
//! every run of text belongs to an element, everything else is an artifact.
//! Two passes: the body is laid out first, so the contents page and "Page X
//! of Y" carry the real numbers. Fonts are subset and embedded ([`fonts`]);
//! every character is drawn by some font or the export fails naming it and
//! where it is. The same view with the same options gives the same bytes.

mod content;
pub mod fonts;
mod layout;
mod post;
mod render;
pub mod tags;
mod text;

use std::rc::Rc;

use chrono::NaiveDate;

use crate::brief::view::{date_label, BriefView};
use fonts::{Fonts, Style};
use layout::{paginate, Artifact, Laid, PlacedLine, Tag, MARGIN_X, PAGE_H, TEXT_W};
use tags::{Role, Tree, DOCUMENT};
use text::{shape, Span, MUTED};

/// How to export.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// The export date: footer, metadata and (when the brief has none) cover.
    pub date: NaiveDate,
    /// A DRAFT watermark on every page.
    pub draft: bool,
    /// The export was asked to include the user's notes (where the brief
    /// says so); false: the cover says the notes are left out.
    pub annotations: bool,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font problem: {0}")]
    Font(String),
    #[error("{place} contains “{character}” (U+{:04X}), which no font can draw (tried {fonts})", *.character as u32)]
    MissingGlyph {
        character: char,
        fonts: String,
        /// Where in the brief: "talking point 3 of section 2 (Semiconductors)".
        place: String,
    },
    #[error("{0}")]
    Layout(String),
}

/// `e` with the place it happened, when it is a missing glyph.
fn at(place: &str) -> impl Fn(PdfError) -> PdfError + '_ {
    move |e| match e {
        PdfError::MissingGlyph {
            character, fonts, ..
        } => PdfError::MissingGlyph {
            character,
            fonts,
            place: place.to_owned(),
        },
        e => e,
    }
}

/// Shape one line of running text, cut with "…" to fit `width`.
fn one_line(
    fonts: &Fonts,
    text: &str,
    style: Style,
    size: f32,
    width: f32,
) -> Result<Rc<text::Shaped>, PdfError> {
    let mut t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let s = shape(fonts, vec![Span::new(t.clone(), style, size).color(MUTED)])
            .map_err(at("the title"))?;
        if s.x_of(0, s.glyphs.len()) <= width || t.chars().count() < 4 {
            return Ok(Rc::new(s));
        }
        let keep = t.chars().count().saturating_sub(4);
        t = t
            .chars()
            .take(keep)
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…";
    }
}

/// The handling marking in `width`, never cut: on one line at 8.5 or 7.5
/// pt, else wrapped at 7.5 pt (6.5 when that takes more than four lines).
fn marking_lines(fonts: &Fonts, marking: &str, width: f32) -> Result<Vec<PlacedLine>, PdfError> {
    let text = marking.split_whitespace().collect::<Vec<_>>().join(" ");
    let shaped = |size: f32| {
        shape(
            fonts,
            vec![Span::new(text.clone(), Style::Bold, size).color(text::WARN)],
        )
        .map(Rc::new)
        .map_err(at("the handling marking"))
    };
    let tag = Tag::Artifact(Artifact::Header);
    for size in [8.5, 7.5] {
        let s = shaped(size)?;
        if s.x_of(0, s.glyphs.len()) <= width {
            return Ok(vec![PlacedLine::whole(s, 0.0, 0.0, tag)]);
        }
    }
    let mut s = shaped(7.5)?;
    let mut lines = s.lines(width);
    if lines.len() > 4 {
        s = shaped(6.5)?;
        lines = s.lines(width);
    }
    Ok(lines
        .into_iter()
        .map(|line| PlacedLine {
            shaped: s.clone(),
            line,
            x: 0.0,
            baseline: 0.0,
            tag,
            justify: 0.0,
        })
        .collect())
}

fn roman(n: usize) -> String {
    const R: [(usize, &str); 9] = [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (v, s) in R {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The brief as PDF bytes. The faces it will embed are read and parsed on
/// a second thread while the first lays the brief out.
pub fn render_pdf(view: &BriefView, opts: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::get()?;
    let input = serde_json::to_string(view).unwrap_or_default();
    let japanese = input.chars().any(tags::is_japanese);
    std::thread::scope(|s| {
        s.spawn(|| fonts.warm(japanese));
        render_with(fonts, view, opts, &input)
    })
}

/// [`render_pdf`] once the fonts are on their way.
fn render_with(
    fonts: &'static Fonts,
    view: &BriefView,
    opts: &PdfOptions,
    input: &str,
) -> Result<Vec<u8>, PdfError> {
    let mut tree = Tree::new();
    // The cover is one page: a long title steps down in size (at most four
    // lines at the largest) until it fits.
    let mut cover = None;
    for (k, fit) in content::COVER_FITS.iter().enumerate() {
        let mut t = tree.clone();
        let (blocks, title) = content::cover(&mut t, view, opts, *fit);
        let laid = paginate(fonts, &blocks)?;
        let title_lines: usize = laid
            .blocks
            .iter()
            .flatten()
            .filter(|(i, _)| *i == title)
            .map(|(_, n)| n)
            .sum();
        let last = k + 1 == content::COVER_FITS.len();
        if last || (laid.pages.len() == 1 && title_lines <= 4 + k) {
            cover = Some((laid, t));
            break;
        }
    }
    let (cover, t) = cover.expect("the last fit is always taken");
    tree = t;
    // The contents' length does not depend on its page numbers (they sit
    // in a column of their own), so a first layout with placeholders tells
    // where the body starts.
    let contents_sect = tree.add(DOCUMENT, Role::Sect);
    let toc_draft = paginate(
        fonts,
        &content::contents(
            &mut tree.clone(),
            contents_sect,
            view,
            &|_| "000".into(),
            opts.draft,
        ),
    )?;
    let body = paginate(fonts, &content::body(&mut tree, view))?;
    let label = |anchor: &str| {
        body.anchors
            .get(anchor)
            .map(|p| (p.page + 1).to_string())
            .unwrap_or_default()
    };
    let toc = paginate(
        fonts,
        &content::contents(&mut tree, contents_sect, view, &label, opts.draft),
    )?;
    if toc.pages.len() != toc_draft.pages.len() {
        return Err(PdfError::Layout(
            "the contents changed length between passes".into(),
        ));
    }
    let front = cover.pages.len() + toc.pages.len();
    let body_pages = body.pages.len();
    // One document: cover, contents, body.
    let mut all = Laid::default();
    all.pages.extend(cover.pages);
    let toc_start = all.pages.len();
    all.pages.extend(toc.pages);
    all.pages.extend(body.pages);
    for (k, v) in body.anchors {
        all.anchors.insert(
            k,
            layout::Place {
                page: v.page + front,
                y: v.y,
            },
        );
    }
    let mut outline = vec![(
        1,
        crate::i18n::msg(view.lang, "export-contents"),
        layout::Place {
            page: toc_start,
            y: layout::MARGIN_TOP,
        },
    )];
    outline.extend(body.outline.into_iter().map(|(l, t, p)| {
        (
            l,
            t,
            layout::Place {
                page: p.page + front,
                y: p.y,
            },
        )
    }));
    let furniture = furniture(
        fonts,
        view,
        opts,
        all.pages.len(),
        toc_start,
        front,
        body_pages,
    )?;
    let rendered = render::render(fonts, &all, &furniture, &view.title, &mut tree)?;
    let subject = match &view.meeting {
        Some(m) => crate::i18n::tr(
            view.lang,
            "export-subject-meeting",
            &[("meeting", crate::i18n::Arg::Str(m))],
        ),
        None => crate::i18n::msg(view.lang, "export-subject"),
    };
    post::finish(
        rendered,
        &tree,
        &post::Meta {
            title: view.title.clone(),
            author: view.author.clone(),
            subject,
            keywords: content::keywords(view),
            lang: view.lang.locale(),
            date: opts.date,
            front_pages: front,
            input: format!(
                "{}|{}|{}|{}|{}",
                input,
                opts.date,
                opts.draft,
                opts.annotations,
                env!("CARGO_PKG_VERSION")
            ),
        },
        &outline,
    )
}

/// Header baseline and rule, footer baseline and rule (from the top).
const HEADER_BASELINE: f32 = 48.0;
const HEADER_RULE: f32 = 56.0;
const FOOTER_RULE: f32 = PAGE_H - 60.0;
const FOOTER_BASELINE: f32 = PAGE_H - 47.0;

/// The running header (title, handling marking) and footer (date, the
/// marking again, "Page X of Y") of every page but the cover, and the
/// watermark.
fn furniture(
    fonts: &Fonts,
    view: &BriefView,
    opts: &PdfOptions,
    pages: usize,
    toc_start: usize,
    front: usize,
    body_pages: usize,
) -> Result<render::Furniture, PdfError> {
    let right = MARGIN_X + TEXT_W;
    let marking = view.marking.trim().to_uppercase();
    let date = one_line(
        fonts,
        &date_label(opts.date, view.lang),
        Style::Regular,
        8.5,
        TEXT_W / 2.0,
    )?;
    // Header: the title on the left, the marking on the right; a marking
    // too long for 40% of the line takes the whole of it, wrapped above
    // the rule, and the title (on the cover in full) gives way.
    let mut header: Vec<PlacedLine> = Vec::new();
    let mut head_marking = Vec::new();
    if !marking.is_empty() {
        let one = marking_lines(fonts, &marking, TEXT_W * 0.4)?;
        head_marking = if one.len() == 1 {
            one
        } else {
            marking_lines(fonts, &marking, TEXT_W)?
        };
    }
    let marking_w = match head_marking.as_slice() {
        [one] => one.line.width + 16.0,
        [] => 0.0,
        _ => TEXT_W,
    };
    if marking_w < TEXT_W {
        let title = one_line(fonts, &view.title, Style::Regular, 8.5, TEXT_W - marking_w)?;
        header.push(PlacedLine::whole(
            title,
            MARGIN_X,
            HEADER_BASELINE,
            Tag::Artifact(Artifact::Header),
        ));
    }
    let n = head_marking.len();
    for (k, mut l) in head_marking.into_iter().enumerate() {
        let size = l.shaped.size();
        l.x = if n == 1 {
            right - l.line.width
        } else {
            MARGIN_X
        };
        l.baseline = HEADER_BASELINE - (n - 1 - k) as f32 * size * 1.25;
        header.push(l);
    }
    let mut lines = Vec::with_capacity(pages);
    let mut rules = Vec::with_capacity(pages);
    for i in 0..pages {
        if i < toc_start {
            lines.push(Vec::new());
            rules.push(Vec::new());
            continue;
        }
        let number = if i < front {
            let page = roman(i + 1);
            crate::i18n::tr(
                view.lang,
                "export-page-front",
                &[("page", crate::i18n::Arg::Str(&page))],
            )
        } else {
            let (page, pages) = ((i - front + 1).to_string(), body_pages.to_string());
            crate::i18n::tr(
                view.lang,
                "export-page-of",
                &[
                    ("page", crate::i18n::Arg::Str(&page)),
                    ("pages", crate::i18n::Arg::Str(&pages)),
                ],
            )
        };
        let num = one_line(fonts, &number, Style::Regular, 8.5, TEXT_W / 2.0)?;
        let w = num.x_of(0, num.glyphs.len());
        let mut page = header.clone();
        let footer = Tag::Artifact(Artifact::Footer);
        page.push(PlacedLine::whole(
            date.clone(),
            MARGIN_X,
            FOOTER_BASELINE,
            footer,
        ));
        page.push(PlacedLine::whole(num, right - w, FOOTER_BASELINE, footer));
        // Footer: the marking between date and page number, else on lines
        // of its own below them.
        if !marking.is_empty() {
            let room = TEXT_W - date.x_of(0, date.glyphs.len()) - w - 40.0;
            let mut m = marking_lines(fonts, &marking, room)?;
            if m.len() > 1 {
                m = marking_lines(fonts, &marking, TEXT_W)?;
                for (k, l) in m.iter_mut().enumerate() {
                    l.baseline = FOOTER_BASELINE + (k + 1) as f32 * l.shaped.size() * 1.3;
                }
            } else {
                for l in &mut m {
                    l.baseline = FOOTER_BASELINE;
                }
            }
            for mut l in m {
                l.x = MARGIN_X + (TEXT_W - l.line.width) / 2.0;
                l.tag = footer;
                page.push(l);
            }
        }
        lines.push(page);
        rules.push(vec![
            (MARGIN_X, HEADER_RULE, TEXT_W, Artifact::Header),
            (MARGIN_X, FOOTER_RULE, TEXT_W, Artifact::Footer),
        ]);
    }
    let watermark = if opts.draft {
        let mut s = Span::new(
            crate::i18n::msg(view.lang, "export-watermark"),
            Style::Bold,
            120.0,
        );
        s.color = text::Rgb(0.9, 0.9, 0.92);
        let w = Rc::new(shape(fonts, vec![s])?);
        Some(PlacedLine::whole(
            w,
            0.0,
            0.0,
            Tag::Artifact(Artifact::Watermark),
        ))
    } else {
        None
    };
    Ok(render::Furniture {
        lines,
        rules,
        watermark,
    })
}
