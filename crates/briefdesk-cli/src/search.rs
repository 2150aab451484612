//! `briefdesk search QUERY`: full-text search over commitments and your
//! annotations, best first.

use std::io::Write;

use briefdesk_core::store::{BriefHit, SearchHit, Workspace, HIT_END, HIT_START};
use briefdesk_core::Dataset;

use crate::filters::FilterArgs;
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
    if query.trim().is_empty() {
        return Err(Failure::Usage(
            "the search is empty: give at least one word to search for".into(),
        ));
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
        render(out, query, &hits, &briefs)?;
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

fn render(
    out: &mut impl Write,
    query: &str,
    hits: &[SearchHit],
    briefs: &[BriefHit],
) -> std::io::Result<()> {
    if hits.is_empty() && briefs.is_empty() {
        return writeln!(
            out,
            "No commitment, annotation or brief matches “{}”.",
            query.trim()
        );
    }
    for h in hits {
        let title = match &h.title {
            Some(t) => t.as_str(),
            None => "(orphaned annotation: no longer in the dataset)",
        };
        writeln!(out, "{:<10} {title}", h.commitment)?;
        writeln!(out, "           {}", one_line(&h.snippet))?;
    }
    for b in briefs {
        writeln!(out, "brief {:<4} {}", b.brief, b.title)?;
        writeln!(out, "           {}", one_line(&b.snippet))?;
    }
    let n = hits.len() + briefs.len();
    writeln!(
        out,
        "{n} result{} for “{}”, best first.",
        if n == 1 { "" } else { "s" },
        query.trim()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn snippets_fit_one_line_with_visible_marks() {
        assert_eq!(super::one_line("a\n\u{E000}b\u{E001}\t c"), "a «b» c");
    }
}
