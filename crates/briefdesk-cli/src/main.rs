//! `briefdesk`: the command-line face of the Briefdesk core. Every command
//! is a thin adapter: parse arguments, ask the core, print the answer.
//!
//! Exit codes: 0 success; 1 the dataset is invalid, a requested record
//! does not exist, or there is nothing (of yours) to undo or redo; 2 bad
//! usage (unknown option, sector or meeting, a value out of bounds); 3 a
//! file could not be read or written: the workspace, a bundle, an export,
//! the output (the message names the file and the cause); 4 the team's
//! server could not be reached (nothing is lost: the next sync sends it).
//! Team sync: 1 the server refused (its schema, a permission), 2 a URL it
//! cannot use or no password. A change that committed exits 0 even when
//! its confirmation cannot be printed.

// Loading a large dataset allocates many small strings: mimalloc is much
// faster at that than the system allocator (see the load benchmark).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod annotate;
mod brief;
mod datasets;
mod filters;
mod help;
mod output;
mod records;
mod render;
mod search;
mod team;
mod term;
mod usage_error;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use briefdesk_core::i18n::{count, msg, tr, Arg, Lang};
use briefdesk_core::model::Keyword;
use briefdesk_core::{view, Dataset, Problems};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "briefdesk",
    version,
    about = "The EU–Japan Digital Partnership record, from the command line",
    long_about = "The EU–Japan Digital Partnership record, from the command line.\n\n\
                  Reads the dataset built into this program, or the one in --data DIR."
)]
struct Cli {
    /// Read the dataset from this folder instead of the one built in.
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,

    /// The workspace file holding your annotations (default: the desktop
    /// app's own, so the CLI and the app share it).
    #[arg(long, global = true, value_name = "PATH")]
    workspace: Option<PathBuf>,

    /// The author session your changes are recorded as, whose changes
    /// `undo` and `redo` walk (default: $BRIEFDESK_SESSION, else one per
    /// terminal session).
    #[arg(long, global = true, value_name = "NAME")]
    session: Option<String>,

