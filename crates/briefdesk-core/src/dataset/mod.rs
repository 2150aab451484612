//! Loading a dataset: files → decode → validate → an indexed [`Dataset`].
//!
//! The shipped dataset (`data/` at the repository root) is embedded in the
//! binary; [`Dataset::load_dir`] reads another folder with the same files.
//! Loading either succeeds with a fully valid dataset or fails with
//! [`Problems`] listing every problem found, each located by file,
//! line:column, JSON path and offending value. It never panics.

pub(crate) mod decode;
pub(crate) mod locate;
pub(crate) mod problem;
pub mod synthetic;
mod text;
mod validate;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use chrono::NaiveDate;

pub use decode::schema_value;
pub use problem::{Problem, ProblemKind, Problems};

use crate::model::*;
use problem::{JsonPath, Pending};
use validate::*;

/// Larger dataset files are refused before they are read (the shipped
/// commitments file is 70 KB; 100,000 commitments are about 105 MB).
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// The files of a dataset folder, in load order.
pub const FILES: [&str; 9] = [
    MANIFEST,
    PARTNERSHIP,
    SECTORS,
    ACTORS,
    MEETINGS,
    SOURCES,
    COMMITMENTS,
    CONTEXT,
    CONFLICTS,
];

macro_rules! embedded {
    ($($name:literal),*) => {
        [$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/", $name)))),*]
    };
}

/// The shipped dataset's files, compiled into the binary.
pub const EMBEDDED: [(&str, &str); 9] = embedded!(
    "manifest.json",
    "partnership.json",
    "sectors.json",
    "actors.json",
    "meetings.json",
    "sources.json",
    "commitments.json",
    "context.json",
    "conflicts.json"
);

/// The JSON Schema of each dataset file, keyed by file name.
pub fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    vec![
        (MANIFEST, schema_value::<Manifest>()),
        (PARTNERSHIP, schema_value::<Partnership>()),
        (SECTORS, schema_value::<Vec<Sector>>()),
        (ACTORS, schema_value::<Vec<Actor>>()),
        (MEETINGS, schema_value::<Vec<Meeting>>()),
        (SOURCES, schema_value::<Vec<Source>>()),
        (COMMITMENTS, schema_value::<Vec<Commitment>>()),
        (CONTEXT, schema_value::<Vec<ContextItem>>()),
        (CONFLICTS, schema_value::<Vec<Conflict>>()),
    ]
}

/// A validated dataset with lookups by id.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub manifest: Manifest,
    pub partnership: Partnership,
    pub sectors: Vec<Sector>,
    pub actors: Vec<Actor>,
    pub meetings: Vec<Meeting>,
    pub sources: Vec<Source>,
    pub commitments: Vec<Commitment>,
    pub context: Vec<ContextItem>,
    pub conflicts: Vec<Conflict>,
    index: Index,
    /// Lower-cased text each commitment is searched by, built on first use.
    search: std::sync::OnceLock<Vec<String>>,
    /// Which records are the user's own or corrected, by whom and when
    /// (empty for a record as shipped; see [`crate::record`]).
    provenance: std::sync::Arc<crate::record::Provenance>,
}

/// A dataset's contents as plain vectors: what [`Dataset::assemble`] checks
/// and indexes (the effective record: the release with the user's own
/// records and corrections folded in, see [`crate::record`]).
#[derive(Debug, Clone)]
pub struct Parts {
    pub manifest: Manifest,
    pub partnership: Partnership,
    pub sectors: Vec<Sector>,
    pub actors: Vec<Actor>,
    pub meetings: Vec<Meeting>,
    pub sources: Vec<Source>,
    pub commitments: Vec<Commitment>,
    pub context: Vec<ContextItem>,
    pub conflicts: Vec<Conflict>,
}

/// A problem [`Dataset::assemble`] found: in which file's array, at which
/// element (its index in [`Parts`]), the JSON path inside the element, and
/// what is wrong. Nothing is located by line: the parts come from no file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartProblem {
    /// `commitments.json`, `sources.json`, …
    pub file: &'static str,
    /// The element's index in its vector; `None` for the manifest or the
    /// partnership.
    pub index: Option<usize>,
    /// The path inside the element (`sources[0]`), empty for the element.
    pub field: String,
    pub value: Option<String>,
    pub kind: ProblemKind,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
