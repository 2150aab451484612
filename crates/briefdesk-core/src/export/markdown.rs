//! A brief as Markdown (CommonMark): cover lines, one numbered section per
//! sector with background, talking points and commitments (status,
//! verification, lineage, the user's note where chosen, numbered source
//! references), and the list of sources. Deterministic: the same view gives
//! the same text. The finished document goes through [`sanitize`]:
//! raw HTML and script links in user or dataset text never come out live,
//! the user's Markdown formatting stays.

mod sanitize;

use std::fmt::Write;

use crate::brief::view::{
    actor_line, annotation_facts, BriefView, ContextView, ItemView, SinceView,
};
use crate::i18n::{msg, tr, Arg, Lang};
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

fn annotation(out: &mut String, a: &AnnotationFields, lang: Lang) {
    let facts = annotation_facts(a, lang);
    let label = msg(lang, "export-your-note");
    let head = if facts.is_empty() {
        format!("**{label}**")
    } else {
        format!("**{label}** {}", crate::i18n::aside(lang, &facts))
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

fn item(out: &mut String, it: &ItemView, lang: Lang) {
    if it.missing {
        let _ = writeln!(
            out,
            "#### {}\n",
            tr(
                lang,
                "export-missing-heading",
                &[("id", Arg::Str(&it.commitment))]
            )
        );
        let _ = writeln!(out, "*{}*\n", msg(lang, "export-missing-item"));
    } else {
        let _ = writeln!(
            out,
            "#### {}: {}\n",
            it.commitment,
            line(it.title.as_deref().unwrap_or_default())
        );
        let _ = writeln!(out, "*{}*\n", it.facts(lang));
        let _ = writeln!(
            out,
            "{} {}\n",
            line(it.summary.as_deref().unwrap_or_default()),
            refs(&it.sources)
        );
        actors_line(out, &it.actors, lang);
        if let Some(l) = it.lineage_text(lang) {
            let _ = writeln!(
                out,
                "{}\n",
                tr(lang, "export-lineage", &[("lineage", Arg::Str(&l))])
            );
        }
        provenance(out, &it.provenance);
    }
    if let Some(a) = &it.annotation {
        annotation(out, a, lang);
    }
}

/// Who added or corrected a record: one italic line each.
fn provenance(out: &mut String, notes: &[String]) {
    for n in notes {
        let _ = writeln!(out, "*{}*\n", line(n));
    }
}

fn actors_line(out: &mut String, actors: &[crate::view::ActorView], lang: Lang) {
    if !actors.is_empty() {
        let names: Vec<String> = actors.iter().map(actor_line).collect();
        let names = line(&crate::i18n::join_strong(lang, &names));
        let _ = writeln!(
            out,
            "{}\n",
            tr(lang, "export-actors", &[("actors", Arg::Str(&names))])
        );
    }
}

fn context(out: &mut String, c: &ContextView, lang: Lang) {
    let _ = writeln!(out, "#### {}: {}\n", c.id, line(&c.title));
    let _ = writeln!(out, "*{}*\n", c.facts(lang));
    let _ = writeln!(out, "{} {}\n", line(&c.summary), refs(&c.sources));
    actors_line(out, &c.actors, lang);
}

fn since(out: &mut String, s: &SinceView, lang: Lang) {
    if s.meeting.is_none() {
        let _ = writeln!(out, "*{}*\n", s.intro(lang));
        return;
    }
    let _ = writeln!(out, "{}\n", line(&s.intro(lang)));
    if !s.participants.is_empty() {
        let names: Vec<String> = s.participants.iter().map(actor_line).collect();
        let names = line(&crate::i18n::join_strong(lang, &names));
        let _ = writeln!(
            out,
            "{}\n",
            tr(
                lang,
                "export-participants",
                &[("participants", Arg::Str(&names))]
            )
        );
    }
    provenance(out, &s.meeting_provenance);
    for sector in &s.sectors {
        let _ = writeln!(out, "### {}\n", line(&sector.name));
        for e in &sector.added {
            let _ = write!(
                out,
                "- **{}** {} {}",
                e.commitment,
                line(&e.title),
                e.tail(lang)
            );
            for n in &e.provenance {
                let _ = write!(out, " *{}*", line(n));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if !s.unchanged.is_empty() {
        let sectors = crate::i18n::list(lang, &s.unchanged);
        let _ = writeln!(
            out,
            "{}\n",
            tr(
                lang,
                "export-since-unchanged",
                &[("sectors", Arg::Str(&sectors))]
            )
        );
    }
}

/// The brief as Markdown.
pub fn render(v: &BriefView) -> String {
    let lang = v.lang;
    let label = |id: &str| msg(lang, id);
    // "Author:" as a cover field's head ("作成者：").
    let head = |id: &str| {
        crate::i18n::label_head(lang, &msg(lang, id))
            .trim_end()
            .to_owned()
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", line(&v.title));
    let mut cover = Vec::new();
    if !v.marking.trim().is_empty() {
        cover.push(format!(
            "**{}** {}",
            head("export-handling"),
            line(&v.marking)
        ));
    }
    if let Some(m) = &v.meeting {
        cover.push(format!("**{}** {}", head("export-meeting"), line(m)));
    }
    if let Some(d) = &v.date_label {
        cover.push(format!("**{}** {d}", head("export-date")));
    }
    if !v.author.trim().is_empty() {
        cover.push(format!("**{}** {}", head("export-author"), line(&v.author)));
    }
    if !v.audience.trim().is_empty() {
        cover.push(format!(
            "**{}** {}",
            head("export-audience"),
            line(&v.audience)
        ));
    }
    if !cover.is_empty() {
        // Two trailing spaces: a line break within the paragraph.
        let _ = writeln!(out, "{}\n", cover.join("  \n"));
    }
    if v.notes_shown() > 0 {
        let _ = writeln!(out, "*{}*\n", label("export-includes-notes"));
    }
    if !v.missing.is_empty() {
        let ids = crate::i18n::join(lang, &v.missing);
        let _ = writeln!(
            out,
            "*{}*\n",
            tr(
                lang,
                "export-missing-note",
                &[
                    ("count", Arg::Num(v.missing.len() as f64)),
                    ("ids", Arg::Str(&ids))
                ]
            )
        );
    }
    // Empty sections are left out.
    let sections: Vec<_> = v.printed_sections().collect();
    if sections.len() > 1 {
        let _ = writeln!(out, "## {}\n", label("export-contents"));
        for (i, s) in sections.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, line(&s.heading));
        }
        out.push('\n');
    }
    for (i, s) in sections.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", i + 1, line(&s.heading));
        if s.sector_missing {
            let _ = writeln!(out, "*{}*\n", label("export-sector-missing"));
        }
        if !s.background.trim().is_empty() {
            let _ = writeln!(out, "{}\n", s.background.trim());
        }
        if let Some(since_view) = &s.since {
            since(&mut out, since_view, lang);
        }
        if !s.talking_points.is_empty() {
            let _ = writeln!(out, "### {}\n", label("export-talking-points"));
            for (j, p) in s.talking_points.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", j + 1, indented(p.trim(), "   "));
            }
            out.push('\n');
        }
        if !s.items.is_empty() {
            let _ = writeln!(out, "### {}\n", label("export-commitments"));
            for it in &s.items {
                item(&mut out, it, lang);
            }
        }
        if !s.context.is_empty() {
            let _ = writeln!(
                out,
                "### {}\n\n*{}*\n",
                label("export-context"),
                label("export-context-help")
            );
            for c in &s.context {
                context(&mut out, c, lang);
            }
        }
    }
    if !v.sources.is_empty() {
        let _ = writeln!(out, "## {}\n", label("export-sources"));
        for s in &v.sources {
            let mut text = format!("{}. {}, *{}*", s.number, line(&s.publisher), line(&s.title));
            if let Some(d) = &s.date {
                let _ = write!(text, ", {d}");
            }
            match &s.url {
                Some(u) => {
                    let _ = write!(text, ". <{u}>");
                }
                None => {
                    let _ = write!(text, ". ({})", label("export-no-url"));
                }
            }
            if let Some(a) = &s.added {
                let by = tr(
                    lang,
                    "export-source-added",
                    &[
                        ("author", Arg::Str(&a.author)),
                        (
                            "date",
                            Arg::Str(&crate::i18n::record_date(
                                lang,
                                a.at.get(..10).unwrap_or(&a.at),
                            )),
                        ),
                    ],
                );
                let _ = write!(text, " *({})*", line(&by));
            }
            let _ = writeln!(out, "{text}");
        }
        out.push('\n');
    }
    let mut out = sanitize::markdown(&out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
