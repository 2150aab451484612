//! The effective record: the release in use with the user's own records
//! and corrections folded in, checked as one whole by the dataset's rules
//! (`Dataset::assemble`), with the [`Provenance`] of everything that is not
//! as shipped.
//!
//! Each entry ends in one of three states ([`EntryState`]):
//! - **applied**: it is part of the effective record;
//! - **covered**: the release already says it (an own record whose id the
//!   release now has, a correction whose value the release now gives): it
//!   stays in the workspace, and can be retired;
//! - **not applied**: it does not fit the release (it cites a record the
//!   release removed, …): it stays in the workspace, unchanged, and the
//!   problems say why.
//!
//! Entries being added (`new`) are held to the rules: any problem with one
//! of them refuses the whole change ([`Refused`]), naming every problem with
//! its record and field. Entries already stored never make the record fail
//! to load: those that no longer fit are set aside as not applied, so a new
//! release never loses or blocks what the user wrote.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::dataset::{Dataset, PartProblem, Parts};

/// What became of an entry in the effective record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EntryState {
    Applied,
    /// The release already says it; it can be retired.
    Covered,
    /// It does not fit the release; kept, not shown until it is fixed.
    NotApplied,
}

/// An entry's state, and why.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, TS)]
pub struct EntryStatus {
    pub key: String,
    pub state: EntryState,
    /// Why it is covered or not applied (empty when applied).
    pub problems: Vec<RecordProblem>,
}

/// The effective record and what became of each entry.
#[derive(Debug, Clone)]
pub struct Built {
    pub dataset: Dataset,
    /// One per entry given, in the same order.
    pub entries: Vec<EntryStatus>,
}

/// Fold `entries` into `base`. Entries whose key is in `new` are held to
/// the rules (any problem with one refuses everything); the others are set
/// aside when they no longer fit. `today` is the latest day a record may be
/// dated (the release's own `as_of` when later).
pub fn build(
    base: &Dataset,
    entries: &[StoredEntry],
    new: &[String],
    today: NaiveDate,
) -> Result<Built, Refused> {
    let mut status: Vec<EntryStatus> = entries
        .iter()
        .map(|e| EntryStatus {
            key: e.key.clone(),
            state: EntryState::Applied,
            problems: Vec::new(),
        })
        .collect();
    if entries.is_empty() {
        return Ok(Built {
            dataset: base.clone(),
            entries: status,
        });
    }
    let is_new = |i: usize| new.contains(&entries[i].key);
    // What can be judged without the whole: targets, fields, values, covered.
    for (i, e) in entries.iter().enumerate() {
        if let Some((state, problem)) = precheck(base, e) {
            if is_new(i) {
                return Err(Refused(vec![problem]));
            }
            status[i].state = state;
            status[i].problems.push(problem);
        }
    }
    // Then the whole, setting aside (in lenient mode) what does not fit.
    loop {
        let active: Vec<usize> = (0..entries.len())
            .filter(|&i| status[i].state == EntryState::Applied)
            .collect();
        match attempt(base, entries, &active, today) {
            Ok(dataset) => {
                return Ok(Built {
                    dataset,
                    entries: status,
                })
            }
            Err(found) => {
                let mut refused = Vec::new();
                let mut set_aside = Vec::new();
                let mut unattributed = false;
                for (owners, problem) in found {
                    if owners.is_empty() {
                        unattributed = true;
                    }
                    if owners.iter().any(|&i| is_new(i)) || (owners.is_empty() && !new.is_empty()) {
                        refused.push(problem);
                        continue;
                    }
                    for &i in &owners {
                        set_aside.push((i, problem.clone()));
                    }
                }
                if !refused.is_empty() {
                    return Err(Refused(refused));
                }
                if unattributed && set_aside.is_empty() {
                    // Nothing names its cause: add the entries one at a
                    // time, oldest first, and set aside each one that
                    // breaks the whole.
                    return Ok(one_by_one(base, entries, status, today));
                }
                for (i, problem) in set_aside {
                    status[i].state = EntryState::NotApplied;
                    if !status[i].problems.contains(&problem) {
                        status[i].problems.push(problem);
                    }
                }
            }
        }
    }
}

