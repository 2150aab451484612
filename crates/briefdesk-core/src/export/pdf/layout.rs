//! Pagination: blocks of shaped text → lines placed on pages.
//!
//! A heading is kept with what follows it (a commitment's heading with its
//! status line and at least two lines of its body); a paragraph never
//! leaves a single line at the foot of a page or at the head of the next;
//! and a page that would end a section with only a line or two of it takes
//! a little more with it from the page before. Japanese paragraphs are
//! justified to the measure; list items share the indent of their widest
//! marker. Records where every anchor and outline entry landed, so the
//! contents, links and bookmarks can point there, and which structure
//! element every line and link belongs to.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::fonts::Fonts;
use super::tags::NodeId;
use super::text::{shape, Line, Link, Rgb, Shaped, Span};
use super::PdfError;

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
/// Side margins: a measure of about 70 characters of body text.
pub const MARGIN_X: f32 = 90.0;
pub const MARGIN_TOP: f32 = 80.0;
pub const MARGIN_BOTTOM: f32 = 76.0;
pub const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Between a list marker and its text.
const MARKER_GAP: f32 = 5.0;
/// The fewest lines on the last page of a section that does not start
/// there.
const MIN_TAIL_LINES: usize = 5;

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
    /// The whole block links there (its `node` is then a Link element).
    pub link: Option<Link>,
    /// A vertical bar in the indent (the user's notes).
    pub bar: Option<Rgb>,
    /// The structure element its text belongs to.
    pub node: NodeId,
    /// The element of its marker (a list item's Lbl).
    pub marker_node: Option<NodeId>,
    /// The list it is an item of: the items of one list share the indent
    /// that fits their widest marker, so "12." does not hang into the margin.
    pub list: Option<NodeId>,
    /// Where its text comes from, for errors: "talking point 3 of section 2
    /// (Semiconductors)".
    pub place: Rc<str>,
}

impl Block {
    pub fn new(node: NodeId, spans: Vec<Span>) -> Block {
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
            node,
            marker_node: None,
            list: None,
            place: Rc::from("the brief"),
        }
    }
}

/// What a placed line is, for the structure tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Real content of this element.
    Node(NodeId),
    /// Not content: running header, footer, watermark.
    Artifact(Artifact),
}

/// Kinds of artifact (ISO 32000-1, 14.8.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    Header,
    Footer,
    Watermark,
    /// Rules, bars, leaders: drawn for the layout only.
    Layout,
}

/// A line placed on a page.
#[derive(Debug, Clone)]
pub struct PlacedLine {
    pub shaped: Rc<Shaped>,
    pub line: Line,
    pub x: f32,
    /// Baseline, from the top of the page.
    pub baseline: f32,
    pub tag: Tag,
    /// Added to every stretchable gap of the line (justified Japanese).
    pub justify: f32,
}

impl PlacedLine {
    /// A line of `s`, all of it, not justified.
    pub fn whole(s: Rc<Shaped>, x: f32, baseline: f32, tag: Tag) -> PlacedLine {
        let n = s.glyphs.len();
        let width = s.x_of(0, n);
        PlacedLine {
            shaped: s,
            line: Line {
                glyphs: 0..n,
                width,
            },
            x,
            baseline,
            tag,
            justify: 0.0,
        }
    }

    /// The x position of glyph `i` of the line.
    pub fn x_at(&self, i: usize) -> f32 {
        self.x
            + self
                .shaped
                .x_justified(self.line.glyphs.start, i, self.justify)
    }
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

/// Whose link an area is: a block's (its Link element) or a span's (a
/// Link element within the block's element, one per span).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkOwner {
    Node(NodeId),
    Span(NodeId, usize),
}

/// A link area on a page.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// x, top, width, height (from the top of the page).
    pub rect: [f32; 4],
    pub target: Link,
    pub owner: LinkOwner,
    /// The linked text, for the annotation's description.
    pub text: String,
}

/// One laid-out page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub lines: Vec<PlacedLine>,
    /// Vertical bars: x, top, bottom, colour.
    pub bars: Vec<(f32, f32, f32, Rgb)>,
    pub links: Vec<PageLink>,
    pub leaders: Vec<Leader>,
}

/// Pages, and where anchors and outline entries landed.
#[derive(Debug, Default)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub anchors: HashMap<String, Place>,
    pub outline: Vec<(u8, String, Place)>,
    /// Per page: the blocks on it (index, number of its lines there).
    pub blocks: Vec<Vec<(usize, usize)>>,
}

