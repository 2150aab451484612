//! Shaping and line breaking: styled spans → glyphs (rustybuzz: kerning,
//! ligatures; a face per character by fallback; a quarter-em between
//! Japanese and Latin letters or digits, JIS X 4051) → lines that fit a
//! width (break opportunities from unicode-linebreak, Japanese included,
//! less a few: none between a number and its counter (5|月), none within a
//! run of source references (`[4][5]`), and URLs only after `/ . ? & = #`,
//! never at their own hyphens nor right after the scheme).

use std::ops::Range;

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::{FaceId, Fonts, Style};
use super::tags::is_japanese;
use super::PdfError;

/// An RGB colour, each part 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

pub const BLACK: Rgb = Rgb(0.11, 0.12, 0.14);
pub const MUTED: Rgb = Rgb(0.36, 0.40, 0.44);
pub const ACCENT: Rgb = Rgb(0.12, 0.23, 0.58);
pub const WARN: Rgb = Rgb(0.60, 0.30, 0.0);

/// Where a piece of text links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Uri(String),
    /// A named place in the document (see `layout::Block::anchor`).
    Anchor(String),
}

/// A run of text in one style.
#[derive(Debug, Clone)]
pub struct Span {
    pub text: String,
    pub style: Style,
    pub size: f32,
    pub color: Rgb,
    pub link: Option<Link>,
    /// The text is a URL: broken only where a URL may be.
    pub url: bool,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style, size: f32) -> Span {
        Span {
            text: text.into(),
            style,
            size,
            color: BLACK,
            link: None,
            url: false,
        }
    }

    /// A URL, linked to itself.
    pub fn url(url: &str, style: Style, size: f32) -> Span {
        let mut s = Span::new(url, style, size).link(Link::Uri(url.to_owned()));
        s.url = true;
        s
    }

    pub fn color(mut self, c: Rgb) -> Span {
        self.color = c;
        self
    }

    pub fn link(mut self, l: Link) -> Span {
        self.link = Some(l);
        self
    }
}

/// One shaped glyph.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub face: FaceId,
    pub gid: u16,
    /// Advance as shaped (kerning included), in points.
    pub advance: f32,
    /// The text this glyph stands for (several characters for a ligature;
    /// empty for the second glyph of a cluster).
    pub text: String,
    /// Byte offset of its cluster in the paragraph's text.
    pub byte: usize,
    /// Index of its span.
    pub span: usize,
    pub whitespace: bool,
}

/// A paragraph's text, shaped.
#[derive(Debug)]
pub struct Shaped {
    pub text: String,
    pub spans: Vec<Span>,
    pub glyphs: Vec<Glyph>,
    /// `prefix[i]`: the advance of glyphs `0..i`.
    prefix: Vec<f32>,
    /// `stretch[i]`: the gap after glyph `i` takes part in justification
    /// (between Japanese characters, or a space).
    pub stretch: Vec<bool>,
    /// `stretch_prefix[i]`: how many of the gaps after glyphs `0..i` stretch.
    stretch_prefix: Vec<u32>,
    /// Mostly Japanese (at least 30% of its letters): justified.
    pub japanese: bool,
}

/// Japanese or Chinese letters, kana and CJK punctuation: where a Japanese
/// line may stretch.
fn is_cjk(c: char) -> bool {
    is_japanese(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF65)
}

/// Latin letters and digits (and Greek, Cyrillic): what JIS X 4051 sets a
/// quarter em away from Japanese.
fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Whether a default-ignorable character (variation selector, joiner)
/// takes the face of the character before it.
fn is_ignorable(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200D | 0x2060 | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF)
}

/// A line: a range of glyphs (trailing spaces left out) and its width.
#[derive(Debug, Clone)]
pub struct Line {
    pub glyphs: Range<usize>,
    pub width: f32,
}

