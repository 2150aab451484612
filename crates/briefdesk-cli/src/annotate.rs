//! The workspace commands: annotate, history, restore, undo, redo and the
//! list of annotations. Adapters over `briefdesk_core::store`.

use std::io::{self, Write};
use std::path::PathBuf;

use briefdesk_core::model::{Keyword, UserStatus};
use briefdesk_core::store::{self, Annotation, AnnotationFields, Change, Revision, Workspace};
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

/// The workspace to use: `--workspace PATH`, else the app's own.
pub fn open(path: &Option<PathBuf>) -> Result<Workspace, Failure> {
    let path = match path {
        Some(p) => p.clone(),
        None => store::default_path().ok_or_else(|| {
            Failure::Usage("no home folder to keep the workspace in; give --workspace PATH".into())
        })?,
    };
    Workspace::open(&path).map_err(Failure::Store)
}

fn apply(current: Option<&Annotation>, edit: Edit) -> Result<AnnotationFields, Failure> {
    let mut f = current.map(|a| a.fields.clone()).unwrap_or_default();
    if let Some(note) = edit.note {
        f.note = note;
    }
    if let Some(status) = edit.status {
        f.status = UserStatus::from_keyword(&status);
    }
    for t in edit.tags {
        f.tags.push(t);
    }
    f.tags.retain(|t| {
        !edit
            .untags
            .iter()
            .any(|u| u.trim().eq_ignore_ascii_case(t.trim()))
    });
    if let Some(d) = edit.follow_up {
        f.follow_up = if d == "none" {
            None
        } else {
            Some(NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| {
                Failure::Usage(format!(
                    "--follow-up `{d}` is not a date (YYYY-MM-DD) or `none`"
                ))
            })?)
        };
    }
    Ok(f)
}

pub fn annotate(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    id: &str,
    edit: Edit,
    json: bool,
) -> Result<(), Failure> {
    let current = ws.annotation(id).map_err(Failure::Store)?;
    if ds.commitment(id).is_none() && current.is_none() {
        return Err(Failure::NotFound(format!(
            "no commitment with id `{id}` (see `briefdesk list`)"
        )));
    }
    let fields = apply(current.as_ref(), edit)?;
    let saved = ws.save(id, fields).map_err(Failure::Store)?;
    let changed = current.as_ref().map(|c| c.revision) != Some(saved.revision);
    if json {
        crate::print_json(
            out,
            &output::AnnotationOut::new(Some(saved), ds.commitment(id).is_none()),
        )?;
    } else {
        if changed {
            writeln!(out, "{id}: annotation saved (revision {})", saved.revision)?;
        } else {
            writeln!(
                out,
                "{id}: no change (revision {} is current)",
                saved.revision
            )?;
        }
        print_annotation(out, &saved)?;
    }
    Ok(())
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
    for line in f.note.lines() {
        writeln!(out, "  │ {line}")?;
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
        let first = r.fields.note.lines().next().unwrap_or("");
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
    if json {
        crate::print_json(out, &output::AnnotationOut::new(Some(a), false))?;
    } else {
        writeln!(
            out,
            "{id}: revision {revision} restored as revision {}",
            a.revision
        )?;
        print_annotation(out, &a)?;
    }
    Ok(())
}

pub fn step(
    out: &mut impl Write,
    ws: &mut Workspace,
    undo: bool,
    json: bool,
) -> Result<(), Failure> {
    let change: Change = if undo { ws.undo() } else { ws.redo() }.map_err(Failure::Store)?;
    if json {
        crate::print_json(out, &output::ChangeOut::new(change))?;
        return Ok(());
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

pub fn export(out: &mut impl Write, ws: &Workspace, path: &std::path::Path) -> Result<(), Failure> {
    let n = ws.export_annotations(path).map_err(Failure::Store)?;
    writeln!(out, "exported {n} revisions to {}", path.display())?;
    Ok(())
}

pub fn import(
    out: &mut impl Write,
    ws: &mut Workspace,
    path: &std::path::Path,
    json: bool,
) -> Result<(), Failure> {
    let r = ws.import_annotations(path).map_err(Failure::Store)?;
    if json {
        crate::print_json(out, &output::ImportOut::new(r))?;
        return Ok(());
    }
    writeln!(
        out,
        "imported {}: {} new revisions ({} already here)",
        path.display(),
        r.revisions_added,
        r.revisions_already_present
    )?;
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
}