struct Prepared {
    shaped: Rc<Shaped>,
    lines: Vec<Line>,
    line_h: f32,
    ascent: f32,
    marker: Option<Rc<Shaped>>,
    tab: Option<Rc<Shaped>>,
    /// The text's left edge, from the text area's (list indents applied).
    indent: f32,
    /// The width lines are broken to.
    measure: f32,
}

fn prepare(fonts: &Fonts, b: &Block, indent: f32) -> Result<Prepared, PdfError> {
    let place = |e: PdfError| match e {
        PdfError::MissingGlyph {
            character, fonts, ..
        } => PdfError::MissingGlyph {
            character,
            fonts,
            place: b.place.to_string(),
        },
        e => e,
    };
    let tab = b
        .tab
        .as_ref()
        .map(|t| shape(fonts, vec![t.span.clone()]).map(Rc::new))
        .transpose()
        .map_err(place)?;
    let tab_w = tab
        .as_ref()
        .map_or(0.0, |t| t.x_of(0, t.glyphs.len()) + 24.0);
    let shaped = Rc::new(shape(fonts, b.spans.clone()).map_err(place)?);
    let measure = TEXT_W - indent - tab_w;
    let lines = shaped.lines(measure);
    let size = shaped.size().max(1.0);
    let marker = b
        .marker
        .as_ref()
        .map(|m| shape(fonts, vec![m.clone()]).map(Rc::new))
        .transpose()
        .map_err(place)?;
    Ok(Prepared {
        line_h: size * b.leading,
        ascent: size * 0.95 + size * (b.leading - 1.0) / 2.0,
        shaped,
        lines,
        marker,
        tab,
        indent,
        measure,
    })
}

/// Choices that move content on: a block that must start a page, or one
/// that may take at most so many lines on its first page.
#[derive(Default)]
struct Rules {
    break_before: HashSet<usize>,
    first_max: HashMap<usize, usize>,
}

/// The height a block needs on the current page before it may start:
/// itself and what it keeps with; else as many lines as may not be split
/// (a paragraph of three lines or fewer stays whole; a longer one needs
/// two).
fn need(blocks: &[Block], prepared: &[Prepared], i: usize, depth: usize) -> f32 {
    let (b, p) = (&blocks[i], &prepared[i]);
    let n = p.lines.len();
    if b.keep_with_next && i + 1 < blocks.len() && depth < 5 && !blocks[i + 1].page_break_before {
        n as f32 * p.line_h
            + b.space_after
            + blocks[i + 1].space_before
            + need(blocks, prepared, i + 1, depth + 1)
    } else {
        (if n <= 3 { n } else { 2 }) as f32 * p.line_h
    }
}

/// Lay `blocks` out on pages of the standard frame.
pub fn paginate(fonts: &Fonts, blocks: &[Block]) -> Result<Laid, PdfError> {
    // The items of a list share the indent that fits their widest marker.
    let mut markers: HashMap<NodeId, f32> = HashMap::new();
    let mut shaped_markers = Vec::with_capacity(blocks.len());
    for b in blocks {
        let w = match &b.marker {
            Some(m) => {
                let s = shape(fonts, vec![m.clone()])?;
                s.x_of(0, s.glyphs.len())
            }
            None => 0.0,
        };
        if let Some(l) = b.list {
            let e = markers.entry(l).or_insert(0.0);
            *e = e.max(w);
        }
        shaped_markers.push(w);
    }
    let prepared: Vec<Prepared> = blocks
        .iter()
        .zip(&shaped_markers)
        .map(|(b, w)| {
            let widest = b.list.and_then(|l| markers.get(&l)).copied().unwrap_or(*w);
            let indent = if b.marker.is_some() {
                b.indent.max(widest + MARKER_GAP)
            } else {
                b.indent
            };
            prepare(fonts, b, indent)
        })
        .collect::<Result<_, _>>()?;
    let mut rules = Rules::default();
    let mut tried: HashSet<usize> = HashSet::new();
    loop {
        let laid = place(blocks, &prepared, &rules);
        let Some(fix) = lonely_tail(blocks, &prepared, &laid, &tried) else {
            return Ok(laid);
        };
        tried.insert(fix.block());
        match fix {
            Fix::Split(k, max) => {
                rules.first_max.insert(k, max);
            }
            Fix::Break(k) => {
                rules.break_before.insert(k);
            }
        }
    }
}

enum Fix {
    /// Block `k` takes at most this many lines on its first page.
    Split(usize, usize),
    /// Block `k` starts a new page.
    Break(usize),
}