struct Index {
    sectors: HashMap<String, usize>,
    actors: HashMap<String, usize>,
    meetings: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    commitments: HashMap<String, usize>,
    context: HashMap<String, usize>,
    /// Reverse `builds-on` links: record id → ids of the records that build on it.
    continued_by: HashMap<String, Vec<String>>,
    /// Record id → indexes into `conflicts`.
    conflicts_about: HashMap<String, Vec<usize>>,
    meeting_dates: Vec<NaiveDate>,
}

/// A commitment or a context item.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    Commitment(&'a Commitment),
    Context(&'a ContextItem),
}

/// The fields commitments and context items share.
impl<'a> Record<'a> {
    pub fn id(&self) -> &'a str {
        match self {
            Record::Commitment(c) => &c.id,
            Record::Context(c) => &c.id,
        }
    }

    pub fn title(&self) -> &'a str {
        match self {
            Record::Commitment(c) => &c.title,
            Record::Context(c) => &c.title,
        }
    }

    pub fn summary(&self) -> &'a str {
        match self {
            Record::Commitment(c) => &c.summary,
            Record::Context(c) => &c.summary,
        }
    }

    pub fn sectors(&self) -> &'a [Id] {
        match self {
            Record::Commitment(c) => &c.sectors,
            Record::Context(c) => &c.sectors,
        }
    }

    pub fn actors(&self) -> &'a [ActorRef] {
        match self {
            Record::Commitment(c) => &c.actors,
            Record::Context(c) => &c.actors,
        }
    }

    pub fn sources(&self) -> &'a [Id] {
        match self {
            Record::Commitment(c) => &c.sources,
            Record::Context(c) => &c.sources,
        }
    }

    pub fn related(&self) -> &'a [Related] {
        match self {
            Record::Commitment(c) => &c.related,
            Record::Context(c) => &c.related,
        }
    }

    pub fn verification_note(&self) -> &'a str {
        match self {
            Record::Commitment(c) => &c.verification_note,
            Record::Context(c) => &c.verification_note,
        }
    }

    pub fn kind(&self) -> CommitmentKind {
        match self {
            Record::Commitment(c) => c.kind,
            Record::Context(c) => c.kind,
        }
    }

    pub fn verification(&self) -> Verification {
        match self {
            Record::Commitment(c) => c.verification,
            Record::Context(c) => c.verification,
        }
    }
}

impl Dataset {
    /// The dataset shipped inside the binary.
    pub fn embedded() -> Result<Dataset, Problems> {
        Self::from_texts(&EMBEDDED)
    }

