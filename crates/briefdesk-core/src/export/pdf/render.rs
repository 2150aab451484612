//! Laid-out pages → a printpdf document, every piece of content in marked
//! content: shaped glyphs as glyph ids with their kerning (the extraction
//! text of every glyph kept for copy and search), each run in a
//! `BDC … EMC` pair whose MCID is recorded against its structure element
//! (a link's own Link element, a `/Lang (ja)` span for Japanese); running
//! header, footer, watermark, rules, bars and leaders as artifacts. Links
//! are handed to `post`, which writes them as annotations tied to their
//! Link elements. printpdf serializes the pages to a `lopdf::Document`.

use std::collections::{BTreeMap, HashMap};

use printpdf::{
    Codepoint, Color, DictItem, FontId, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Pt, Rect, TextItem, TextMatrix,
};

use super::fonts::{Face, FaceId, Fonts};
use super::layout::{Artifact, Laid, LinkOwner, PlacedLine, Tag, PAGE_H, PAGE_W};
use super::tags::{is_japanese, Kid, NodeId, Role, Tree};
use super::text::{Link, Rgb};
use super::PdfError;

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb::new(c.0, c.1, c.2, None))
}

/// The printpdf fonts, added on first use (in a fixed order, so the output
/// does not depend on anything but the content).
struct FontTable<'a> {
    fonts: &'a Fonts,
    ids: HashMap<FaceId, FontId>,
}

impl FontTable<'_> {
    fn face(&self, id: FaceId) -> &Face {
        self.fonts.face(id)
    }

    fn id(&mut self, doc: &mut PdfDocument, face: FaceId) -> Result<FontId, PdfError> {
        if let Some(id) = self.ids.get(&face) {
            return Ok(id.clone());
        }
        let f = self.fonts.face(face);
        let parsed = f
            .for_printpdf()
            .ok_or_else(|| PdfError::Font(format!("{}: printpdf cannot read it", f.name)))?;
        let id = doc.add_font(parsed);
        self.ids.insert(face, id.clone());
        Ok(id)
    }
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

/// The `BDC` of an artifact.
fn artifact(kind: Artifact) -> Op {
    let mut map = BTreeMap::new();
    match kind {
        Artifact::Header | Artifact::Footer => {
            let (sub, edge) = if kind == Artifact::Header {
                ("Header", "Top")
            } else {
                ("Footer", "Bottom")
            };
            map.insert("Type".to_owned(), name("Pagination"));
            map.insert("Subtype".to_owned(), name(sub));
            map.insert("Attached".to_owned(), DictItem::Array(vec![name(edge)]));
        }
        Artifact::Watermark => {
            map.insert("Type".to_owned(), name("Pagination"));
            map.insert("Subtype".to_owned(), name("Watermark"));
        }
        Artifact::Layout => {
            map.insert("Type".to_owned(), name("Layout"));
        }
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Artifact".into(),
        properties: DictItem::Dict { map },
    }
}

/// A link annotation for `post` to write.
#[derive(Debug, Clone)]
pub struct Annot {
    /// x0, y0, x1, y1 in PDF coordinates.
    pub rect: [f32; 4],
    pub target: Target,
    /// Its description (`/Contents`).
    pub contents: String,
}

/// Where a link goes.
#[derive(Debug, Clone)]
pub enum Target {
    Uri(String),
    /// A page (index) and the height of the place on it.
    Page {
        page: usize,
        top: f32,
    },
}

/// What `post` needs besides the document: per page, the structure element
/// of each MCID (in order) and the link annotations.
pub struct Rendered {
    pub doc: lopdf::Document,
    pub mcids: Vec<Vec<NodeId>>,
    pub annots: Vec<Vec<Annot>>,
}