/// Add the applicable entries one by one (see [`build`]).
fn one_by_one(
    base: &Dataset,
    entries: &[StoredEntry],
    mut status: Vec<EntryStatus>,
    today: NaiveDate,
) -> Built {
    let mut kept: Vec<usize> = Vec::new();
    let mut last = base.clone();
    for (i, st) in status.iter_mut().enumerate() {
        if st.state != EntryState::Applied {
            continue;
        }
        let mut trial = kept.clone();
        trial.push(i);
        match attempt(base, entries, &trial, today) {
            Ok(ds) => {
                kept = trial;
                last = ds;
            }
            Err(found) => {
                st.state = EntryState::NotApplied;
                st.problems.extend(found.into_iter().map(|(_, p)| p));
            }
        }
    }
    Built {
        dataset: last,
        entries: status,
    }
}

/// How a record is named in messages.
fn name(kind: RecordKind, id: &str) -> String {
    format!("{} `{id}`", kind.keyword())
}

fn problem(entry: &StoredEntry, record: String, field: &str, message: String) -> RecordProblem {
    RecordProblem {
        entry: Some(entry.key.clone()),
        file: None,
        line: None,
        column: None,
        position: None,
        record,
        field: field.to_owned(),
        value: None,
        kind: ProblemKind::Rule,
        message,
    }
}

/// The kind of shipped record `id` is (meeting, commitment, context item).
fn target_kind(base: &Dataset, id: &str) -> Option<RecordKind> {
    if base.meeting(id).is_some() {
        Some(RecordKind::Meeting)
    } else if base.commitment(id).is_some() {
        Some(RecordKind::Commitment)
    } else if base.context_item(id).is_some() {
        Some(RecordKind::Context)
    } else {
        None
    }
}

/// Whether the release has a record of `kind` with `id`.
fn in_release(base: &Dataset, kind: RecordKind, id: &str) -> bool {
    match kind {
        RecordKind::Meeting | RecordKind::Commitment | RecordKind::Context => {
            base.meeting(id).is_some() || base.record(id).is_some()
        }
        RecordKind::Source => base.source(id).is_some(),
        RecordKind::Actor => base.actor(id).is_some(),
        RecordKind::Conflict => base.conflicts.iter().any(|c| c.id == id),
        RecordKind::Sector => base.sector(id).is_some(),
        RecordKind::About => false,
    }
}