impl Fix {
    fn block(&self) -> usize {
        match self {
            Fix::Split(k, _) | Fix::Break(k) => *k,
        }
    }
}

/// A page that ends a section (or the document) holding fewer than
/// [`MIN_TAIL_LINES`] lines, and the change that gives it more from the
/// page before.
fn lonely_tail(
    blocks: &[Block],
    prepared: &[Prepared],
    laid: &Laid,
    tried: &HashSet<usize>,
) -> Option<Fix> {
    for p in 1..laid.blocks.len() {
        let here = &laid.blocks[p];
        let lines: usize = here.iter().map(|&(_, n)| n).sum();
        let tail = match laid.blocks.get(p + 1) {
            None => true,
            Some(next) => next
                .first()
                .is_some_and(|&(i, _)| blocks[i].page_break_before),
        };
        let starts_section = here
            .first()
            .is_some_and(|&(i, _)| blocks[i].page_break_before);
        if !tail || starts_section || lines >= MIN_TAIL_LINES || here.is_empty() {
            continue;
        }
        let &(k, on_prev) = laid.blocks[p - 1].last()?;
        if tried.contains(&k) {
            continue;
        }
        let total = prepared[k].lines.len();
        let continued = here.first().is_some_and(|&(i, _)| i == k);
        let wanted = MIN_TAIL_LINES - lines;
        // Split the block before, leaving at least two lines on each side…
        if continued {
            if on_prev >= wanted + 2 {
                return Some(Fix::Split(k, on_prev - wanted));
            }
        } else if on_prev == total {
            let moved = wanted.max(2);
            if total >= moved + 2 {
                return Some(Fix::Split(k, total - moved));
            }
        } else {
            continue; // it started on an earlier page: leave it
        }
        // …else move it over whole, with the headings it is kept with.
        let mut j = k;
        while j > 0 && blocks[j - 1].keep_with_next && !blocks[j].page_break_before {
            j -= 1;
        }
        let at_top = laid.blocks[p - 1].first().is_some_and(|&(i, _)| i == j);
        if !at_top && !blocks[j].page_break_before {
            return Some(Fix::Break(j));
        }
    }
    None
}

