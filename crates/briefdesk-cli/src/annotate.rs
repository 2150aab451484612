//! The workspace commands: annotate, history, restore, undo, redo, the list
//! of annotations, bundles. Adapters over `briefdesk_core::store`.
//!
//! A write that committed is reported as done even when its confirmation
//! cannot be printed (`> /dev/full`, `| head`): see [`crate::confirm`].

use std::io::{self, Write};
use std::path::PathBuf;

use briefdesk_core::i18n::{self, count, msg, tr, Arg, Lang};
use briefdesk_core::model::{Keyword, UserStatus};
use briefdesk_core::store::{
    self, session, Annotation, AnnotationEdit, Change, ImportOptions, Revision, Workspace,
};
use briefdesk_core::Dataset;
use chrono::NaiveDate;
use clap::Args;

use crate::output;
use crate::term;
use crate::Failure;

/// What `briefdesk annotate` changes; unspecified parts stay as they are.
#[derive(Args)]
pub struct Edit {
    /// The note (plain text, light Markdown); replaces the current note.
    #[arg(long)]
    pub note: Option<String>,
    /// Your status: on-track, at-risk, delayed, delivered, not-pursued,
    /// unknown, or `none` to clear it.
    #[arg(long, value_parser = status_parser())]
    pub status: Option<String>,
    /// Add a tag (repeat for several).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Remove a tag (repeat for several).
    #[arg(long = "untag", value_name = "TAG")]
    pub untags: Vec<String>,
    /// Follow-up date (YYYY-MM-DD), or `none` to clear it.
    #[arg(long, value_name = "DATE")]
    pub follow_up: Option<String>,
}

fn status_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        UserStatus::ALL
            .iter()
            .map(|s| s.keyword())
            .chain(std::iter::once("none")),
    )
}

/// Where the workspace is: `--workspace PATH`, else the app's own.
pub fn path(path: &Option<PathBuf>) -> Result<PathBuf, Failure> {
    match path {
        Some(p) => Ok(p.clone()),
        None => {
            let lang = crate::lang();
            store::default_path().ok_or_else(|| Failure::Usage(msg(lang, "cli-no-home")))
        }
    }
}

/// The author session of this command (see `store::session`):
/// `--session NAME`, else `BRIEFDESK_SESSION`, else the terminal's.
pub fn session_of(name: &Option<String>) -> String {
    match name.as_deref().filter(|n| !n.trim().is_empty()) {
        Some(n) => session::named(n),
        None => session::cli(),
    }
}

/// The workspace to change: `--workspace PATH`, else the app's own.
pub fn open(path: &Option<PathBuf>, session: &Option<String>) -> Result<Workspace, Failure> {
    Ok(Workspace::open(&self::path(path)?)
        .map_err(Failure::Store)?
        .with_session(session_of(session)))
}

/// The workspace to read only: opens on a full disk or a read-only medium.
pub fn open_read_only(path: &Option<PathBuf>) -> Result<Workspace, Failure> {
    Workspace::open_read_only(&self::path(path)?).map_err(Failure::Store)
}

fn edit_of(edit: Edit) -> Result<AnnotationEdit, Failure> {
    let follow_up = match edit.follow_up {
        None => None,
        Some(d) if d == "none" => Some(None),
        Some(d) => Some(Some(
            NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| not_a_date(crate::lang(), "--follow-up", &d, true))?,
        )),
    };
    Ok(AnnotationEdit {
        note: edit.note,
        status: edit.status.map(|s| UserStatus::from_keyword(&s)),
        add_tags: edit.tags,
        remove_tags: edit.untags,
        follow_up,
    })
}

pub fn annotate(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    id: &str,
    edit: Edit,
    json: bool,
) -> Result<(), Failure> {
    let lang = crate::lang();
    let edit = edit_of(edit)?;
    if ds.commitment(id).is_none() && ws.annotation(id).map_err(Failure::Store)?.is_none() {
        return Err(Failure::NotFound(tr(
            lang,
            "cli-no-commitment",
            &[("id", Arg::Str(id))],
        )));
    }
    // Applied to what is current when the write runs, not to what this
    // command read: a concurrent edit of another field or tag stays.
    let saved = ws.edit(id, &edit).map_err(Failure::Store)?;
    let a = saved.annotation;
    crate::confirm((|| {
        if json {
            return crate::print_json(
                out,
                &output::AnnotationOut::new(Some(a.clone()), ds.commitment(id).is_none()),
            );
        }
        let revision = a.revision.to_string();
        let args = [("id", Arg::Str(id)), ("revision", Arg::Str(&revision))];
        if saved.changed {
            writeln!(out, "{}", tr(lang, "cli-annotation-saved", &args))?;
        } else {
            writeln!(out, "{}", tr(lang, "cli-annotation-unchanged", &args))?;
        }
        print_annotation(out, &a)
    })())
}

