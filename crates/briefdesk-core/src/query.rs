//! Questions asked of a dataset: filtered lists in council order, names
//! resolved to ids, lineage across councils.

use std::collections::HashSet;

use serde::Deserialize;
use ts_rs::TS;

use crate::dataset::{Dataset, Record};
use crate::model::*;
use crate::store::AnnotationFields;

/// Filters for the commitment list; all given filters must match. `text`
/// matches when every word appears (ignoring case) in the id, title, summary,
/// actors, sectors or meeting of a commitment. The desktop UI sends this as
/// `ListFilter`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(rename = "ListFilter")]
pub struct Filter {
    /// Sector id (or name, see [`Filter::resolved`]): the commitment lists it
    /// among its sectors.
    pub sector: Option<Id>,
    /// Meeting id (or year, see [`Filter::resolved`]).
    pub meeting: Option<Id>,
    pub status: Option<CommitmentStatus>,
    pub verification: Option<Verification>,
    pub kind: Option<CommitmentKind>,
    pub text: Option<String>,
    /// A tag of the user's annotation (ignoring case).
    pub tag: Option<String>,
    /// The user's own status in their annotation.
    pub user_status: Option<UserStatus>,
}

impl Filter {
    /// Whether `c` passes every filter but `text`.
    pub(crate) fn matches_fields(&self, c: &Commitment) -> bool {
        self.sector.as_ref().is_none_or(|s| c.sectors.contains(s))
            && self.meeting.as_ref().is_none_or(|m| &c.meeting == m)
            && self.status.is_none_or(|s| c.status == s)
            && self.verification.is_none_or(|v| c.verification == v)
            && self.kind.is_none_or(|k| c.kind == k)
    }

    /// The same filter with sector and meeting given by name (or year)
    /// resolved to ids.
    pub fn resolved(&self, ds: &Dataset) -> Result<Filter, Unknown> {
        Ok(Filter {
            sector: self
                .sector
                .as_deref()
                .map(|s| ds.resolve_sector(s).map(|s| s.id.clone()))
                .transpose()?,
            meeting: self
                .meeting
                .as_deref()
                .map(|m| ds.resolve_meeting(m).map(|m| m.id.clone()))
                .transpose()?,
            ..self.clone()
        })
    }
}

/// The user's annotations by commitment id, for the `tag` and `user_status`
/// filters.
pub type Annotations = rustc_hash::FxHashMap<String, AnnotationFields>;

/// Commitments matching `filter`, in council order: by meeting date, then by
/// the commitment's own date, then in dataset order. `tag` and `user_status`
/// match nothing here: use [`list_annotated`] with the user's annotations.
pub fn list<'a>(ds: &'a Dataset, filter: &Filter) -> Vec<&'a Commitment> {
    list_annotated(ds, filter, &Annotations::default())
}

/// [`list`], with the user's annotations for the `tag` and `user_status` filters.
pub fn list_annotated<'a>(
    ds: &'a Dataset,
    filter: &Filter,
    annotations: &Annotations,
) -> Vec<&'a Commitment> {
    let by_annotation = |c: &Commitment| {
        if filter.tag.is_none() && filter.user_status.is_none() {
            return true;
        }
        let Some(a) = annotations.get(&c.id) else {
            return false;
        };
        filter
            .tag
            .as_ref()
            .is_none_or(|t| a.tags.iter().any(|x| x.eq_ignore_ascii_case(t.trim())))
            && filter.user_status.is_none_or(|s| a.status == Some(s))
    };
    let words: Vec<String> = filter
        .text
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let mut hits: Vec<(usize, &Commitment)> = ds
        .commitments
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            // No words, no search text: it is built (for every commitment) by the first filter that has some.
            filter.matches_fields(c)
                && by_annotation(c)
                && (words.is_empty() || {
                    let hay = ds.search_text(*i);
                    words.iter().all(|w| hay.contains(w.as_str()))
                })
        })
        .collect();
    hits.sort_by_cached_key(|(i, c)| {
        let meeting = ds.meeting(&c.meeting).map(|m| ds.meeting_date(m));
        (meeting, ds.record_date(Record::Commitment(c)), *i)
    });
    hits.into_iter().map(|(_, c)| c).collect()
}

