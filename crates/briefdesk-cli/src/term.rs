//! Text laid out for a terminal: widths are display columns (a Japanese
//! character takes two, a combining accent none), never `char`s, so tables
//! and labelled lines line up in every language.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Width for wrapped text: `$COLUMNS` when set, else 80.
pub fn columns() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w| *w >= 40)
        .unwrap_or(80)
}

/// The columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `columns` display columns.
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = s.to_owned();
    out.push_str(&" ".repeat(columns.saturating_sub(width(s))));
    out
}

/// The start of `s` that fits in `columns` display columns.
pub fn truncate(s: &str, columns: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > columns {
            return &s[..i];
        }
    }
    s
}

/// Rows of cells, left-aligned in columns two spaces apart; the last column
/// is not padded.
pub fn table(out: &mut impl Write, rows: &[Vec<String>]) -> io::Result<()> {
    let cols = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|i| rows.iter().map(|r| width(&r[i])).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < cols {
                line.push_str(&pad(cell, widths[i] + 2));
            } else {
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Labelled lines, values lined up after the longest label (at least
/// `min` columns from the start): "Kind          Agreement signed".
pub fn labelled(
    out: &mut impl Write,
    indent: &str,
    min: usize,
    lines: &[(String, String)],
) -> io::Result<()> {
    let w = label_width(min, lines.iter().map(|(l, _)| l.as_str()));
    for (label, value) in lines {
        writeln!(out, "{indent}{}{value}", pad(label, w))?;
    }
    Ok(())
}

/// The column labelled values start at: past the widest label and a space,
/// at least `min`.
pub fn label_width<'a>(min: usize, labels: impl Iterator<Item = &'a str>) -> usize {
    labels.map(|l| width(l) + 1).max().unwrap_or(0).max(min)
}

/// Wrap `text` to the terminal width; `indent` starts the first line and its
/// width in spaces indents the rest (so a bullet appears once).
pub fn wrapped(out: &mut impl Write, text: &str, indent: &str) -> io::Result<()> {
    let rest = " ".repeat(width(indent));
    // Break at spaces only: dates and URLs must not split at their hyphens.
    let opts = textwrap::Options::new(columns())
        .initial_indent(indent)
        .subsequent_indent(&rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    for line in textwrap::wrap(text, opts) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Japanese punctuation a line must not start with (kinsoku).
const NO_START: &str = "、。，．・：；？！ー）」』】〕］｝〉》”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ";
/// Japanese brackets a line must not end with.
const NO_END: &str = "（「『【〔［｛〈《“‘";

/// `text` broken into lines of at most `columns` display columns, for text
/// without spaces between words (Japanese): a line may break at a space
/// (dropped) or next to a wide character, never before closing or after
/// opening punctuation, never inside a run of narrow characters (an id, a
/// keyword, `--option`). Existing line breaks stay. A narrow run longer
/// than the line stays whole.
pub fn wrap_wide(text: &str, columns: usize) -> String {
    let mut out = String::new();
    for (n, paragraph) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&wrap_line(paragraph, columns.max(10)).join("\n"));
    }
    out
}

fn wrap_line(text: &str, columns: usize) -> Vec<String> {
    let wide = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(2);
    let chars: Vec<char> = text.chars().collect();
    // Pieces that never split: a run of narrow characters, a wide one, with
    // the punctuation that must stay next to it.
    let mut pieces: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut piece = String::new();
        if chars[i] == ' ' {
            pieces.push(" ".to_owned());
            i += 1;
            continue;
        }
        // Opening brackets stick to what follows.
        while i < chars.len() && NO_END.contains(chars[i]) {
            piece.push(chars[i]);
            i += 1;
        }
        if i < chars.len() && wide(chars[i]) {
            piece.push(chars[i]);
            i += 1;
        } else {
            while i < chars.len() && chars[i] != ' ' && !wide(chars[i]) {
                piece.push(chars[i]);
                i += 1;
            }
        }
        // Closing punctuation sticks to what precedes.
        while i < chars.len() && NO_START.contains(chars[i]) {
            piece.push(chars[i]);
            i += 1;
        }
        pieces.push(piece);
    }
    let mut lines = vec![String::new()];
    for piece in pieces {
        let line = lines.last_mut().expect("one line at least");
        if piece == " " {
            if !line.is_empty() {
                line.push(' ');
            }
            continue;
        }
        if !line.trim_end().is_empty() && width(line) + width(&piece) > columns {
            let kept = line.trim_end().to_owned();
            *line = kept;
            lines.push(piece);
        } else {
            line.push_str(&piece);
        }
    }
    lines.into_iter().map(|l| l.trim_end().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_cells_line_up_by_display_width() {
        let rows = vec![
            vec!["分野".to_owned(), "件数".to_owned(), "名称".to_owned()],
            vec!["ai".to_owned(), "7".to_owned(), "人工知能".to_owned()],
            vec![
                "semiconductors".to_owned(),
                "12".to_owned(),
                "半導体".to_owned(),
            ],
        ];
        let mut out = Vec::new();
        table(&mut out, &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        let starts: Vec<usize> = text
            .lines()
            .map(|l| width(&l[..l.find(['件', '7', '1']).unwrap()]))
            .collect();
        assert_eq!(starts, [16, 16, 16], "{text}");
        assert_eq!(pad("半導体", 8), "半導体  ");
        assert_eq!(truncate("日本語のノート", 5), "日本");
        assert_eq!(truncate("note", 10), "note");
    }

    #[test]
    fn japanese_wraps_between_characters_but_not_inside_keywords_or_before_punctuation() {
        let text = "あなたの評価：on-track、at-risk、delayed。消すときは `none`";
        let lines: Vec<String> = wrap_wide(text, 16).lines().map(str::to_owned).collect();
        assert!(lines.iter().all(|l| width(l) <= 16), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            text.replace(' ', ""),
            "{lines:?}"
        );
        for l in &lines {
            assert!(!l.starts_with(['、', '。', '：']), "{lines:?}");
        }
        assert!(lines.iter().any(|l| l.contains("on-track、")), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("at-risk、")), "{lines:?}");
        // A closing bracket stays with what it closes.
        assert_eq!(wrap_wide("（一部確認）です", 10), "（一部確\n認）です");
        // An opening one never ends a line.
        assert_eq!(wrap_wide("ですねえ（一部）", 10), "ですねえ\n（一部）");
        assert_eq!(wrap_wide("a\nb", 20), "a\nb");
    }
}
