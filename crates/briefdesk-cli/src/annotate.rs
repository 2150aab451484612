//! The workspace commands: annotate, history, restore, undo, redo, the list
//! of annotations, bundles. Adapters over `briefdesk_core::store`.
//!
//! A write that committed is reported as done even when its confirmation
//! cannot be printed (`> /dev/full`, `| head`): see [`crate::confirm`].

use std::io::{self, Write};
use std::path::PathBuf;

use briefdesk_core::model::{Keyword, UserStatus};
use briefdesk_core::store::{
    self, session, Annotation, AnnotationEdit, Change, ImportOptions, Revision, Workspace,
};
use briefdesk_core::Dataset;
use chrono::NaiveDate;
use clap::Args;

use crate::output;
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
        None => store::default_path().ok_or_else(|| {
            Failure::Usage("no home folder to keep the workspace in; give --workspace PATH".into())
        }),
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
        Some(d) => Some(Some(NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(
            |_| {
                Failure::Usage(format!(
                    "--follow-up `{d}` is not a date (YYYY-MM-DD) or `none`"
                ))
            },
        )?)),
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
    let edit = edit_of(edit)?;
    if ds.commitment(id).is_none() && ws.annotation(id).map_err(Failure::Store)?.is_none() {
        return Err(Failure::NotFound(format!(
            "no commitment with id `{id}` (see `briefdesk list`)"
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
        if saved.changed {
            writeln!(out, "{id}: annotation saved (revision {})", a.revision)?;
        } else {
            writeln!(out, "{id}: no change (revision {} is current)", a.revision)?;
        }
        print_annotation(out, &a)
    })())
}

pub fn print_annotation(out: &mut impl Write, a: &Annotation) -> io::Result<()> {
    let f = &a.fields;
    if let Some(s) = f.status {
        writeln!(out, "  Status     {}", s.label())?;
    }
    if !f.tags.is_empty() {
        writeln!(out, "  Tags       {}", f.tags.join(", "))?;
    }
    if let Some(d) = f.follow_up {
        writeln!(out, "  Follow-up  {d}")?;
    }
    writeln!(out, "  Updated    {}", a.updated_at)?;
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
    if revisions.is_empty() {
        writeln!(out, "{id}: no annotation yet")?;
    }
    for r in &revisions {
        let mark = if r.current { "▶" } else { " " };
        let first = r.fields.note.lines().next().unwrap_or("").replace('\r', "");
        writeln!(
            out,
            "{mark} {:>4}  {}  {:<14}  {}",
            r.id,
            r.updated_at,
            r.origin,
            first.chars().take(60).collect::<String>()
        )?;
    }
    Ok(())
}

pub fn restore(
    out: &mut impl Write,
    ws: &mut Workspace,
    id: &str,
    revision: i64,
    json: bool,
) -> Result<(), Failure> {
    let a = ws.restore(id, revision).map_err(Failure::Store)?;
    crate::confirm((|| {
        if json {
            return crate::print_json(out, &output::AnnotationOut::new(Some(a.clone()), false));
        }
        writeln!(
            out,
            "{id}: revision {revision} restored as revision {}",
            a.revision
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
    let verb = if undo { "undone" } else { "redone" };
    match &change {
        Change::Annotation {
            commitment,
            current: Some(a),
        } => {
            writeln!(
                out,
                "{commitment}: {verb}; revision {} is current",
                a.revision
            )?;
            print_annotation(out, a)?;
        }
        Change::Annotation {
            commitment,
            current: None,
        } => writeln!(out, "{commitment}: {verb}; no annotation now")?,
        Change::Brief {
            brief,
            current: Some(b),
        } => writeln!(
            out,
            "brief {brief}: {verb}; revision {} is current: {}",
            b.revision, b.doc.title
        )?,
        Change::Brief {
            brief,
            current: None,
        } => writeln!(out, "brief {brief}: {verb}; the brief is deleted now")?,
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
    if all.is_empty() {
        writeln!(out, "No annotations yet (see `briefdesk annotate --help`).")?;
    }
    for a in &all {
        let title = match ds.commitment(&a.commitment) {
            Some(c) => c.title.clone(),
            None => "(orphaned: this commitment is no longer in the dataset)".into(),
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
    let n = ws
        .export_annotations(path, &ds.manifest.dataset_version)
        .map_err(Failure::Store)?;
    crate::confirm(writeln!(
        out,
        "exported {n} revisions to {}",
        path.display()
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
    crate::confirm((|| {
        if json {
            return crate::print_json(out, &output::ImportOut::new(r.clone()));
        }
        writeln!(
            out,
            "imported {}: {} new revisions ({} already here)",
            path.display(),
            r.revisions_added,
            r.revisions_already_present
        )?;
        if r.other_dataset == Some(true) {
            writeln!(
                out,
                "  made against dataset version {} (confirmed with --accept-other-dataset)",
                r.dataset_version.as_deref().unwrap_or("?")
            )?;
        }
        let list = |ids: &[String]| {
            if ids.is_empty() {
                "none".to_owned()
            } else {
                ids.join(", ")
            }
        };
        writeln!(out, "  newly annotated:          {}", list(&r.added))?;
        writeln!(out, "  updated (theirs newer):   {}", list(&r.updated))?;
        writeln!(out, "  kept yours (yours newer): {}", list(&r.kept))?;
        Ok(())
    })())
}
