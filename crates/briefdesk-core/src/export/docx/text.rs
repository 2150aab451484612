//! Text as Word runs: split where the script changes, so that every run of
//! Japanese carries the `Japanese` character style (East Asian font, hint
//! and language, `styles.rs`); line ends as breaks; characters XML cannot
//! hold dropped; the light Markdown of user text (`export::inline`) as
//! bold, italic and hyperlinks.

use docx_rs::{BreakType, Hyperlink, HyperlinkData, ParagraphChild, Run};

use super::styles;
use crate::export::inline;
pub use crate::export::xml::escape;
use crate::export::xml::xml_char;

/// How a run looks, beyond its paragraph's style.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fmt {
    pub bold: bool,
    pub italic: bool,
    /// Half-points.
    pub size: Option<usize>,
    /// `RRGGBB`.
    pub color: Option<&'static str>,
    /// A character style of its own (`Hyperlink`, `FootnoteReference`).
    pub style: Option<&'static str>,
    /// The record's own text (English) in an export in another language:
    /// its Latin runs take the `RecordText` style, which says so.
    pub record: bool,
}

impl Fmt {
    pub const PLAIN: Fmt = Fmt {
        bold: false,
        italic: false,
        size: None,
        color: None,
        style: None,
        record: false,
    };

    pub fn bold(mut self) -> Fmt {
        self.bold = true;
        self
    }

    pub fn italic(mut self) -> Fmt {
        self.italic = true;
        self
    }

    pub fn size(mut self, half_points: usize) -> Fmt {
        self.size = Some(half_points);
        self
    }

    pub fn color(mut self, rgb: &'static str) -> Fmt {
        self.color = Some(rgb);
        self
    }

    pub fn style(mut self, id: &'static str) -> Fmt {
        self.style = Some(id);
        self
    }
}

/// Japanese script, and the punctuation and full-width forms set with it.
pub fn is_japanese(c: char) -> bool {
    crate::export::pdf::tags::is_japanese(c)
        || matches!(c as u32, 0x3000..=0x303F | 0x30FB | 0xFF01..=0xFF65)
}

/// Characters that take the script of the text around them.
fn neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_digit() || c.is_ascii_punctuation()
}

fn run(text: &str, fmt: Fmt, japanese: bool) -> Run {
    let mut r = Run::new();
    // A character style of the run's own wins; Japanese inside a link or a
    // footnote mark keeps the East Asian font from the document defaults.
    match (fmt.style, japanese) {
        (Some(s), _) => r = r.style(s),
        (None, true) => r = r.style(styles::JAPANESE),
        (None, false) if fmt.record => r = r.style(styles::RECORD),
        (None, false) => {}
    }
    if fmt.bold {
        r = r.bold();
    }
    if fmt.italic {
        r = r.italic();
    }
    if let Some(s) = fmt.size {
        r = r.size(s);
    }
    if let Some(c) = fmt.color {
        r = r.color(c);
    }
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        if !line.is_empty() {
            r = r.add_text(line);
        }
    }
    r
}

/// `text` as runs of one format, a new run wherever the script changes.
pub fn runs(text: &str, fmt: Fmt) -> Vec<Run> {
    let clean: String = text
        .chars()
        .filter(|c| xml_char(*c) && *c != '\r')
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut japanese = false;
    for c in clean.chars() {
        if !neutral(c) {
            let j = is_japanese(c);
            if j != japanese && !buf.is_empty() {
                out.push(run(&buf, fmt, japanese));
                buf.clear();
            }
            japanese = j;
        }
        buf.push(c);
    }
    if !buf.is_empty() {
        out.push(run(&buf, fmt, japanese));
    }
    out
}

/// The external links of one part (document or footnotes), each with the
/// relationship id its hyperlinks point at. Ids are counted here, not by
/// docx-rs's process-wide counter, so the same brief gives the same parts.
#[derive(Debug, Default)]
pub struct Links {
    prefix: &'static str,
    pub targets: Vec<(String, String)>,
}

impl Links {
    pub fn new(prefix: &'static str) -> Links {
        Links {
            prefix,
            targets: Vec::new(),
        }
    }

    /// A hyperlink to `url` showing `runs`.
    pub fn external(&mut self, url: &str, runs: Vec<Run>) -> Hyperlink {
        let rid = format!("{}{}", self.prefix, self.targets.len() + 1);
        self.targets.push((rid.clone(), url.to_owned()));
        Hyperlink {
            // Target attributes are written as given: escaped here.
            link: HyperlinkData::External {
                rid,
                path: escape(url),
            },
            history: None,
            children: runs
                .into_iter()
                .map(|r| ParagraphChild::Run(Box::new(r)))
                .collect(),
        }
    }
}

/// A URL shown as itself, linked.
pub fn url(links: &mut Links, url: &str, fmt: Fmt) -> ParagraphChild {
    ParagraphChild::Hyperlink(links.external(url, runs(url, fmt.style(styles::HYPERLINK))))
}

/// One paragraph of user text with its light Markdown: runs and links.
pub fn user_text(links: &mut Links, text: &str, fmt: Fmt) -> Vec<ParagraphChild> {
    let mut out = Vec::new();
    for p in inline::pieces(text) {
        let mut f = fmt;
        f.bold |= p.bold;
        f.italic |= p.italic;
        if p.url {
            out.push(url(links, &p.text, f));
        } else {
            out.extend(
                runs(&p.text, f)
                    .into_iter()
                    .map(|r| ParagraphChild::Run(Box::new(r))),
            );
        }
    }
    out
}

/// Plain runs as paragraph children.
pub fn children(text: &str, fmt: Fmt) -> Vec<ParagraphChild> {
    runs(text, fmt)
        .into_iter()
        .map(|r| ParagraphChild::Run(Box::new(r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::RunChild;

    fn texts(runs: &[Run]) -> Vec<(String, bool)> {
        runs.iter()
            .map(|r| {
                let text: String = r
                    .children
                    .iter()
                    .filter_map(|c| match c {
                        RunChild::Text(t) => Some(t.text.clone()),
                        _ => None,
                    })
                    .collect();
                let japanese = r
                    .run_property
                    .style
                    .as_ref()
                    .is_some_and(|s| s.val == styles::JAPANESE);
                (text, japanese)
            })
            .collect()
    }

    #[test]
    fn japanese_gets_runs_of_its_own_and_neutral_characters_stay_with_their_text() {
        let r = runs(
            "Kiuchi Minoru (木内稔), 2024年5月、 EU and 経済産業省.",
            Fmt::PLAIN,
        );
        assert_eq!(
            texts(&r),
            [
                ("Kiuchi Minoru (".into(), false),
                ("木内稔), 2024年5月、 ".into(), true),
                ("EU and ".into(), false),
                ("経済産業省.".into(), true),
            ]
        );
        // Characters XML cannot hold are dropped; tabs become spaces.
        assert_eq!(
            texts(&runs("a\u{1}\tb", Fmt::PLAIN)),
            [("a b".into(), false)]
        );
        assert_eq!(escape("a&b<\"'>"), "a&amp;b&lt;&quot;&apos;&gt;");
    }
}
