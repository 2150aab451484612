//! Pagination: blocks of shaped text → lines placed on pages. A heading is
//! kept with the first lines of what follows it; a paragraph never leaves a
//! single line at the foot of a page (orphan) or at the head of the next
//! (widow). Records where every anchor and outline entry landed, so the
//! contents, links and bookmarks can point there.

use std::collections::HashMap;
use std::rc::Rc;

use super::fonts::Fonts;
use super::text::{shape, Line, Link, Rgb, Shaped, Span};
use super::PdfError;

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 64.0;
pub const MARGIN_TOP: f32 = 76.0;
pub const MARGIN_BOTTOM: f32 = 72.0;
pub const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Text on the right of a block's last line (a page number in the contents).
#[derive(Debug, Clone)]
pub struct Tab {
    pub span: Span,
    /// Dot leaders between the text and the tab.
    pub leader: bool,
}

/// A paragraph-like block: shaped, broken into lines, placed.
#[derive(Debug, Clone)]
pub struct Block {
    pub spans: Vec<Span>,
    /// Left indent of the text, from the text area's edge.
    pub indent: f32,
    /// Drawn in the indent, right-aligned against the text (a bullet, "3.").
    pub marker: Option<Span>,
    pub tab: Option<Tab>,
    pub space_before: f32,
    pub space_after: f32,
    /// Line height as a multiple of the largest font size.
    pub leading: f32,
    pub keep_with_next: bool,
    pub page_break_before: bool,
    /// A named place others link to.
    pub anchor: Option<String>,
    /// An entry of the document outline: level (1 = top) and title.
    pub outline: Option<(u8, String)>,
    /// The whole block links there.
    pub link: Option<Link>,
    /// A vertical bar in the indent (the user's notes).
    pub bar: Option<Rgb>,
}

impl Block {
    pub fn new(spans: Vec<Span>) -> Block {
        Block {
            spans,
            indent: 0.0,
            marker: None,
            tab: None,
            space_before: 0.0,
            space_after: 0.0,
            leading: 1.4,
            keep_with_next: false,
            page_break_before: false,
            anchor: None,
            outline: None,
            link: None,
            bar: None,
        }
    }
}

/// A line placed on a page.
#[derive(Debug, Clone)]
pub struct PlacedLine {
    pub shaped: Rc<Shaped>,
    pub line: Line,
    pub x: f32,
    /// Baseline, from the top of the page.
    pub baseline: f32,
}

/// Where something landed: page index and the top of its first line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub page: usize,
    pub y: f32,
}

/// Dot leaders: from `x0` to `x1` on a baseline.
#[derive(Debug, Clone)]
pub struct Leader {
    pub x0: f32,
    pub x1: f32,
    pub baseline: f32,
}

/// One laid-out page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub lines: Vec<PlacedLine>,
    /// Vertical bars: x, top, bottom, colour.
    pub bars: Vec<(f32, f32, f32, Rgb)>,
    /// Link areas: x, top, width, height (from the top of the page).
    pub links: Vec<([f32; 4], Link)>,
    pub leaders: Vec<Leader>,
}

/// Pages, and where anchors and outline entries landed.
#[derive(Debug, Default)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub anchors: HashMap<String, Place>,
    pub outline: Vec<(u8, String, Place)>,
}

struct Prepared {
    shaped: Rc<Shaped>,
    lines: Vec<Line>,
    line_h: f32,
    ascent: f32,
    marker: Option<Rc<Shaped>>,
    tab: Option<Rc<Shaped>>,
}

fn prepare(fonts: &Fonts, b: &Block) -> Result<Prepared, PdfError> {
    let tab = b
        .tab
        .as_ref()
        .map(|t| shape(fonts, vec![t.span.clone()]).map(Rc::new))
        .transpose()?;
    let tab_w = tab
        .as_ref()
        .map_or(0.0, |t| t.x_of(0, t.glyphs.len()) + 24.0);
    let shaped = Rc::new(shape(fonts, b.spans.clone())?);
    let lines = shaped.lines(TEXT_W - b.indent - tab_w);
    let size = shaped.size().max(1.0);
    let marker = b
        .marker
        .as_ref()
        .map(|m| shape(fonts, vec![m.clone()]).map(Rc::new))
        .transpose()?;
    Ok(Prepared {
        line_h: size * b.leading,
        ascent: size * 0.95 + size * (b.leading - 1.0) / 2.0,
        shaped,
        lines,
        marker,
        tab,
    })
}

