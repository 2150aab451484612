//! The light Markdown of user text (notes, background, talking points), read
//! the same way by every exporter that lays text out itself (PDF, DOCX):
//! paragraphs split at blank lines, a paragraph whose every line starts with
//! "- " or "* " a bullet list; within a line `**bold**`, `*italic*` and
//! `_italic_` (markers that do not pair up stay as typed) and `http(s)://`
//! URLs as links. The Markdown export keeps the user's Markdown as written.

/// A run of user text with its emphasis, or a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// The text is a URL, to be linked to itself.
    pub url: bool,
}

/// A paragraph of user text, or a bullet list (one entry per line, markers off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    Para(&'a str),
    Bullets(Vec<&'a str>),
}

/// Paragraphs of user text: blank lines separate paragraphs, single line
/// ends are kept; lines starting with "- " or "* " are bullets.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let bullets = p.lines().all(|l| {
                let l = l.trim_start();
                l.starts_with("- ") || l.starts_with("* ")
            });
            if bullets {
                Block::Bullets(p.lines().map(|l| l.trim_start()[2..].trim()).collect())
            } else {
                Block::Para(p)
            }
        })
        .collect()
}

/// Where a URL written in user text ends: at white space, less the
/// punctuation that closes the sentence around it.
fn url_len(s: &str) -> usize {
    let end = s
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
        .unwrap_or(s.len());
    let mut url = &s[..end];
    while let Some(last) = url.chars().next_back() {
        let unbalanced_paren = last == ')' && url.matches('(').count() < url.matches(')').count();
        if ".,;:!?'’”]}*_".contains(last) || unbalanced_paren {
            url = &url[..url.len() - last.len_utf8()];
        } else {
            break;
        }
    }
    url.len()
}

/// The pieces of one paragraph of user text (at least one, maybe empty).
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let (mut bold, mut italic) = (false, false);
    let mut buf = String::new();
    let chars: Vec<char> = text.chars().collect();
    let closes = |from: usize, marker: &str| -> bool {
        let rest: String = chars[from..].iter().collect();
        rest.find(marker).is_some_and(|k| k > 0)
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let flush = |buf: &mut String, out: &mut Vec<Piece>| {
            if !buf.is_empty() {
                out.push(Piece {
                    text: std::mem::take(buf),
                    bold,
                    italic,
                    url: false,
                });
            }
        };
        if c == 'h' && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let rest: String = chars[i..].iter().collect();
            if rest.starts_with("https://") || rest.starts_with("http://") {
                let n = url_len(&rest);
                if n > rest.find("://").unwrap_or(0) + 3 {
                    flush(&mut buf, &mut out);
                    out.push(Piece {
                        text: rest[..n].to_owned(),
                        bold,
                        italic,
                        url: true,
                    });
                    i += rest[..n].chars().count();
                    continue;
                }
            }
        }
        if c == '*' && next == Some('*') && (bold || closes(i + 2, "**")) {
            flush(&mut buf, &mut out);
            bold = !bold;
            i += 2;
            continue;
        }
        if (c == '*' || c == '_')
            && (italic
                || (next.is_some_and(|n| !n.is_whitespace()) && closes(i + 1, &c.to_string())))
            && (italic || i == 0 || !chars[i - 1].is_alphanumeric())
        {
            flush(&mut buf, &mut out);
            italic = !italic;
            i += 1;
            continue;
        }
        buf.push(c);
        i += 1;
    }
    if !buf.is_empty() || out.is_empty() {
        out.push(Piece {
            text: buf,
            bold,
            italic,
            url: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<(String, bool, bool, bool)> {
        pieces(text)
            .into_iter()
            .map(|p| (p.text, p.bold, p.italic, p.url))
            .collect()
    }

    #[test]
    fn light_markdown_in_user_text() {
        let s = |t: &str, b, i, u| (t.to_owned(), b, i, u);
        assert_eq!(
            marks("Ask **METI** about *Q3* and _soon_"),
            [
                s("Ask ", false, false, false),
                s("METI", true, false, false),
                s(" about ", false, false, false),
                s("Q3", false, true, false),
                s(" and ", false, false, false),
                s("soon", false, true, false),
            ]
        );
        // Unpaired or inner markers stay as typed.
        assert_eq!(marks("2 * 3 = 6"), [s("2 * 3 = 6", false, false, false)]);
        assert_eq!(
            marks("snake_case_name"),
            [s("snake_case_name", false, false, false)]
        );
        assert_eq!(marks("**open"), [s("**open", false, false, false)]);
        // URLs end before the punctuation closing the sentence.
        assert_eq!(
            marks("See https://example.eu/a_(b).)."),
            [
                s("See ", false, false, false),
                s("https://example.eu/a_(b)", false, false, true),
                s(".).", false, false, false),
            ]
        );
        assert_eq!(marks(""), [s("", false, false, false)]);
    }

    #[test]
    fn paragraphs_and_bullet_lists() {
        assert_eq!(
            blocks("One\nline two\n\n- a\n* b\n\n\n  last  "),
            [
                Block::Para("One\nline two"),
                Block::Bullets(vec!["a", "b"]),
                Block::Para("last"),
            ]
        );
    }
}
