//! PDF export of a brief, as a pipeline of its own:
//!
//! `BriefView` ──[`content`]──► blocks ──[`text`]──► shaped lines
//! ──[`layout`]──► pages ──[`render`]──► printpdf/lopdf document
//! ──[`post`]──► bytes
//!
//! Two passes: the body is laid out first, so the contents page and "Page X
//! of Y" carry the real numbers. Fonts are subset and embedded ([`fonts`]);
//! every character is drawn by some font or the export fails naming it.
//! The same view with the same options gives the same bytes.

mod content;
pub mod fonts;
mod layout;
mod post;
mod render;
mod text;

use std::rc::Rc;

use chrono::NaiveDate;

use crate::brief::view::{date_label, BriefView};
use fonts::{Fonts, Style};
use layout::{paginate, Laid, PlacedLine, MARGIN_X, PAGE_H, TEXT_W};
use text::{shape, Span, MUTED};

/// How to export.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// The export date: footer, metadata and (when the brief has none) cover.
    pub date: NaiveDate,
    /// A DRAFT watermark on every page.
    pub draft: bool,
    /// Include the user's notes where the brief says so.
    pub annotations: bool,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font problem: {0}")]
    Font(String),
    #[error("the brief contains “{character}” (U+{:04X}), which no font can draw ({fonts})", *.character as u32)]
    MissingGlyph { character: char, fonts: String },
    #[error("{0}")]
    Layout(String),
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
        let s = shape(fonts, vec![Span::new(t.clone(), style, size).color(MUTED)])?;
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

fn placed(s: Rc<text::Shaped>, x: f32, baseline: f32) -> PlacedLine {
    let n = s.glyphs.len();
    let width = s.x_of(0, n);
    PlacedLine {
        shaped: s,
        line: text::Line {
            glyphs: 0..n,
            width,
        },
        x,
        baseline,
    }
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

/// The brief as PDF bytes.
pub fn render_pdf(view: &BriefView, opts: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::get()?;
    let cover = paginate(fonts, &content::cover(view, opts))?;
    // The contents' length does not depend on its page numbers (they sit
    // in a column of their own), so a first layout with placeholders tells
    // where the body starts.
    let toc_draft = paginate(fonts, &content::contents(view, &|_| "000".into()))?;
    let body = paginate(fonts, &content::body(view, opts))?;
    let label = |anchor: &str| {
        body.anchors
            .get(anchor)
            .map(|p| (p.page + 1).to_string())
            .unwrap_or_default()
    };
    let toc = paginate(fonts, &content::contents(view, &label))?;
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
        "Contents".to_owned(),
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
    // Running header and footer on every page but the cover.
    let header = one_line(fonts, &view.title, Style::Regular, 8.5, TEXT_W * 0.62)?;
    let marking = (!view.marking.trim().is_empty())
        .then(|| {
            one_line(
                fonts,
                &view.marking.trim().to_uppercase(),
                Style::Bold,
                8.5,
                TEXT_W * 0.3,
            )
        })
        .transpose()?;
    let date = one_line(
        fonts,
        &date_label(opts.date),
        Style::Regular,
        8.5,
        TEXT_W / 2.0,
    )?;
    let mut furniture = render::Furniture {
        lines: Vec::new(),
        rules: Vec::new(),
        watermark: None,
    };
    for i in 0..all.pages.len() {
        if i < toc_start {
            furniture.lines.push(Vec::new());
            furniture.rules.push(Vec::new());
            continue;
        }
        let number = if i < front {
            format!("Page {}", roman(i + 1))
        } else {
            format!("Page {} of {body_pages}", i - front + 1)
        };
        let num = one_line(fonts, &number, Style::Regular, 8.5, TEXT_W / 2.0)?;
        let right = MARGIN_X + TEXT_W;
        let mut lines = vec![
            placed(header.clone(), MARGIN_X, 44.0),
            placed(date.clone(), MARGIN_X, PAGE_H - 40.0),
        ];
        let w = num.x_of(0, num.glyphs.len());
        lines.push(placed(num, right - w, PAGE_H - 40.0));
        if let Some(m) = &marking {
            let w = m.x_of(0, m.glyphs.len());
            lines.push(placed(m.clone(), right - w, 44.0));
        }
        furniture.lines.push(lines);
        furniture.rules.push(vec![
            (MARGIN_X, 52.0, TEXT_W),
            (MARGIN_X, PAGE_H - 54.0, TEXT_W),
        ]);
    }
    if opts.draft {
        let mut s = Span::new("DRAFT", Style::Bold, 120.0);
        s.color = text::Rgb(0.9, 0.9, 0.92);
        let w = Rc::new(shape(fonts, vec![s])?);
        furniture.watermark = Some(placed(w, 0.0, 0.0));
    }
    let doc = render::render(fonts, &all, &furniture, &view.title)?;
    let subject = match &view.meeting {
        Some(m) => format!("Briefing note for the {m}"),
        None => "Briefing note on the EU–Japan Digital Partnership".to_owned(),
    };
    post::finish(
        doc,
        &post::Meta {
            title: view.title.clone(),
            author: view.author.clone(),
            subject,
            keywords: content::keywords(view),
            lang: "en-GB",
            date: opts.date,
            front_pages: front,
            input: format!(
                "{}|{}|{}|{}|{}",
                serde_json::to_string(view).unwrap_or_default(),
                opts.date,
                opts.draft,
                opts.annotations,
                env!("CARGO_PKG_VERSION")
            ),
        },
        &outline,
    )
}
