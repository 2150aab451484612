//! The fonts of a PDF export and per-character fallback: the bundled Noto
//! Sans family (regular, bold, italic, bold italic) for Latin, Greek and
//! Cyrillic, then Noto Sans CJK JP from the system for Japanese, then
//! Symbola (Debian `fonts-symbola`, monochrome) for emoji and symbols. A
//! character no face can draw is an error that names it — never a blank box.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::PdfError;

type ShapingKey = (
    rustybuzz::Script,
    rustybuzz::Direction,
    std::sync::Arc<rustybuzz::ShapePlan>,
);

/// The weight and slant of a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Style {
    pub fn bold(self) -> bool {
        matches!(self, Style::Bold | Style::BoldItalic)
    }
}

static NOTO_REGULAR: &[u8] = include_bytes!("../../../fonts/NotoSans-Regular.ttf");
static NOTO_BOLD: &[u8] = include_bytes!("../../../fonts/NotoSans-Bold.ttf");
static NOTO_ITALIC: &[u8] = include_bytes!("../../../fonts/NotoSans-Italic.ttf");
static NOTO_BOLD_ITALIC: &[u8] = include_bytes!("../../../fonts/NotoSans-BoldItalic.ttf");

/// Where `fonts-noto-cjk` puts its collections; face 0 is the JP one.
const CJK_REGULAR: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const CJK_BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
/// Where `fonts-symbola` puts its one face.
const SYMBOLA: &str = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

/// One font face: its bytes and the face index within them.
pub struct Face {
    pub name: &'static str,
    pub data: &'static [u8],
    pub index: u32,
    parsed: rustybuzz::ttf_parser::Face<'static>,
    shaper: rustybuzz::Face<'static>,
    /// Shaping plans by script and direction (building one reads the
    /// font's layout tables: too slow to repeat for every run of text).
    plans: std::sync::Mutex<Vec<ShapingKey>>,
    /// printpdf's parse of it, made once per process.
    printpdf: OnceLock<Option<printpdf::ParsedFont>>,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
}

impl Face {
    fn new(name: &'static str, data: &'static [u8], index: u32) -> Result<Face, PdfError> {
        let f = rustybuzz::ttf_parser::Face::parse(data, index)
            .map_err(|e| PdfError::Font(format!("{name}: {e}")))?;
        Ok(Face {
            name,
            data,
            index,
            units_per_em: f32::from(f.units_per_em()),
            ascender: f32::from(f.ascender()),
            descender: f32::from(f.descender()),
            shaper: rustybuzz::Face::from_face(f.clone()),
            parsed: f,
            plans: std::sync::Mutex::new(Vec::new()),
            printpdf: OnceLock::new(),
        })
    }

    /// The face for shaping.
    pub fn shaper(&self) -> &rustybuzz::Face<'static> {
        &self.shaper
    }

    /// The shaping plan for text of `script` in `direction`, made once.
    pub fn plan(
        &self,
        script: rustybuzz::Script,
        direction: rustybuzz::Direction,
    ) -> std::sync::Arc<rustybuzz::ShapePlan> {
        let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, p)) = plans
            .iter()
            .find(|(s, d, _)| *s == script && *d == direction)
        {
            return p.clone();
        }
        let plan = std::sync::Arc::new(rustybuzz::ShapePlan::new(
            &self.shaper,
            direction,
            Some(script),
            None,
            &[],
        ));
        plans.push((script, direction, plan.clone()));
        plan
    }

    pub fn has(&self, c: char) -> bool {
        self.parsed.glyph_index(c).is_some()
    }

    /// The face's own advance of glyph `gid`, in font units.
    pub fn advance(&self, gid: u16) -> Option<u16> {
        self.parsed
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
    }

    /// The face as printpdf embeds it (parsed once: 20 ms for the CJK one).
    pub fn for_printpdf(&self) -> Option<&printpdf::ParsedFont> {
        self.printpdf
            .get_or_init(|| {
                printpdf::ParsedFont::from_bytes(self.data, self.index as usize, &mut Vec::new())
            })
            .as_ref()
    }
}

/// Every face an export may use, in fallback order per style.
pub struct Fonts {
    /// Latin faces by style: regular, bold, italic, bold italic.
    pub latin: [Face; 4],
    /// Japanese, regular and bold (italic falls back to these): read from
    /// the system's files on first use (20 MB each).
    cjk: [OnceLock<Option<Face>>; 2],
    cjk_paths: [PathBuf; 2],
    /// Where the Japanese faces are looked for (for error messages).
    pub cjk_source: String,
    /// Emoji and symbols, one weight for every style; read on first use.
    symbols: OnceLock<Option<Face>>,
    symbols_path: PathBuf,
}

/// The face id of the symbol fallback.
pub const SYMBOLS: FaceId = 6;

/// Which face draws a character: an index into [`Fonts::faces`].
pub type FaceId = usize;

/// A system font file larger than this is not read (the Noto Sans CJK
/// collections are about 20 MB).
const MAX_FONT_BYTES: u64 = 128 << 20;