/// What can be said of one entry alone: an own record the release now has;
/// a correction of a record the release lacks, of a field it cannot have,
/// with a value that is not one, or that the release already gives.
fn precheck(base: &Dataset, e: &StoredEntry) -> Option<(EntryState, RecordProblem)> {
    match &e.entry {
        Entry::Record(r) => {
            let kind = r.kind();
            if in_release(base, kind, r.id()) {
                let same = match r {
                    OwnRecord::Meeting(x) => base.meeting(&x.id) == Some(x),
                    OwnRecord::Commitment(x) => base.commitment(&x.id) == Some(x),
                    OwnRecord::Source(x) => base.source(&x.id) == Some(x),
                    OwnRecord::Actor(x) => base.actor(&x.id) == Some(x),
                    OwnRecord::Conflict(x) => base.conflicts.iter().any(|c| c == x),
                };
                let message = if same {
                    "the release has this record, as you wrote it: it can be retired".to_owned()
                } else {
                    format!(
                        "the release has a {} with this id: yours is kept but not shown; retire it, or add it again under another id",
                        kind.keyword()
                    )
                };
                let mut p = problem(e, name(kind, r.id()), "id", message);
                p.kind = ProblemKind::DuplicateId;
                p.value = Some(r.id().to_owned());
                return Some((EntryState::Covered, p));
            }
            None
        }
        Entry::Correction(c) => {
            let record = format!("correction of `{}`", c.target);
            let Some(kind) = target_kind(base, &c.target) else {
                let mut p = problem(
                    e,
                    record,
                    "target",
                    format!(
                        "the release has no meeting, commitment or context item `{}` (only records of the release are corrected; change a record of your own by adding it again)",
                        c.target
                    ),
                );
                p.kind = ProblemKind::DanglingReference;
                return Some((EntryState::NotApplied, p));
            };
            let record = format!("correction of {}", name(kind, &c.target));
            match check_value(base, kind, c) {
                Err((field, message)) => {
                    let mut p = problem(e, record, field, message);
                    p.value = Some(c.value.to_string());
                    Some((EntryState::NotApplied, p))
                }
                Ok(()) if shipped_says(base, kind, c) => {
                    let p = problem(
                        e,
                        record,
                        c.field.keyword(),
                        format!(
                            "the release already gives {}: the correction can be retired",
                            if c.field.adds() {
                                format!("`{}`", c.value_text())
                            } else {
                                format!("this {}", c.field.keyword())
                            }
                        ),
                    );
                    Some((EntryState::Covered, p))
                }
                Ok(()) => None,
            }
        }
    }
}