/// Marked content of one page: the MCIDs it gave out, and the elements
/// made for links and Japanese spans.
struct Marks<'t> {
    tree: &'t mut Tree,
    page: usize,
    mcids: Vec<NodeId>,
    /// The Link element of a span of a block (its element, span index).
    links: &'t mut HashMap<(NodeId, usize), NodeId>,
    /// The text state already set in this text section (font and size,
    /// fill colour), so it is written only when it changes.
    font: Option<(FaceId, f32)>,
    color: Option<Rgb>,
}

impl Marks<'_> {
    /// Open marked content for `node`: its next MCID on this page.
    fn begin(&mut self, node: NodeId, ops: &mut Vec<Op>) {
        let mcid = self.mcids.len() as u32;
        self.mcids.push(node);
        self.tree.nodes[node].kids.push(Kid::Mcid {
            page: self.page,
            mcid,
        });
        let mut map = BTreeMap::new();
        map.insert("MCID".to_owned(), DictItem::Int(i64::from(mcid)));
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: self.tree.role(node).name().into(),
            properties: DictItem::Dict { map },
        });
    }

    fn link(&mut self, node: NodeId, span: usize) -> NodeId {
        if let Some(&l) = self.links.get(&(node, span)) {
            return l;
        }
        let l = self.tree.add(node, Role::Link);
        self.links.insert((node, span), l);
        l
    }
}

/// The ops drawing one placed line, in marked content.
fn line_ops(
    doc: &mut PdfDocument,
    fonts: &mut FontTable<'_>,
    marks: &mut Marks<'_>,
    l: &PlacedLine,
    ops: &mut Vec<Op>,
) -> Result<(), PdfError> {
    let s = &l.shaped;
    let mut g = l.line.glyphs.start;
    // The element whose marked content is open (for Japanese: the span
    // element, and the element it was made in).
    let mut open: Option<(NodeId, Option<NodeId>)> = None;
    if let Tag::Artifact(kind) = l.tag {
        ops.push(artifact(kind));
    }
    while g < l.line.glyphs.end {
        let first = &s.glyphs[g];
        let span = &s.spans[first.span];
        let mut e = g + 1;
        while e < l.line.glyphs.end
            && s.glyphs[e].face == first.face
            && s.glyphs[e].span == first.span
        {
            e += 1;
        }
        if let Tag::Node(node) = l.tag {
            let owner = if span.link.is_some() {
                marks.link(node, first.span)
            } else {
                node
            };
            // A Japanese paragraph's element is in Japanese, its Latin words
            // in spans of English; elsewhere Japanese runs are spans of ja.
            let (foreign, lang) = if s.japanese {
                marks.tree.nodes[node].lang = Some("ja");
                let latin = s.glyphs[g..e]
                    .iter()
                    .any(|gl| gl.text.chars().any(|c| c.is_ascii_alphabetic()));
                (latin, "en-GB")
            } else {
                let japanese = s.glyphs[g..e]
                    .iter()
                    .any(|gl| gl.text.chars().any(is_japanese));
                (japanese, "ja")
            };
            let target = if foreign {
                // Continue the span the owner ended with (the line before).
                let last = match marks.tree.nodes[owner].kids.last() {
                    Some(Kid::Node(sp))
                        if marks.tree.role(*sp) == Role::Span
                            && marks.tree.nodes[*sp].lang == Some(lang) =>
                    {
                        Some(*sp)
                    }
                    _ => None,
                };
                let sp = match (open, last) {
                    (Some((sp, Some(parent))), _) if parent == owner => sp,
                    (_, Some(sp)) => sp,
                    _ => {
                        let sp = marks.tree.add(owner, Role::Span);
                        marks.tree.nodes[sp].lang = Some(lang);
                        sp
                    }
                };
                (sp, Some(owner))
            } else {
                (owner, None)
            };
            if open != Some(target) {
                if open.is_some() {
                    ops.push(Op::EndMarkedContent);
                }
                marks.begin(target.0, ops);
                open = Some(target);
            }
        }
        let face = fonts.face(first.face);
        let mut codepoints = Vec::with_capacity(e - g);
        for k in g..e {
            let gl = &s.glyphs[k];
            // Viewers advance by the font's own width; the shaped advance
            // (kerning, justification) differs by the offset written after
            // the glyph.
            let nominal = face
                .advance(gl.gid)
                .map_or(0.0, |a| (f32::from(a) * 1000.0 / face.units_per_em).round());
            let stretch = if s.stretch[k] && k + 1 < l.line.glyphs.end {
                l.justify
            } else {
                0.0
            };
            let shaped = (gl.advance + stretch) * 1000.0 / span.size;
            let offset = nominal - shaped;
            codepoints.push(Codepoint {
                gid: gl.gid,
                offset: if offset.abs() < 0.05 { 0.0 } else { offset },
                cid: (!gl.text.is_empty()).then(|| gl.text.clone()),
            });
        }
        let id = fonts.id(doc, first.face)?;
        if marks.color != Some(span.color) {
            ops.push(Op::SetFillColor {
                col: color(span.color),
            });
            marks.color = Some(span.color);
        }
        if marks.font != Some((first.face, span.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(id),
                size: Pt(span.size),
            });
            marks.font = Some((first.face, span.size));
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(l.x_at(g)), Pt(PAGE_H - l.baseline)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(codepoints)],
        });
        g = e;
    }
    if open.is_some() || matches!(l.tag, Tag::Artifact(_)) {
        ops.push(Op::EndMarkedContent);
    }
    Ok(())
}