/// A name the user typed that matches nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{given}`{}; known: {}", suggest(.suggestion), .known.join(", "))]
pub struct Unknown {
    pub what: &'static str,
    pub given: String,
    pub suggestion: Option<String>,
    pub known: Vec<String>,
}

fn suggest(s: &Option<String>) -> String {
    s.as_ref()
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default()
}

fn unknown<'a>(what: &'static str, given: &str, known: impl Iterator<Item = &'a str>) -> Unknown {
    let known: Vec<String> = known.map(str::to_owned).collect();
    let suggestion = known
        .iter()
        .map(|k| (strsim::jaro_winkler(&given.to_lowercase(), k), k))
        .filter(|(s, _)| *s > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k.clone());
    Unknown {
        what,
        given: given.to_owned(),
        suggestion,
        known,
    }
}

/// "no commitment with id `X`", with a suggestion when one id is close.
pub fn no_commitment(ds: &Dataset, given: &str) -> String {
    let u = unknown(
        "commitment",
        given,
        ds.commitments.iter().map(|c| c.id.as_str()),
    );
    format!("no commitment with id `{given}`{}", suggest(&u.suggestion))
}

impl Dataset {
    /// A sector by id or by name, ignoring case.
    pub fn resolve_sector(&self, given: &str) -> Result<&Sector, Unknown> {
        let g = given.trim();
        self.sector(g)
            .or_else(|| {
                self.sectors
                    .iter()
                    .find(|s| s.id.eq_ignore_ascii_case(g) || s.name.eq_ignore_ascii_case(g))
            })
            .ok_or_else(|| unknown("sector", given, self.sectors.iter().map(|s| s.id.as_str())))
    }

    /// A meeting by id, or by year when one meeting falls in it.
    pub fn resolve_meeting(&self, given: &str) -> Result<&Meeting, Unknown> {
        let g = given.trim();
        if let Some(m) = self.meeting(g) {
            return Ok(m);
        }
        let by_year: Vec<&Meeting> = self
            .meetings
            .iter()
            .filter(|m| m.date.get(..4) == Some(g))
            .collect();
        match by_year.as_slice() {
            [one] => Ok(one),
            _ => Err(unknown(
                "meeting",
                given,
                self.meetings.iter().map(|m| m.id.as_str()),
            )),
        }
    }
}

/// The records linked to one record by `builds-on`, in both directions,
/// followed transitively.
#[derive(Debug, Clone)]
pub struct Lineage<'a> {
    /// Earlier records this one continues, oldest first.
    pub before: Vec<Record<'a>>,
    /// Later records that continue this one, oldest first.
    pub after: Vec<Record<'a>>,
}

/// The lineage of record `id` (empty when it has none or does not exist).
pub fn lineage<'a>(ds: &'a Dataset, id: &str) -> Lineage<'a> {
    let walk = |next: &dyn Fn(&str) -> Vec<String>| {
        let mut seen: HashSet<String> = HashSet::from([id.to_owned()]);
        let mut stack = next(id);
        let mut found = Vec::new();
        while let Some(x) = stack.pop() {
            if !seen.insert(x.clone()) {
                continue;
            }
            if let Some(r) = ds.record(&x) {
                stack.extend(next(&x));
                found.push(r);
            }
        }
        found.sort_by_key(|r| (ds.record_date(*r), r.id().to_owned()));
        found
    };
    let before = walk(&|x: &str| {
        ds.record(x)
            .map(|r| {
                r.related()
                    .iter()
                    .filter(|l| l.relation == Relation::BuildsOn)
                    .map(|l| l.id.clone())
                    .collect()
            })
            .unwrap_or_default()
    });
    let after = walk(&|x: &str| ds.continued_by(x).to_vec());
    Lineage { before, after }
}