/// Lay `blocks` out on pages of the standard frame.
pub fn paginate(fonts: &Fonts, blocks: &[Block]) -> Result<Laid, PdfError> {
    let prepared: Vec<Prepared> = blocks
        .iter()
        .map(|b| prepare(fonts, b))
        .collect::<Result<_, _>>()?;
    let bottom = PAGE_H - MARGIN_BOTTOM;
    let mut laid = Laid {
        pages: vec![Page::default()],
        ..Default::default()
    };
    let mut y = MARGIN_TOP;
    // The height a block needs on the current page before it may start:
    // itself when kept with the next, plus what the next needs; else its
    // first two lines (no orphans).
    fn need(blocks: &[Block], prepared: &[Prepared], i: usize, depth: usize) -> f32 {
        let (b, p) = (&blocks[i], &prepared[i]);
        if b.keep_with_next && i + 1 < blocks.len() && depth < 4 {
            p.lines.len() as f32 * p.line_h
                + b.space_after
                + blocks[i + 1].space_before
                + need(blocks, prepared, i + 1, depth + 1)
        } else {
            p.lines.len().min(2) as f32 * p.line_h
        }
    }
    for (i, (b, p)) in blocks.iter().zip(&prepared).enumerate() {
        let at_top = |y: f32| y <= MARGIN_TOP + 0.01;
        if b.page_break_before && !at_top(y) {
            laid.pages.push(Page::default());
            y = MARGIN_TOP;
        }
        if !at_top(y) {
            y += b.space_before;
            if y + need(blocks, &prepared, i, 0) > bottom {
                laid.pages.push(Page::default());
                y = MARGIN_TOP;
            }
        }
        let x = MARGIN_X + b.indent;
        let mut first = true;
        let mut j = 0;
        while j < p.lines.len() {
            // How many lines fit here; keep at least two together on
            // either side of a page break.
            let fit = ((bottom - y) / p.line_h + 0.001).floor().max(0.0) as usize;
            let left = p.lines.len() - j;
            let mut take = fit.min(left);
            if take < left {
                if left - take < 2 {
                    take = left.saturating_sub(2);
                }
                if take < 2 && !at_top(y) {
                    take = 0;
                }
                if take == 0 && at_top(y) {
                    take = fit.max(1).min(left); // a page can always take a line
                }
            }
            if take == 0 {
                laid.pages.push(Page::default());
                y = MARGIN_TOP;
                continue;
            }
            let page_i = laid.pages.len() - 1;
            let top = y;
            for k in j..j + take {
                let line = p.lines[k].clone();
                let baseline = y + p.ascent;
                let page = laid.pages.last_mut().expect("a page");
                if first {
                    if let Some(a) = &b.anchor {
                        laid.anchors.insert(a.clone(), Place { page: page_i, y });
                    }
                    if let Some((level, title)) = &b.outline {
                        laid.outline
                            .push((*level, title.clone(), Place { page: page_i, y }));
                    }
                    if let Some(m) = &p.marker {
                        let w = m.x_of(0, m.glyphs.len());
                        page.lines.push(PlacedLine {
                            shaped: m.clone(),
                            line: Line {
                                glyphs: 0..m.glyphs.len(),
                                width: w,
                            },
                            x: x - w - 5.0,
                            baseline,
                        });
                    }
                    first = false;
                }
                // Links of spans within this line.
                let mut g = line.glyphs.start;
                while g < line.glyphs.end {
                    let span = p.shaped.glyphs[g].span;
                    let mut e = g + 1;
                    while e < line.glyphs.end && p.shaped.glyphs[e].span == span {
                        e += 1;
                    }
                    if let Some(link) = &p.shaped.spans[span].link {
                        let x0 = x + p.shaped.x_of(line.glyphs.start, g);
                        let x1 = x + p.shaped.x_of(line.glyphs.start, e);
                        page.links.push(([x0, y, x1 - x0, p.line_h], link.clone()));
                    }
                    g = e;
                }
                if k + 1 == p.lines.len() {
                    if let Some(t) = &p.tab {
                        let w = t.x_of(0, t.glyphs.len());
                        let tx = MARGIN_X + TEXT_W - w;
                        if b.tab.as_ref().is_some_and(|t| t.leader) {
                            page.leaders.push(Leader {
                                x0: x + line.width + 6.0,
                                x1: tx - 6.0,
                                baseline,
                            });
                        }
                        page.lines.push(PlacedLine {
                            shaped: t.clone(),
                            line: Line {
                                glyphs: 0..t.glyphs.len(),
                                width: w,
                            },
                            x: tx,
                            baseline,
                        });
                    }
                }
                page.lines.push(PlacedLine {
                    shaped: p.shaped.clone(),
                    line,
                    x,
                    baseline,
                });
                y += p.line_h;
            }
            let page = laid.pages.last_mut().expect("a page");
            if let Some(c) = b.bar {
                page.bars.push((x - 10.0, top, y, c));
            }
            if let Some(link) = &b.link {
                page.links
                    .push(([MARGIN_X, top, TEXT_W, y - top], link.clone()));
            }
            j += take;
            if j < p.lines.len() {
                laid.pages.push(Page::default());
                y = MARGIN_TOP;
            }
        }
        y += b.space_after;
    }
    Ok(laid)
}