/// Shape `spans` with `fonts`.
pub fn shape(fonts: &Fonts, spans: Vec<Span>) -> Result<Shaped, PdfError> {
    let mut text = String::new();
    let mut glyphs: Vec<Glyph> = Vec::new();
    for (si, span) in spans.iter().enumerate() {
        let base = text.len();
        text.push_str(&span.text);
        // Itemize by face.
        let mut runs: Vec<(FaceId, Range<usize>)> = Vec::new();
        for (i, c) in span.text.char_indices() {
            let face = match runs.last() {
                Some((f, _)) if is_ignorable(c) => *f,
                _ => fonts.face_for(c, span.style)?,
            };
            match runs.last_mut() {
                Some((f, r)) if *f == face => r.end = i + c.len_utf8(),
                _ => runs.push((face, i..i + c.len_utf8())),
            }
        }
        for (face_id, range) in runs {
            let face = fonts.face(face_id);
            let scale = span.size / face.units_per_em;
            let run = &span.text[range.clone()];
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(run);
            buffer.guess_segment_properties();
            let plan = face.plan(buffer.script(), buffer.direction());
            let shaped = rustybuzz::shape_with_plan(face.shaper(), &plan, buffer);
            let infos = shaped.glyph_infos();
            let positions = shaped.glyph_positions();
            for (k, (info, pos)) in infos.iter().zip(positions).enumerate() {
                let start = info.cluster as usize;
                let first_of_cluster = k == 0 || infos[k - 1].cluster != info.cluster;
                let end = infos[k + 1..]
                    .iter()
                    .map(|g| g.cluster as usize)
                    .find(|&c| c != start)
                    .unwrap_or(run.len());
                let piece = &run[start..end.max(start)];
                glyphs.push(Glyph {
                    face: face_id,
                    gid: u16::try_from(info.glyph_id).unwrap_or(0),
                    advance: pos.x_advance as f32 * scale,
                    text: if first_of_cluster {
                        piece.to_owned()
                    } else {
                        String::new()
                    },
                    byte: base + range.start + start,
                    span: si,
                    whitespace: piece.chars().all(char::is_whitespace),
                });
            }
        }
    }
    // JIS X 4051: a quarter em between Japanese and Latin letters or
    // digits (added to the advance of the first; the text is unchanged).
    // And the gaps a justified line may stretch.
    let mut stretch = vec![false; glyphs.len()];
    let (mut cjk, mut letters) = (0usize, 0usize);
    // The last character of the cluster before glyph `k`.
    let mut last: Option<char> = None;
    for k in 0..glyphs.len() {
        let Some(first) = glyphs[k].text.chars().next() else {
            continue; // the second glyph of a cluster
        };
        for c in glyphs[k].text.chars().filter(|c| c.is_alphanumeric()) {
            letters += 1;
            cjk += usize::from(is_japanese(c));
        }
        if let Some(prev) = last {
            if (is_japanese(prev) && is_latin(first)) || (is_latin(prev) && is_japanese(first)) {
                let size = spans[glyphs[k].span]
                    .size
                    .max(spans[glyphs[k - 1].span].size);
                glyphs[k - 1].advance += size * 0.25;
            }
            stretch[k - 1] = !glyphs[k].whitespace
                && (glyphs[k - 1].whitespace || is_cjk(prev) || is_cjk(first));
        }
        last = glyphs[k].text.chars().next_back();
    }
    let mut prefix = Vec::with_capacity(glyphs.len() + 1);
    let mut stretch_prefix = Vec::with_capacity(glyphs.len() + 1);
    let (mut sum, mut n) = (0.0, 0);
    prefix.push(0.0);
    stretch_prefix.push(0);
    for (g, s) in glyphs.iter().zip(&stretch) {
        sum += g.advance;
        n += u32::from(*s);
        prefix.push(sum);
        stretch_prefix.push(n);
    }
    Ok(Shaped {
        text,
        spans,
        glyphs,
        prefix,
        stretch,
        stretch_prefix,
        japanese: letters > 0 && cjk * 10 >= letters * 3,
    })
}

impl Shaped {
    /// The first glyph whose cluster starts at or after `byte`.
    fn glyph_at(&self, byte: usize) -> usize {
        self.glyphs.partition_point(|g| g.byte < byte)
    }

    /// A line of glyphs `a..b` without its trailing whitespace.
    fn line(&self, a: usize, mut b: usize) -> Line {
        while b > a && self.glyphs[b - 1].whitespace {
            b -= 1;
        }
        Line {
            glyphs: a..b,
            width: self.prefix[b] - self.prefix[a],
        }
    }

    /// The x position of glyph `i` within a line starting at glyph `start`.
    pub fn x_of(&self, start: usize, i: usize) -> f32 {
        self.prefix[i] - self.prefix[start]
    }

    /// The x position of glyph `i` within a line starting at glyph `start`
    /// whose stretchable gaps are each widened by `justify`.
    pub fn x_justified(&self, start: usize, i: usize, justify: f32) -> f32 {
        self.x_of(start, i) + justify * (self.stretch_prefix[i] - self.stretch_prefix[start]) as f32
    }

    /// How many gaps within glyphs `a..b` stretch.
    pub fn stretch_gaps(&self, a: usize, b: usize) -> u32 {
        if b <= a + 1 {
            return 0;
        }
        self.stretch_prefix[b - 1] - self.stretch_prefix[a]
    }