fn rect(x: f32, y_top: f32, w: f32, h: f32) -> Rect {
    Rect {
        x: Pt(x),
        y: Pt(PAGE_H - y_top - h),
        width: Pt(w),
        height: Pt(h),
        mode: Some(PaintMode::Fill),
        winding_order: None,
    }
}

/// What every page but the cover carries, and the watermark.
pub struct Furniture {
    /// Per page: lines of the running header and footer (artifacts).
    pub lines: Vec<Vec<PlacedLine>>,
    /// Per page: rules (x, y, width) of the header or the footer.
    pub rules: Vec<Vec<(f32, f32, f32, Artifact)>>,
    pub watermark: Option<PlacedLine>,
}

/// The pages as a printpdf document, serialized to lopdf, with the marked
/// content recorded in `tree`.
pub fn render(
    fonts: &Fonts,
    laid: &Laid,
    furniture: &Furniture,
    title: &str,
    tree: &mut Tree,
) -> Result<Rendered, PdfError> {
    let mut doc = PdfDocument::new(title);
    let mut table = FontTable {
        fonts,
        ids: HashMap::new(),
    };
    let mut links = HashMap::new();
    let mut pages = Vec::with_capacity(laid.pages.len());
    let mut all_mcids = Vec::with_capacity(laid.pages.len());
    let mut all_annots = Vec::with_capacity(laid.pages.len());
    for (pi, page) in laid.pages.iter().enumerate() {
        let mut ops = Vec::new();
        let mut marks = Marks {
            tree: &mut *tree,
            page: pi,
            mcids: Vec::new(),
            links: &mut links,
            font: None,
            color: None,
        };
        if let Some(w) = &furniture.watermark {
            ops.push(artifact(Artifact::Watermark));
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::StartTextSection);
            let s = &w.shaped;
            let id = table.id(&mut doc, s.glyphs[0].face)?;
            ops.push(Op::SetFillColor {
                col: color(s.spans[0].color),
            });
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(id),
                size: Pt(s.spans[0].size),
            });
            let width = w.line.width;
            // Rotated 45° about the centre of the page.
            let (sin, cos) = std::f32::consts::FRAC_PI_4.sin_cos();
            let cx = PAGE_W / 2.0 - (width / 2.0) * cos + (s.spans[0].size * 0.35) * sin;
            let cy = PAGE_H / 2.0 - (width / 2.0) * sin - (s.spans[0].size * 0.35) * cos;
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw([cos, sin, -sin, cos, cx, cy]),
            });
            let codepoints = s.glyphs[w.line.glyphs.clone()]
                .iter()
                .map(|g| Codepoint {
                    gid: g.gid,
                    offset: 0.0,
                    cid: Some(g.text.clone()),
                })
                .collect();
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(codepoints)],
            });
            ops.push(Op::EndTextSection);
            ops.push(Op::RestoreGraphicsState);
            ops.push(Op::EndMarkedContent);
        }
        if !page.bars.is_empty() || !page.leaders.is_empty() {
            ops.push(artifact(Artifact::Layout));
            for &(x, top, bottom, c) in &page.bars {
                ops.push(Op::SetFillColor { col: color(c) });
                ops.push(Op::DrawRectangle {
                    rectangle: rect(x, top + 1.0, 2.0, bottom - top - 2.0),
                });
            }
            if !page.leaders.is_empty() {
                ops.push(Op::SetFillColor {
                    col: color(Rgb(0.55, 0.58, 0.62)),
                });
            }
            for leader in &page.leaders {
                // Dots every 4.5 pt, aligned to a grid so columns line up.
                let step = 4.5;
                let mut x = (leader.x0 / step).ceil() * step;
                while x + 1.0 <= leader.x1 {
                    ops.push(Op::DrawRectangle {
                        rectangle: rect(x, leader.baseline - 1.2, 0.9, 0.9),
                    });
                    x += step;
                }
            }
            ops.push(Op::EndMarkedContent);
        }
        for &(x, y, w, kind) in furniture.rules.get(pi).map_or(&[][..], |r| &r[..]) {
            ops.push(artifact(kind));
            ops.push(Op::SetFillColor {
                col: color(Rgb(0.80, 0.82, 0.85)),
            });
            ops.push(Op::DrawRectangle {
                rectangle: rect(x, y, w, 0.6),
            });
            ops.push(Op::EndMarkedContent);
        }
        ops.push(Op::StartTextSection);
        (marks.font, marks.color) = (None, None);
        let extra = furniture.lines.get(pi).map_or(&[][..], |l| &l[..]);
        for l in page.lines.iter().chain(extra) {
            line_ops(&mut doc, &mut table, &mut marks, l, &mut ops)?;
        }
        ops.push(Op::EndTextSection);
        let mut annots = Vec::with_capacity(page.links.len());
        for link in &page.links {
            let [x, top, w, h] = link.rect;
            let (target, contents) = match &link.target {
                Link::Uri(u) => (Target::Uri(u.clone()), u.clone()),
                Link::Anchor(a) => {
                    let place = laid.anchors.get(a).ok_or_else(|| {
                        PdfError::Layout(format!("a link points to `{a}`, which is nowhere"))
                    })?;
                    let text = link.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let contents = match a.strip_prefix("source-") {
                        Some(n) => format!("Source {n} in the list of sources"),
                        None => format!("Go to {text}"),
                    };
                    (
                        Target::Page {
                            page: place.page,
                            top: PAGE_H - place.y + 12.0,
                        },
                        contents,
                    )
                }
            };
            let owner = match link.owner {
                LinkOwner::Node(n) => n,
                LinkOwner::Span(n, s) => marks.link(n, s),
            };
            marks.tree.nodes[owner].kids.push(Kid::Annot {
                page: pi,
                index: annots.len(),
            });
            annots.push(Annot {
                rect: [x, PAGE_H - top - h, x + w, PAGE_H - top],
                target,
                contents,
            });
        }
        all_mcids.push(marks.mcids);
        all_annots.push(annots);
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    Ok(Rendered {
        doc: doc
            .with_pages(pages)
            .to_lopdf_document(&opts, &mut warnings),
        mcids: all_mcids,
        annots: all_annots,
    })
}
