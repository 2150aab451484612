//! `briefdesk team …`: sync this workspace with colleagues' through the
//! organisation's PostgreSQL — `init` (the administrator: schema, team,
//! members), `join`, `sync`, `status`, `leave`. Adapters over
//! `briefdesk_team`; the password comes from PGPASSWORD, the password file
//! or a prompt on the terminal, never from an option or the workspace.

use std::io::{IsTerminal, Write};

use briefdesk_core::i18n::{count, tr, Arg};
use briefdesk_core::store::{Refusal, Workspace};
use briefdesk_team::{Password, SyncReport};
use clap::Subcommand;
use schemars::JsonSchema;
use serde::Serialize;

use crate::{print_json, term, Failure};

#[derive(Subcommand)]
pub enum TeamCommand {
    /// Create or upgrade the team schema on a PostgreSQL server, create a
    /// team and add members (for the administrator; idempotent).
    Init {
        /// The server as a libpq URL: postgres://user@host:5432/database?sslmode=verify-full
        url: String,
        /// The team to create (a server can hold several).
        #[arg(long)]
        team: String,
        /// A server role to add to the team (it must exist); repeat for several.
        #[arg(long = "member", value_name = "ROLE")]
        members: Vec<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Join a team on its server, then sync once.
    Join {
        /// The server as a libpq URL (no password in it).
        url: String,
        /// Which team, when you are a member of several there.
        #[arg(long)]
        team: Option<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Send what the server lacks and take in what colleagues wrote.
    Sync {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The team, the server, the last sync, what is still to send.
    Status {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Stop syncing this workspace (everything stays in it).
    Leave {
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
}

impl TeamCommand {
    pub fn reads_only(&self) -> bool {
        matches!(self, TeamCommand::Status { .. })
    }

    pub fn needs_workspace(&self) -> bool {
        !matches!(self, TeamCommand::Init { .. })
    }
}

/// `team status --json`.
#[derive(Serialize, JsonSchema)]
pub struct StatusOut {
    /// Version of this output format.
    pub format_version: u32,
    /// The team this workspace syncs with (`null`: none).
    pub team: Option<Status>,
}

/// A workspace's team and how its syncing goes.
#[derive(Serialize, JsonSchema)]
pub struct Status {
    /// The server's URL (never with a password).
    pub server: String,
    pub team: String,
    /// The server role this workspace syncs as.
    pub member: String,
    pub joined_at: String,
    /// When the last sync ended well (`null`: never).
    pub last_sync: Option<String>,
    /// Revisions the server does not hold yet.
    pub pending: u64,
    /// Why the last attempt failed (`null`: it did not).
    pub last_error: Option<String>,
    /// Revisions refused by the server or by this workspace.
    pub refused: Vec<Refusal>,
}

/// `team sync --json` (and `team join --json`, with the team).
#[derive(Serialize, JsonSchema)]
pub struct SyncOut {
    /// Version of this output format.
    pub format_version: u32,
    /// The team (`join`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    /// The server role synced as (`join`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    pub sync: SyncReport,
}

/// `team init --json`.
#[derive(Serialize, JsonSchema)]
pub struct InitOut {
    /// Version of this output format.
    pub format_version: u32,
    pub init: briefdesk_team::schema::InitReport,
}

/// `team leave --json`.
#[derive(Serialize, JsonSchema)]
pub struct LeaveOut {
    /// Version of this output format.
    pub format_version: u32,
    /// The team left.
    pub team: String,
    pub server: String,
}

fn fmt_version() -> u32 {
    briefdesk_core::view::FORMAT_VERSION
}

/// Read a password from the terminal, not echoed.
fn prompt(server: &str) -> Option<String> {
    let lang = crate::lang();
    let question = tr(
        lang,
        "cli-team-password-prompt",
        &[("server", Arg::Str(server))],
    );
    rpassword::prompt_password(format!("{question} "))
        .ok()
        .filter(|p| !p.is_empty())
}

fn password<'a>(ask: &'a dyn Fn(&str) -> Option<String>) -> Password<'a> {
    if std::io::stdin().is_terminal() {
        Password::Ask(ask)
    } else {
        Password::None
    }
}

fn print_sync(out: &mut impl Write, r: &SyncReport) -> std::io::Result<()> {
    let lang = crate::lang();
    writeln!(
        out,
        "{}",
        tr(
            lang,
            "cli-team-synced",
            &[
                (
                    "pushed",
                    Arg::Str(&count(lang, "cli-count-revisions", r.pushed as u64))
                ),
                (
                    "pulled",
                    Arg::Str(&count(lang, "cli-count-revisions", r.pulled as u64))
                ),
                (
                    "pending",
                    Arg::Str(&count(lang, "cli-count-revisions", r.pending))
                ),
            ]
        )
    )?;
    if !r.changed.is_empty() {
        writeln!(
            out,
            "{}",
            tr(
                lang,
                "cli-team-changed",
                &[("records", Arg::Str(&r.changed.join(", ")))]
            )
        )?;
    }
    for x in &r.refused {
        print_refusal(out, x)?;
    }
    Ok(())
}

fn print_refusal(out: &mut impl Write, x: &Refusal) -> std::io::Result<()> {
    let lang = crate::lang();
    let line = if x.direction == "push" {
        tr(
            lang,
            "cli-team-refused-push",
            &[("uid", Arg::Str(&x.uid)), ("reason", Arg::Str(&x.reason))],
        )
    } else {
        tr(
            lang,
            "cli-team-refused-pull",
            &[("uid", Arg::Str(&x.uid)), ("reason", Arg::Str(&x.reason))],
        )
    };
    writeln!(out, "{line}")
}

pub fn run(
    out: &mut impl Write,
    ws: Option<&mut Workspace>,
    command: TeamCommand,
) -> Result<(), Failure> {
    let lang = crate::lang();
    let ask = prompt;
    match command {
        TeamCommand::Init {
            url,
            team,
            members,
            json,
        } => {
            let server = briefdesk_team::ServerUrl::parse(&url).map_err(Failure::Team)?;
            let mut client =
                briefdesk_team::connect(&server, password(&ask)).map_err(Failure::Team)?;
            let r = briefdesk_team::schema::init(&mut client, &server.describe(), &team, &members)
                .map_err(Failure::Team)?;
            if json {
                return Ok(print_json(
                    out,
                    &InitOut {
                        format_version: fmt_version(),
                        init: r,
                    },
                )?);
            }
            let added = if r.members_added.is_empty() {
                tr(lang, "cli-none", &[])
            } else {
                r.members_added.join(", ")
            };
            crate::confirm(writeln!(
                out,
                "{}",
                tr(
                    lang,
                    "cli-team-init-done",
                    &[
                        ("server", Arg::Str(&server.describe())),
                        ("version", Arg::Str(&r.version.to_string())),
                        ("team", Arg::Str(&r.team)),
                        ("members", Arg::Str(&added)),
                    ]
                )
            ))
        }
        TeamCommand::Join { url, team, json } => {
            let ws = ws.expect("join opens the workspace");
            let r = briefdesk_team::join(ws, &url, team.as_deref(), password(&ask))
                .map_err(Failure::Team)?;
            if json {
                return Ok(print_json(
                    out,
                    &SyncOut {
                        format_version: fmt_version(),
                        team: Some(r.team),
                        member: Some(r.member),
                        sync: r.sync,
                    },
                )?);
            }
            writeln!(
                out,
                "{}",
                tr(
                    lang,
                    "cli-team-joined",
                    &[("team", Arg::Str(&r.team)), ("member", Arg::Str(&r.member))]
                )
            )?;
            crate::confirm(print_sync(out, &r.sync))
        }
        TeamCommand::Sync { json } => {
            let ws = ws.expect("sync opens the workspace");
            let r = briefdesk_team::sync(ws, password(&ask)).map_err(Failure::Team)?;
            if json {
                return Ok(print_json(
                    out,
                    &SyncOut {
                        format_version: fmt_version(),
                        team: None,
                        member: None,
                        sync: r,
                    },
                )?);
            }
            crate::confirm(print_sync(out, &r))
        }
        TeamCommand::Status { json } => {
            let ws = ws.expect("status opens the workspace");
            let status = match ws.team().map_err(Failure::Store)? {
                Some(l) => Some(Status {
                    pending: ws.team_pending().map_err(Failure::Store)?,
                    server: l.url,
                    team: l.team,
                    member: l.member,
                    joined_at: l.joined_at,
                    last_sync: l.last_sync,
                    last_error: l.last_error,
                    refused: l.refused,
                }),
                None => None,
            };
            if json {
                return Ok(print_json(
                    out,
                    &StatusOut {
                        format_version: fmt_version(),
                        team: status,
                    },
                )?);
            }
            let Some(s) = status else {
                writeln!(out, "{}", tr(lang, "cli-team-status-none", &[]))?;
                return Ok(());
            };
            let never = tr(lang, "cli-team-never", &[]);
            let mut lines = vec![
                (tr(lang, "cli-team-label-server", &[]), s.server.clone()),
                (tr(lang, "cli-team-label-team", &[]), s.team.clone()),
                (tr(lang, "cli-team-label-member", &[]), s.member.clone()),
                (
                    tr(lang, "cli-team-label-last-sync", &[]),
                    s.last_sync.clone().unwrap_or(never),
                ),
                (
                    tr(lang, "cli-team-label-pending", &[]),
                    count(lang, "cli-count-revisions", s.pending),
                ),
            ];
            if let Some(e) = &s.last_error {
                lines.push((tr(lang, "cli-team-label-last-error", &[]), e.clone()));
            }
            if !s.refused.is_empty() {
                lines.push((
                    tr(lang, "cli-team-label-refused", &[]),
                    count(lang, "cli-count-revisions", s.refused.len() as u64),
                ));
            }
            term::labelled(out, "", 0, &lines)?;
            for x in &s.refused {
                print_refusal(out, x)?;
            }
            Ok(())
        }
        TeamCommand::Leave { json } => {
            let ws = ws.expect("leave opens the workspace");
            let l = ws.leave_team().map_err(Failure::Store)?;
            if json {
                return Ok(print_json(
                    out,
                    &LeaveOut {
                        format_version: fmt_version(),
                        team: l.team,
                        server: l.url,
                    },
                )?);
            }
            crate::confirm(writeln!(
                out,
                "{}",
                tr(
                    lang,
                    "cli-team-left",
                    &[("team", Arg::Str(&l.team)), ("server", Arg::Str(&l.url))]
                )
            ))
        }
    }
}