fn place(blocks: &[Block], prepared: &[Prepared], rules: &Rules) -> Laid {
    let bottom = PAGE_H - MARGIN_BOTTOM;
    let mut laid = Laid {
        pages: vec![Page::default()],
        blocks: vec![Vec::new()],
        ..Default::default()
    };
    let new_page = |laid: &mut Laid| {
        laid.pages.push(Page::default());
        laid.blocks.push(Vec::new());
    };
    let mut y = MARGIN_TOP;
    let at_top = |y: f32| y <= MARGIN_TOP + 0.01;
    for (i, (b, p)) in blocks.iter().zip(prepared).enumerate() {
        if (b.page_break_before || rules.break_before.contains(&i)) && !at_top(y) {
            new_page(&mut laid);
            y = MARGIN_TOP;
        }
        if !at_top(y) {
            y += b.space_before;
            if y + need(blocks, prepared, i, 0) > bottom {
                new_page(&mut laid);
                y = MARGIN_TOP;
            }
        }
        let x = MARGIN_X + p.indent;
        let mut first = true;
        let mut j = 0;
        while j < p.lines.len() {
            // How many lines fit here; keep at least two together on
            // either side of a page break.
            let fit = ((bottom - y) / p.line_h + 0.001).floor().max(0.0) as usize;
            let left = p.lines.len() - j;
            let mut take = fit.min(left);
            if first && !at_top(y) {
                if let Some(&m) = rules.first_max.get(&i) {
                    take = take.min(m);
                }
            }
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
                new_page(&mut laid);
                y = MARGIN_TOP;
                continue;
            }
            let page_i = laid.pages.len() - 1;
            laid.blocks[page_i].push((i, take));
            let top = y;
            for k in j..j + take {
                let line = p.lines[k].clone();
                let baseline = y + p.ascent;
                let last = k + 1 == p.lines.len();
                // Japanese paragraphs are justified, all lines but the last.
                let gaps = p.shaped.stretch_gaps(line.glyphs.start, line.glyphs.end);
                let justify = if p.shaped.japanese && !last && gaps > 0 {
                    ((p.measure - line.width) / gaps as f32).clamp(0.0, p.shaped.size() * 0.5)
                } else {
                    0.0
                };
                let placed = PlacedLine {
                    shaped: p.shaped.clone(),
                    line,
                    x,
                    baseline,
                    tag: Tag::Node(b.node),
                    justify,
                };
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
                        page.lines.push(PlacedLine::whole(
                            m.clone(),
                            x - w - MARKER_GAP,
                            baseline,
                            Tag::Node(b.marker_node.unwrap_or(b.node)),
                        ));
                    }
                    first = false;
                }
                // Links of spans within this line.
                let s = &p.shaped;
                let mut g = placed.line.glyphs.start;
                while g < placed.line.glyphs.end {
                    let span = s.glyphs[g].span;
                    let mut e = g + 1;
                    while e < placed.line.glyphs.end && s.glyphs[e].span == span {
                        e += 1;
                    }
                    if let Some(link) = &s.spans[span].link {
                        let x0 = placed.x_at(g);
                        let x1 = placed.x_at(e);
                        page.links.push(PageLink {
                            rect: [x0, y, x1 - x0, p.line_h],
                            target: link.clone(),
                            owner: LinkOwner::Span(b.node, span),
                            text: s.spans[span].text.clone(),
                        });
                    }
                    g = e;
                }
                let end = placed.x + placed.line.width;
                page.lines.push(placed);
                if last {
                    if let Some(t) = &p.tab {
                        let w = t.x_of(0, t.glyphs.len());
                        let tx = MARGIN_X + TEXT_W - w;
                        if b.tab.as_ref().is_some_and(|t| t.leader) {
                            page.leaders.push(Leader {
                                x0: end + 6.0,
                                x1: tx - 6.0,
                                baseline,
                            });
                        }
                        page.lines.push(PlacedLine::whole(
                            t.clone(),
                            tx,
                            baseline,
                            Tag::Node(b.node),
                        ));
                    }
                }
                y += p.line_h;
            }
            let page = laid.pages.last_mut().expect("a page");
            if let Some(c) = b.bar {
                page.bars.push((x - 10.0, top, y, c));
            }
            if let Some(link) = &b.link {
                page.links.push(PageLink {
                    rect: [MARGIN_X, top, TEXT_W, y - top],
                    target: link.clone(),
                    owner: LinkOwner::Node(b.node),
                    text: p.shaped.text.clone(),
                });
            }
            j += take;
            if j < p.lines.len() {
                new_page(&mut laid);
                y = MARGIN_TOP;
            }
        }
        y += b.space_after;
    }
    laid
}

#[cfg(test)]
mod tests {
    use super::super::fonts::Style;
    use super::*;

    fn para(words: usize) -> Block {
        let text = vec!["word"; words].join(" ");
        Block::new(0, vec![Span::new(text, Style::Regular, 10.0)])
    }

    fn line(text: &str) -> Block {
        Block::new(0, vec![Span::new(text, Style::Regular, 10.0)])
    }

    fn lines_per_page(laid: &Laid) -> Vec<usize> {
        laid.pages.iter().map(|p| p.lines.len()).collect()
    }

    /// Lines of 14 pt that fill a page but for `free` of them.
    fn filler(free: usize) -> Vec<Block> {
        let n = ((PAGE_H - MARGIN_BOTTOM - MARGIN_TOP) / 14.0 + 0.001) as usize;
        (0..n - free).map(|_| line("line")).collect()
    }

