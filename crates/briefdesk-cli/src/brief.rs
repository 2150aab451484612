//! `briefdesk brief …` and `briefdesk export`: assemble briefs in the
//! workspace and export them. Every edit applies one change through
//! `briefdesk_core::brief` to the version current *inside* the write
//! transaction (so concurrent edits are never lost) and saves it as a new
//! revision (undoable with `briefdesk undo`).

use std::io::Write;

use briefdesk_core::api::{
    render_export, start_doc, view_of, BriefStart, ExportFormat, ExportOptions,
};
use briefdesk_core::brief::{self, view::BriefView, BriefDoc, BriefMeeting};
use briefdesk_core::files::WriteTarget;
use briefdesk_core::i18n::{self, count, msg, tr, Arg};
use briefdesk_core::store::{Brief, StoreError, Workspace};
use briefdesk_core::Dataset;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::annotate::not_a_date;
use crate::term;
use crate::{output, print_json, Failure};

/// The cover fields of a brief; unspecified ones stay as they are.
#[derive(Args)]
pub struct Cover {
    /// The title.
    #[arg(long)]
    title: Option<String>,
    /// The meeting it prepares: a meeting id or year from the dataset
    /// (e.g. dpc-2026), any other text, or `none`.
    #[arg(long)]
    meeting: Option<String>,
    /// The date the brief is for (YYYY-MM-DD), or `none`.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Who wrote it, as the cover shows it.
    #[arg(long)]
    author: Option<String>,
    /// Who it is for.
    #[arg(long)]
    audience: Option<String>,
    /// Handling marking, e.g. "Draft" or "Limited".
    #[arg(long)]
    marking: Option<String>,
}

