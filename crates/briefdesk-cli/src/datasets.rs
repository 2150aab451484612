//! `briefdesk dataset …`: releases of the record — import one (verified,
//! validated in full, the change report printed, applied atomically), go
//! back to an installed one, list them, build and sign one from your
//! record, trust a publisher's key, make a key pair. Adapters over
//! `briefdesk_core::release`.

use std::io::Write;
use std::path::PathBuf;

use briefdesk_core::i18n::{count, tr, Arg, Lang};
use briefdesk_core::model::Keyword;
use briefdesk_core::record::EntryStatus;
use briefdesk_core::release::{
    self, in_use, BuildOptions, ChangeReport, ReleaseError, ReleaseInfo, Trust,
};
use briefdesk_core::store::Workspace;
use chrono::NaiveDate;
use clap::Subcommand;
use schemars::JsonSchema;
use serde::Serialize;

use crate::{output, print_json, Failure};

#[derive(Subcommand)]
pub enum DatasetCommand {
    /// Import a release of the record: checks its signature and every rule,
    /// prints the change report, then applies it in one step (the release
    /// in use stays installed; `dataset use` goes back).
    Import {
        /// The release file (its signature is FILE.minisig).
        file: PathBuf,
        /// Import a release that is not signed by a key you trust (unsigned,
        /// signed by another key, or whose signature does not match).
        #[arg(long)]
        accept_unverified: bool,
        /// Retire your own records and corrections the release covers.
        #[arg(long)]
        retire_covered: bool,
        /// Print the change report only; apply nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Use an installed release (or the built-in one) from now on.
    Use {
        /// The release's dataset version (see `briefdesk dataset releases`).
        version: String,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the installed releases; marks the one in use.
    Releases {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make a release of the record as you have it (the release in use with
    /// your own records and corrections folded in), signed with KEYFILE.
    Build {
        /// The release file to write; its signature goes to FILE.minisig.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// A minisign secret key (password in BRIEFDESK_KEY_PASSWORD if it has one).
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
        /// The release's dataset version (default: the one in use + `.` the date).
        #[arg(long = "dataset-version", value_name = "VERSION")]
        dataset_version: Option<String>,
        /// Who publishes it (default: your name).
        #[arg(long)]
        publisher: Option<String>,
        /// The release date (YYYY-MM-DD, default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Trust a publisher's public key (a minisign .pub file) to sign releases.
    Trust {
        /// The public key file.
        key: PathBuf,
        /// Whose key it is (default: its file name).
        #[arg(long)]
        name: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Make a key pair to sign releases: FILE (secret, keep it safe) and FILE.pub.
    Keygen {
        /// The secret key file to write; the public key goes to FILE.pub.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

impl DatasetCommand {
    pub fn reads_only(&self) -> bool {
        matches!(
            self,
            DatasetCommand::Releases { .. } | DatasetCommand::Build { .. }
        )
    }

    pub fn needs_workspace(&self) -> bool {
        !matches!(self, DatasetCommand::Keygen { .. })
    }
}

/// One release as `dataset releases` lists it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Listed {
    #[serde(flatten)]
    pub info: ReleaseInfo,
    /// Built into the program.
    pub built_in: bool,
    /// The one the record is on now.
    pub in_use: bool,
    /// The installed file (`null`: the built-in one).
    pub path: Option<String>,
}

/// What `dataset import` did.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Imported {
    /// What applying the release changes.
    pub report: ChangeReport,
    /// Whether it was applied (false with --dry-run).
    pub applied: bool,
    /// Your entries retired because the release covers them (--retire-covered).
    pub retired: Vec<String>,
}

fn l() -> Lang {
    crate::lang()
}

fn s(v: &str) -> Arg<'_> {
    Arg::Str(v)
}

pub fn release_failure(e: ReleaseError) -> Failure {
    Failure::Release(e)
}

fn import_failure(e: in_use::ImportError) -> Failure {
    match e {
        in_use::ImportError::Release(e) => Failure::Release(e),
        in_use::ImportError::Store(e) => Failure::Store(e),
    }
}

fn trust_words(t: &Trust) -> String {
    let lang = l();
    match t {
        Trust::BuiltIn => tr(lang, "cli-release-built-in", &[]),
        Trust::Signed { key_id, key_name } => tr(
            lang,
            "cli-release-signed",
            &[("key", s(key_id)), ("name", s(key_name))],
        ),
        Trust::Accepted { .. } => tr(lang, "cli-release-accepted", &[]),
        Trust::Folder { path } => tr(lang, "cli-release-folder", &[("path", s(path))]),
    }
}

pub fn run(
    out: &mut impl Write,
    data: &Option<PathBuf>,
    ws: Option<&mut Workspace>,
    author: &str,
    command: DatasetCommand,
) -> Result<(), Failure> {
    let lang = l();
    if let DatasetCommand::Keygen { output } = &command {
        let (sk, pk) =
            release::generate_key_pair("Briefdesk release signing key").map_err(Failure::Usage)?;
        let pub_path = {
            let mut p = output.as_os_str().to_owned();
            p.push(".pub");
            PathBuf::from(p)
        };
        let secret = briefdesk_core::files::WriteTarget::prepare(output)
            .map_err(|e| Failure::Store(e.into()))?;
        let public = briefdesk_core::files::WriteTarget::prepare(&pub_path)
            .map_err(|e| Failure::Store(e.into()))?;
        secret
            .commit(sk.as_bytes())
            .map_err(|e| Failure::Store(e.into()))?;
        restrict(output);
        public
            .commit(pk.as_bytes())
            .map_err(|e| Failure::Store(e.into()))?;
        return crate::confirm(writeln!(
            out,
            "{}",
            tr(
                lang,
                "cli-keygen-done",
                &[
                    ("secret", s(&output.display().to_string())),
                    ("public", s(&pub_path.display().to_string()))
                ]
            )
        ));
    }
    let ws = ws.ok_or_else(|| Failure::Usage(tr(lang, "cli-dataset-no-workspace", &[])))?;
    match command {
        DatasetCommand::Keygen { .. } => unreachable!("handled above"),
        DatasetCommand::Import {
            file,
            accept_unverified,
            retire_covered,
            dry_run,
            json,
        } => {
            if data.is_some() {
                return Err(Failure::Usage(tr(lang, "cli-dataset-import-data", &[])));
            }
            let current = crate::records::in_use(data, Some(ws))?;
            let prepared =
                in_use::prepare(&file, ws, &current, accept_unverified).map_err(import_failure)?;
            let retired = if dry_run {
                Vec::new()
            } else {
                in_use::apply(&prepared, ws, retire_covered, author).map_err(import_failure)?
            };
            let result = Imported {
                report: prepared.report,
                applied: !dry_run,
                retired,
            };
            let printed = (|| {
                if json {
                    return print_json(out, &output::ImportReleaseOut::new(result));
                }
                print_report(out, &result.report)?;
                if result.applied {
                    writeln!(
                        out,
                        "{}",
                        tr(
                            lang,
                            "cli-release-applied",
                            &[("version", s(&result.report.to.dataset_version))]
                        )
                    )?;
                } else {
                    writeln!(out, "{}", tr(lang, "cli-release-dry-run", &[]))?;
                }
                for k in &result.retired {
                    writeln!(
                        out,
                        "  {}",
                        tr(lang, "cli-record-removed", &[("key", s(k))])
                    )?;
                }
                Ok(())
            })();
            if dry_run {
                printed.map_err(Failure::Io)
            } else {
                crate::confirm(printed)
            }
        }
        DatasetCommand::Use { version, json } => {
            let r = in_use::use_version(ws, version.trim()).map_err(import_failure)?;
            crate::confirm((|| {
                if json {
                    return print_json(out, &output::ReleaseOut::new(r.info.clone()));
                }
                writeln!(
                    out,
                    "{}",
                    tr(
                        lang,
                        "cli-release-in-use",
                        &[
                            ("version", s(&r.info.dataset_version)),
                            ("date", s(&r.info.date)),
                            ("trust", s(&trust_words(&r.info.trust)))
                        ]
                    )
                )
            })())
        }
        DatasetCommand::Releases { json } => {
            let current = crate::records::in_use(data, Some(ws))?;
            let built = release::built_in().map_err(Failure::Invalid)?;
            let installed = release::Installed::beside(ws.path());
            let in_use_version = current.base.info.dataset_version.clone();
            let mut all = vec![Listed {
                in_use: in_use_version == built.info.dataset_version && data.is_none(),
                info: built.info,
                built_in: true,
                path: None,
            }];
            for x in installed.list() {
                all.push(Listed {
                    in_use: x.info.dataset_version == in_use_version && data.is_none(),
                    info: x.info,
                    built_in: false,
                    path: Some(x.path.display().to_string()),
                });
            }
            all.sort_by(|a, b| b.info.date.cmp(&a.info.date));
            if json {
                print_json(out, &output::ReleasesOut::new(all))?;
                return Ok(());
            }
            for x in &all {
                writeln!(
                    out,
                    "{} {:<14} {}  {}  {}",
                    if x.in_use { "▶" } else { " " },
                    x.info.dataset_version,
                    x.info.date,
                    x.info.publisher,
                    trust_words(&x.info.trust)
                )?;
            }
            Ok(())
        }
        DatasetCommand::Build {
            output,
            key,
            dataset_version,
            publisher,
            date,
        } => {
            let current = crate::records::in_use(data, Some(ws))?;
            let date = match date {
                Some(d) => NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                    Failure::Usage(tr(lang, "cli-dataset-bad-date", &[("value", s(&d))]))
                })?,
                None => in_use::today(),
            };
            let version = dataset_version.unwrap_or_else(|| {
                format!(
                    "{}.{}",
                    current.base.info.dataset_version,
                    date.format("%Y%m%d")
                )
            });
            let secret = release::secret_key(&key, std::env::var("BRIEFDESK_KEY_PASSWORD").ok())
                .map_err(release_failure)?;
            let opts = BuildOptions {
                dataset_version: version.clone(),
                date,
                publisher: publisher.unwrap_or_else(|| author.to_owned()),
            };
            let bytes = release::release_bytes(current.dataset(), &opts).map_err(Failure::Usage)?;
            let signature = release::sign(&bytes, &secret, &version).map_err(Failure::Usage)?;
            release::write(&output, &bytes, &signature).map_err(|e| Failure::Store(e.into()))?;
            crate::confirm(writeln!(
                out,
                "{}",
                tr(
                    lang,
                    "cli-release-built",
                    &[
                        ("version", s(&version)),
                        ("file", s(&output.display().to_string())),
                        (
                            "signature",
                            s(&release::signature_path(&output).display().to_string())
                        )
                    ]
                )
            ))
        }
        DatasetCommand::Trust { key, name, json } => {
            let bytes = briefdesk_core::files::read_regular(&key, 64 << 10)
                .map_err(|e| Failure::Store(e.into()))?;
            let name = name.unwrap_or_else(|| {
                key.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            let parsed =
                release::Key::parse(&String::from_utf8_lossy(&bytes), &name).map_err(|detail| {
                    Failure::Release(ReleaseError::Key {
                        path: key.clone(),
                        detail,
                    })
                })?;
            let trusted = ws
                .trust_key(&parsed.key_id, &parsed.base64, &name)
                .map_err(Failure::Store)?;
            crate::confirm((|| {
                if json {
                    return print_json(out, &output::TrustOut::new(trusted.clone()));
                }
                writeln!(
                    out,
                    "{}",
                    tr(
                        lang,
                        "cli-release-trusted",
                        &[("key", s(&trusted.key_id)), ("name", s(&trusted.comment))]
                    )
                )
            })())
        }
    }
}

/// Only the owner may read a secret key.
fn restrict(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

fn print_report(out: &mut impl Write, r: &ChangeReport) -> std::io::Result<()> {
    let lang = l();
    writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-report-head",
            &[
                ("from", s(&r.from.dataset_version)),
                ("to", s(&r.to.dataset_version)),
                ("date", s(&r.to.date)),
                ("publisher", s(&r.to.publisher)),
                ("trust", s(&trust_words(&r.to.trust))),
            ]
        )
    )?;
    writeln!(
        out,
        "  {}",
        count(lang, "cli-report-added", (r.added.len()) as u64)
    )?;
    for x in r.added.iter().take(50) {
        writeln!(out, "    + {} {}  {}", x.kind.keyword(), x.id, x.title)?;
    }
    if r.added.len() > 50 {
        writeln!(
            out,
            "    {}",
            count(lang, "cli-report-more", (r.added.len() - 50) as u64)
        )?;
    }
    writeln!(
        out,
        "  {}",
        count(lang, "cli-report-removed", (r.removed.len()) as u64)
    )?;
    for x in &r.removed {
        writeln!(out, "    − {} {}  {}", x.kind.keyword(), x.id, x.title)?;
    }
    writeln!(
        out,
        "  {}",
        count(lang, "cli-report-changed", (r.changed.len()) as u64)
    )?;
    for x in r.changed.iter().take(200) {
        writeln!(out, "    ~ {} {}  {}", x.kind.keyword(), x.id, x.title)?;
        for f in &x.fields {
            writeln!(
                out,
                "        {}: {} → {}",
                f.field,
                short(&f.before),
                short(&f.after)
            )?;
        }
    }
    let covered = count(lang, "cli-report-covered", r.covered.len() as u64);
    entries(out, &covered, &r.covered)?;
    let unfit = count(lang, "cli-report-unfit", r.unfit.len() as u64);
    entries(out, &unfit, &r.unfit)?;
    if !r.orphaned_annotations.is_empty() {
        writeln!(
            out,
            "  {}",
            tr(
                lang,
                "cli-report-orphaned-notes",
                &[("ids", s(&r.orphaned_annotations.join(", ")))]
            )
        )?;
    }
    for b in &r.orphaned_brief_items {
        writeln!(
            out,
            "  {}",
            tr(
                lang,
                "cli-report-orphaned-item",
                &[
                    ("id", s(&b.commitment)),
                    ("brief", s(&b.brief.to_string())),
                    ("title", s(&b.title))
                ]
            )
        )?;
    }
    Ok(())
}

/// A value on one line, cut to a readable length.
/// `head`, then each entry by its first problem (or its key); nothing when
/// there is no entry.
fn entries(out: &mut impl Write, head: &str, list: &[EntryStatus]) -> std::io::Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {head}")?;
    for c in list {
        let first = c.problems.first().map(ToString::to_string);
        writeln!(out, "    {}", first.unwrap_or_else(|| c.key.clone()))?;
    }
    Ok(())
}

fn short(v: &serde_json::Value) -> String {
    let t = match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "—".into(),
        other => other.to_string(),
    };
    if t.chars().count() > 70 {
        format!("{}…", t.chars().take(69).collect::<String>())
    } else {
        t
    }
}