    #[test]
    fn headings_stay_with_what_follows_and_no_single_lines_are_left() {
        let fonts = Fonts::get().unwrap();
        // Fill a page nearly to the bottom, then a heading and a paragraph.
        let mut blocks = filler(2);
        let mut heading = Block::new(0, vec![Span::new("Heading", Style::Bold, 10.0)]);
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

    #[test]
    fn a_heading_and_status_line_never_end_a_page_without_two_lines_of_the_body() {
        let fonts = Fonts::get().unwrap();
        // Room for heading, status and two lines, but the body has three
        // (which cannot be split two and one): all go to the next page.
        let words_per_line = {
            let l = paginate(fonts, &[para(400)]).unwrap();
            400 / l.pages[0].lines.len()
        };
        for free in 2..7 {
            let mut blocks = filler(free);
            let mut h = line("C1-05 Heading");
            h.keep_with_next = true;
            h.anchor = Some("h".into());
            let mut status = line("Status: delivered");
            status.keep_with_next = true;
            blocks.push(h);
            blocks.push(status);
            let mut body = para(words_per_line * 3 - 1);
            body.anchor = Some("body".into());
            blocks.push(body);
            let laid = paginate(fonts, &blocks).unwrap();
            let first_page = &laid.blocks[laid.anchors["h"].page];
            let body_lines: usize = first_page
                .iter()
                .filter(|(i, _)| *i == blocks.len() - 1)
                .map(|(_, n)| n)
                .sum();
            assert!(body_lines >= 2, "free {free}: {first_page:?}");
        }
    }

    #[test]
    fn a_section_never_ends_with_a_page_of_one_line() {
        let fonts = Fonts::get().unwrap();
        // A page full but for nothing, then one more short line, then a new
        // section: the short line does not stand alone on a page.
        for free in 0..3 {
            let mut blocks = filler(free);
            blocks.push(para(120));
            blocks.push(line("The last line of the section."));
            let mut next = line("Next section");
            next.page_break_before = true;
            blocks.push(next);
            let laid = paginate(fonts, &blocks).unwrap();
            let n = laid.pages.len();
            // The page before the next section holds a few lines at least.
            let counts = lines_per_page(&laid);
            assert!(counts[n - 2] >= MIN_TAIL_LINES, "free {free}: {counts:?}");
        }
    }

    #[test]
    fn list_items_share_the_indent_of_their_widest_marker() {
        let fonts = Fonts::get().unwrap();
        let blocks: Vec<Block> = (1..=12)
            .map(|k| {
                let mut b = line("point");
                b.indent = 4.0;
                b.marker = Some(Span::new(format!("{k}."), Style::Bold, 10.0));
                b.list = Some(7);
                b
            })
            .collect();
        let laid = paginate(fonts, &blocks).unwrap();
        let lines = &laid.pages[0].lines;
        let text_x: Vec<f32> = lines.iter().skip(1).step_by(2).map(|l| l.x).collect();
        assert!(text_x.windows(2).all(|w| w[0] == w[1]), "{text_x:?}");
        // No marker starts left of the text area.
        assert!(lines.iter().all(|l| l.x >= MARGIN_X - 0.01), "{lines:?}");
    }

    #[test]
    fn body_text_sets_65_to_80_characters_a_line() {
        let fonts = Fonts::get().unwrap();
        let ds = crate::Dataset::embedded().unwrap();
        let mut counts = Vec::new();
        for c in &ds.commitments {
            let s = shape(
                fonts,
                vec![Span::new(
                    &c.summary,
                    Style::Regular,
                    super::super::content::BODY,
                )],
            )
            .unwrap();
            let lines = s.lines(TEXT_W);
            for l in &lines[..lines.len() - 1] {
                let text: String = s.glyphs[l.glyphs.clone()]
                    .iter()
                    .map(|g| g.text.as_str())
                    .collect();
                counts.push(text.chars().count());
            }
        }
        let mean = counts.iter().sum::<usize>() as f32 / counts.len() as f32;
        eprintln!(
            "measure: {mean:.1} characters a line over {} lines",
            counts.len()
        );
        assert!(
            counts.len() > 100 && (65.0..=80.0).contains(&mean),
            "{mean} over {} lines",
            counts.len()
        );
        let long = counts.iter().filter(|&&n| n > 85).count();
        assert!(long * 20 <= counts.len(), "{long} lines over 85 characters");
    }

    #[test]
    fn japanese_paragraphs_are_justified_to_the_measure() {
        let fonts = Fonts::get().unwrap();
        if fonts.cjk(0).is_none() {
            return; // the export tests require the font
        }
        let text = "2026年5月に開かれる第4回日EUデジタルパートナーシップ閣僚会合では、半導体の供給網と研究協力が主な議題となる見込みである。経済産業省は2023年7月の覚書に基づく専門家チームの成果を報告する予定である。";
        let laid = paginate(
            fonts,
            &[Block::new(0, vec![Span::new(text, Style::Regular, 10.5)])],
        )
        .unwrap();
        let lines = &laid.pages[0].lines;
        assert!(lines.len() >= 3, "{}", lines.len());
        for l in &lines[..lines.len() - 1] {
            let right =
                l.x_at(l.line.glyphs.end - 1) + l.shaped.glyphs[l.line.glyphs.end - 1].advance;
            assert!(
                (right - (MARGIN_X + TEXT_W)).abs() < 0.5,
                "ragged by {}",
                MARGIN_X + TEXT_W - right
            );
        }
        let last = lines.last().unwrap();
        assert_eq!(last.justify, 0.0);
        // English stays ragged.
        let laid = paginate(fonts, &[para(200)]).unwrap();
        assert!(laid.pages[0].lines.iter().all(|l| l.justify == 0.0));
    }
}