#[derive(Subcommand)]
pub enum BriefCommand {
    /// Start a brief: blank, or from a template (`council-preparation`, or
    /// the id of a template you saved).
    New {
        /// The template: `council-preparation`, or the id of one you saved.
        #[arg(long, value_name = "TEMPLATE")]
        template: Option<String>,
        #[command(flatten)]
        cover: Cover,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A brief for one sector with all its commitments in meeting order.
    Quick {
        /// Sector id or name.
        #[arg(long)]
        sector: String,
        /// Show your notes on its commitments (without: left out).
        #[arg(long)]
        notes: bool,
        #[command(flatten)]
        cover: Cover,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Your briefs and saved templates.
    List {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A brief's cover, sections and commitments in order.
    Show {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change the cover: title, meeting, date, author, audience, marking.
    Edit {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        #[command(flatten)]
        cover: Cover,
    },
    /// Add a section: a sector (id or name) or `since-last-council`.
    AddSection {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// Position (1 = first; default: last).
        #[arg(long, value_name = "N")]
        at: Option<usize>,
    },
    /// Remove a section and what it holds (undoable).
    RemoveSection {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
    },
    /// Move a section to position N (1 = first).
    MoveSection {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// The new position (1 = first).
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Add commitments to a section, in the order given.
    Add {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// Commitment ids, e.g. C2-08 C3-04.
        #[arg(required = true, value_name = "COMMITMENT")]
        commitments: Vec<String>,
        /// Position of the first one (1 = first; default: last).
        #[arg(long, value_name = "N")]
        at: Option<usize>,
        /// Leave your annotations of them out of the brief.
        #[arg(long)]
        no_annotation: bool,
    },
    /// Take a commitment out of a section.
    Remove {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// Commitment id, e.g. C2-08.
        commitment: String,
    },
    /// Move a commitment to position N (1 = first) of its section, or of
    /// another with --into.
    Move {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// Commitment id, e.g. C2-08.
        commitment: String,
        /// The new position (1 = first).
        #[arg(long, value_name = "N")]
        to: usize,
        /// Into this section of the brief instead.
        #[arg(long, value_name = "SECTION")]
        into: Option<String>,
    },
    /// Set a section's background and talking points.
    Text {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// The background text (replaces it).
        #[arg(long)]
        background: Option<String>,
        /// Talking points, in order (replace the current ones).
        #[arg(long = "point", value_name = "TEXT")]
        points: Vec<String>,
        /// Remove every talking point.
        #[arg(long, conflicts_with = "points")]
        no_points: bool,
    },
    /// Whether the brief shows your annotation of a commitment.
    Annotation {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The section: its sector (id or name), or `since-last-council`.
        section: String,
        /// Commitment id, e.g. C2-08.
        commitment: String,
        /// Show it.
        #[arg(long, conflicts_with = "exclude")]
        include: bool,
        /// Leave it out.
        #[arg(long)]
        exclude: bool,
    },
    /// Copy a brief.
    Duplicate {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The copy's title (default: "Copy of" and the brief's).
        #[arg(long)]
        title: Option<String>,
    },
    /// Save a copy of a brief as a template for new briefs.
    SaveTemplate {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// The template's title (default: the brief's).
        #[arg(long)]
        title: Option<String>,
    },
    /// Delete a brief (undo brings it back).
    Delete {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
    },
    /// Every version of a brief, newest first.
    History {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make an earlier version of a brief current again (undoable).
    Restore {
        /// Brief id (see `briefdesk brief list`).
        id: i64,
        /// Revision number (see `briefdesk brief history ID`).
        revision: i64,
    },
}

/// `briefdesk export`'s formats.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown (CommonMark).
    Md,
    /// PDF, ready to distribute.
    Pdf,
    /// Word (DOCX), for colleagues who edit the brief.
    Docx,
}

/// What `briefdesk export` writes, and how.
#[derive(Args)]
pub struct ExportArgs {
    /// Brief id (see `briefdesk brief list`); or give --sector for a quick brief.
    #[arg(required_unless_present = "sector", conflicts_with = "sector")]
    id: Option<i64>,
    /// Export a quick brief of this sector (id or name) instead of a saved brief.
    #[arg(long)]
    sector: Option<String>,
    /// md, pdf or docx (default: from the file's extension).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The file to write (through a temporary file renamed into place).
    #[arg(short, long, value_name = "FILE")]
    output: std::path::PathBuf,
    /// The export date (YYYY-MM-DD; default: today): footer, metadata and,
    /// when the brief has no date of its own, the cover.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// A DRAFT watermark on every page (PDF, DOCX; a DRAFT line in Markdown).
    #[arg(long)]
    draft: bool,
    /// Leave your notes out, even where the brief includes them.
    #[arg(long, conflicts_with = "notes")]
    no_annotations: bool,
    /// With --sector: include your notes (a quick brief leaves them out
    /// unless asked). A saved brief shows them where it says so.
    #[arg(long)]
    notes: bool,
}

fn usage(e: brief::Invalid) -> Failure {
    Failure::Usage(e.0)
}

fn store(e: StoreError) -> Failure {
    match e {
        StoreError::NotFound(m) => Failure::NotFound(m),
        e => Failure::Store(e),
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        store(e)
    }
}

impl BriefCommand {
    /// Whether the command only reads (the workspace is then opened
    /// read-only: it works on a full disk).
    pub fn reads_only(&self) -> bool {
        matches!(
            self,
            BriefCommand::List { .. } | BriefCommand::Show { .. } | BriefCommand::History { .. }
        )
    }
}

fn apply_cover(ds: &Dataset, doc: &mut BriefDoc, cover: Cover) -> Result<(), Failure> {
    if let Some(t) = cover.title {
        doc.title = t;
    }
    if let Some(m) = cover.meeting {
        doc.meeting = if m.trim() == "none" {
            None
        } else {
            match ds.resolve_meeting(&m) {
                Ok(found) => Some(BriefMeeting::Dataset {
                    id: found.id.clone(),
                }),
                Err(_) => Some(BriefMeeting::Other {
                    text: m.trim().to_owned(),
                }),
            }
        };
    }
    if let Some(d) = cover.date {
        doc.date = if d == "none" {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| not_a_date(crate::lang(), "--date", &d, true))?,
            )
        };
    }
    if let Some(a) = cover.author {
        doc.author = a;
    }
    if let Some(a) = cover.audience {
        doc.audience = a;
    }
    if let Some(m) = cover.marking {
        doc.marking = m;
    }
    doc.check().map_err(usage)
}

/// A 1-based position from the command line as an index.
fn index(n: usize, what: &str) -> Result<usize, Failure> {
    let lang = crate::lang();
    n.checked_sub(1).ok_or_else(|| {
        Failure::Usage(tr(
            lang,
            "cli-counts-from-one",
            &[("option", Arg::Str(what))],
        ))
    })
}

fn create(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    start: BriefStart,
    cover: Cover,
    json: bool,
) -> Result<(), Failure> {
    let mut doc = start_doc(ds, ws, &start, crate::lang()).map_err(store)?;
    apply_cover(ds, &mut doc, cover)?;
    let b = ws
        .create_brief(doc, false, &start.origin())
        .map_err(store)?;
    crate::confirm_failure(report(out, ds, ws, &b, "created", json))
}

/// What a report says was done to a brief: `created`, `saved`, `template`
/// (saved as one), `restored` (the catalogue's selector of `cli-brief-done`).
fn report(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &Workspace,
    b: &Brief,
    what: &str,
    json: bool,
) -> Result<(), Failure> {
    if json {
        let view = view_of(ds, ws, &b.doc, crate::lang()).map_err(store)?;
        print_json(out, &output::BriefOut::new(b.clone(), view))?;
    } else {
        let lang = crate::lang();
        let (id, revision) = (b.id.to_string(), b.revision.to_string());
        writeln!(
            out,
            "{}",
            tr(
                lang,
                "cli-brief-done",
                &[
                    ("id", Arg::Str(&id)),
                    ("done", Arg::Str(what)),
                    ("revision", Arg::Str(&revision)),
                    ("title", Arg::Str(&b.doc.title)),
                ],
            )
        )?;
    }
    Ok(())
}

/// Change brief `id` with `edit`, applied to the version current when the
/// write runs, and save it.
fn change(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    id: i64,
    edit: impl FnOnce(&mut BriefDoc) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let b = ws.edit_brief(id, edit)?;
    crate::confirm_failure(report(out, ds, ws, &b, "saved", false))
}

pub fn run(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &mut Workspace,
    command: BriefCommand,
) -> Result<(), Failure> {
    match command {
        BriefCommand::New {
            template,
            cover,
            json,
        } => {
            let start = match template.as_deref().map(str::trim) {
                None => BriefStart::Blank,
                Some(t) => match t.parse::<i64>() {
                    Ok(id) => BriefStart::Template { id },
                    Err(_) => BriefStart::Builtin {
                        template: t.to_owned(),
                    },
                },
            };
            create(out, ds, ws, start, cover, json)
        }
        BriefCommand::Quick {
            sector,
            notes,
            cover,
            json,
        } => {
            ds.resolve_sector(&sector)
                .map_err(|e| Failure::Usage(e.to_string()))?;
            let start = BriefStart::Quick {
                sector,
                notes: Some(notes),
            };
            create(out, ds, ws, start, cover, json)
        }
        BriefCommand::List { json } => {
            let lang = crate::lang();
            let all = ws.briefs().map_err(store)?;
            if json {
                print_json(out, &output::BriefsOut::new(all))?;
            } else if all.is_empty() {
                writeln!(out, "{}", msg(lang, "cli-briefs-none"))?;
            } else {
                for b in all {
                    let title = if b.template {
                        tr(lang, "cli-brief-template", &[("title", Arg::Str(&b.title))])
                    } else {
                        b.title.clone()
                    };
                    let sections = count(lang, "count-sections", b.sections as u64);
                    let commitments = count(lang, "count-commitments", b.commitments as u64);
                    let saved = i18n::date_time(lang, &b.updated_at);
                    let facts = tr(
                        lang,
                        "cli-brief-facts",
                        &[
                            ("sections", Arg::Str(&sections)),
                            ("commitments", Arg::Str(&commitments)),
                            ("saved", Arg::Str(&saved)),
                        ],
                    );
                    writeln!(out, "{:>4}  {title}  {facts}", b.id)?;
                }
            }
            Ok(())
        }
        BriefCommand::Show { id, json } => {
            let b = ws.brief(id).map_err(store)?;
            let view = view_of(ds, ws, &b.doc, crate::lang()).map_err(store)?;
            if json {
                print_json(out, &output::BriefOut::new(b, view))?;
            } else {
                outline(out, ds, &b, &view)?;
            }
            Ok(())
        }
        BriefCommand::Edit { id, cover } => change(out, ds, ws, id, |d| apply_cover(ds, d, cover)),
        BriefCommand::AddSection { id, section, at } => {
            let at = at.map(|n| index(n, "--at")).transpose()?;
            change(out, ds, ws, id, |d| {
                d.add_section(ds, &section, at).map(|_| ()).map_err(usage)
            })
        }
        BriefCommand::RemoveSection { id, section } => change(out, ds, ws, id, |d| {
            d.remove_section(ds, &section).map(|_| ()).map_err(usage)
        }),
        BriefCommand::MoveSection { id, section, to } => {
            let to = index(to, "--to")?;
            change(out, ds, ws, id, |d| {
                d.move_section(ds, &section, to).map_err(usage)
            })
        }
        BriefCommand::Add {
            id,
            section,
            commitments,
            at,
            no_annotation,
        } => {
            let at = at.map(|n| index(n, "--at")).transpose()?;
            change(out, ds, ws, id, |d| {
                for (k, c) in commitments.iter().enumerate() {
                    d.add_item(ds, &section, c.trim(), at.map(|a| a + k), !no_annotation)
                        .map_err(usage)?;
                }
                Ok(())
            })
        }
        BriefCommand::Remove {
            id,
            section,
            commitment,
        } => change(out, ds, ws, id, |d| {
            d.remove_item(ds, &section, commitment.trim())
                .map(|_| ())
                .map_err(usage)
        }),
        BriefCommand::Move {
            id,
            section,
            commitment,
            to,
            into,
        } => {
            let to = index(to, "--to")?;
            change(out, ds, ws, id, |d| {
                d.move_item(ds, &section, commitment.trim(), to, into.as_deref())
                    .map_err(usage)
            })
        }
        BriefCommand::Text {
            id,
            section,
            background,
            points,
            no_points,
        } => change(out, ds, ws, id, |d| {
            let i = d.section_index(ds, &section).map_err(usage)?;
            let s = &mut d.sections[i];
            if let Some(b) = background {
                s.background = b;
            }
            if no_points {
                s.talking_points.clear();
            } else if !points.is_empty() {
                s.talking_points = points;
            }
            d.check().map_err(usage)
        }),
        BriefCommand::Annotation {
            id,
            section,
            commitment,
            include,
            exclude,
        } => {
            let lang = crate::lang();
            if include == exclude {
                return Err(Failure::Usage(msg(lang, "cli-include-or-exclude")));
            }
            change(out, ds, ws, id, |d| {
                let i = d.section_index(ds, &section).map_err(usage)?;
                let item = d.sections[i]
                    .items
                    .iter_mut()
                    .find(|x| x.commitment == commitment.trim())
                    .ok_or_else(|| {
                        Failure::Usage(tr(
                            lang,
                            "cli-not-in-section",
                            &[
                                ("commitment", Arg::Str(&commitment)),
                                ("section", Arg::Str(&section)),
                            ],
                        ))
                    })?;
                item.include_annotation = include;
                Ok(())
            })
        }
        BriefCommand::Duplicate { id, title } => {
            let b = ws
                .duplicate_brief(id, title.as_deref(), false)
                .map_err(store)?;
            crate::confirm_failure(report(out, ds, ws, &b, "created", false))
        }
        BriefCommand::SaveTemplate { id, title } => {
            let b = ws
                .duplicate_brief(id, title.as_deref(), true)
                .map_err(store)?;
            crate::confirm_failure(report(out, ds, ws, &b, "template", false))
        }
        BriefCommand::Delete { id } => {
            let lang = crate::lang();
            ws.delete_brief(id).map_err(store)?;
            let id = id.to_string();
            crate::confirm(writeln!(
                out,
                "{}",
                tr(lang, "cli-brief-deleted", &[("id", Arg::Str(&id))])
            ))
        }
        BriefCommand::History { id, json } => {
            let lang = crate::lang();
            let revisions = ws.brief_history(id).map_err(store)?;
            if json {
                print_json(out, &output::BriefHistoryOut::new(revisions))?;
            } else {
                let rows: Vec<Vec<String>> = revisions
                    .iter()
                    .map(|r| {
                        vec![
                            format!("{} {:>5}", if r.current { "▶" } else { " " }, r.id),
                            i18n::date_time(lang, &r.updated_at),
                            r.origin.clone(),
                            r.doc.as_ref().map_or_else(
                                || msg(lang, "cli-brief-deleted-mark"),
                                |d| d.title.clone(),
                            ),
                        ]
                    })
                    .collect();
                term::table(out, &rows)?;
            }
            Ok(())
        }
        BriefCommand::Restore { id, revision } => {
            let b = ws.restore_brief(id, revision).map_err(store)?;
            crate::confirm_failure(report(out, ds, ws, &b, "restored", false))
        }
    }
}

/// `briefdesk brief show ID`: the brief's cover and its sections in order.
fn outline(out: &mut impl Write, ds: &Dataset, b: &Brief, v: &BriefView) -> std::io::Result<()> {
    let lang = v.lang;
    let id = b.id.to_string();
    writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-outline-title",
            &[("id", Arg::Str(&id)), ("title", Arg::Str(&v.title))],
        )
    )?;
    for (label, value) in [
        ("cli-outline-meeting", v.meeting.clone()),
        ("cli-outline-date", v.date_label.clone()),
        ("cli-outline-author", Some(v.author.clone())),
        ("cli-outline-audience", Some(v.audience.clone())),
        ("cli-outline-marking", Some(v.marking.clone())),
    ] {
        if let Some(value) = value.filter(|s| !s.trim().is_empty()) {
            writeln!(out, "{}{value}", i18n::label_head(lang, &msg(lang, label)))?;
        }
    }
    for (i, s) in v.sections.iter().enumerate() {
        writeln!(out)?;
        let heading = if s.sector_missing {
            tr(
                lang,
                "cli-outline-sector-missing",
                &[("heading", Arg::Str(&s.heading))],
            )
        } else {
            s.heading.clone()
        };
        writeln!(out, "{}. {heading}", i + 1)?;
        if let Some(since) = &s.since {
            match &since.meeting {
                Some(m) => {
                    let n: usize = since.sectors.iter().map(|x| x.added.len()).sum();
                    let meeting = ds.meeting(&m.id).map_or_else(
                        || m.title.clone(),
                        |meeting| i18n::meeting_title(lang, meeting),
                    );
                    let commitments = count(lang, "count-commitments", n as u64);
                    let sectors = count(lang, "cli-count-sectors", since.sectors.len() as u64);
                    writeln!(
                        out,
                        "   {}",
                        tr(
                            lang,
                            "cli-outline-since",
                            &[
                                ("meeting", Arg::Str(&meeting)),
                                ("commitments", Arg::Str(&commitments)),
                                ("sectors", Arg::Str(&sectors)),
                            ],
                        )
                    )?;
                }
                None => writeln!(out, "   {}", msg(lang, "cli-outline-since-none"))?,
            }
        }
        if !s.background.trim().is_empty() {
            // Characters, not words: a Japanese paragraph has no spaces.
            let characters = count(
                lang,
                "cli-count-characters",
                s.background.trim().chars().count() as u64,
            );
            writeln!(
                out,
                "   {}",
                tr(
                    lang,
                    "cli-outline-background",
                    &[("characters", Arg::Str(&characters))],
                )
            )?;
        }
        for p in &s.talking_points {
            writeln!(
                out,
                "   • {}",
                p.split_whitespace().collect::<Vec<_>>().join(" ")
            )?;
        }
        for (j, it) in s.items.iter().enumerate() {
            let title = if it.missing {
                msg(lang, "cli-outline-item-missing")
            } else {
                it.title.clone().unwrap_or_default()
            };
            let line = if it.annotation.is_some() {
                tr(
                    lang,
                    "cli-outline-item-note",
                    &[("title", Arg::Str(&title))],
                )
            } else {
                title
            };
            writeln!(
                out,
                "   {:>2}. {} {line}",
                j + 1,
                term::pad(&it.commitment, 8)
            )?;
        }
    }
    Ok(())
}