    /// The language of what is printed and of exports: en, it or ja
    /// (default: BRIEFDESK_LANG, else English).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    /// The name your own records and corrections are recorded under
    /// (default: $BRIEFDESK_AUTHOR, else your account's full name).
    #[arg(long, global = true, value_name = "NAME")]
    author: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the dataset; list every problem found (exit 1 if any).
    Validate {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the sectors with their number of commitments.
    Sectors {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the meetings, launch to the latest council.
    Meetings {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List commitments in council order, optionally filtered.
    List {
        #[command(flatten)]
        filters: filters::FilterArgs,
        /// Words that must all appear (any case) in the id, title, summary,
        /// actors, sectors or meeting.
        #[arg(long, value_name = "WORDS")]
        text: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write or change your annotation of a commitment (a new revision; undoable).
    Annotate {
        /// Commitment id, e.g. C2-08.
        id: String,
        #[command(flatten)]
        edit: annotate::Edit,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every version of a commitment's annotation, newest first.
    History {
        /// Commitment id, e.g. C2-08.
        id: String,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make an earlier version of an annotation current again (undoable).
    Restore {
        /// Commitment id, e.g. C2-08.
        id: String,
        /// Revision number (see `briefdesk history ID`).
        revision: i64,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Undo your last change (of this terminal session, or --session):
    /// never someone else's.
    Undo {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Redo the change undone last.
    Redo {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export every annotation with its full history to a JSON bundle.
    ExportAnnotations {
        /// The bundle to write (replaced atomically).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Merge a colleague's bundle: both sides' versions are kept, the newest
    /// becomes current; prints what changed.
    ImportAnnotations {
        /// The bundle to read.
        file: PathBuf,
        /// Import a bundle made against another dataset version (refused
        /// without this flag).
        #[arg(long)]
        accept_other_dataset: bool,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List your annotations; flags those whose commitment left the dataset.
    Annotations {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one commitment or context item in full: sources, lineage, conflicts.
    Show {
        /// Commitment id, e.g. C2-08.
        id: String,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Assemble briefing notes: new, quick, list, show, sections, commitments…
    #[command(subcommand)]
    Brief(brief::BriefCommand),
    /// Export a brief (or a quick brief of a sector) to Markdown, PDF or Word (DOCX).
    Export(brief::ExportArgs),
    /// Your own records and corrections of the record: add, correct, list,
    /// show, remove, history, restore.
    #[command(subcommand)]
    Record(records::RecordCommand),
    /// Releases of the record: import, use, releases, build, trust, keygen.
    #[command(subcommand)]
    Dataset(datasets::DatasetCommand),
    /// Sync with your team through its PostgreSQL server: init, join, sync, status, leave.
    #[command(subcommand)]
    Team(team::TeamCommand),
    /// Search commitments and your annotations (notes, tags), best first.
    Search {
        /// Words that must all appear; matched ignoring case and accents.
        query: String,
        #[command(flatten)]
        options: search::Options,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn keyword_parser<T: Keyword>() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(T::ALL.iter().map(|v| v.keyword()))
}

/// A command's failure: what to print and how to exit.
pub(crate) enum Failure {
    Invalid(Problems),
    Store(briefdesk_core::store::StoreError),
    NotFound(String),
    Usage(String),
    /// Your records or corrections break a rule: every problem, nothing saved.
    Refused(Vec<briefdesk_core::record::RecordProblem>),
    /// A release was refused (or could not be made).
    Release(briefdesk_core::release::ReleaseError),
    /// Team sync failed (the server, its schema, the URL, a password).
    Team(briefdesk_team::TeamError),
    /// Writing the command's output failed.
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

/// The exit code of a workspace error (see the module).
fn store_code(e: &briefdesk_core::store::StoreError) -> u8 {
    use briefdesk_core::store::StoreError as E;
    match e {
        E::NotFound(_) | E::Nothing(_) | E::Conflict(_) => 1,
        E::Invalid(_) | E::NeedsConfirmation(_) => 2,
        E::NotAWorkspace { .. }
        | E::Corrupt { .. }
        | E::Newer { .. }
        | E::Open { .. }
        | E::Busy { .. }
        | E::Database { .. }
        | E::File(_)
        | E::Bundle { .. }
        | E::Sqlite(_) => 3,
    }
}

/// After a change committed: print its confirmation, and if that fails
/// (`> /dev/full`, a closed pipe) say so on stderr but still succeed — the
/// change is saved, and a script must not think otherwise.
pub(crate) fn confirm(printed: io::Result<()>) -> Result<(), Failure> {
    if let Err(e) = printed {
        if e.kind() != io::ErrorKind::BrokenPipe {
            let lang = lang();
            let cause = briefdesk_core::files::io_cause(&e);
            let _ = writeln!(
                io::stderr(),
                "{}",
                tr(
                    lang,
                    "cli-warning",
                    &[(
                        "message",
                        Arg::Str(&tr(
                            lang,
                            "cli-not-confirmed",
                            &[("cause", Arg::Str(&cause))]
                        ))
                    )],
                )
            );
        }
    }
    Ok(())
}

/// "error: …" in the language of the run.
fn error_line(message: &str) -> String {
    let lang = lang();
    tr(lang, "cli-error", &[("message", Arg::Str(message))])
}

/// [`confirm`] for a report that may fail other than by printing.
pub(crate) fn confirm_failure(printed: Result<(), Failure>) -> Result<(), Failure> {
    match printed {
        Err(Failure::Io(e)) => confirm(Err(e)),
        other => other,
    }
}

/// The language `--lang` or `BRIEFDESK_LANG` asks for, read before the
/// arguments are parsed (the help and clap's own errors are in it):
/// `--lang X` or `--lang=X` before any `--`; an unknown one counts as not
/// given here (parsing then reports it).
fn requested_lang(args: impl IntoIterator<Item = std::ffi::OsString>) -> Lang {
    let mut args = args.into_iter().skip(1);
    while let Some(a) = args.next() {
        let a = a.to_string_lossy();
        let value = match a.as_ref() {
            "--" => break,
            "--lang" => args.next().map(|v| v.to_string_lossy().into_owned()),
            _ => a.strip_prefix("--lang=").map(str::to_owned),
        };
        if let Some(value) = value {
            return value.parse().unwrap_or_else(|_| Lang::from_env());
        }
    }
    Lang::from_env()
}

fn main() -> ExitCode {
    let requested = requested_lang(std::env::args_os());
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) if requested == Lang::En => e.exit(),
        // The help, the version or a usage error: the same arguments again
        // through the tree in the user's language, for its words (a run
        // that parses pays nothing for them).
        Err(_) => match help::localized(Cli::command(), requested).try_get_matches() {
            Ok(m) => m,
            Err(e) => usage_error::exit(e, requested),
        },
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // The language of the run: the parsed --lang (the same as read above
    // when it is one of ours), else BRIEFDESK_LANG, else English.
    let chosen = cli.lang.as_deref().map(str::parse::<Lang>).transpose();
    let _ = LANG.set(chosen.clone().ok().flatten().unwrap_or(requested));
    let workspace = cli
        .workspace
        .clone()
        .or_else(briefdesk_core::store::default_path);
    let lang = lang();
    let result = match chosen {
        Ok(_) => run(cli),
        Err(_) => Err(Failure::Usage(tr(
            lang,
            "cli-error-lang",
            &[("value", Arg::Str(cli.lang.as_deref().unwrap_or("")))],
        ))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(problems)) => {
            let mut err = io::stderr().lock();
            for p in &problems.0 {
                let _ = writeln!(err, "{p}");
            }
            let n = count(lang, "cli-count-problems", problems.0.len() as u64);
            let _ = writeln!(err, "{}", error_line(&n));
            ExitCode::from(1)
        }
        Err(Failure::Store(e) | Failure::Team(briefdesk_team::TeamError::Store(e))) => {
            let e = match &workspace {
                Some(path) => e.located(path),
                None => e,
            };
            eprintln!("{}", error_line(&e.to_string()));
            ExitCode::from(store_code(&e))
        }
        Err(Failure::NotFound(msg)) => {
            eprintln!("{}", error_line(&msg));
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("{}", error_line(&msg));
            ExitCode::from(2)
        }
        Err(Failure::Refused(problems)) => {
            let mut err = io::stderr().lock();
            for p in &problems {
                let _ = writeln!(err, "{p}");
            }
            let refused = briefdesk_core::record::Refused(problems.clone()).to_string();
            let headline = refused.lines().next().unwrap_or_default();
            let _ = writeln!(err, "{}", error_line(headline));
            ExitCode::from(1)
        }
        Err(Failure::Release(e)) => {
            use briefdesk_core::release::ReleaseError as R;
            let mut err = io::stderr().lock();
            if let R::Invalid { problems, .. } = &e {
                for p in &problems.0 {
                    let _ = writeln!(err, "{p}");
                }
            }
            let _ = writeln!(err, "{}", error_line(&e.to_string()));
            ExitCode::from(match e {
                R::File(_) | R::Key { .. } => 3,
                _ => 1,
            })
        }
        Err(Failure::Team(e)) => {
            use briefdesk_team::TeamError as T;
            eprintln!("{}", error_line(&e.to_string()));
            ExitCode::from(match e {
                T::Url(_) | T::PasswordNeeded { .. } => 2,
                T::Connection { .. } => 4,
                _ => 1,
            })
        }
        // A closed pipe (`briefdesk list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            let cause = briefdesk_core::files::io_cause(&e);
            eprintln!(
                "{}",
                error_line(&tr(
                    lang,
                    "cli-error-output",
                    &[("cause", Arg::Str(&cause))]
                ))
            );
            ExitCode::from(3)
        }
    }
}

fn load(data: &Option<PathBuf>) -> Result<Dataset, Problems> {
    match data {
        Some(dir) => Dataset::load_dir(dir),
        None => Dataset::embedded(),
    }
}

/// The language of this run (`--lang`, `BRIEFDESK_LANG`, English), set once
/// the arguments are parsed.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language of what this run prints and exports.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The record a reading command shows: the release in use (or --data)
/// with the workspace's own records and corrections, when it has a
/// workspace already (none is created to read).
fn effective(data: &Option<PathBuf>, workspace: &Option<PathBuf>) -> Result<Dataset, Failure> {
    let ws = records::read_workspace(workspace)?;
    Ok(records::in_use(data, ws.as_ref())?.built.dataset)
}

/// [`effective`] on an open workspace.
fn effective_on(
    data: &Option<PathBuf>,
    ws: &briefdesk_core::store::Workspace,
) -> Result<Dataset, Failure> {
    Ok(records::in_use(data, Some(ws))?.built.dataset)
}

/// The author of this command's own records and corrections.
fn author(given: &Option<String>) -> String {
    given
        .clone()
        .filter(|a| !a.trim().is_empty())
        .map(|a| a.trim().to_owned())
        .unwrap_or_else(briefdesk_core::record::author)
}

fn run(cli: Cli) -> Result<(), Failure> {
    let lang = lang();
    let out = &mut io::stdout().lock();
    let Cli {
        data,
        workspace,
        session,
        author: author_arg,
        command,
        lang: _,
    } = cli;
    match command {
        Command::Validate { json } => {
            let result = load(&data);
            let origin = data.as_ref().map_or_else(
                || msg(lang, "cli-validate-built-in"),
                |d| d.display().to_string(),
            );
            if json {
                let problems = result.as_ref().err().map(|p| p.0.clone());
                print_json(out, &output::Validation::new(problems.unwrap_or_default()))?;
            } else {
                match &result {
                    Ok(ds) => writeln!(out, "{}", render::summary(lang, ds, &origin))?,
                    Err(problems) => {
                        for p in &problems.0 {
                            writeln!(out, "{p}")?;
                        }
                        let n = count(lang, "cli-count-problems", problems.0.len() as u64);
                        writeln!(
                            out,
                            "{}",
                            tr(
                                lang,
                                "cli-validate-problems",
                                &[("problems", Arg::Str(&n)), ("origin", Arg::Str(&origin))],
                            )
                        )?;
                    }
                }
            }
            out.flush()?;
            if result.is_err() {
                // Reported above on stdout; exit 1 without repeating it.
                std::process::exit(1);
            }
            Ok(())
        }
        Command::Sectors { json } => {
            let ds = effective(&data, &workspace)?;
            let sectors = view::sectors(&ds);
            if json {
                print_json(out, &output::Sectors::new(sectors))?;
            } else {
                render::sectors(out, lang, &ds, &sectors)?;
            }
            Ok(())
        }
        Command::Meetings { json } => {
            let ds = effective(&data, &workspace)?;
            let meetings = view::meetings(&ds);
            if json {
                print_json(out, &output::Meetings::new(meetings))?;
            } else {
                render::meetings(out, lang, &ds, &meetings)?;
            }
            Ok(())
        }
        Command::List {
            filters,
            text,
            json,
        } => {
            let ds = effective(&data, &workspace)?;
            let filter = filters.filter(&ds, text)?;
            let annotations = if filter.tag.is_some() || filter.user_status.is_some() {
                annotate::open_read_only(&workspace)?
                    .annotations()
                    .map_err(Failure::Store)?
                    .into_iter()
                    .map(|a| (a.commitment, a.fields))
                    .collect()
            } else {
                Default::default()
            };
            let items = view::list_annotated(&ds, &filter, &annotations);
            if json {
                print_json(out, &output::List::new(items))?;
            } else {
                render::list(out, lang, &items)?;
            }
            Ok(())
        }
        Command::Annotate { id, edit, json } => {
            let mut ws = annotate::open(&workspace, &session)?;
            let ds = records::in_use(&data, Some(&ws))?.built.dataset;
            annotate::annotate(out, &ds, &mut ws, id.trim(), edit, json)
        }
        Command::History { id, json } => {
            annotate::history(out, &annotate::open_read_only(&workspace)?, id.trim(), json)
        }
        Command::Restore { id, revision, json } => {
            let mut ws = annotate::open(&workspace, &session)?;
            annotate::restore(out, &mut ws, id.trim(), revision, json)
        }
        Command::Undo { json } => {
            annotate::step(out, &mut annotate::open(&workspace, &session)?, true, json)
        }
        Command::Redo { json } => {
            annotate::step(out, &mut annotate::open(&workspace, &session)?, false, json)
        }
        Command::ExportAnnotations { output } => {
            let ws = annotate::open_read_only(&workspace)?;
            let ds = records::in_use(&data, Some(&ws))?.built.dataset;
            annotate::export(out, &ds, &ws, &output)
        }
        Command::ImportAnnotations {
            file,
            accept_other_dataset,
            json,
        } => {
            let mut ws = annotate::open(&workspace, &session)?;
            let ds = records::in_use(&data, Some(&ws))?.built.dataset;
            annotate::import(out, &ds, &mut ws, &file, accept_other_dataset, json)
        }
        Command::Annotations { json } => {
            let ws = annotate::open_read_only(&workspace)?;
            let ds = records::in_use(&data, Some(&ws))?.built.dataset;
            annotate::list(out, &ds, &ws, json)
        }
        Command::Search {
            query,
            options,
            json,
        } => {
            let mut ws = annotate::open(&workspace, &session)?;
            let ds = records::in_use(&data, Some(&ws))?.built.dataset;
            search::run(out, &ds, &mut ws, &query, options, json)
        }
        Command::Brief(command) => {
            let mut ws = if command.reads_only() {
                annotate::open_read_only(&workspace)?
            } else {
                annotate::open(&workspace, &session)?
            };
            let ds = effective_on(&data, &ws)?;
            brief::run(out, &ds, &mut ws, command)
        }
        Command::Export(args) => {
            let ws = annotate::open_read_only(&workspace)?;
            let ds = effective_on(&data, &ws)?;
            brief::export(out, &ds, &ws, args)
        }
        Command::Record(command) => {
            let author = author(&author_arg);
            let mut ws = if command.reads_only() {
                annotate::open_read_only(&workspace)?
            } else {
                annotate::open(&workspace, &session)?
            };
            records::run(out, &data, &mut ws, &author, command)
        }
        Command::Dataset(command) => {
            let author = author(&author_arg);
            let mut ws = if !command.needs_workspace() {
                None
            } else if command.reads_only() {
                Some(annotate::open_read_only(&workspace)?)
            } else {
                Some(annotate::open(&workspace, &session)?)
            };
            datasets::run(out, &data, ws.as_mut(), &author, command)
        }
        Command::Team(command) => {
            let mut ws = if !command.needs_workspace() {
                None
            } else if command.reads_only() {
                Some(annotate::open_read_only(&workspace)?)
            } else {
                Some(annotate::open(&workspace, &session)?)
            };
            team::run(out, ws.as_mut(), command)
        }
        Command::Show { id, json } => {
            let ds = effective(&data, &workspace)?;
            let detail = view::detail(&ds, id.trim()).ok_or_else(|| {
                Failure::NotFound(tr(lang, "cli-no-record", &[("id", Arg::Str(&id))]))
            })?;
            if json {
                print_json(out, &output::Show::new(detail))?;
            } else {
                render::detail(out, lang, &ds, &detail)?;
            }
            Ok(())
        }
    }
}

/// JSON output, pretty-printed (see docs/json-output.md).
pub(crate) fn print_json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_read_from_the_arguments_before_they_are_parsed() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            requested_lang(args(&["briefdesk", "--lang", "ja", "list"])),
            Lang::Ja
        );
        assert_eq!(
            requested_lang(args(&["briefdesk", "list", "--lang=it"])),
            Lang::It
        );
        // After `--` it is a value (a search for "--lang"), not the option.
        let after = requested_lang(args(&["briefdesk", "search", "--", "--lang", "ja"]));
        assert_eq!(after, Lang::from_env());
    }
}
