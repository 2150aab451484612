//! The rules the schema cannot express: unique ids, references that resolve,
//! dates that exist and are in order, well-formed URLs, no blank text.
//!
//! Runs over whatever decoded, so one broken file does not hide the problems
//! of the others.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use chrono::NaiveDate;

use super::decode::Decoded;
use super::problem::{JsonPath, Pending, ProblemKind};
use crate::model::*;

/// A JSON path built on the stack, turned into a [`JsonPath`] only when a
/// problem is reported: the happy path allocates nothing for paths.
#[derive(Clone, Copy)]
enum P<'a> {
    Root,
    Key(&'a P<'a>, &'a str),
    Index(&'a P<'a>, usize),
}

impl<'a> P<'a> {
    fn key(&'a self, key: &'a str) -> P<'a> {
        P::Key(self, key)
    }

    fn index(&'a self, index: usize) -> P<'a> {
        P::Index(self, index)
    }

    fn to_path(self) -> JsonPath {
        match self {
            P::Root => JsonPath::root(),
            P::Key(parent, k) => parent.to_path().key(k),
            P::Index(parent, i) => parent.to_path().index(i),
        }
    }
}

/// Everything that decoded, file by file.
pub(crate) struct Raw {
    pub manifest: Option<Manifest>,
    pub partnership: Option<Partnership>,
    pub sectors: Decoded<Sector>,
    pub actors: Decoded<Actor>,
    pub meetings: Decoded<Meeting>,
    pub sources: Decoded<Source>,
    pub commitments: Decoded<Commitment>,
    pub context: Decoded<ContextItem>,
    pub conflicts: Decoded<Conflict>,
}

pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const PARTNERSHIP: &str = "partnership.json";
pub(crate) const SECTORS: &str = "sectors.json";
pub(crate) const ACTORS: &str = "actors.json";
pub(crate) const MEETINGS: &str = "meetings.json";
pub(crate) const SOURCES: &str = "sources.json";
pub(crate) const COMMITMENTS: &str = "commitments.json";
pub(crate) const CONTEXT: &str = "context.json";
pub(crate) const CONFLICTS: &str = "conflicts.json";

/// Where an id is defined.
#[derive(Clone, Copy)]
struct Def {
    file: &'static str,
    /// Index in the file's array.
    index: usize,
    /// Position among the file's decoded items.
    slot: usize,
}

/// The ids of one kind of thing.
#[derive(Default)]
struct Namespace<'a> {
    defs: HashMap<&'a str, Def>,
    /// Ids of elements that failed to decode (they exist, but are broken).
    broken: HashSet<&'a str>,
    /// A file of this namespace could not be read: every reference passes,
    /// since nothing can be said about it.
    unknown: bool,
}

impl<'a> Namespace<'a> {
    fn contains(&self, id: &str) -> bool {
        self.unknown || self.defs.contains_key(id) || self.broken.contains(id)
    }
}

/// The dates of meetings, commitments and context items, by slot.
struct Dates {
    meetings: Vec<Option<NaiveDate>>,
    commitments: Vec<Option<NaiveDate>>,
    context: Vec<Option<NaiveDate>>,
}

impl Dates {
    fn of(&self, def: Def) -> Option<NaiveDate> {
        match def.file {
            MEETINGS => self.meetings[def.slot],
            COMMITMENTS => self.commitments[def.slot],
            _ => self.context[def.slot],
        }
    }
}

struct Checker<'a> {
    out: &'a mut Vec<Pending>,
    as_of: Option<NaiveDate>,
}

/// Check everything that decoded; push one `Pending` per problem.
pub(crate) fn check(raw: &Raw, out: &mut Vec<Pending>) {
    check_as_of(raw, out, None);
}

