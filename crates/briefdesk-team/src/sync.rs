//! Push and pull. A sync sends the revisions the server lacks, in batches
//! (`INSERT … ON CONFLICT (uid) DO NOTHING`: idempotent, safe to retry
//! after any failure), then takes in what the workspace lacks, in the
//! server's (transaction id, sequence) order and only below the oldest
//! transaction still running (`pg_snapshot_xmin`): a row whose transaction
//! commits late is taken next time, never skipped; then it sends what taking
//! in made here (merges of a note's fields). Each pulled batch and
//! the cursor after it are one local transaction, so a crash repeats a
//! batch at worst; a repeat changes nothing.
//!
//! Work never waits for the server: the workspace is written first, always,
//! and a sync that cannot reach the server leaves everything to send for
//! the next one.

use briefdesk_core::store::{Applied, Incoming, Refusal, SyncRevision, TeamLink, Workspace};
use postgres::Client;
use serde::Serialize;

use crate::connect::{connect, Password, ServerUrl};
use crate::error::{describe, from_server, TeamError};
use crate::schema;

/// Revisions sent per INSERT.
const PUSH_BATCH: usize = 1000;
/// Rows taken per query (and per local transaction).
const PULL_BATCH: i64 = 5000;

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SyncReport {
    /// Revisions the server took from this workspace.
    pub pushed: u32,
    /// Revisions new to this workspace.
    pub pulled: u32,
    /// Records whose current version is now a colleague's.
    pub changed: Vec<String>,
    /// Revisions refused this time, either way (kept, reported).
    pub refused: Vec<Refusal>,
    /// Revisions still to send (0 after a good sync, unless refused).
    pub pending: u64,
}

/// What joining did.
#[derive(Debug, Clone, Serialize)]
pub struct JoinReport {
    pub team: String,
    pub member: String,
    pub sync: SyncReport,
}

fn err(server: &ServerUrl, e: &postgres::Error) -> TeamError {
    if from_server(e) {
        TeamError::Server {
            server: server.describe(),
            detail: describe(e),
        }
    } else {
        TeamError::Connection {
            server: server.describe(),
            detail: describe(e),
        }
    }
}

/// Join the team at `url` (`team`: which one, when the member is in
/// several) and sync once.
pub fn join(
    ws: &mut Workspace,
    url: &str,
    team: Option<&str>,
    password: Password<'_>,
) -> Result<JoinReport, TeamError> {
    let server = ServerUrl::parse(url)?;
    let mut client = connect(&server, password)?;
    schema::check(&mut client, &server.describe())?;
    let row = client
        .query_one("SELECT current_user::text", &[])
        .map_err(|e| err(&server, &e))?;
    let member: String = row.get(0);
    let teams: Vec<String> = client
        .query(
            "SELECT team FROM briefdesk.member WHERE role = current_user ORDER BY team",
            &[],
        )
        .map_err(|e| err(&server, &e))?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let team = match (team, teams.as_slice()) {
        (Some(t), _) if teams.iter().any(|x| x == t) => t.to_owned(),
        (Some(t), _) => {
            return Err(TeamError::Server {
                server: server.describe(),
                detail: format!(
                "`{member}` is not a member of team `{t}` here{}; the administrator adds you with \
                     `briefdesk team init URL --team {t} --member {member}`",
                if teams.is_empty() {
                    String::new()
                } else {
                    format!(" (your teams: {})", teams.join(", "))
                }
            ),
            })
        }
        (None, [one]) => one.clone(),
        (None, []) => {
            return Err(TeamError::Server {
                server: server.describe(),
                detail: format!(
                    "`{member}` is a member of no team here; the administrator adds you with \
                     `briefdesk team init URL --team NAME --member {member}`"
                ),
            })
        }
        (None, many) => {
            return Err(TeamError::Url(format!(
                "`{member}` is a member of several teams here ({}): say which with --team",
                many.join(", ")
            )))
        }
    };
    ws.join_team(&server.url, &team, &member)?;
    let sync = sync_with(ws, &server, &mut client)?;
    Ok(JoinReport { team, member, sync })
}

/// Sync the workspace with its team's server: push, pull, then push what
/// the pull made. The outcome (a time, or the reason) is written to the
/// workspace for `team status`.
pub fn sync(ws: &mut Workspace, password: Password<'_>) -> Result<SyncReport, TeamError> {
    let link = ws.team()?.ok_or_else(|| {
        TeamError::Store(briefdesk_core::store::StoreError::NotFound(
            "this workspace is in no team: join one first (`briefdesk team join URL`)".into(),
        ))
    })?;
    let server = ServerUrl::parse(&link.url)?;
    let outcome =
        connect(&server, password).and_then(|mut client| sync_with(ws, &server, &mut client));
    match &outcome {
        Ok(_) => ws.team_finished(Ok(()))?,
        Err(TeamError::Store(_)) => {}
        Err(e) => ws.team_finished(Err(e.to_string()))?,
    }
    outcome
}

fn sync_with(
    ws: &mut Workspace,
    server: &ServerUrl,
    client: &mut Client,
) -> Result<SyncReport, TeamError> {
    schema::check(client, &server.describe())?;
    let link = ws.team()?.ok_or_else(|| {
        TeamError::Store(briefdesk_core::store::StoreError::NotFound(
            "this workspace left its team".into(),
        ))
    })?;
    let mut report = SyncReport::default();
    push(ws, server, client, &link, &mut report)?;
    pull(ws, server, client, &link, &mut report)?;
    // What the pull made here (the merge of a note's fields from revisions
    // that met here first) goes out in the same sync: otherwise a colleague
    // who synced before this workspace's next sync would lack it for a
    // round, and the team would need one more round to agree.
    push(ws, server, client, &link, &mut report)?;
    ws.team_finished(Ok(()))?;
    report.pending = ws.team_pending()?;
    Ok(report)
}