    /// Load the dataset files from `dir`.
    pub fn load_dir(dir: &Path) -> Result<Dataset, Problems> {
        let mut pending = Vec::new();
        let mut texts: Vec<(&'static str, String)> = Vec::new();
        for name in FILES {
            let path = dir.join(name);
            match crate::files::read_regular(&path, MAX_FILE_BYTES) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => texts.push((name, text)),
                    Err(e) => {
                        let valid = e.utf8_error().valid_up_to();
                        let bytes = e.into_bytes();
                        let prefix = String::from_utf8_lossy(&bytes[..valid]);
                        let mut p = Pending::new(
                            name,
                            JsonPath::root(),
                            ProblemKind::Syntax,
                            format!("not UTF-8 text: invalid byte at offset {valid}"),
                        );
                        p.position = Some(locate::line_col(&prefix, prefix.len()));
                        pending.push(p);
                        texts.push((name, String::new()));
                    }
                },
                Err(e) => {
                    let message = if !path.exists() && std::fs::symlink_metadata(&path).is_err() {
                        format!("missing file: {} does not exist", path.display())
                    } else {
                        e.to_string()
                    };
                    pending.push(Pending::new(
                        name,
                        JsonPath::root(),
                        ProblemKind::File,
                        message,
                    ));
                    texts.push((name, String::new()));
                }
            }
        }
        let borrowed: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        // Files that could not be read are reported once, not again as "invalid JSON".
        let unreadable: Vec<&str> = pending.iter().map(|p| p.file).collect();
        Self::from_texts_with(&borrowed, pending, &unreadable)
    }

    /// Load a dataset from the text of each file, given by file name.
    /// Files not given are reported as missing.
    pub fn from_texts(files: &[(&str, &str)]) -> Result<Dataset, Problems> {
        Self::from_texts_with(files, Vec::new(), &[])
    }

    fn from_texts_with(
        files: &[(&str, &str)],
        mut pending: Vec<Pending>,
        skip: &[&str],
    ) -> Result<Dataset, Problems> {
        let text = |name: &'static str| -> Option<&str> {
            if skip.contains(&name) {
                return None;
            }
            files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
        };
        for name in FILES {
            if let Some(t) = text(name) {
                text::check(name, t, &mut pending);
            }
        }
        for name in FILES {
            if !skip.contains(&name) && text(name).is_none() {
                pending.push(Pending::new(
                    name,
                    JsonPath::root(),
                    ProblemKind::File,
                    "missing file",
                ));
            }
        }

        // Commitments dominate large datasets: decode them on a second thread.
        let (commitments, raw) = std::thread::scope(|scope| {
            let big = scope.spawn(|| {
                let mut out = Vec::new();
                let decoded = text(COMMITMENTS)
                    .map(|t| decode::decode_array::<Commitment>(COMMITMENTS, t, &mut out))
                    .unwrap_or_default();
                (decoded, out)
            });
            let mut out = Vec::new();
            let obj = |name| text(name).map(|t| (name, t));
            let raw = validate::Raw {
                manifest: obj(MANIFEST).and_then(|(n, t)| decode::decode_object(n, t, &mut out)),
                partnership: obj(PARTNERSHIP)
                    .and_then(|(n, t)| decode::decode_object(n, t, &mut out)),
                sectors: decode_opt(SECTORS, text(SECTORS), &mut out),
                actors: decode_opt(ACTORS, text(ACTORS), &mut out),
                meetings: decode_opt(MEETINGS, text(MEETINGS), &mut out),
                sources: decode_opt(SOURCES, text(SOURCES), &mut out),
                commitments: Default::default(),
                context: decode_opt(CONTEXT, text(CONTEXT), &mut out),
                conflicts: decode_opt(CONFLICTS, text(CONFLICTS), &mut out),
            };
            let joined = big.join();
            (joined, (raw, out))
        });
        let (mut raw, out) = raw;
        pending.extend(out);
        match commitments {
            Ok((decoded, out)) => {
                raw.commitments = decoded;
                pending.extend(out);
            }
            Err(_) => pending.push(Pending::new(
                COMMITMENTS,
                JsonPath::root(),
                ProblemKind::Rule,
                "internal error while reading this file",
            )),
        }

        validate::check(&raw, &mut pending);

        if pending.is_empty() {
            if let (Some(manifest), Some(partnership)) = (raw.manifest, raw.partnership) {
                return Ok(Dataset::new(
                    manifest,
                    partnership,
                    items(raw.sectors),
                    items(raw.actors),
                    items(raw.meetings),
                    items(raw.sources),
                    items(raw.commitments),
                    items(raw.context),
                    items(raw.conflicts),
                ));
            }
        }
        Err(Problems(locate_all(files, pending)))
    }

    #[allow(clippy::too_many_arguments)]
    fn new(
        manifest: Manifest,
        partnership: Partnership,
        sectors: Vec<Sector>,
        actors: Vec<Actor>,
        meetings: Vec<Meeting>,
        sources: Vec<Source>,
        commitments: Vec<Commitment>,
        context: Vec<ContextItem>,
        conflicts: Vec<Conflict>,
    ) -> Self {
        fn by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, x)| (id(x).to_owned(), i))
                .collect()
        }
        let mut index = Index {
            sectors: by_id(&sectors, |x| &x.id),
            actors: by_id(&actors, |x| &x.id),
            meetings: by_id(&meetings, |x| &x.id),
            sources: by_id(&sources, |x| &x.id),
            commitments: by_id(&commitments, |x| &x.id),
            context: by_id(&context, |x| &x.id),
            // Validation guarantees every meeting date parses.
            meeting_dates: meetings
                .iter()
                .map(|m| parse_date(&m.date).unwrap_or_default())
                .collect(),
            ..Index::default()
        };
        let links = commitments
            .iter()
            .map(|c| (&c.id, &c.related))
            .chain(context.iter().map(|c| (&c.id, &c.related)));
        for (id, related) in links {
            for r in related.iter().filter(|r| r.relation == Relation::BuildsOn) {
                index
                    .continued_by
                    .entry(r.id.clone())
                    .or_default()
                    .push(id.clone());
            }
        }
        for (i, c) in conflicts.iter().enumerate() {
            for about in &c.about {
                index
                    .conflicts_about
                    .entry(about.clone())
                    .or_default()
                    .push(i);
            }
        }
        Dataset {
            manifest,
            partnership,
            sectors,
            actors,
            meetings,
            sources,
            commitments,
            context,
            conflicts,
            index,
            search: std::sync::OnceLock::new(),
            provenance: Default::default(),
        }
    }

    /// A copy of the contents (for folding in the user's own records).
    pub fn parts(&self) -> Parts {
        Parts {
            manifest: self.manifest.clone(),
            partnership: self.partnership.clone(),
            sectors: self.sectors.clone(),
            actors: self.actors.clone(),
            meetings: self.meetings.clone(),
            sources: self.sources.clone(),
            commitments: self.commitments.clone(),
            context: self.context.clone(),
            conflicts: self.conflicts.clone(),
        }
    }

    /// Check `parts` by every rule a dataset read from files is checked by
    /// (references, dates, URLs, text, lineage), records being allowed up
    /// to `as_of` when it is later than the manifest's; a valid dataset, or
    /// every problem with where it is.
    #[allow(clippy::result_large_err)] // the parts go back to the caller, whole
    pub fn assemble(
        parts: Parts,
        as_of: Option<NaiveDate>,
        provenance: crate::record::Provenance,
    ) -> Result<Dataset, (Parts, Vec<PartProblem>)> {
        fn decoded<T>(v: Vec<T>) -> decode::Decoded<T> {
            decode::Decoded {
                items: v.into_iter().enumerate().collect(),
                broken_ids: Vec::new(),
                unreadable: false,
            }
        }
        let raw = validate::Raw {
            manifest: Some(parts.manifest),
            partnership: Some(parts.partnership),
            sectors: decoded(parts.sectors),
            actors: decoded(parts.actors),
            meetings: decoded(parts.meetings),
            sources: decoded(parts.sources),
            commitments: decoded(parts.commitments),
            context: decoded(parts.context),
            conflicts: decoded(parts.conflicts),
        };
        let mut pending = Vec::new();
        validate::check_as_of(&raw, &mut pending, as_of);
        let parts = Parts {
            manifest: raw.manifest.unwrap_or_else(|| unreachable!("set above")),
            partnership: raw.partnership.unwrap_or_else(|| unreachable!("set above")),
            sectors: items(raw.sectors),
            actors: items(raw.actors),
            meetings: items(raw.meetings),
            sources: items(raw.sources),
            commitments: items(raw.commitments),
            context: items(raw.context),
            conflicts: items(raw.conflicts),
        };
        if !pending.is_empty() {
            let problems = pending
                .into_iter()
                .map(|p| {
                    let (index, rest) = match p.path.0.split_first() {
                        Some((problem::Seg::Index(i), rest)) => (Some(*i), rest.to_vec()),
                        _ => (None, p.path.0.clone()),
                    };
                    let field = problem::JsonPath(rest).to_string();
                    PartProblem {
                        file: p.file,
                        index,
                        field: field
                            .strip_prefix("$.")
                            .or_else(|| field.strip_prefix('$'))
                            .unwrap_or(&field)
                            .to_owned(),
                        value: p.value,
                        kind: p.kind,
                        message: p.message,
                    }
                })
                .collect();
            return Err((parts, problems));
        }
        let mut ds = Dataset::new(
            parts.manifest,
            parts.partnership,
            parts.sectors,
            parts.actors,
            parts.meetings,
            parts.sources,
            parts.commitments,
            parts.context,
            parts.conflicts,
        );
        ds.provenance = std::sync::Arc::new(provenance);
        Ok(ds)
    }

    /// Who added or corrected what (empty for the record as shipped).
    pub fn provenance(&self) -> &crate::record::Provenance {
        &self.provenance
    }

    /// The lower-cased text commitment `index` is searched by: id, title,
    /// summary, actors (with native names), sectors and meeting.
    pub fn search_text(&self, index: usize) -> &str {
        let all = self.search.get_or_init(|| {
            self.commitments
                .iter()
                .map(|c| {
                    let mut s = format!("{} {} {}", c.id, c.title, c.summary);
                    for actor in c.actors.iter().filter_map(|a| self.actor(&a.actor)) {
                        s.push(' ');
                        s.push_str(&actor.name);
                        if let Some(n) = &actor.native_name {
                            s.push(' ');
                            s.push_str(n);
                        }
                    }
                    for sector in c.sectors.iter().filter_map(|id| self.sector(id)) {
                        s.push(' ');
                        s.push_str(&sector.name);
                    }
                    if let Some(m) = self.meeting(&c.meeting) {
                        s.push(' ');
                        s.push_str(&m.title);
                        s.push(' ');
                        s.push_str(&m.place);
                    }
                    s.to_lowercase()
                })
                .collect()
        });
        all.get(index).map(String::as_str).unwrap_or_default()
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.index.sectors.get(id).map(|&i| &self.sectors[i])
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.index.actors.get(id).map(|&i| &self.actors[i])
    }

    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.index.meetings.get(id).map(|&i| &self.meetings[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index.sources.get(id).map(|&i| &self.sources[i])
    }

    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.index
            .commitments
            .get(id)
            .map(|&i| &self.commitments[i])
    }

    pub fn context_item(&self, id: &str) -> Option<&ContextItem> {
        self.index.context.get(id).map(|&i| &self.context[i])
    }

    /// A commitment or context item by id.
    pub fn record(&self, id: &str) -> Option<Record<'_>> {
        self.commitment(id)
            .map(Record::Commitment)
            .or_else(|| self.context_item(id).map(Record::Context))
    }

    /// The date of a meeting.
    pub fn meeting_date(&self, meeting: &Meeting) -> NaiveDate {
        self.index
            .meetings
            .get(&meeting.id)
            .map(|&i| self.index.meeting_dates[i])
            .unwrap_or_default()
    }

    /// The date a record refers to: its own date, or its meeting's.
    pub fn record_date(&self, record: Record<'_>) -> NaiveDate {
        match record {
            Record::Commitment(c) => match &c.date {
                Some(d) => parse_date(d).unwrap_or_default(),
                None => self
                    .meeting(&c.meeting)
                    .map(|m| self.meeting_date(m))
                    .unwrap_or_default(),
            },
            Record::Context(c) => parse_date(&c.date).unwrap_or_default(),
        }
    }

    /// Ids of the records that build directly on `id`.
    pub fn continued_by(&self, id: &str) -> &[String] {
        self.index
            .continued_by
            .get(id)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Conflicts between sources that concern `id` (a meeting or a record).
    pub fn conflicts_about(&self, id: &str) -> impl Iterator<Item = &Conflict> {
        self.index
            .conflicts_about
            .get(id)
            .into_iter()
            .flatten()
            .map(|&i| &self.conflicts[i])
    }
}