/// [`check`], with records allowed up to `as_of` when that is later than
/// the manifest's date (the user's own records: the record holds what
/// happened up to today).
pub(crate) fn check_as_of(raw: &Raw, out: &mut Vec<Pending>, as_of: Option<NaiveDate>) {
    let mut c = Checker { out, as_of: None };
    let root = P::Root;

    if let Some(m) = &raw.manifest {
        if m.schema_version == 0 {
            c.push(
                MANIFEST,
                root.key("schema_version"),
                ProblemKind::Rule,
                "schema version must be at least 1",
                Some(m.schema_version.into()),
            );
        } else if m.schema_version > SCHEMA_VERSION {
            c.push(
                MANIFEST,
                root.key("schema_version"),
                ProblemKind::Rule,
                format!("this dataset uses format version {}, but this build of Briefdesk reads version {SCHEMA_VERSION}; update Briefdesk", m.schema_version),
                Some(m.schema_version.into()),
            );
        }
        c.text(MANIFEST, &root.key("dataset_version"), &m.dataset_version);
        c.as_of = c.date(MANIFEST, &root.key("as_of"), &m.as_of);
        if let (Some(given), Some(later)) = (c.as_of, as_of) {
            c.as_of = Some(given.max(later));
        }
        c.text(MANIFEST, &root.key("title"), &m.title);
        c.text(MANIFEST, &root.key("provenance"), &m.provenance);
    }

    // Definitions: each namespace, with duplicates reported where they repeat.
    let (mut sectors, mut actors, mut sources, mut conflicts) = Default::default();
    c.define(SECTORS, &raw.sectors, |s| &s.id, &mut sectors);
    c.define(ACTORS, &raw.actors, |a| &a.id, &mut actors);
    c.define(SOURCES, &raw.sources, |s| &s.id, &mut sources);
    c.define(CONFLICTS, &raw.conflicts, |s| &s.id, &mut conflicts);
    // Meetings, commitments and context items share one id space.
    let mut records = Namespace::default();
    c.define(MEETINGS, &raw.meetings, |m| &m.id, &mut records);
    c.define(COMMITMENTS, &raw.commitments, |m| &m.id, &mut records);
    c.define(CONTEXT, &raw.context, |m| &m.id, &mut records);
    // Dates of records, for ordering rules.
    let meeting_dates: Vec<Option<NaiveDate>> = raw
        .meetings
        .items
        .iter()
        .map(|(_, m)| parse_date(&m.date))
        .collect();
    let meeting_date = |id: &str| match records.defs.get(id) {
        Some(d) if d.file == MEETINGS => meeting_dates[d.slot],
        _ => None,
    };
    let dates = Dates {
        commitments: raw
            .commitments
            .items
            .iter()
            .map(|(_, x)| match &x.date {
                Some(d) => parse_date(d),
                None => meeting_date(&x.meeting),
            })
            .collect(),
        context: raw
            .context
            .items
            .iter()
            .map(|(_, x)| parse_date(&x.date))
            .collect(),
        meetings: meeting_dates.clone(),
    };
    let kind_of = |id: &str| records.defs.get(id).map(|d| d.file);

    if let Some(p) = &raw.partnership {
        let f = PARTNERSHIP;
        c.id_syntax(f, &root.key("id"), &p.id);
        c.text(f, &root.key("name"), &p.name);
        let launched = c.date(f, &root.key("launched"), &p.launched);
        let path = root.key("launch_meeting");
        if c.reference(f, &path, &p.launch_meeting, &records, "meeting") {
            if let (Some(l), Some(m)) = (launched, meeting_date(&p.launch_meeting)) {
                if l != m {
                    c.push(
                        f,
                        root.key("launched"),
                        ProblemKind::Date,
                        format!(
                            "launch date differs from the date of meeting `{}` ({m})",
                            p.launch_meeting
                        ),
                        Some(p.launched.as_str().into()),
                    );
                }
            }
        }
        c.text(f, &root.key("summary"), &p.summary);
        c.sources(f, &root.key("sources"), &p.sources, &sources);
    }

    for (i, s) in &raw.sectors.items {
        let p = root.index(*i);
        c.text(SECTORS, &p.key("name"), &s.name);
        c.text(SECTORS, &p.key("description"), &s.description);
    }

    for (i, a) in &raw.actors.items {
        let p = root.index(*i);
        c.text(ACTORS, &p.key("name"), &a.name);
        c.opt_text(ACTORS, &p.key("native_name"), &a.native_name);
        c.opt_text(ACTORS, &p.key("short_name"), &a.short_name);
        c.opt_text(ACTORS, &p.key("note"), &a.note);
        if let Some(aff) = &a.affiliation {
            let path = p.key("affiliation");
            if aff == &a.id {
                c.push(
                    ACTORS,
                    path,
                    ProblemKind::Rule,
                    "an actor cannot be its own affiliation",
                    Some(aff.as_str().into()),
                );
            } else {
                c.reference(ACTORS, &path, aff, &actors, "actor");
            }
        }
    }

    for (i, s) in &raw.sources.items {
        let p = root.index(*i);
        c.text(SOURCES, &p.key("title"), &s.title);
        c.text(SOURCES, &p.key("publisher"), &s.publisher);
        if let Some(d) = &s.date {
            c.partial_date(SOURCES, &p.key("date"), d);
        }
        match &s.url {
            Some(u) => c.url(SOURCES, &p.key("url"), u),
            None if s.seed.is_none() => c.push(
                SOURCES,
                p.key("url"),
                ProblemKind::Url,
                "missing URL: only a seed text (with `seed` set) may have none",
                None,
            ),
            None => {}
        }
        c.language(SOURCES, &p.key("language"), &s.language);
        c.opt_text(SOURCES, &p.key("seed"), &s.seed);
        c.opt_text(SOURCES, &p.key("note"), &s.note);
    }

    for (i, m) in &raw.meetings.items {
        let p = root.index(*i);
        let f = MEETINGS;
        c.text(f, &p.key("title"), &m.title);
        if let Some(d) = c.date(f, &p.key("date"), &m.date) {
            if m.status == MeetingStatus::Held && c.as_of.is_some_and(|a| d > a) {
                c.push(
                    f,
                    p.key("date"),
                    ProblemKind::Date,
                    "a meeting marked `held` is dated after the dataset's as_of date",
                    Some(m.date.as_str().into()),
                );
            }
        }
        c.text(f, &p.key("place"), &m.place);
        c.opt_text(f, &p.key("venue"), &m.venue);
        c.actor_refs(f, &p.key("participants"), &m.participants, &actors);
        c.text(f, &p.key("summary"), &m.summary);
        c.sources(f, &p.key("sources"), &m.sources, &sources);
        c.opt_text(f, &p.key("verification_note"), &m.verification_note);
    }

    // Unknown or broken ids pass: only a known meeting is not an item.
    let is_item = |id: &str| kind_of(id) != Some(MEETINGS);

    for (i, x) in &raw.commitments.items {
        let p = root.index(*i);
        let f = COMMITMENTS;
        let path = p.key("meeting");
        if c.reference(f, &path, &x.meeting, &records, "meeting")
            && kind_of(&x.meeting).is_some_and(|k| k != MEETINGS)
        {
            c.push(
                f,
                path,
                ProblemKind::DanglingReference,
                format!("`{}` is not a meeting", x.meeting),
                Some(x.meeting.as_str().into()),
            );
        }
        if let Some(d) = &x.date {
            c.date(f, &p.key("date"), d);
        }
        c.record_body(
            f,
            &p,
            &x.id,
            &Body {
                sectors: &x.sectors,
                title: &x.title,
                summary: &x.summary,
                actors: &x.actors,
                note: &x.verification_note,
                sources: &x.sources,
                related: &x.related,
            },
            &Refs {
                sectors: &sectors,
                actors: &actors,
                sources: &sources,
                records: &records,
                dates: &dates,
                is_item: &is_item,
            },
        );
    }

    for (i, x) in &raw.context.items {
        let p = root.index(*i);
        let f = CONTEXT;
        c.date(f, &p.key("date"), &x.date);
        c.record_body(
            f,
            &p,
            &x.id,
            &Body {
                sectors: &x.sectors,
                title: &x.title,
                summary: &x.summary,
                actors: &x.actors,
                note: &x.verification_note,
                sources: &x.sources,
                related: &x.related,
            },
            &Refs {
                sectors: &sectors,
                actors: &actors,
                sources: &sources,
                records: &records,
                dates: &dates,
                is_item: &is_item,
            },
        );
    }

    for (i, x) in &raw.conflicts.items {
        let p = root.index(*i);
        let f = CONFLICTS;
        if x.about.is_empty() {
            c.push(
                f,
                p.key("about"),
                ProblemKind::Rule,
                "a conflict must be about at least one meeting, commitment or context item",
                None,
            );
        }
        for (j, id) in x.about.iter().enumerate() {
            c.reference(
                f,
                &p.key("about").index(j),
                id,
                &records,
                "meeting, commitment or context item",
            );
        }
        c.text(f, &p.key("field"), &x.field);
        c.text(f, &p.key("summary"), &x.summary);
        c.text(f, &p.key("assessment"), &x.assessment);
        if x.claims.len() < 2 {
            c.push(
                f,
                p.key("claims"),
                ProblemKind::Rule,
                format!(
                    "a conflict needs at least two claims, found {}",
                    x.claims.len()
                ),
                None,
            );
        }
        if x.claims.iter().filter(|cl| cl.preferred).count() > 1 {
            c.push(
                f,
                p.key("claims"),
                ProblemKind::Rule,
                "at most one claim can be preferred",
                None,
            );
        }
        let claims = p.key("claims");
        for (j, cl) in x.claims.iter().enumerate() {
            let cp = claims.index(j);
            c.text(f, &cp.key("value"), &cl.value);
            c.opt_text(f, &cp.key("note"), &cl.note);
            c.sources(f, &cp.key("sources"), &cl.sources, &sources);
        }
    }

    c.lineage_cycles(raw, &records);
}