    /// Where a line may break: unicode-linebreak's opportunities less
    /// those between a number and its counter and within source references,
    /// and, within a URL, only after `/ . ? & = #` past its scheme.
    fn breaks(&self) -> Vec<(usize, BreakOpportunity)> {
        let mut urls: Vec<std::ops::Range<usize>> = Vec::new();
        let mut at = 0;
        for s in &self.spans {
            if s.url {
                urls.push(at..at + s.text.len());
            }
            at += s.text.len();
        }
        let text = &self.text;
        let before = |b: usize| text[..b].chars().next_back();
        let mut out: Vec<(usize, BreakOpportunity)> = linebreaks(text)
            .filter(|&(b, kind)| {
                if kind == BreakOpportunity::Mandatory {
                    return true;
                }
                if urls.iter().any(|u| u.start < b && b < u.end) {
                    return false;
                }
                let after = text[b..].chars().next();
                let counter =
                    before(b).is_some_and(|c| c.is_numeric()) && after.is_some_and(is_japanese);
                let mut rest = text[b..].chars();
                let reference =
                    rest.next() == Some('[') && rest.next().is_some_and(|c| c.is_ascii_digit());
                !counter && !reference
            })
            .collect();
        for u in urls {
            let url = &text[u.clone()];
            let body = url.find("://").map_or(0, |i| i + 3);
            let chars: Vec<(usize, char)> = url.char_indices().collect();
            for w in chars.windows(2) {
                let ((i, c), (j, next)) = (w[0], w[1]);
                if i > body && "/.?&=#".contains(c) && next != '/' && j < url.len() {
                    out.push((u.start + j, BreakOpportunity::Allowed));
                }
            }
        }
        out.sort_by_key(|&(b, k)| (b, k == BreakOpportunity::Allowed));
        out.dedup_by_key(|&mut (b, _)| b);
        out
    }

    /// Break into lines of at most `width` points (a word longer than the
    /// line is cut between characters).
    pub fn lines(&self, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut start = 0usize;
        let mut fit: Option<usize> = None;
        for (byte, kind) in self.breaks() {
            let end = self.glyph_at(byte);
            let mut candidate = self.line(start, end);
            while candidate.width > width {
                match fit.take() {
                    // Break at the last opportunity, unless what follows it
                    // fits no line either (a long URL): then it is cut,
                    // filling this line rather than leaving a short one.
                    Some(f) if f > start && self.line(f, end).width <= width => {
                        lines.push(self.line(start, f));
                        start = f;
                    }
                    _ => {
                        let mut cut = start + 1;
                        while cut < end && self.prefix[cut + 1] - self.prefix[start] <= width {
                            cut += 1;
                        }
                        // Never a scheme ("https://") at a line's end, nor
                        // a hyphen a reader would take for hyphenation.
                        while cut > start + 1 && cut < self.glyphs.len() && {
                            let head = &self.text[..self.glyphs[cut].byte];
                            head.ends_with(':')
                                || head.ends_with(":/")
                                || head.ends_with("://")
                                || head.ends_with('-')
                        } {
                            cut -= 1;
                        }
                        lines.push(self.line(start, cut));
                        start = cut;
                        while start < end && self.glyphs[start].whitespace {
                            start += 1;
                        }
                    }
                }
                candidate = self.line(start, end);
            }
            if kind == BreakOpportunity::Mandatory {
                lines.push(candidate);
                start = end;
                fit = None;
            } else {
                fit = Some(end);
            }
        }
        if start < self.glyphs.len() {
            lines.push(self.line(start, self.glyphs.len()));
        }
        if lines.is_empty() {
            lines.push(Line {
                glyphs: 0..0,
                width: 0.0,
            });
        }
        lines
    }