/// "date `X` is not a date (YYYY-MM-DD)" for option `option`, with "or
/// `none`" where `none` clears the field.
pub fn not_a_date(lang: Lang, option: &str, value: &str, or_none: bool) -> Failure {
    let args = [("option", Arg::Str(option)), ("value", Arg::Str(value))];
    Failure::Usage(if or_none {
        tr(lang, "cli-not-a-date-or-none", &args)
    } else {
        tr(lang, "cli-not-a-date", &args)
    })
}

pub fn print_annotation(out: &mut impl Write, a: &Annotation) -> io::Result<()> {
    let lang = crate::lang();
    let f = &a.fields;
    let mut lines = Vec::new();
    if let Some(s) = f.status {
        lines.push((
            msg(lang, "cli-annotation-status"),
            i18n::label(lang, "user-status", s),
        ));
    }
    if !f.tags.is_empty() {
        lines.push((msg(lang, "cli-annotation-tags"), i18n::join(lang, &f.tags)));
    }
    if let Some(d) = f.follow_up {
        lines.push((msg(lang, "cli-annotation-follow-up"), i18n::date(lang, d)));
    }
    lines.push((
        msg(lang, "cli-annotation-updated"),
        i18n::date_time(lang, &a.updated_at),
    ));
    // Two spaces past the widest label; 11 columns at least, as in English.
    let column = term::label_width(10, lines.iter().map(|(l, _)| l.as_str())) + 1;
    term::labelled(out, "  ", column, &lines)?;
    // A note may hold a carriage return (from a pasted Windows text): it
    // never reaches the terminal, where it would overwrite the line.
    for line in f.note.lines() {
        writeln!(out, "  │ {}", line.replace('\r', ""))?;
    }
    Ok(())
}