/// The fields commitments and context items share.
struct Body<'b> {
    sectors: &'b [Id],
    title: &'b str,
    summary: &'b str,
    actors: &'b [ActorRef],
    note: &'b str,
    sources: &'b [Id],
    related: &'b [Related],
}

struct Refs<'b, 'a, F: Fn(&str) -> bool> {
    sectors: &'b Namespace<'a>,
    actors: &'b Namespace<'a>,
    sources: &'b Namespace<'a>,
    records: &'b Namespace<'a>,
    dates: &'b Dates,
    is_item: &'b F,
}

impl Checker<'_> {
    fn push(
        &mut self,
        file: &'static str,
        path: P<'_>,
        kind: ProblemKind,
        message: impl Into<String>,
        value: Option<serde_json::Value>,
    ) {
        let mut p = Pending::new(file, path.to_path(), kind, message);
        if let Some(v) = value {
            p = p.value(&v);
        }
        self.out.push(p);
    }

    /// Index the ids of `items` into `ns`, reporting bad and duplicate ids.
    fn define<'a, T>(
        &mut self,
        file: &'static str,
        items: &'a Decoded<T>,
        id: impl Fn(&'a T) -> &'a Id,
        ns: &mut Namespace<'a>,
    ) {
        for (slot, (i, item)) in items.items.iter().enumerate() {
            let id = id(item);
            let element = P::Root.index(*i);
            let path = element.key("id");
            self.id_syntax(file, &path, id);
            match ns.defs.get(id.as_str()) {
                Some(first) => {
                    let where_ = if first.file == file {
                        format!("$[{}]", first.index)
                    } else {
                        format!("{} $[{}]", first.file, first.index)
                    };
                    self.push(
                        file,
                        path,
                        ProblemKind::DuplicateId,
                        format!("duplicate id `{id}`: already defined at {where_}"),
                        Some(id.as_str().into()),
                    );
                }
                None => {
                    ns.defs.insert(
                        id,
                        Def {
                            file,
                            index: *i,
                            slot,
                        },
                    );
                }
            }
        }
        ns.broken
            .extend(items.broken_ids.iter().map(String::as_str));
        ns.unknown |= items.unreadable;
    }

    fn id_syntax(&mut self, file: &'static str, path: &P<'_>, id: &str) {
        let mut chars = id.chars();
        let ok = id.len() <= 64
            && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !ok {
            self.push(file, *path, ProblemKind::Rule, "invalid id: use 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit", Some(id.into()));
        }
    }

    fn text(&mut self, file: &'static str, path: &P<'_>, s: &str) {
        if s.trim().is_empty() {
            self.push(
                file,
                *path,
                ProblemKind::EmptyText,
                "empty text",
                Some(s.into()),
            );
        }
    }

    fn opt_text(&mut self, file: &'static str, path: &P<'_>, s: &Option<String>) {
        if let Some(s) = s {
            self.text(file, path, s);
        }
    }

    fn date(&mut self, file: &'static str, path: &P<'_>, s: &str) -> Option<NaiveDate> {
        match check_date(s) {
            Ok(d) => Some(d),
            Err(msg) => {
                self.push(file, *path, ProblemKind::Date, msg, Some(s.into()));
                None
            }
        }
    }

    fn partial_date(&mut self, file: &'static str, path: &P<'_>, s: &str) {
        if let Err(msg) = check_partial_date(s) {
            self.push(file, *path, ProblemKind::Date, msg, Some(s.into()));
        }
    }

    fn url(&mut self, file: &'static str, path: &P<'_>, s: &str) {
        let problem = match url::Url::parse(s) {
            Err(e) => Some(format!("malformed URL: {e}")),
            Ok(u) if !matches!(u.scheme(), "http" | "https") => Some(format!(
                "URL scheme must be http or https, not `{}`",
                u.scheme()
            )),
            Ok(u) if u.host_str().is_none_or(str::is_empty) => Some("URL has no host".to_owned()),
            Ok(_) if s.trim() != s || s.contains(char::is_whitespace) => {
                Some("URL contains white space".to_owned())
            }
            Ok(_) => None,
        };
        if let Some(msg) = problem {
            self.push(file, *path, ProblemKind::Url, msg, Some(s.into()));
        }
    }

    fn language(&mut self, file: &'static str, path: &P<'_>, s: &str) {
        let mut parts = s.split('-');
        let primary_ok = parts.next().is_some_and(|p| {
            (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase())
        });
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if !(primary_ok && rest_ok) {
            self.push(
                file,
                *path,
                ProblemKind::Rule,
                "not a language tag: expected e.g. `en`, `ja`, `it`, `pt-BR`",
                Some(s.into()),
            );
        }
    }

    /// Check a reference; returns whether it resolves.
    fn reference(
        &mut self,
        file: &'static str,
        path: &P<'_>,
        id: &str,
        ns: &Namespace<'_>,
        what: &str,
    ) -> bool {
        if ns.contains(id) {
            return true;
        }
        let mut message = format!("no {what} with id `{id}`");
        if ns.defs.len() <= 20_000 {
            if let Some(best) = ns
                .defs
                .keys()
                .map(|k| (strsim::jaro_winkler(id, k), *k))
                .filter(|(s, _)| *s > 0.85)
                .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            {
                message.push_str(&format!("; did you mean `{}`?", best.1));
            }
        }
        self.push(
            file,
            *path,
            ProblemKind::DanglingReference,
            message,
            Some(id.into()),
        );
        false
    }

    fn sources(&mut self, file: &'static str, path: &P<'_>, ids: &[Id], ns: &Namespace<'_>) {
        if ids.is_empty() {
            self.push(
                file,
                *path,
                ProblemKind::Rule,
                "at least one source is required",
                None,
            );
        }
        for (j, id) in ids.iter().enumerate() {
            if ids[..j].contains(id) {
                self.push(
                    file,
                    path.index(j),
                    ProblemKind::Rule,
                    format!("source `{id}` is cited twice"),
                    Some(id.as_str().into()),
                );
            }
            self.reference(file, &path.index(j), id, ns, "source");
        }
    }

    fn actor_refs(
        &mut self,
        file: &'static str,
        path: &P<'_>,
        refs: &[ActorRef],
        ns: &Namespace<'_>,
    ) {
        for (j, r) in refs.iter().enumerate() {
            let p = path.index(j);
            self.reference(file, &p.key("actor"), &r.actor, ns, "actor");
            self.opt_text(file, &p.key("role"), &r.role);
            self.opt_text(file, &p.key("note"), &r.note);
        }
    }

    fn record_body<F: Fn(&str) -> bool>(
        &mut self,
        f: &'static str,
        p: &P<'_>,
        id: &str,
        b: &Body<'_>,
        r: &Refs<'_, '_, F>,
    ) {
        if b.sectors.is_empty() {
            self.push(
                f,
                p.key("sectors"),
                ProblemKind::Rule,
                "at least one sector is required",
                None,
            );
        }
        for (j, s) in b.sectors.iter().enumerate() {
            if b.sectors[..j].contains(s) {
                self.push(
                    f,
                    p.key("sectors").index(j),
                    ProblemKind::Rule,
                    format!("sector `{s}` is listed twice"),
                    Some(s.as_str().into()),
                );
            }
            self.reference(f, &p.key("sectors").index(j), s, r.sectors, "sector");
        }
        self.text(f, &p.key("title"), b.title);
        self.text(f, &p.key("summary"), b.summary);
        self.actor_refs(f, &p.key("actors"), b.actors, r.actors);
        self.text(f, &p.key("verification_note"), b.note);
        self.sources(f, &p.key("sources"), b.sources, r.sources);
        let own_date = r.records.defs.get(id).and_then(|d| r.dates.of(*d));
        if let (Some(d), Some(as_of)) = (own_date, self.as_of) {
            if d > as_of {
                self.push(
                    f,
                    p.key("date"),
                    ProblemKind::Date,
                    format!("dated {d}, after the dataset's as_of date {as_of}"),
                    None,
                );
            }
        }
        let related = p.key("related");
        for (j, rel) in b.related.iter().enumerate() {
            let rp = related.index(j);
            self.opt_text(f, &rp.key("note"), &rel.note);
            if rel.id == id {
                self.push(
                    f,
                    rp.key("id"),
                    ProblemKind::Rule,
                    "a record cannot be related to itself",
                    Some(rel.id.as_str().into()),
                );
                continue;
            }
            if !self.reference(
                f,
                &rp.key("id"),
                &rel.id,
                r.records,
                "commitment or context item",
            ) {
                continue;
            }
            if !(r.is_item)(&rel.id) {
                self.push(
                    f,
                    rp.key("id"),
                    ProblemKind::DanglingReference,
                    format!(
                        "`{}` is a meeting; related links point to commitments or context items",
                        rel.id
                    ),
                    Some(rel.id.as_str().into()),
                );
                continue;
            }
            if rel.relation == Relation::BuildsOn {
                let target = r
                    .records
                    .defs
                    .get(rel.id.as_str())
                    .and_then(|d| r.dates.of(*d));
                if let (Some(own), Some(target)) = (own_date, target) {
                    if target > own {
                        self.push(f, rp.key("id"), ProblemKind::Date, format!("builds on `{}`, dated {target}, which is later than this record ({own}); lineage runs forward in time", rel.id), Some(rel.id.as_str().into()));
                    }
                }
            }
        }
    }

    /// Same-day `builds-on` links could still form a loop; report each loop once.
    fn lineage_cycles(&mut self, raw: &Raw, records: &Namespace<'_>) {
        // Nodes: commitments, then context items, by slot.
        let nc = raw.commitments.items.len();
        let node_of = |id: &str| match records.defs.get(id) {
            Some(d) if d.file == COMMITMENTS => Some(d.slot),
            Some(d) if d.file == CONTEXT => Some(nc + d.slot),
            _ => None,
        };
        let links = raw
            .commitments
            .items
            .iter()
            .map(|(i, x)| (COMMITMENTS, *i, x.id.as_str(), &x.related))
            .chain(
                raw.context
                    .items
                    .iter()
                    .map(|(i, x)| (CONTEXT, *i, x.id.as_str(), &x.related)),
            );
        let mut at = Vec::new();
        let mut edges: Vec<Vec<usize>> = Vec::new();
        for (file, index, id, related) in links {
            at.push((file, index, id));
            edges.push(
                related
                    .iter()
                    .filter(|r| r.relation == Relation::BuildsOn)
                    .filter_map(|r| node_of(&r.id))
                    .collect(),
            );
        }
        // Iterative three-colour DFS: 0 = new, 1 = on the stack, 2 = done.
        let mut state = vec![0u8; edges.len()];
        for start in 0..edges.len() {
            if state[start] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some((node, next)) = stack.last_mut() {
                let node = *node;
                if let Some(&to) = edges[node].get(*next) {
                    *next += 1;
                    match state[to] {
                        0 => {
                            state[to] = 1;
                            stack.push((to, 0));
                        }
                        1 => {
                            let (file, i, from) = at[node];
                            let target = at[to].2;
                            self.push(
                                file,
                                P::Root.index(i).key("related"),
                                ProblemKind::Rule,
                                format!("lineage loop: `{from}` builds on `{target}`, which leads back to `{from}`"),
                                None,
                            );
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

/// Parse a full date `YYYY-MM-DD`; `None` when it is not one.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    check_date(s).ok()
}

pub(crate) fn check_date(s: &str) -> Result<NaiveDate, String> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err("not a date: expected YYYY-MM-DD".to_owned());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| "impossible date: no such day in the calendar".to_owned())
}

/// Check `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub(crate) fn check_partial_date(s: &str) -> Result<(), String> {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] if digits(y, 4) => Ok(()),
        [y, m] if digits(y, 4) && digits(m, 2) => match m.parse::<u32>() {
            Ok(1..=12) => Ok(()),
            _ => Err("impossible date: no such month".to_owned()),
        },
        [_, _, _] => check_date(s).map(|_| ()),
        _ => Err("not a date: expected YYYY, YYYY-MM or YYYY-MM-DD".to_owned()),
    }
}
