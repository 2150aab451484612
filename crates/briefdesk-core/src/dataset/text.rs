//! Text the dataset may not hold: control characters other than newline
//! and tab (terminal escape sequences, NUL, DEL, the C1 controls), which
//! would otherwise reach a terminal through `show` and `list` or a reader
//! through an export.
//!
//! The scan runs on every file's raw text, before decoding: JSON can only
//! carry such a character as an escape (`\u001b`, `\b`, `\f`, `\r`) or, for
//! DEL and C1, as raw UTF-8; one SIMD search (memchr) for `\`, 0x7F and
//! 0xC2 finds every candidate, so a clean file costs one pass. The JSON
//! path of a hit is computed only when there is one.

use super::locate::{line_col, Locator};
use super::problem::{Pending, ProblemKind};

/// Byte offsets and characters of every forbidden control character.
pub(crate) fn control_characters(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'\\', 0x7F, 0xC2, &bytes[i..]) {
        let at = i + k;
        match bytes[at] {
            b'\\' => {
                let code = match bytes.get(at + 1) {
                    Some(b'u') => text
                        .get(at + 2..at + 6)
                        .and_then(|h| u32::from_str_radix(h, 16).ok()),
                    Some(b'b') => Some(0x08),
                    Some(b'f') => Some(0x0C),
                    Some(b'r') => Some(0x0D),
                    _ => None,
                };
                if let Some(c) = code.and_then(char::from_u32).filter(|c| forbidden(*c)) {
                    found.push((at, c));
                }
                i = at
                    + if bytes.get(at + 1) == Some(&b'u') {
                        6
                    } else {
                        2
                    };
            }
            0x7F => {
                found.push((at, '\u{7F}'));
                i = at + 1;
            }
            _ => {
                if let Some(&next) = bytes.get(at + 1) {
                    if (0x80..=0x9F).contains(&next) {
                        found.push((at, char::from_u32(u32::from(next)).unwrap_or('\u{80}')));
                    }
                }
                i = at + 1;
            }
        }
        if i >= bytes.len() {
            break;
        }
    }
    found
}

/// A control character other than newline and tab.
pub(crate) fn forbidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Report every forbidden control character of `file`, located by line,
/// column and JSON path.
pub(crate) fn check(file: &'static str, text: &str, out: &mut Vec<Pending>) {
    let found = control_characters(text);
    if found.is_empty() {
        return;
    }
    let locator = Locator::new(text);
    for (at, c) in found {
        let (path, at_key) = locator.path_at(at);
        let mut p = Pending::new(
            file,
            path,
            ProblemKind::ControlCharacter,
            format!(
                "control character U+{:04X} in {}; text may hold newlines and tabs, no other control characters",
                c as u32,
                if at_key { "a key" } else { "the text" }
            ),
        );
        p.at_key = at_key;
        p.position = Some(line_col(text, at));
        out.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_escaped_and_raw_controls_but_not_newlines_tabs_or_escaped_backslashes() {
        let text = "{\"a\": \"x\\u001b[31m\", \"b\": \"line\\nnext\\ttab\", \"c\": \"\\\\u0000 is text\", \
                    \"d\": \"nul\\u0000\", \"e\": \"cr\\r\", \"f\": \"del\u{7F} c1\u{9B}\", \"g\": \"é ü\"}";
        let found: Vec<u32> = control_characters(text)
            .iter()
            .map(|(_, c)| *c as u32)
            .collect();
        assert_eq!(found, [0x1B, 0x00, 0x0D, 0x7F, 0x9B]);
        let mut out = Vec::new();
        check("x.json", text, &mut out);
        let paths: Vec<String> = out.iter().map(|p| p.path.to_string()).collect();
        assert_eq!(paths, ["$.a", "$.d", "$.e", "$.f", "$.f"]);
    }
}