pub fn history(out: &mut impl Write, ws: &Workspace, id: &str, json: bool) -> Result<(), Failure> {
    let revisions: Vec<Revision> = ws.history(id).map_err(Failure::Store)?;
    if json {
        crate::print_json(out, &output::HistoryOut::new(revisions))?;
        return Ok(());
    }
    let lang = crate::lang();
    if revisions.is_empty() {
        writeln!(
            out,
            "{}",
            tr(lang, "cli-history-none", &[("id", Arg::Str(id))])
        )?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = revisions
        .iter()
        .map(|r| {
            let mark = if r.current { "▶" } else { " " };
            let first = r.fields.note.lines().next().unwrap_or("").replace('\r', "");
            vec![
                format!("{mark} {:>4}", r.id),
                i18n::date_time(lang, &r.updated_at),
                r.origin.clone(),
                term::truncate(&first, 60).to_owned(),
            ]
        })
        .collect();
    Ok(term::table(out, &rows)?)
}

pub fn restore(
    out: &mut impl Write,
    ws: &mut Workspace,
    id: &str,
    revision: i64,
    json: bool,
) -> Result<(), Failure> {
    let lang = crate::lang();
    let a = ws.restore(id, revision).map_err(Failure::Store)?;
    crate::confirm((|| {
        if json {
            return crate::print_json(out, &output::AnnotationOut::new(Some(a.clone()), false));
        }
        let (from, to) = (revision.to_string(), a.revision.to_string());
        writeln!(
            out,
            "{}",
            tr(
                lang,
                "cli-annotation-restored",
                &[
                    ("id", Arg::Str(id)),
                    ("revision", Arg::Str(&from)),
                    ("current", Arg::Str(&to)),
                ],
            )
        )?;
        print_annotation(out, &a)
    })())
}

pub fn step(
    out: &mut impl Write,
    ws: &mut Workspace,
    undo: bool,
    json: bool,
) -> Result<(), Failure> {
    let change: Change = if undo { ws.undo() } else { ws.redo() }.map_err(Failure::Store)?;
    crate::confirm(print_step(out, change, undo, json))
}

fn print_step(out: &mut impl Write, change: Change, undo: bool, json: bool) -> io::Result<()> {
    if json {
        return crate::print_json(out, &output::ChangeOut::new(change));
    }
    let lang = crate::lang();
    let step = Arg::Str(if undo { "undo" } else { "redo" });
    match &change {
        Change::Annotation {
            commitment,
            current: Some(a),
        } => {
            let revision = a.revision.to_string();
            let args = [
                ("step", step),
                ("id", Arg::Str(commitment)),
                ("revision", Arg::Str(&revision)),
            ];
            writeln!(out, "{}", tr(lang, "cli-step-annotation", &args))?;
            print_annotation(out, a)?;
        }
        Change::Annotation {
            commitment,
            current: None,
        } => {
            let args = [("step", step), ("id", Arg::Str(commitment))];
            writeln!(out, "{}", tr(lang, "cli-step-annotation-gone", &args))?
        }
        Change::Brief {
            brief,
            current: Some(b),
        } => {
            let (id, revision) = (brief.to_string(), b.revision.to_string());
            let args = [
                ("step", step),
                ("id", Arg::Str(&id)),
                ("revision", Arg::Str(&revision)),
                ("title", Arg::Str(&b.doc.title)),
            ];
            writeln!(out, "{}", tr(lang, "cli-step-brief", &args))?
        }
        Change::Brief {
            brief,
            current: None,
        } => {
            let id = brief.to_string();
            let args = [("step", step), ("id", Arg::Str(&id))];
            writeln!(out, "{}", tr(lang, "cli-step-brief-gone", &args))?
        }
        Change::Record { entry, current } => {
            let present = Arg::Str(if current.is_some() { "yes" } else { "no" });
            let args = [
                ("which", step),
                ("key", Arg::Str(entry)),
                ("present", present),
            ];
            writeln!(out, "{}", tr(lang, "cli-undo-record", &args))?
        }
    }
    Ok(())
}

pub fn list(out: &mut impl Write, ds: &Dataset, ws: &Workspace, json: bool) -> Result<(), Failure> {
    let all = ws.annotations().map_err(Failure::Store)?;
    if json {
        let items = all
            .into_iter()
            .map(|a| {
                let orphaned = ds.commitment(&a.commitment).is_none();
                output::AnnotationOut::new(Some(a), orphaned)
            })
            .collect();
        crate::print_json(out, &output::AnnotationsOut::new(items))?;
        return Ok(());
    }
    let lang = crate::lang();
    if all.is_empty() {
        writeln!(out, "{}", msg(lang, "cli-annotations-none"))?;
    }
    for a in &all {
        let title = match ds.commitment(&a.commitment) {
            Some(c) => c.title.clone(),
            None => msg(lang, "cli-annotations-orphaned"),
        };
        writeln!(out, "{}  {}", a.commitment, title)?;
        print_annotation(out, a)?;
    }
    Ok(())
}

pub fn export(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &Workspace,
    path: &std::path::Path,
) -> Result<(), Failure> {
    let lang = crate::lang();
    let n = ws
        .export_annotations(path, &ds.manifest.dataset_version)
        .map_err(Failure::Store)?;
    let revisions = count(lang, "count-revisions", n as u64);
    let path = path.display().to_string();
    crate::confirm(writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-annotations-exported",
            &[
                ("revisions", Arg::Str(&revisions)),
                ("path", Arg::Str(&path))
            ],
        )
    ))
}

pub fn import(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    path: &std::path::Path,
    accept_other_dataset: bool,
    json: bool,
) -> Result<(), Failure> {
    let options = ImportOptions {
        dataset_version: Some(ds.manifest.dataset_version.clone()),
        accept_other_dataset,
    };
    let r = ws
        .import_annotations(path, &options)
        .map_err(Failure::Store)?;
    let lang = crate::lang();
    crate::confirm((|| {
        if json {
            return crate::print_json(out, &output::ImportOut::new(r.clone()));
        }
        let file = path.display().to_string();
        let added = count(lang, "count-new-revisions", r.revisions_added as u64);
        let present = count(
            lang,
            "cli-count-already-here",
            r.revisions_already_present as u64,
        );
        writeln!(
            out,
            "{}",
            tr(
                lang,
                "cli-imported",
                &[
                    ("path", Arg::Str(&file)),
                    ("added", Arg::Str(&added)),
                    ("present", Arg::Str(&present)),
                ],
            )
        )?;
        if r.other_dataset == Some(true) {
            writeln!(
                out,
                "  {}",
                tr(
                    lang,
                    "cli-imported-other-dataset",
                    &[(
                        "version",
                        Arg::Str(r.dataset_version.as_deref().unwrap_or("?"))
                    )],
                )
            )?;
        }
        let list = |ids: &[String]| {
            if ids.is_empty() {
                msg(lang, "cli-none")
            } else {
                i18n::join(lang, ids)
            }
        };
        let lines = [
            (msg(lang, "cli-imported-added"), list(&r.added)),
            (msg(lang, "cli-imported-updated"), list(&r.updated)),
            (msg(lang, "cli-imported-kept"), list(&r.kept)),
        ];
        term::labelled(out, "  ", 0, &lines)
    })())
}
