//! `briefdesk record …`: your own records (a meeting, commitments, sources,
//! actors, conflicts) and corrections of the record, kept in the workspace
//! as revisions (history, restore, undo); and the record every other
//! command reads — the release in use with them folded in. Adapters over
//! `briefdesk_core::record` and `briefdesk_core::release::in_use`.

use std::io::Write;
use std::path::PathBuf;

use briefdesk_core::i18n::{tr, Arg, Lang};
use briefdesk_core::model::Keyword;
use briefdesk_core::record::{
    self, show, write::WriteError, Correction, Entry, EntryState, Field, RecordProblem,
};
use briefdesk_core::release::{in_use, InUse, InUseError};
use briefdesk_core::store::Workspace;
use clap::Subcommand;

use crate::{output, print_json, Failure};

#[derive(Subcommand)]
pub enum RecordCommand {
    /// Add records of your own from a JSON file: one record or an array, in
    /// the dataset's shapes with a "type" (meeting, commitment, source,
    /// actor, conflict). Checked with the record as a whole; a record of
    /// yours with the same type and id is replaced (undoable).
    Add {
        /// The JSON file.
        file: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Correct a field of a meeting, commitment or context item of the
    /// release, with the source that settles it (the shipped value is kept).
    Correct {
        /// The record's id, e.g. C4-03 or dpc-2026.
        id: String,
        /// status, verification, date, place, participants, source,
        /// builds-on or see-also.
        #[arg(long, value_parser = crate::keyword_parser::<Field>())]
        field: String,
        /// The new value: a keyword, a date (YYYY-MM-DD), a place, an id; for
        /// participants, actor ids separated by commas or a JSON array of
        /// {"actor", "role"}.
        #[arg(long)]
        value: String,
        /// The id of the source that settles it (one of the record's, or
        /// one of your own).
        #[arg(long, value_name = "SOURCE_ID")]
        source: String,
        /// The day a corrected status holds (required with --field status).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List your own records and corrections, and whether each is shown.
    List {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// One record: as shipped, your corrections, as shown.
    Show {
        /// The record's id, e.g. C4-03 or dpc-2026.
        id: String,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a record of your own, or (with --field) retire your
    /// corrections of a field (undoable).
    Remove {
        /// The record's id, e.g. C4-03 or dpc-2026.
        id: String,
        /// Retire the corrections of this field instead.
        #[arg(long, value_parser = crate::keyword_parser::<Field>())]
        field: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every version of your records and corrections about ID, newest first.
    History {
        /// The record's id, e.g. C4-03 or dpc-2026.
        id: String,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make an earlier version current again (see `record history`; undoable).
    Restore {
        /// The record's id, e.g. C4-03 or dpc-2026.
        id: String,
        /// Revision number (see `briefdesk record history ID`).
        revision: i64,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
}

impl RecordCommand {
    pub fn reads_only(&self) -> bool {
        matches!(
            self,
            RecordCommand::List { .. } | RecordCommand::Show { .. } | RecordCommand::History { .. }
        )
    }
}

/// The language of what the CLI says.
fn lang() -> Lang {
    crate::lang()
}

fn s(v: &str) -> Arg<'_> {
    Arg::Str(v)
}

/// A value as the CLI says it: "none" for an empty one (a meeting had no
/// participants before the correction).
fn or_none(l: Lang, v: String) -> String {
    if v.trim().is_empty() {
        tr(l, "cli-record-nothing", &[])
    } else {
        v
    }
}

/// The record a command reads: on `data` (`--data DIR`) or the
/// workspace's release in use, with the workspace's own records and
/// corrections folded in; without a workspace, the release alone.
pub fn in_use(data: &Option<PathBuf>, ws: Option<&Workspace>) -> Result<InUse, Failure> {
    let use_ = match ws {
        Some(ws) => in_use::open_in_use(ws, data.as_deref()).map_err(in_use_failure)?,
        None => {
            let base = match data {
                Some(dir) => in_use::folder_release(dir).map_err(Failure::Invalid)?,
                None => briefdesk_core::release::built_in().map_err(Failure::Invalid)?,
            };
            InUse {
                built: record::Built {
                    dataset: base.dataset.clone(),
                    entries: Vec::new(),
                },
                base,
                warnings: Vec::new(),
            }
        }
    };
    for w in &use_.warnings {
        eprintln!("warning: {w}");
    }
    let l = lang();
    for st in &use_.built.entries {
        if st.state == EntryState::NotApplied {
            if let Some(p) = st.problems.first() {
                eprintln!(
                    "{}",
                    tr(
                        l,
                        "cli-record-not-shown",
                        &[("key", s(&st.key)), ("problem", s(&p.to_string()))]
                    )
                );
            }
        }
    }
    Ok(use_)
}

pub fn in_use_failure(e: InUseError) -> Failure {
    match e {
        InUseError::Store(e) => Failure::Store(e),
        InUseError::Invalid(p) => Failure::Invalid(p),
    }
}

/// The workspace at `path` opened for reading when it exists (none yet:
/// nothing of the user's to fold in, and nothing is created).
pub fn read_workspace(path: &Option<PathBuf>) -> Result<Option<Workspace>, Failure> {
    let path = crate::annotate::path(path)?;
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    Workspace::open_read_only(&path)
        .map(Some)
        .map_err(Failure::Store)
}

fn write_failure(e: WriteError) -> Failure {
    match e {
        WriteError::Refused(r) => Failure::Refused(r.0),
        WriteError::Store(e) => Failure::Store(e),
    }
}

/// A correction's value from the command line.
fn value_of(field: Field, value: &str) -> Result<serde_json::Value, Failure> {
    if field != Field::Participants {
        return Ok(serde_json::Value::String(value.trim().to_owned()));
    }
    let v = value.trim();
    if v.starts_with('[') {
        let parsed: serde_json::Value = serde_json::from_str(v).map_err(|e| {
            let (l, cause) = (lang(), e.to_string());
            Failure::Usage(tr(
                l,
                "cli-record-bad-participants",
                &[("cause", s(&cause))],
            ))
        })?;
        // Plain ids in the array are participants without a role.
        let items = parsed
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|x| match x {
                serde_json::Value::String(id) => serde_json::json!({ "actor": id }),
                other => other,
            })
            .collect();
        return Ok(serde_json::Value::Array(items));
    }
    Ok(serde_json::Value::Array(
        v.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(|id| serde_json::json!({ "actor": id }))
            .collect(),
    ))
}

pub fn run(
    out: &mut impl Write,
    data: &Option<PathBuf>,
    ws: &mut Workspace,
    author: &str,
    command: RecordCommand,
) -> Result<(), Failure> {
    let current = in_use(data, Some(ws))?;
    let base = current.base.dataset.clone();
    let l = lang();
    match command {
        RecordCommand::Add { file, json } => {
            let bytes = briefdesk_core::files::read_regular(&file, 16 << 20)
                .map_err(|e| Failure::Store(e.into()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                Failure::Refused(vec![RecordProblem {
                    entry: None,
                    file: Some(file.display().to_string()),
                    line: None,
                    column: None,
                    position: None,
                    record: "the file".into(),
                    field: String::new(),
                    value: None,
                    kind: briefdesk_core::ProblemKind::Syntax,
                    message: format!(
                        "not UTF-8 text: invalid byte at offset {}",
                        e.utf8_error().valid_up_to()
                    ),
                }])
            })?;
            let name = file.display().to_string();
            let records = record::decode_records(&name, &text).map_err(Failure::Refused)?;
            let (built, written) = match record::write::add(ws, &base, records, author) {
                Ok(x) => x,
                Err(WriteError::Refused(mut r)) => {
                    record::place_problems(&mut r.0, &name, &text);
                    return Err(Failure::Refused(r.0));
                }
                Err(e) => return Err(write_failure(e)),
            };
            crate::confirm((|| {
                if json {
                    return print_json(
                        out,
                        &output::RecordsOut::new(show::entries(&base, &written, &built.entries)),
                    );
                }
                if written.is_empty() {
                    writeln!(out, "{}", tr(l, "cli-record-unchanged", &[]))?;
                }
                for e in &written {
                    let Entry::Record(r) = &e.entry else { continue };
                    writeln!(
                        out,
                        "{}",
                        tr(
                            l,
                            "cli-record-added",
                            &[
                                ("kind", s(r.kind().keyword())),
                                ("id", s(r.id())),
                                ("revision", s(&e.revision.to_string())),
                                ("title", s(r.title())),
                            ]
                        )
                    )?;
                }
                Ok(())
            })())
        }
        RecordCommand::Correct {
            id,
            field,
            value,
            source,
            as_of,
            json,
        } => {
            let field = Field::from_keyword(&field).ok_or_else(|| {
                Failure::Usage(tr(l, "cli-record-bad-field", &[("field", s(&field))]))
            })?;
            let correction = Correction {
                target: id.trim().to_owned(),
                field,
                value: value_of(field, &value)?,
                source: source.trim().to_owned(),
                as_of: as_of.map(|d| d.trim().to_owned()),
            };
            let (built, stored) =
                record::write::correct(ws, &base, correction, author).map_err(write_failure)?;
            crate::confirm((|| {
                let shown = show::show(
                    &base,
                    &built.dataset,
                    &ws.record_entries().unwrap_or_default(),
                    &built.entries,
                    id.trim(),
                );
                if json {
                    return print_json(out, &output::RecordShowOut::new(shown));
                }
                let corrected = built
                    .dataset
                    .provenance()
                    .record(id.trim())
                    .and_then(|p| p.corrected(field));
                writeln!(
                    out,
                    "{}",
                    tr(
                        l,
                        "cli-record-corrected",
                        &[
                            ("field", s(field.keyword())),
                            ("id", s(id.trim())),
                            ("revision", s(&stored.revision.to_string())),
                            (
                                "value",
                                s(&corrected.map(|c| c.value_text.clone()).unwrap_or_default())
                            ),
                            (
                                "shipped",
                                s(&or_none(
                                    l,
                                    corrected
                                        .map(|c| c.shipped_text.clone())
                                        .unwrap_or_default()
                                ))
                            ),
                        ]
                    )
                )
            })())
        }
        RecordCommand::List { json } => {
            let stored = ws.record_entries().map_err(Failure::Store)?;
            let all = show::entries(&base, &stored, &current.built.entries);
            if json {
                print_json(out, &output::RecordsOut::new(all))?;
                return Ok(());
            }
            if all.is_empty() {
                writeln!(out, "{}", tr(l, "cli-record-list-empty", &[]))?;
            }
            for e in &all {
                let what = match &e.entry {
                    Entry::Record(r) => format!("{} {}", r.kind().keyword(), r.id()),
                    Entry::Correction(c) => tr(
                        l,
                        "cli-record-correction-line",
                        &[
                            ("id", s(&c.target)),
                            ("field", s(c.field.keyword())),
                            ("value", s(&c.value_text())),
                        ],
                    ),
                };
                writeln!(
                    out,
                    "{what}  {}  [{}]",
                    e.title,
                    tr(
                        l,
                        "cli-record-state",
                        &[("state", s(state_keyword(e.state)))]
                    )
                )?;
                writeln!(
                    out,
                    "    {}",
                    tr(
                        l,
                        "cli-record-by",
                        &[("author", s(&e.author)), ("date", s(&e.updated_at))]
                    )
                )?;
                for p in &e.problems {
                    writeln!(out, "    {p}")?;
                }
            }
            Ok(())
        }
        RecordCommand::Show { id, json } => {
            let stored = ws.record_entries().map_err(Failure::Store)?;
            let shown = show::show(
                &base,
                current.dataset(),
                &stored,
                &current.built.entries,
                id.trim(),
            )
            .ok_or_else(|| {
                Failure::NotFound(tr(l, "cli-record-no-record", &[("id", s(id.trim()))]))
            })?;
            if json {
                print_json(out, &output::RecordShowOut::new(Some(shown)))?;
                return Ok(());
            }
            writeln!(out, "{} {}", shown.kind.keyword(), shown.id)?;
            if let Some(o) = &shown.own {
                writeln!(
                    out,
                    "  {}",
                    tr(
                        l,
                        "cli-record-own",
                        &[("author", s(&o.author)), ("date", s(&o.updated_at))]
                    )
                )?;
            }
            for c in &shown.corrections {
                if let Entry::Correction(x) = &c.entry {
                    let shipped = or_none(
                        l,
                        record::value_text(&record::effective::shipped_of(&base, x)),
                    );
                    writeln!(
                        out,
                        "  {}",
                        tr(
                            l,
                            "cli-record-correction",
                            &[
                                ("field", s(x.field.keyword())),
                                ("value", s(&x.value_text())),
                                ("author", s(&c.author)),
                                ("date", s(&c.updated_at)),
                                ("shipped", s(&shipped)),
                                ("source", s(&x.source)),
                            ]
                        )
                    )?;
                }
            }
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&shown.effective).unwrap_or_default()
            )?;
            Ok(())
        }
        RecordCommand::Remove { id, field, json } => {
            let id = id.trim();
            let stored = ws.record_entries().map_err(Failure::Store)?;
            let keys: Vec<String> = match &field {
                None => stored
                    .iter()
                    .filter(|e| matches!(&e.entry, Entry::Record(r) if r.id() == id))
                    .map(|e| e.key.clone())
                    .collect(),
                Some(f) => stored
                    .iter()
                    .filter(|e| {
                        matches!(&e.entry, Entry::Correction(c) if c.target == id && c.field.keyword() == f)
                    })
                    .map(|e| e.key.clone())
                    .collect(),
            };
            if keys.is_empty() {
                return Err(Failure::NotFound(match &field {
                    None if base.record(id).is_some() || base.meeting(id).is_some() => {
                        tr(l, "cli-record-not-own", &[("id", s(id))])
                    }
                    None => tr(l, "cli-record-no-own", &[("id", s(id))]),
                    Some(f) => tr(
                        l,
                        "cli-record-no-correction",
                        &[("id", s(id)), ("field", s(f))],
                    ),
                }));
            }
            let built = record::write::remove(ws, &base, &keys, author).map_err(write_failure)?;
            crate::confirm((|| {
                if json {
                    let all = show::entries(
                        &base,
                        &ws.record_entries().unwrap_or_default(),
                        &built.entries,
                    );
                    return print_json(out, &output::RecordsOut::new(all));
                }
                for k in &keys {
                    writeln!(out, "{}", tr(l, "cli-record-removed", &[("key", s(k))]))?;
                }
                Ok(())
            })())
        }
        RecordCommand::History { id, json } => {
            let mut revisions = Vec::new();
            for key in ws.entry_keys_about(id.trim()).map_err(Failure::Store)? {
                revisions.extend(ws.record_history(&key).map_err(Failure::Store)?);
            }
            revisions.sort_by_key(|r| std::cmp::Reverse(r.id));
            if json {
                print_json(out, &output::RecordHistoryOut::new(revisions))?;
                return Ok(());
            }
            if revisions.is_empty() {
                writeln!(
                    out,
                    "{}",
                    tr(l, "cli-record-no-history", &[("id", s(id.trim()))])
                )?;
            }
            for r in &revisions {
                let mark = if r.current { "▶" } else { " " };
                writeln!(
                    out,
                    "{mark} {:>4}  {}  {:<10}  {}  {}",
                    r.id,
                    r.updated_at,
                    r.origin,
                    r.key,
                    if r.entry.is_some() { &r.author } else { "—" }
                )?;
            }
            Ok(())
        }
        RecordCommand::Restore { id, revision, json } => {
            let key = ws
                .entry_keys_about(id.trim())
                .map_err(Failure::Store)?
                .into_iter()
                .find(|k| {
                    ws.record_history(k)
                        .map(|h| h.iter().any(|r| r.id == revision))
                        .unwrap_or(false)
                })
                .ok_or_else(|| {
                    let revision = revision.to_string();
                    let args = [("id", s(id.trim())), ("revision", s(&revision))];
                    Failure::NotFound(tr(l, "cli-record-no-revision", &args))
                })?;
            let built =
                record::write::restore(ws, &base, &key, revision, author).map_err(write_failure)?;
            crate::confirm((|| {
                if json {
                    let all = show::entries(
                        &base,
                        &ws.record_entries().unwrap_or_default(),
                        &built.entries,
                    );
                    return print_json(out, &output::RecordsOut::new(all));
                }
                writeln!(
                    out,
                    "{}",
                    tr(
                        l,
                        "cli-record-restored",
                        &[("key", s(&key)), ("revision", s(&revision.to_string()))]
                    )
                )
            })())
        }
    }
}

fn state_keyword(s: EntryState) -> &'static str {
    match s {
        EntryState::Applied => "applied",
        EntryState::Covered => "covered",
        EntryState::NotApplied => "not-applied",
    }
}