#[cfg(test)]
mod tests {
    use super::super::fonts::Style;
    use super::*;

    fn para(words: usize) -> Block {
        let text = vec!["word"; words].join(" ");
        Block::new(vec![Span::new(text, Style::Regular, 10.0)])
    }

    fn lines_per_page(laid: &Laid) -> Vec<usize> {
        laid.pages.iter().map(|p| p.lines.len()).collect()
    }

    #[test]
    fn headings_stay_with_what_follows_and_no_single_lines_are_left() {
        let fonts = Fonts::get().unwrap();
        // Fill a page nearly to the bottom, then a heading and a paragraph.
        let filler_lines = ((PAGE_H - MARGIN_BOTTOM - MARGIN_TOP) / 14.0) as usize - 2;
        let mut blocks: Vec<Block> = (0..filler_lines)
            .map(|_| Block::new(vec![Span::new("line", Style::Regular, 10.0)]))
            .collect();
        let mut heading = Block::new(vec![Span::new("Heading", Style::Bold, 10.0)]);
        heading.keep_with_next = true;
        heading.anchor = Some("h".into());
        blocks.push(heading);
        blocks.push(para(300));
        let laid = paginate(fonts, &blocks).unwrap();
        // The heading moved to page 2 with its paragraph.
        assert_eq!(laid.anchors["h"].page, 1);
        // Every page break leaves at least two lines of a paragraph on each side.
        let laid = paginate(fonts, &[para(2000)]).unwrap();
        let counts = lines_per_page(&laid);
        assert!(counts.len() >= 2, "{counts:?}");
        assert!(counts.iter().all(|&n| n >= 2), "{counts:?}");
        // A paragraph that would leave one line at the top of the next page
        // takes one line more with it.
        let per_page = counts[0];
        let laid = paginate(fonts, &[para(1)]).unwrap();
        assert_eq!(lines_per_page(&laid), [1]);
        let words_per_line = {
            let l = paginate(fonts, &[para(400)]).unwrap();
            400 / l.pages[0].lines.len()
        };
        let laid = paginate(fonts, &[para(words_per_line * (per_page + 1) - 2)]).unwrap();
        let counts = lines_per_page(&laid);
        assert!(counts.iter().all(|&n| n >= 2), "{counts:?}");
    }
}
