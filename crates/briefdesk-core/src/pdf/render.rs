//! Laid-out pages → a printpdf document: shaped glyphs as glyph ids with
//! their kerning (the extraction text of every glyph kept for copy and
//! search), running header and footer, the DRAFT watermark, borderless
//! links to places in the document and to URLs. printpdf serializes it to a
//! `lopdf::Document` that `post` finishes.

use std::collections::HashMap;

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, Destination, FontId, HighlightingMode,
    LinkAnnotation, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    Rect, TextItem, TextMatrix,
};

use super::fonts::{Face, FaceId, Fonts};
use super::layout::{Laid, PlacedLine, PAGE_H, PAGE_W};
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

/// The ops drawing one placed line.
fn line_ops(
    doc: &mut PdfDocument,
    fonts: &mut FontTable<'_>,
    l: &PlacedLine,
    ops: &mut Vec<Op>,
) -> Result<(), PdfError> {
    let s = &l.shaped;
    let mut g = l.line.glyphs.start;
    let mut x = l.x;
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
        let face = fonts.face(first.face);
        let mut codepoints = Vec::with_capacity(e - g);
        for gl in &s.glyphs[g..e] {
            // Viewers advance by the font's own width; the shaped advance
            // (kerning) differs by the offset written after the glyph.
            let nominal = face
                .advance(gl.gid)
                .map_or(0.0, |a| (f32::from(a) * 1000.0 / face.units_per_em).round());
            let shaped = gl.advance * 1000.0 / span.size;
            let offset = nominal - shaped;
            codepoints.push(Codepoint {
                gid: gl.gid,
                offset: if offset.abs() < 0.05 { 0.0 } else { offset },
                cid: (!gl.text.is_empty()).then(|| gl.text.clone()),
            });
        }
        let id = fonts.id(doc, first.face)?;
        ops.push(Op::SetFillColor {
            col: color(span.color),
        });
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(id),
            size: Pt(span.size),
        });
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(PAGE_H - l.baseline)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(codepoints)],
        });
        x += s.x_of(g, e);
        g = e;
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
    /// Per page: lines of the running header and footer.
    pub lines: Vec<Vec<PlacedLine>>,
    /// Per page: rules (x, y, width).
    pub rules: Vec<Vec<(f32, f32, f32)>>,
    pub watermark: Option<PlacedLine>,
}

/// The pages as a printpdf document, serialized to lopdf.
pub fn render(
    fonts: &Fonts,
    laid: &Laid,
    furniture: &Furniture,
    title: &str,
) -> Result<lopdf::Document, PdfError> {
    let mut doc = PdfDocument::new(title);
    let mut table = FontTable {
        fonts,
        ids: HashMap::new(),
    };
    let mut pages = Vec::with_capacity(laid.pages.len());
    for (pi, page) in laid.pages.iter().enumerate() {
        let mut ops = Vec::new();
        if let Some(w) = &furniture.watermark {
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::StartTextSection);
            let s = &w.shaped;
            let id = table.id(&mut doc, s.glyphs[0].face)?;
            ops.push(Op::SetFillColor {
                col: color(Rgb(0.90, 0.90, 0.92)),
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
        }
        for &(x, top, bottom, c) in &page.bars {
            ops.push(Op::SetFillColor { col: color(c) });
            ops.push(Op::DrawRectangle {
                rectangle: rect(x, top + 1.0, 2.0, bottom - top - 2.0),
            });
        }
        for &(x, y, w) in furniture.rules.get(pi).map_or(&[][..], |r| &r[..]) {
            ops.push(Op::SetFillColor {
                col: color(Rgb(0.80, 0.82, 0.85)),
            });
            ops.push(Op::DrawRectangle {
                rectangle: rect(x, y, w, 0.6),
            });
        }
        for leader in &page.leaders {
            // Dots every 4.5 pt, aligned to a grid so columns line up.
            let step = 4.5;
            let mut x = (leader.x0 / step).ceil() * step;
            ops.push(Op::SetFillColor {
                col: color(Rgb(0.55, 0.58, 0.62)),
            });
            while x + 1.0 <= leader.x1 {
                ops.push(Op::DrawRectangle {
                    rectangle: rect(x, leader.baseline - 1.2, 0.9, 0.9),
                });
                x += step;
            }
        }
        ops.push(Op::StartTextSection);
        let extra = furniture.lines.get(pi).map_or(&[][..], |l| &l[..]);
        for l in page.lines.iter().chain(extra) {
            line_ops(&mut doc, &mut table, l, &mut ops)?;
        }
        ops.push(Op::EndTextSection);
        for ([x, top, w, h], link) in &page.links {
            let actions = match link {
                Link::Uri(u) => Actions::Uri(u.clone()),
                Link::Anchor(a) => {
                    let place = laid.anchors.get(a).ok_or_else(|| {
                        PdfError::Layout(format!("a link points to `{a}`, which is nowhere"))
                    })?;
                    Actions::Goto(Destination::Xyz {
                        page: place.page + 1,
                        left: Some(0.0),
                        top: Some(PAGE_H - place.y + 12.0),
                        zoom: None,
                    })
                }
            };
            let mut area = rect(*x, *top, *w, *h);
            area.mode = None;
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    area,
                    actions,
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    Ok(doc
        .with_pages(pages)
        .to_lopdf_document(&opts, &mut warnings))
}
