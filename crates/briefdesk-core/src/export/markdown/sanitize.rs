//! Markdown that is safe to hand to colleagues: their viewers render the
//! HTML a Markdown file may carry, so raw HTML and script links in a note,
//! a talking point or dataset text must never come out live.
//!
//! The document is parsed as CommonMark (pulldown-cmark) — exactly what a
//! viewer sees — and only two things are rewritten, at their source
//! position, so everything else the user wrote stays Markdown:
//! - raw HTML (blocks, inline tags, comments) is written as text: its `<`
//!   becomes `&lt;`, so `<script>` reads as "<script>" and runs nothing;
//! - a link, image or autolink whose destination is not `http:`,
//!   `https:`, `mailto:` or relative (as the viewer decodes it: entities,
//!   escapes, case and embedded whitespace do not hide `javascript:`)
//!   becomes its text.
//!
//! Code spans and blocks are left as they are: viewers show them as text.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// `text` with raw HTML escaped and unsafe links reduced to their text.
pub fn markdown(text: &str) -> String {
    // Neither HTML nor a link is possible without one of these.
    if !text.contains(['<', '[']) {
        return text.to_owned();
    }
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    // Open links and images: where, whether unsafe, their text so far.
    let mut open: Vec<(Range<usize>, bool, String)> = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                let src = &text[range.clone()];
                if let Some(top) = open.last_mut() {
                    top.2.push_str(src);
                }
                edits.push((range, src.replace('<', "&lt;")));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                open.push((range, !safe_url(&dest_url), String::new()));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((range, unsafe_dest, plain)) = open.pop() {
                    if unsafe_dest {
                        edits.push((range, escape_text(&plain)));
                    }
                    if let Some(top) = open.last_mut() {
                        top.2.push_str(&plain);
                    }
                }
            }
            Event::Text(s) | Event::Code(s) => {
                if let Some(top) = open.last_mut() {
                    top.2.push_str(&s);
                }
            }
            _ => {}
        }
    }
    if edits.is_empty() {
        return text.to_owned();
    }
    // Outermost first; an edit inside one already applied is covered by it.
    edits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Plain text as Markdown that renders as that text.
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '#' | '&' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A destination a viewer can follow without running anything: http(s),
/// mailto, or relative (no scheme).
fn safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.find(':') {
        None => true,
        // A colon after a path, query or fragment: a relative link.
        Some(i) if cleaned[..i].contains(['/', '?', '#']) => true,
        Some(i) => matches!(&cleaned[..i], "http" | "https" | "mailto"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_script_links_are_neutralised_and_markdown_stays() {
        let cases = [
            (
                "**bold** and [ok](https://example.org)",
                "**bold** and [ok](https://example.org)",
            ),
            (
                "<script>alert(1)</script>",
                "&lt;script>alert(1)&lt;/script>",
            ),
            (
                "a <img src=x onerror=alert(1)> b",
                "a &lt;img src=x onerror=alert(1)> b",
            ),
            ("[x](javascript:alert(1))", "x"),
            ("[*x*](JaVaScRiPt:alert(1))", "x"),
            ("[x](java&#x09;script:alert(1))", "x"),
            ("[x](  vbscript:msgbox)", "x"),
            ("<javascript:alert(1)>", "javascript:alert\\(1\\)"),
            ("![pic](data:text/html;base64,AAAA)", "pic"),
            (
                "[ref][r]\n\n[r]: javascript:alert(1)",
                "ref\n\n[r]: javascript:alert(1)",
            ),
            ("`<script>` in code", "`<script>` in code"),
            (
                "[rel](notes/a:b) [frag](#x) <https://ok.example>",
                "[rel](notes/a:b) [frag](#x) <https://ok.example>",
            ),
            (
                "<iframe src=\"https://x\"></iframe>",
                "&lt;iframe src=\"https://x\">&lt;/iframe>",
            ),
            ("<!-- hidden -->", "&lt;!-- hidden -->"),
            ("no markup at all", "no markup at all"),
        ];
        for (input, expect) in cases {
            assert_eq!(markdown(input), expect, "{input}");
        }
    }
}
