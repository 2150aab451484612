//! A brief as Markdown (CommonMark): cover lines, one numbered section per
//! sector with background, talking points and commitments (status,
//! verification, lineage, the user's note where chosen, numbered source
//! references), and the list of sources. Deterministic: the same view gives
//! the same text. The finished document goes through [`super::sanitize`]:
//! raw HTML and script links in user or dataset text never come out live,
//! the user's Markdown formatting stays.

use std::fmt::Write;

use super::view::{actor_line, annotation_facts, BriefView, ContextView, ItemView, SinceView};
use crate::store::AnnotationFields;

/// `text` with every line after the first indented by `indent`.
fn indented(text: &str, indent: &str) -> String {
    text.trim_end()
        .lines()
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

/// One line of text, so it cannot break the Markdown around it.
fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Source references in ascending order: "[1][2][4]".
fn refs(numbers: &[usize]) -> String {
    let mut sorted = numbers.to_vec();
    sorted.sort_unstable();
    sorted.iter().map(|n| format!("[{n}]")).collect()
}

fn annotation(out: &mut String, a: &AnnotationFields) {
    let facts = annotation_facts(a);
    let head = if facts.is_empty() {
        "**Your note**".to_owned()
    } else {
        format!("**Your note** ({facts})")
    };
    let _ = writeln!(out, "> {head}");
    if !a.note.trim().is_empty() {
        out.push_str(">\n");
        for l in a.note.trim_end().lines() {
            if l.trim().is_empty() {
                out.push_str(">\n");
            } else {
                let _ = writeln!(out, "> {l}");
            }
        }
    }
    out.push('\n');
}

fn item(out: &mut String, it: &ItemView) {
    if it.missing {
        let _ = writeln!(out, "#### {} (no longer in the dataset)\n", it.commitment);
        out.push_str(
            "*A dataset update removed this commitment; the brief keeps the reference.*\n\n",
        );
    } else {
        let _ = writeln!(
            out,
            "#### {}: {}\n",
            it.commitment,
            line(it.title.as_deref().unwrap_or_default())
        );
        let _ = writeln!(out, "*{}*\n", it.facts());
        let _ = writeln!(
            out,
            "{} {}\n",
            line(it.summary.as_deref().unwrap_or_default()),
            refs(&it.sources)
        );
        if !it.actors.is_empty() {
            let names: Vec<String> = it.actors.iter().map(actor_line).collect();
            let _ = writeln!(out, "Actors: {}.\n", line(&names.join("; ")));
        }
        if let Some(l) = it.lineage_text() {
            let _ = writeln!(out, "Lineage: {l}.\n");
        }
    }
    if let Some(a) = &it.annotation {
        annotation(out, a);
    }
}

fn context(out: &mut String, c: &ContextView) {
    let _ = writeln!(out, "#### {}: {}\n", c.id, line(&c.title));
    let _ = writeln!(out, "*{}*\n", c.facts());
    let _ = writeln!(out, "{} {}\n", line(&c.summary), refs(&c.sources));
    if !c.actors.is_empty() {
        let names: Vec<String> = c.actors.iter().map(actor_line).collect();
        let _ = writeln!(out, "Actors: {}.\n", line(&names.join("; ")));
    }
}

fn since(out: &mut String, s: &SinceView) {
    if s.meeting.is_none() {
        let _ = writeln!(out, "*{}*\n", s.intro());
        return;
    }
    let _ = writeln!(out, "{}\n", line(&s.intro()));
    for sector in &s.sectors {
        let _ = writeln!(out, "### {}\n", line(&sector.name));
        for e in &sector.added {
            let _ = writeln!(
                out,
                "- **{}** {} ({}); {}.",
                e.commitment,
                line(&e.title),
                e.status_label,
                e.continuation()
            );
        }
        out.push('\n');
    }
    if !s.unchanged.is_empty() {
        let _ = writeln!(out, "Nothing new in: {}.\n", s.unchanged.join(", "));
    }
}

/// The brief as Markdown.
pub fn render(v: &BriefView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", line(&v.title));
    let mut cover = Vec::new();
    if !v.marking.trim().is_empty() {
        cover.push(format!("**Handling:** {}", line(&v.marking)));
    }
    if let Some(m) = &v.meeting {
        cover.push(format!("**Meeting:** {}", line(m)));
    }
    if let Some(d) = &v.date_label {
        cover.push(format!("**Date:** {d}"));
    }
    if !v.author.trim().is_empty() {
        cover.push(format!("**Author:** {}", line(&v.author)));
    }
    if !v.audience.trim().is_empty() {
        cover.push(format!("**Audience:** {}", line(&v.audience)));
    }
    if !cover.is_empty() {
        // Two trailing spaces: a line break within the paragraph.
        let _ = writeln!(out, "{}\n", cover.join("  \n"));
    }
    if v.notes_shown() > 0 {
        out.push_str("*Includes the author's notes.*\n\n");
    }
    if !v.missing.is_empty() {
        let _ = writeln!(
            out,
            "*Note: {} no longer in the dataset: {}.*\n",
            if v.missing.len() == 1 {
                "one commitment of this brief is"
            } else {
                "some commitments of this brief are"
            },
            v.missing.join(", ")
        );
    }
    // Empty sections are left out.
    let sections: Vec<_> = v.printed_sections().collect();
    if sections.len() > 1 {
        out.push_str("## Contents\n\n");
        for (i, s) in sections.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, line(&s.heading));
        }
        out.push('\n');
    }
    for (i, s) in sections.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", i + 1, line(&s.heading));
        if s.sector_missing {
            out.push_str("*This sector is no longer in the dataset.*\n\n");
        }
        if !s.background.trim().is_empty() {
            let _ = writeln!(out, "{}\n", s.background.trim());
        }
        if let Some(since_view) = &s.since {
            since(&mut out, since_view);
        }
        if !s.talking_points.is_empty() {
            out.push_str("### Talking points\n\n");
            for (j, p) in s.talking_points.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", j + 1, indented(p.trim(), "   "));
            }
            out.push('\n');
        }
        if !s.items.is_empty() {
            out.push_str("### Commitments\n\n");
            for it in &s.items {
                item(&mut out, it);
            }
        }
        if !s.context.is_empty() {
            out.push_str(
                "### Context\n\n*Related developments in the record; not Council outcomes.*\n\n",
            );
            for c in &s.context {
                context(&mut out, c);
            }
        }
    }
    if !v.sources.is_empty() {
        out.push_str("## Sources\n\n");
        for s in &v.sources {
            let mut text = format!("{}. {}, *{}*", s.number, line(&s.publisher), line(&s.title));
            if let Some(d) = &s.date {
                let _ = write!(text, ", {d}");
            }
            match &s.url {
                Some(u) => {
                    let _ = write!(text, ". <{u}>");
                }
                None => text.push_str(". (No URL.)"),
            }
            let _ = writeln!(out, "{text}");
        }
        out.push('\n');
    }
    let mut out = super::sanitize::markdown(&out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
