//! `briefdesk search QUERY`: full-text search over commitments and your
//! annotations, best first.

use std::io::Write;

use briefdesk_core::i18n::{count, msg, tr, Arg, Lang};
use briefdesk_core::store::{BriefHit, SearchHit, Workspace, HIT_END, HIT_START};
use briefdesk_core::Dataset;

use crate::filters::FilterArgs;
use crate::term;
use crate::{output, print_json, Failure};

/// The list filters a search can be narrowed by, and how many hits to show.
#[derive(clap::Args)]
pub struct Options {
    #[command(flatten)]
    filters: FilterArgs,
    /// Show at most this many hits.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

/// Index the dataset if it changed, search, print the hits.
pub fn run(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    query: &str,
    options: Options,
    json: bool,
) -> Result<(), Failure> {
    let lang = crate::lang();
    if query.trim().is_empty() {
        return Err(Failure::Usage(msg(lang, "cli-search-empty")));
    }
    let filter = options.filters.filter(ds, None)?;
    ws.index_dataset(ds).map_err(Failure::Store)?;
    let hits = ws
        .search(ds, query, &filter, options.limit)
        .map_err(Failure::Store)?;
    // Briefs have no sector or status of their own: a filtered search is
    // about commitments only.
    let briefs = if filter == Default::default() {
        ws.search_briefs(query, options.limit)
            .map_err(Failure::Store)?
    } else {
        Vec::new()
    };
    if json {
        print_json(out, &output::SearchOut::new(hits, briefs))?;
    } else {
        render(out, lang, query, &hits, &briefs)?;
    }
    Ok(())
}

/// A snippet on one line, matches shown as «…».
fn one_line(snippet: &str) -> String {
    let s: String = snippet
        .chars()
        .map(|c| match c {
            HIT_START => '«',
            HIT_END => '»',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The column snippets start at, under the id of their hit.
const SNIPPET: usize = 11;

fn render(
    out: &mut impl Write,
    lang: Lang,
    query: &str,
    hits: &[SearchHit],
    briefs: &[BriefHit],
) -> std::io::Result<()> {
    let query = query.trim();
    if hits.is_empty() && briefs.is_empty() {
        return writeln!(
            out,
            "{}",
            tr(lang, "cli-search-none", &[("query", Arg::Str(query))])
        );
    }
    let indent = " ".repeat(SNIPPET);
    for h in hits {
        let title = match &h.title {
            Some(t) => t.clone(),
            None => msg(lang, "cli-search-orphaned"),
        };
        writeln!(out, "{} {title}", term::pad(&h.commitment, SNIPPET - 1))?;
        writeln!(out, "{indent}{}", one_line(&h.snippet))?;
    }
    for b in briefs {
        let id = format!("{:<4}", b.brief);
        let brief = tr(lang, "cli-search-brief", &[("id", Arg::Str(&id))]);
        writeln!(out, "{} {}", term::pad(&brief, SNIPPET - 1), b.title)?;
        writeln!(out, "{indent}{}", one_line(&b.snippet))?;
    }
    let results = count(
        lang,
        "cli-count-results",
        (hits.len() + briefs.len()) as u64,
    );
    writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-search-results",
            &[("results", Arg::Str(&results)), ("query", Arg::Str(query))],
        )
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn snippets_fit_one_line_with_visible_marks() {
        assert_eq!(super::one_line("a\n\u{E000}b\u{E001}\t c"), "a «b» c");
    }
}