fn push(
    ws: &mut Workspace,
    server: &ServerUrl,
    client: &mut Client,
    link: &TeamLink,
    report: &mut SyncReport,
) -> Result<(), TeamError> {
    loop {
        let out: Vec<SyncRevision> = ws.team_outgoing(PUSH_BATCH)?;
        if out.is_empty() {
            return Ok(());
        }
        let uids: Vec<&str> = out.iter().map(|r| r.uid.as_str()).collect();
        let kinds: Vec<&str> = out.iter().map(|r| r.kind.keyword()).collect();
        let targets: Vec<&str> = out.iter().map(|r| r.target.as_str()).collect();
        let payloads: Vec<&str> = out.iter().map(|r| r.payload.as_str()).collect();
        let hashes: Vec<&str> = out.iter().map(|r| r.hash.as_str()).collect();
        let inserted = client
            .query(
                "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
                 SELECT u::uuid, $1, k, t, p, h FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) \
                     AS x(u, k, t, p, h) \
                 ON CONFLICT (uid) DO NOTHING \
                 RETURNING uid::text, author::text, \
                     to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
                &[&link.team, &uids, &kinds, &targets, &payloads, &hashes],
            )
            .map_err(|e| err(server, &e))?;
        let mut held: Vec<(String, String, String)> = inserted
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        report.pushed += held.len() as u32;
        // The rest were there already: the same revision (a repeat), or
        // another one under the same uid (refused, kept here).
        let mut refused = Vec::new();
        if held.len() < out.len() {
            let got: std::collections::HashSet<String> = held.iter().map(|h| h.0.clone()).collect();
            let rest: Vec<&str> = uids.iter().copied().filter(|u| !got.contains(*u)).collect();
            let rows = client
                .query(
                    "SELECT uid::text, content_hash, author::text, \
                         to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), team \
                     FROM briefdesk.revision WHERE uid = ANY($1::text[]::uuid[])",
                    &[&rest],
                )
                .map_err(|e| err(server, &e))?;
            let there: std::collections::HashMap<String, (String, String, String, String)> = rows
                .iter()
                .map(|r| (r.get(0), (r.get(1), r.get(2), r.get(3), r.get(4))))
                .collect();
            for uid in rest {
                let ours = out.iter().find(|r| r.uid == uid).expect("sent from out");
                match there.get(uid) {
                    Some((hash, author, at, team)) if *hash == ours.hash && *team == link.team => {
                        held.push((uid.to_owned(), author.clone(), at.clone()))
                    }
                    Some(_) => refused.push(Refusal {
                        uid: uid.to_owned(),
                        direction: "push".into(),
                        reason: "the server holds another revision with the same uid; it kept its own, this workspace keeps ours".into(),
                    }),
                    None => refused.push(Refusal {
                        uid: uid.to_owned(),
                        direction: "push".into(),
                        reason: "the server holds this uid outside your team".into(),
                    }),
                }
            }
        }
        ws.team_pushed(&held, &refused)?;
        report.refused.extend(refused);
    }
}

/// The pull: rows of team `$1` after the cursor (`$2` txid as text, `$3`
/// seq), only below the oldest running transaction, at most `$4`; columns
/// uid, kind, payload, content_hash, author, received_at, txid, seq.
/// Ordered by the columns themselves: `txid` alone would name the text
/// selected, and "1000" sorts before "999" (rows lost).
pub const PULL_QUERY: &str = "SELECT uid::text, kind, payload, content_hash, author::text, \
         to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), txid::text, seq \
     FROM briefdesk.revision \
     WHERE team = $1 AND (txid, seq) > ($2::text::xid8, $3) \
         AND txid < pg_snapshot_xmin(pg_current_snapshot()) \
     ORDER BY revision.txid, revision.seq LIMIT $4";

/// Rows of [`PULL_QUERY`] as the workspace takes them in.
pub fn incoming(rows: &[postgres::Row]) -> Vec<Incoming> {
    rows.iter()
        .map(|r| Incoming {
            uid: r.get(0),
            kind: r.get(1),
            payload: r.get(2),
            hash: r.get(3),
            author: r.get(4),
            received_at: r.get(5),
        })
        .collect()
}

fn pull(
    ws: &mut Workspace,
    server: &ServerUrl,
    client: &mut Client,
    link: &TeamLink,
    report: &mut SyncReport,
) -> Result<(), TeamError> {
    let (mut txid, mut seq) = link.cursor.clone();
    loop {
        let rows = client
            .query(PULL_QUERY, &[&link.team, &txid, &seq, &PULL_BATCH])
            .map_err(|e| err(server, &e))?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        txid = last.get(6);
        seq = last.get(7);
        let incoming = incoming(&rows);
        let Applied {
            added,
            changed,
            refused,
            ..
        } = ws.team_apply(&incoming, (&txid, seq))?;
        report.pulled += added;
        report.changed.extend(changed);
        report.refused.extend(refused);
        if (rows.len() as i64) < PULL_BATCH {
            return Ok(());
        }
    }
}