/// `briefdesk export ID -o FILE [--format md|pdf|docx] [--date D] [--draft] [--no-annotations]`
/// and `briefdesk export --sector S -o FILE [--notes] …`.
pub fn export(
    out: &mut impl Write,
    ds: &Dataset,
    ws: &Workspace,
    args: ExportArgs,
) -> Result<(), Failure> {
    let lang = crate::lang();
    let path = args.output.display().to_string();
    let format = match args.format {
        Some(Format::Md) => ExportFormat::Markdown,
        Some(Format::Pdf) => ExportFormat::Pdf,
        Some(Format::Docx) => ExportFormat::Docx,
        None => ExportFormat::from_path(&args.output).ok_or_else(|| {
            Failure::Usage(tr(
                lang,
                "cli-export-format-unknown",
                &[("path", Arg::Str(&path))],
            ))
        })?,
    };
    let date = match &args.date {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| not_a_date(lang, "--date", d, false))?,
        None => chrono::Local::now().date_naive(),
    };
    if args.notes && args.sector.is_none() {
        return Err(Failure::Usage(msg(lang, "cli-export-notes-quick-only")));
    }
    let (what, doc) = match (args.id, &args.sector) {
        (Some(id), _) => {
            let number = id.to_string();
            (
                tr(lang, "cli-export-brief", &[("id", Arg::Str(&number))]),
                ws.brief(id).map_err(store)?.doc,
            )
        }
        (None, Some(sector)) => {
            let doc = brief::quick(ds, sector, args.notes, lang).map_err(usage)?;
            // The sector as the record names it in the run's language, not as typed.
            let name = ds
                .resolve_sector(sector)
                .map(|s| briefdesk_core::i18n::sector_name(lang, s))
                .unwrap_or_else(|_| sector.clone());
            (
                tr(lang, "cli-export-quick", &[("sector", Arg::Str(&name))]),
                doc,
            )
        }
        (None, None) => return Err(Failure::Usage(msg(lang, "cli-export-id-or-sector"))),
    };
    // The target is checked, and its temporary file created, before the
    // brief is rendered: a folder that cannot be written fails at once.
    let target = WriteTarget::prepare(&args.output).map_err(|e| Failure::Store(e.into()))?;
    let view = view_of(ds, ws, &doc, lang).map_err(store)?;
    let opts = ExportOptions {
        format,
        date: Some(date),
        draft: args.draft,
        annotations: !args.no_annotations,
        lang: Some(lang),
    };
    let bytes = render_export(view, &opts).map_err(|e| Failure::Usage(e.message))?;
    target
        .commit(&bytes)
        .map_err(|e| Failure::Store(e.into()))?;
    crate::confirm(writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-export-written",
            &[("what", Arg::Str(&what)), ("path", Arg::Str(&path))],
        )
    ))
}