/// Whether correction `c` of a `kind` record can be made: the field exists
/// for the kind, the value is one, an as-of date is given for a status.
fn check_value(
    base: &Dataset,
    kind: RecordKind,
    c: &Correction,
) -> Result<(), (&'static str, String)> {
    let text = c.value.as_str();
    let need_text = || -> Result<&str, (&'static str, String)> {
        text.filter(|t| !t.trim().is_empty())
            .ok_or(("value", "expected a text value".to_owned()))
    };
    let is = |ks: &[RecordKind]| ks.contains(&kind);
    let wrong = || -> Result<(), (&'static str, String)> {
        Err((
            "field",
            format!(
                "a {} has no field `{}` to correct; a {} can be corrected in: {}",
                kind.keyword(),
                c.field.keyword(),
                kind.keyword(),
                fields_of(kind)
                    .iter()
                    .map(|f| f.keyword())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    };
    if c.source.trim().is_empty() {
        return Err((
            "source",
            "a correction needs the source that settles it".into(),
        ));
    }
    match c.field {
        Field::Status => {
            let v = need_text()?;
            let ok = match kind {
                RecordKind::Meeting => MeetingStatus::from_keyword(v).is_some(),
                RecordKind::Commitment => CommitmentStatus::from_keyword(v).is_some(),
                _ => return wrong(),
            };
            if !ok {
                let known: Vec<&str> = match kind {
                    RecordKind::Meeting => MeetingStatus::ALL.iter().map(|s| s.keyword()).collect(),
                    _ => CommitmentStatus::ALL.iter().map(|s| s.keyword()).collect(),
                };
                return Err((
                    "value",
                    format!(
                        "`{v}` is not a status of a {}; use one of: {}",
                        kind.keyword(),
                        known.join(", ")
                    ),
                ));
            }
            let Some(as_of) = &c.as_of else {
                return Err((
                    "as_of",
                    "a status is corrected as of a day: give the date it holds (--as-of YYYY-MM-DD)"
                        .into(),
                ));
            };
            let day = check_day(as_of).map_err(|m| ("as_of", m))?;
            let since = match kind {
                RecordKind::Meeting => base.meeting(&c.target).map(|m| base.meeting_date(m)),
                _ => base.record(&c.target).map(|r| base.record_date(r)),
            };
            if let Some(since) = since.filter(|s| day < *s) {
                return Err((
                    "as_of",
                    format!("as of {day}, before the record itself ({since})"),
                ));
            }
            Ok(())
        }
        Field::Verification => {
            let v = need_text()?;
            if Verification::from_keyword(v).is_none() {
                return Err((
                    "value",
                    format!(
                        "`{v}` is not a verification; use one of: {}",
                        Verification::ALL
                            .iter()
                            .map(|s| s.keyword())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            Ok(())
        }
        Field::Date => {
            check_day(need_text()?).map_err(|m| ("value", m))?;
            Ok(())
        }
        Field::Place if is(&[RecordKind::Meeting]) => need_text().map(|_| ()),
        Field::Participants if is(&[RecordKind::Meeting]) => {
            serde_json::from_value::<Vec<ActorRef>>(c.value.clone())
                .map(|_| ())
                .map_err(|e| {
                    (
                        "value",
                        format!("expected a list of participants (actor ids, or objects with `actor`, `role`, `note`): {e}"),
                    )
                })
        }
        Field::Source => need_text().map(|_| ()),
        Field::BuildsOn | Field::SeeAlso if is(&[RecordKind::Commitment, RecordKind::Context]) => {
            need_text().map(|_| ())
        }
        _ => wrong(),
    }
}

/// The fields a record of `kind` can be corrected in.
pub fn fields_of(kind: RecordKind) -> &'static [Field] {
    match kind {
        RecordKind::Meeting => &[
            Field::Status,
            Field::Verification,
            Field::Date,
            Field::Place,
            Field::Participants,
            Field::Source,
        ],
        RecordKind::Commitment => &[
            Field::Status,
            Field::Verification,
            Field::Date,
            Field::Source,
            Field::BuildsOn,
            Field::SeeAlso,
        ],
        RecordKind::Context => &[
            Field::Verification,
            Field::Date,
            Field::Source,
            Field::BuildsOn,
            Field::SeeAlso,
        ],
        _ => &[],
    }
}

/// The release's value of the field `c` corrects (null: the release has
/// no such record or field).
pub fn shipped_of(base: &Dataset, c: &Correction) -> serde_json::Value {
    match target_kind(base, &c.target) {
        Some(kind) => shipped_value(base, kind, c),
        None => serde_json::Value::Null,
    }
}

/// The release's value of `c`'s field on its record, as JSON.
fn shipped_value(base: &Dataset, kind: RecordKind, c: &Correction) -> serde_json::Value {
    use serde_json::json;
    let id = c.target.as_str();
    match kind {
        RecordKind::Meeting => {
            let Some(m) = base.meeting(id) else {
                return serde_json::Value::Null;
            };
            match c.field {
                Field::Status => json!(m.status.keyword()),
                Field::Verification => json!(m.verification.keyword()),
                Field::Date => json!(m.date),
                Field::Place => json!(m.place),
                Field::Participants => serde_json::to_value(&m.participants).unwrap_or_default(),
                Field::Source => json!(m.sources),
                _ => serde_json::Value::Null,
            }
        }
        _ => {
            let Some(r) = base.record(id) else {
                return serde_json::Value::Null;
            };
            match c.field {
                Field::Status => match r {
                    crate::dataset::Record::Commitment(x) => json!(x.status.keyword()),
                    crate::dataset::Record::Context(_) => serde_json::Value::Null,
                },
                Field::Verification => json!(r.verification().keyword()),
                Field::Date => json!(base.record_date(r).to_string()),
                Field::Source => json!(r.sources()),
                Field::BuildsOn | Field::SeeAlso => {
                    let rel = if c.field == Field::BuildsOn {
                        Relation::BuildsOn
                    } else {
                        Relation::SeeAlso
                    };
                    json!(r
                        .related()
                        .iter()
                        .filter(|l| l.relation == rel)
                        .map(|l| l.id.clone())
                        .collect::<Vec<_>>())
                }
                _ => serde_json::Value::Null,
            }
        }
    }
}

/// Whether the release already gives what correction `c` says.
fn shipped_says(base: &Dataset, kind: RecordKind, c: &Correction) -> bool {
    let shipped = shipped_value(base, kind, c);
    match c.field {
        Field::Source | Field::BuildsOn | Field::SeeAlso => shipped
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x == &c.value)),
        Field::Participants => {
            let theirs: Option<Vec<ActorRef>> = serde_json::from_value(shipped).ok();
            let ours: Option<Vec<ActorRef>> = serde_json::from_value(c.value.clone()).ok();
            theirs.is_some() && theirs == ours
        }
        _ => shipped == c.value,
    }
}

/// Which entries (by index) the elements of the parts come from.
#[derive(Default)]
struct Owners {
    /// (file, index in parts) → entry indexes.
    by_element: FxHashMap<(&'static str, usize), Vec<usize>>,
}

/// Build the effective record from `base` and the entries `active`; on
/// failure, every problem with the entries it concerns.
fn attempt(
    base: &Dataset,
    entries: &[StoredEntry],
    active: &[usize],
    today: NaiveDate,
) -> Result<Dataset, Vec<(Vec<usize>, RecordProblem)>> {
    let mut parts = base.parts();
    let mut owners = Owners::default();
    let mut provenance = Provenance::default();
    let mut own = |file: &'static str, index: usize, entry: usize| {
        owners
            .by_element
            .entry((file, index))
            .or_default()
            .push(entry);
    };
    for &i in active {
        let e = &entries[i];
        let Entry::Record(r) = &e.entry else {
            continue;
        };
        let (file, index) = match r.clone() {
            OwnRecord::Meeting(x) => {
                parts.meetings.push(x);
                ("meetings.json", parts.meetings.len() - 1)
            }
            OwnRecord::Commitment(x) => {
                parts.commitments.push(x);
                ("commitments.json", parts.commitments.len() - 1)
            }
            OwnRecord::Source(x) => {
                parts.sources.push(x);
                ("sources.json", parts.sources.len() - 1)
            }
            OwnRecord::Actor(x) => {
                parts.actors.push(x);
                ("actors.json", parts.actors.len() - 1)
            }
            OwnRecord::Conflict(x) => {
                parts.conflicts.push(x);
                ("conflicts.json", parts.conflicts.len() - 1)
            }
        };
        own(file, index, i);
        provenance
            .of_kind(r.kind())
            .entry(r.id().to_owned())
            .or_default()
            .added = Some(Added {
            author: e.author.clone(),
            at: e.updated_at.clone(),
            sources: r.sources(),
        });
    }
    for &i in active {
        let e = &entries[i];
        let Entry::Correction(c) = &e.entry else {
            continue;
        };
        let Some(kind) = target_kind(base, &c.target) else {
            continue;
        };
        let shipped = shipped_value(base, kind, c);
        let (file, index) = apply(&mut parts, base, kind, c);
        own(file, index, i);
        provenance
            .records
            .entry(c.target.clone())
            .or_default()
            .corrections
            .push(Corrected {
                field: c.field,
                value: c.value.clone(),
                shipped_text: text_of(&parts, &shipped),
                value_text: text_of(&parts, &c.value),
                shipped,
                source: c.source.clone(),
                as_of: c.as_of.clone(),
                author: e.author.clone(),
                at: e.updated_at.clone(),
            });
    }
    let base_as_of = crate::dataset::check_date_text(&base.manifest.as_of).ok();
    let as_of = Some(base_as_of.map_or(today, |b| b.max(today)));
    match Dataset::assemble(parts, as_of, provenance) {
        Ok(ds) => Ok(ds),
        Err((parts, problems)) => Err(problems
            .into_iter()
            .map(|p| describe(base, entries, &parts, &owners, p))
            .collect()),
    }
}

/// A value as one line, participants by name.
fn text_of(parts: &Parts, v: &serde_json::Value) -> String {
    if let Ok(refs) = serde_json::from_value::<Vec<ActorRef>>(v.clone()) {
        if !refs.is_empty() {
            return refs
                .iter()
                .map(|r| {
                    let name = parts
                        .actors
                        .iter()
                        .find(|a| a.id == r.actor)
                        .map_or(r.actor.as_str(), |a| a.name.as_str());
                    match &r.role {
                        Some(role) => format!("{name} ({role})"),
                        None => name.to_owned(),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
        }
    }
    value_text(v)
}

/// Apply correction `c` to its record in `parts`; returns where the record is.
fn apply(
    parts: &mut Parts,
    base: &Dataset,
    kind: RecordKind,
    c: &Correction,
) -> (&'static str, usize) {
    let text = c.value.as_str().unwrap_or_default().to_owned();
    let cite = |sources: &mut Vec<Id>, id: &str| {
        if !sources.iter().any(|s| s == id) {
            sources.push(id.to_owned());
        }
    };
    match kind {
        RecordKind::Meeting => {
            let i = parts
                .meetings
                .iter()
                .position(|m| m.id == c.target)
                .unwrap_or_default();
            let m = &mut parts.meetings[i];
            match c.field {
                Field::Status => {
                    if let Some(s) = MeetingStatus::from_keyword(&text) {
                        m.status = s;
                    }
                }
                Field::Verification => {
                    if let Some(v) = Verification::from_keyword(&text) {
                        m.verification = v;
                    }
                }
                Field::Date => m.date = text,
                Field::Place => m.place = text,
                Field::Participants => {
                    m.participants = serde_json::from_value(c.value.clone()).unwrap_or_default()
                }
                Field::Source => cite(&mut m.sources, &text),
                _ => {}
            }
            cite(&mut m.sources, &c.source);
            ("meetings.json", i)
        }
        RecordKind::Commitment => {
            let i = parts
                .commitments
                .iter()
                .position(|x| x.id == c.target)
                .unwrap_or_default();
            let meeting_date = base
                .commitment(&c.target)
                .and_then(|x| base.meeting(&x.meeting))
                .map(|m| m.date.clone());
            let x = &mut parts.commitments[i];
            match c.field {
                Field::Status => {
                    if let Some(s) = CommitmentStatus::from_keyword(&text) {
                        x.status = s;
                    }
                }
                Field::Verification => {
                    if let Some(v) = Verification::from_keyword(&text) {
                        x.verification = v;
                    }
                }
                Field::Date => {
                    x.date = (meeting_date.as_deref() != Some(text.as_str())).then_some(text)
                }
                Field::Source => cite(&mut x.sources, &text),
                Field::BuildsOn | Field::SeeAlso => x.related.push(Related {
                    id: text,
                    relation: if c.field == Field::BuildsOn {
                        Relation::BuildsOn
                    } else {
                        Relation::SeeAlso
                    },
                    note: None,
                }),
                _ => {}
            }
            cite(&mut x.sources, &c.source);
            ("commitments.json", i)
        }
        _ => {
            let i = parts
                .context
                .iter()
                .position(|x| x.id == c.target)
                .unwrap_or_default();
            let x = &mut parts.context[i];
            match c.field {
                Field::Verification => {
                    if let Some(v) = Verification::from_keyword(&text) {
                        x.verification = v;
                    }
                }
                Field::Date => x.date = text,
                Field::Source => cite(&mut x.sources, &text),
                Field::BuildsOn | Field::SeeAlso => x.related.push(Related {
                    id: text,
                    relation: if c.field == Field::BuildsOn {
                        Relation::BuildsOn
                    } else {
                        Relation::SeeAlso
                    },
                    note: None,
                }),
                _ => {}
            }
            cite(&mut x.sources, &c.source);
            ("context.json", i)
        }
    }
}

/// A problem of the assembled record, in terms of the entries it concerns.
fn describe(
    base: &Dataset,
    entries: &[StoredEntry],
    parts: &Parts,
    owners: &Owners,
    p: PartProblem,
) -> (Vec<usize>, RecordProblem) {
    let kind = RecordKind::of_file(p.file);
    let id = p.index.and_then(|i| match kind {
        RecordKind::Meeting => parts.meetings.get(i).map(|x| x.id.clone()),
        RecordKind::Commitment => parts.commitments.get(i).map(|x| x.id.clone()),
        RecordKind::Context => parts.context.get(i).map(|x| x.id.clone()),
        RecordKind::Source => parts.sources.get(i).map(|x| x.id.clone()),
        RecordKind::Actor => parts.actors.get(i).map(|x| x.id.clone()),
        RecordKind::Conflict => parts.conflicts.get(i).map(|x| x.id.clone()),
        RecordKind::Sector => parts.sectors.get(i).map(|x| x.id.clone()),
        RecordKind::About => None,
    });
    let owned: Vec<usize> = p
        .index
        .and_then(|i| owners.by_element.get(&(p.file, i)))
        .cloned()
        .unwrap_or_default();
    let id_text = id.clone().unwrap_or_else(|| p.file.to_owned());
    let own_record = owned
        .iter()
        .any(|&i| matches!(entries[i].entry, Entry::Record(_)));
    let record = if own_record {
        name(kind, &id_text)
    } else if !owned.is_empty() {
        format!("correction of {}", name(kind, &id_text))
    } else if in_release(base, kind, &id_text) {
        format!("{} of the release", name(kind, &id_text))
    } else {
        name(kind, &id_text)
    };
    // A correction's problem with the source it cites, or the link it adds,
    // is named by the correction's own words.
    let mut field = p.field.clone();
    if !own_record {
        for &i in &owned {
            if let Entry::Correction(c) = &entries[i].entry {
                let quoted = format!("\"{}\"", c.source);
                if field.starts_with("sources") && p.value.as_deref() == Some(quoted.as_str()) {
                    field = "source".into();
                } else if field.starts_with("related") {
                    field = c.field.keyword().into();
                }
            }
        }
    }
    let entry = owned.first().map(|&i| entries[i].key.clone());
    (
        owned,
        RecordProblem {
            entry,
            file: None,
            line: None,
            column: None,
            position: None,
            record,
            field,
            value: p.value,
            kind: p.kind,
            message: p.message,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(e: Entry) -> StoredEntry {
        StoredEntry {
            key: e.key(),
            entry: e,
            author: "Ada Tester".into(),
            updated_at: "2026-11-30T10:00:00.000Z".into(),
            revision: 1,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    }

    fn source(id: &str) -> OwnRecord {
        OwnRecord::Source(Source {
            id: id.into(),
            title: "Joint press release of the 4th Digital Partnership Council".into(),
            publisher: "European Commission".into(),
            date: Some("2026-05-05".into()),
            url: Some("https://ec.europa.eu/commission/presscorner/detail/en/ip_26_0505".into()),
            language: "en".into(),
            seed: None,
            note: None,
        })
    }

    fn commitment(id: &str, sources: &[&str]) -> OwnRecord {
        OwnRecord::Commitment(Commitment {
            id: id.into(),
            meeting: "dpc-2026".into(),
            date: None,
            sectors: vec!["semiconductors".into()],
            kind: CommitmentKind::Initiative,
            title: "Joint chips research call".into(),
            summary: "The Council agreed a second joint research call on chips.".into(),
            actors: vec![],
            status: CommitmentStatus::Announced,
            verification: Verification::Confirmed,
            verification_note: "In the joint press release.".into(),
            sources: sources.iter().map(|s| (*s).to_owned()).collect(),
            related: vec![],
        })
    }

    fn correction(target: &str, field: Field, value: serde_json::Value) -> Correction {
        Correction {
            target: target.into(),
            field,
            value,
            source: "my-release".into(),
            as_of: None,
        }
    }

    #[test]
    fn own_records_and_corrections_fold_into_a_valid_whole_with_provenance() {
        let base = Dataset::embedded().unwrap();
        let entries = vec![
            entry(Entry::Record(source("my-release"))),
            entry(Entry::Record(commitment("C4-04", &["my-release"]))),
            entry(Entry::Correction(correction(
                "C4-03",
                Field::Verification,
                "confirmed".into(),
            ))),
        ];
        let built = build(&base, &entries, &[], today()).unwrap();
        let ds = built.dataset;
        assert!(built.entries.iter().all(|e| e.state == EntryState::Applied));
        assert_eq!(ds.commitments.len(), base.commitments.len() + 1);
        let c403 = ds.commitment("C4-03").unwrap();
        assert_eq!(c403.verification, Verification::Confirmed);
        assert_eq!(c403.sources.last().unwrap(), "my-release");
        let p = ds.provenance().record("C4-03").unwrap();
        assert_eq!(p.corrections[0].shipped, "unverified");
        assert_eq!(p.corrections[0].author, "Ada Tester");
        assert!(ds.provenance().record("C4-04").unwrap().added.is_some());
        assert!(ds
            .provenance()
            .source("my-release")
            .unwrap()
            .added
            .is_some());
        // The release itself is untouched.
        assert_eq!(
            base.commitment("C4-03").unwrap().verification,
            Verification::Unverified
        );
    }

    #[test]
    fn new_entries_are_held_to_the_rules_with_every_problem_named() {
        let base = Dataset::embedded().unwrap();
        let no_source = entry(Entry::Record(commitment("C4-05", &[])));
        let err = build(
            &base,
            std::slice::from_ref(&no_source),
            std::slice::from_ref(&no_source.key),
            today(),
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("commitment `C4-05`: sources: at least one source is required"),
            "{text}"
        );

        let dangling = entry(Entry::Record(commitment("C4-06", &["no-such-source"])));
        let err = build(
            &base,
            std::slice::from_ref(&dangling),
            std::slice::from_ref(&dangling.key),
            today(),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("no source with id `no-such-source`"),
            "{err}"
        );

        let mut bad = correction("dpc-2026", Field::Date, "2026-02-30".into());
        bad.source = "eu-2024-07-joint-statement".into();
        let e = entry(Entry::Correction(bad));
        let err = build(
            &base,
            std::slice::from_ref(&e),
            std::slice::from_ref(&e.key),
            today(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("impossible date"), "{err}");

        let status = entry(Entry::Correction(correction(
            "C4-03",
            Field::Status,
            "delivered".into(),
        )));
        let err = build(
            &base,
            std::slice::from_ref(&status),
            std::slice::from_ref(&status.key),
            today(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("as of a day"), "{err}");
    }

    #[test]
    fn stored_entries_that_no_longer_fit_are_set_aside_not_lost() {
        let base = Dataset::embedded().unwrap();
        let entries = vec![
            // Cites a source nobody has (as after a release removed it).
            entry(Entry::Record(commitment("C4-07", &["gone-source"]))),
            entry(Entry::Record(source("my-release"))),
            // The release already has this id.
            entry(Entry::Record(commitment("C4-01", &["my-release"]))),
            entry(Entry::Correction(correction(
                "C9-99",
                Field::Verification,
                "confirmed".into(),
            ))),
        ];
        let built = build(&base, &entries, &[], today()).unwrap();
        let states: Vec<EntryState> = built.entries.iter().map(|e| e.state).collect();
        assert_eq!(
            states,
            [
                EntryState::NotApplied,
                EntryState::Applied,
                EntryState::Covered,
                EntryState::NotApplied
            ]
        );
        assert!(built.dataset.commitment("C4-07").is_none());
        assert!(built.dataset.source("my-release").is_some());
    }
}