/// `s` as a real calendar date `YYYY-MM-DD`, or why not (the words the
/// dataset's own check uses).
pub fn check_date_text(s: &str) -> Result<NaiveDate, String> {
    validate::check_date(s)
}

fn decode_opt<T>(
    name: &'static str,
    text: Option<&str>,
    out: &mut Vec<Pending>,
) -> decode::Decoded<T>
where
    T: serde::de::DeserializeOwned + schemars::JsonSchema + Send,
{
    text.map(|t| decode::decode_array(name, t, out))
        .unwrap_or_default()
}

fn items<T>(d: decode::Decoded<T>) -> Vec<T> {
    d.items.into_iter().map(|(_, x)| x).collect()
}

/// Give every pending problem its line and column, in file order.
fn locate_all(files: &[(&str, &str)], pending: Vec<Pending>) -> Vec<Problem> {
    let mut problems = Vec::with_capacity(pending.len());
    for name in FILES {
        let here: Vec<&Pending> = pending.iter().filter(|p| p.file == name).collect();
        if here.is_empty() {
            continue;
        }
        let text = files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .unwrap_or_default();
        let locator = locate::Locator::new(text);
        let mut located: Vec<Problem> = here
            .into_iter()
            .map(|p| {
                let pos = p.position.or_else(|| {
                    if p.kind == ProblemKind::File {
                        None
                    } else {
                        locator.position(&p.path, p.at_key)
                    }
                });
                Problem {
                    file: p.file.to_owned(),
                    line: pos.map(|(l, _)| l),
                    column: pos.map(|(_, c)| c),
                    path: p.path.to_string(),
                    value: p.value.clone(),
                    kind: p.kind,
                    message: p.message.clone(),
                }
            })
            .collect();
        located.sort_by_key(|p| (p.line.unwrap_or(0), p.column.unwrap_or(0)));
        problems.extend(located);
    }
    problems
}