    /// The largest font size in the paragraph.
    pub fn size(&self) -> f32 {
        self.spans.iter().map(|s| s.size).fold(0.0, f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(text: &str) -> Shaped {
        let fonts = Fonts::get().unwrap();
        shape(fonts, vec![Span::new(text, Style::Regular, 10.0)]).unwrap()
    }

    fn texts(s: &Shaped, lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                s.glyphs[l.glyphs.clone()]
                    .iter()
                    .map(|g| g.text.as_str())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn lines_break_at_spaces_and_never_overflow() {
        let s = shaped("The quick brown fox jumps over the lazy dog again and again");
        let lines = s.lines(80.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 80.0));
        let joined = texts(&s, &lines).join(" ");
        assert_eq!(joined, s.text);
    }

    #[test]
    fn japanese_breaks_between_characters_and_ligatures_keep_their_text() {
        let fonts = Fonts::get().unwrap();
        if fonts.cjk(0).is_none() {
            return; // checked by the export tests, which require the font
        }
        let s = shaped("木内稔大臣は量子科学技術に関する協力趣意書に署名した");
        let lines = s.lines(50.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert_eq!(texts(&s, &lines).concat(), s.text);
        let f = shaped("office fit");
        let all: String = f.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(all, "office fit");
    }

    #[test]
    fn a_character_no_font_has_is_named() {
        let fonts = Fonts::get().unwrap();
        let e = shape(fonts, vec![Span::new("ok \u{1F99C}", Style::Regular, 10.0)])
            .err()
            .unwrap();
        assert!(e.to_string().contains("U+1F99C"), "{e}");
    }

    fn lines_at(s: &Shaped, width: f32) -> Vec<String> {
        texts(s, &s.lines(width))
    }

    #[test]
    fn no_break_between_a_number_and_its_counter_nor_within_references() {
        let fonts = Fonts::get().unwrap();
        if fonts.cjk(0).is_none() {
            return; // checked by the export tests, which require the font
        }
        let s = shaped("会合は2026年5月12日に開かれ、5月の会合に続く。");
        for w in 40..200 {
            let lines = lines_at(&s, w as f32);
            for pair in lines.windows(2) {
                let end = pair[0].chars().last().unwrap();
                let next = pair[1].chars().next().unwrap();
                assert!(
                    !(end.is_ascii_digit() && "年月日".contains(next)),
                    "{w}: {lines:?}"
                );
            }
        }
        let r = shape(
            fonts,
            vec![
                Span::new("The sides agreed on it", Style::Regular, 10.0),
                Span::new(" ", Style::Regular, 10.0),
                Span::new("[4]", Style::Regular, 10.0),
                Span::new("[5]", Style::Regular, 10.0),
                Span::new("[12]", Style::Regular, 10.0),
            ],
        )
        .unwrap();
        for w in 60..200 {
            let lines = lines_at(&r, w as f32);
            assert!(
                lines.iter().filter(|l| l.contains('[')).count() == 1,
                "{w}: {lines:?}"
            );
            assert!(!lines.iter().any(|l| l.starts_with('[')), "{w}: {lines:?}");
        }
    }

    #[test]
    fn urls_break_only_after_slashes_and_dots_never_at_their_hyphens() {
        let fonts = Fonts::get().unwrap();
        let url = "https://digital-strategy.ec.europa.eu/en/news/eu-and-japan-advance?id=3&x=y";
        let s = shape(
            fonts,
            vec![
                Span::new("See ", Style::Regular, 10.0),
                Span::url(url, Style::Regular, 10.0),
                Span::new(" for more.", Style::Regular, 10.0),
            ],
        )
        .unwrap();
        for w in 60..400 {
            let lines = lines_at(&s, w as f32);
            assert!(lines.concat().contains(url), "{w}: {lines:?}");
            for l in &lines {
                assert!(
                    !l.ends_with("://") && !l.ends_with("https:"),
                    "{w}: {lines:?}"
                );
                if l.contains("digital") || l.contains("and") {
                    assert!(!l.ends_with('-'), "{w}: {lines:?}");
                }
            }
            assert!(
                lines.iter().all(|l| l.as_str() != "https://"),
                "{w}: {lines:?}"
            );
        }
        // Where there is room, the breaks are after / . ? & =.
        let lines = lines_at(&s, 150.0);
        for l in &lines[..lines.len() - 1] {
            let end = l.chars().last().unwrap();
            assert!("/.?&= ".contains(end) || l.ends_with("See"), "{lines:?}");
        }
    }

    #[test]
    fn a_quarter_em_between_japanese_and_latin_letters_or_digits() {
        let fonts = Fonts::get().unwrap();
        if fonts.cjk(0).is_none() {
            return;
        }
        let plain = shaped("日本と欧州");
        let mixed = shaped("日本とEU");
        // The glyph before "EU" is a quarter em (2.5 pt at 10 pt) wider.
        let to = |s: &Shaped| s.glyphs[2].advance;
        assert!((to(&mixed) - to(&plain) - 2.5).abs() < 0.01);
        // The text is unchanged; a Japanese paragraph is found as such.
        assert_eq!(
            mixed
                .glyphs
                .iter()
                .map(|g| g.text.as_str())
                .collect::<String>(),
            "日本とEU"
        );
        assert!(mixed.japanese && !shaped("An English line with 木内稔").japanese);
    }
}