/// The file's bytes, kept for the rest of the process: a regular file
/// only, read with a bound (see `crate::files`).
fn read_static(path: &Path) -> Option<&'static [u8]> {
    crate::files::read_regular(path, MAX_FONT_BYTES)
        .ok()
        .map(|b| &*Box::leak(b.into_boxed_slice()))
}

impl Fonts {
    /// The fonts, loaded once per process.
    pub fn get() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
        FONTS
            .get_or_init(|| Fonts::load().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| PdfError::Font(e.clone()))
    }

    fn load() -> Result<Fonts, PdfError> {
        let latin = [
            Face::new("Noto Sans", NOTO_REGULAR, 0)?,
            Face::new("Noto Sans Bold", NOTO_BOLD, 0)?,
            Face::new("Noto Sans Italic", NOTO_ITALIC, 0)?,
            Face::new("Noto Sans Bold Italic", NOTO_BOLD_ITALIC, 0)?,
        ];
        let (regular, bold, source): (PathBuf, PathBuf, String) =
            match std::env::var_os("BRIEFDESK_CJK_FONT") {
                Some(p) => {
                    let p = PathBuf::from(p);
                    (p.clone(), p.clone(), p.display().to_string())
                }
                None => (
                    CJK_REGULAR.into(),
                    CJK_BOLD.into(),
                    format!("{CJK_REGULAR} (Debian package fonts-noto-cjk)"),
                ),
            };
        Ok(Fonts {
            latin,
            cjk: [OnceLock::new(), OnceLock::new()],
            cjk_paths: [regular, bold],
            cjk_source: source,
            symbols: OnceLock::new(),
            symbols_path: std::env::var_os("BRIEFDESK_SYMBOL_FONT")
                .map_or_else(|| SYMBOLA.into(), PathBuf::from),
        })
    }

    /// Read and parse, ahead of need, the faces an export of text with
    /// (or without) Japanese will embed: run on a thread of its own while
    /// the layout shapes, it takes the reading of the 20 MB Japanese face and
    /// printpdf's parse of every face off the export's path.
    pub fn warm(&self, japanese: bool) {
        use rustybuzz::{script, Direction};
        if japanese {
            if let Some(f) = self.cjk(0) {
                for s in [script::HAN, script::HIRAGANA, script::KATAKANA] {
                    f.plan(s, Direction::LeftToRight);
                }
                f.for_printpdf();
            }
        }
        for f in &self.latin[..3] {
            f.for_printpdf();
        }
    }

    /// The symbol face (Symbola), read on first use.
    pub fn symbols(&self) -> Option<&Face> {
        self.symbols
            .get_or_init(|| Face::new("Symbola", read_static(&self.symbols_path)?, 0).ok())
            .as_ref()
    }

    /// The Japanese face of a weight (0 regular, 1 bold), read on first use.
    pub fn cjk(&self, bold: usize) -> Option<&Face> {
        self.cjk[bold]
            .get_or_init(|| {
                let data = read_static(&self.cjk_paths[bold])?;
                let name = if bold == 1 {
                    "Noto Sans CJK JP Bold"
                } else {
                    "Noto Sans CJK JP"
                };
                Face::new(name, data, 0).ok()
            })
            .as_ref()
    }

    /// The face with id `id` (see [`Fonts::face_for`]).
    pub fn face(&self, id: FaceId) -> &Face {
        match id {
            0..=3 => &self.latin[id],
            SYMBOLS => self.symbols().expect("a face is only named once loaded"),
            _ => self.cjk(id - 4).expect("a face is only named once loaded"),
        }
    }

    /// The face that draws `c` in `style`: the style's Latin face, else the
    /// Japanese face of the same weight, else the symbol face; an error
    /// naming the character when none can (the layout adds where it is).
    pub fn face_for(&self, c: char, style: Style) -> Result<FaceId, PdfError> {
        let latin = match style {
            Style::Regular => 0,
            Style::Bold => 1,
            Style::Italic => 2,
            Style::BoldItalic => 3,
        };
        // Spaces and line ends take the face of their neighbours' style;
        // Noto Sans has every printable ASCII character.
        if c.is_ascii() || c.is_whitespace() || self.latin[latin].has(c) {
            return Ok(latin);
        }
        let weight = usize::from(style.bold());
        if let Some(cjk) = self.cjk(weight) {
            if cjk.has(c) {
                return Ok(4 + weight);
            }
        }
        if let Some(sym) = self.symbols() {
            if sym.has(c) {
                return Ok(SYMBOLS);
            }
        }
        let cjk = match self.cjk(weight) {
            Some(_) => format!("Noto Sans CJK JP ({})", self.cjk_source),
            None => format!("no Japanese font: {} was not found", self.cjk_source),
        };
        let symbols = match self.symbols() {
            Some(_) => format!("Symbola ({})", self.symbols_path.display()),
            None => format!(
                "no symbol font: {} (Debian package fonts-symbola) was not found",
                self.symbols_path.display()
            ),
        };
        Err(PdfError::MissingGlyph {
            character: c,
            fonts: format!("{}, {cjk}, {symbols}", self.latin[latin].name),
            place: String::new(),
        })
    }
}
