//! Benchmark: team sync through PostgreSQL with 20 members × 5,000
//! revisions each on the server (targets on this machine: a fresh
//! member's first sync, join included, under 10 s; an incremental sync of
//! 100 new revisions under 200 ms, median of 5 rounds).
//!
//! Run with `cargo bench -p briefdesk-team --bench sync`. It starts a
//! throw-away cluster of its own (`tests/cluster/mod.rs`), prints figures
//! and asserts nothing about time. The server is filled directly with
//! each member's own client, in batches, with annotation payloads built
//! exactly as the core builds them (same fields, same order, its content
//! hash), so every row is one a workspace would have pushed.
//! `BRIEFDESK_BENCH_PER_MEMBER` sets the revisions per member.
//!
//! After the figures it times the parts of each sync separately (the
//! server's query, taking rows in, the bookkeeping), to show where the
//! time goes.

#[path = "../tests/cluster/mod.rs"]
mod cluster;

use std::path::Path;
use std::time::{Duration, Instant};

use briefdesk_core::store::{content_hash, Incoming, Workspace};
use briefdesk_team::{Password, ServerUrl};
use cluster::Cluster;
use serde::Serialize;

const TEAM: &str = "unit";
const WRITERS: usize = 20;
const READER: &str = "reader";
const ROUNDS: usize = 5;
const INCREMENT: usize = 100;
/// Rows per INSERT while filling the server.
const FILL_BATCH: usize = 1000;

/// The core's annotation payload: the same fields in the same order
/// (`briefdesk_core::store::sync`), so the same JSON and hash.
#[derive(Serialize)]
struct AnnotationPayload<'a> {
    commitment: &'a str,
    note: String,
    status: Option<&'a str>,
    tags: Vec<&'a str>,
    follow_up: Option<&'a str>,
    updated_at: String,
}

fn member(i: usize) -> String {
    format!("m{i:02}")
}

fn pw(who: &str) -> Password<'static> {
    Password::Given(format!("pw-{who}"))
}

/// A few hundred commitment ids, "C1-01" .. "C5-99".
fn commitments() -> Vec<String> {
    (1..=5)
        .flat_map(|s| (1..=99).map(move |n| format!("C{s}-{n:02}")))
        .collect()
}

/// A valid RFC 3339 time `k` milliseconds after the start of `day`.
fn at(day: &str, k: u64) -> String {
    let (s, ms) = (k / 1000, k % 1000);
    format!(
        "{day}T{:02}:{:02}:{:02}.{ms:03}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// Revision `i` of member `w`, as a row for the server: (uid, target, payload, hash).
fn revision(
    ids: &[String],
    w: usize,
    i: usize,
    day: &str,
    salt: usize,
) -> (String, String, String, String) {
    let k = (salt * 200_000 + i * WRITERS + w) as u64;
    let c = &ids[(i * 7 + w * 13) % ids.len()];
    let tags = if i % 5 == 0 {
        vec!["follow-up", "council"]
    } else {
        vec![]
    };
    let p = AnnotationPayload {
        commitment: c,
        note: format!(
            "{} on {c}, revision {i}: ask METI whether the council timeline still holds; check the minutes.",
            member(w)
        ),
        status: None,
        tags,
        follow_up: None,
        updated_at: at(day, k),
    };
    let payload = serde_json::to_string(&p).unwrap();
    let uid = format!("{:08x}-{:04x}-4000-8000-{:012x}", w, salt, i);
    (uid, c.clone(), content_hash(&payload), payload)
}

/// Insert `rows` with `client` (a member's own), in batches, in one transaction.
fn insert(client: &mut postgres::Client, rows: &[(String, String, String, String)]) {
    let mut tx = client.transaction().unwrap();
    for chunk in rows.chunks(FILL_BATCH) {
        let uids: Vec<&str> = chunk.iter().map(|r| r.0.as_str()).collect();
        let targets: Vec<&str> = chunk.iter().map(|r| r.1.as_str()).collect();
        let hashes: Vec<&str> = chunk.iter().map(|r| r.2.as_str()).collect();
        let payloads: Vec<&str> = chunk.iter().map(|r| r.3.as_str()).collect();
        let n = tx
            .execute(
                "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
                 SELECT u::uuid, $1, 'annotation', t, p, h \
                 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(u, t, p, h)",
                &[&TEAM, &uids, &targets, &payloads, &hashes],
            )
            .unwrap();
        assert_eq!(n as usize, chunk.len());
    }
    tx.commit().unwrap();
}

fn status(field: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .map(|l| l[field.len()..].trim().to_owned())
        })
        .unwrap_or_else(|| "?".into())
}

/// Start counting the peak RSS afresh (Linux: `echo 5 > /proc/self/clear_refs`).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn file_size(path: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .map(|ext| {
            let mut p = path.as_os_str().to_owned();
            p.push(ext);
            std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0)
        })
        .sum()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let per_member: usize = std::env::var("BRIEFDESK_BENCH_PER_MEMBER")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5000);
    let total = per_member * WRITERS;
    let ids = commitments();
    println!(
        "team sync benchmark: {WRITERS} members × {per_member} revisions = {total} on the server, \
         over {} commitments; one more member reads",
        ids.len(),
    );

    let t = Instant::now();
    let c = Cluster::start();
    let mut members: Vec<String> = (1..=WRITERS).map(member).collect();
    members.push(READER.into());
    for m in &members {
        c.create_member(m);
    }
    briefdesk_team::schema::init(&mut c.admin(), "bench", TEAM, &members).unwrap();
    println!(
        "cluster started, schema and team of {} members: {:.0} ms",
        members.len(),
        ms(t.elapsed())
    );

    let t = Instant::now();
    for w in 1..=WRITERS {
        let rows: Vec<_> = (0..per_member)
            .map(|i| revision(&ids, w, i, "2026-06-01", 0))
            .collect();
        insert(&mut c.member(&member(w)), &rows);
    }
    let fill = t.elapsed();
    c.admin()
        .batch_execute("ANALYZE briefdesk.revision")
        .unwrap();
    println!(
        "server filled: {total} revisions by {WRITERS} members in {:.1} s ({:.0} revisions/s)",
        fill.as_secs_f64(),
        total as f64 / fill.as_secs_f64()
    );

    // (a) A fresh member's first sync: join (which syncs) of everything.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite");
    let peak_reset = reset_peak();
    let rss_before = status("VmRSS:");
    let t = Instant::now();
    let mut ws = Workspace::open(&path).unwrap();
    let opened = t.elapsed();
    let joined = briefdesk_team::join(&mut ws, &c.url(READER), Some(TEAM), pw(READER)).unwrap();
    let first = t.elapsed();
    assert_eq!(
        joined.sync.pulled as usize, total,
        "{:?}",
        joined.sync.refused
    );
    assert!(joined.sync.refused.is_empty());
    let peak_first = status("VmHWM:");
    let size_first = file_size(&path);
    println!();
    println!(
        "(a) first sync (open + join + pull of {total}): {:.2} s  [target < 10 s]  \
         ({:.0} revisions/s; open {:.0} ms)",
        first.as_secs_f64(),
        total as f64 / first.as_secs_f64(),
        ms(opened)
    );
    println!(
        "    annotations current after it: {}; workspace file after it: {:.1} MiB",
        ws.annotations().unwrap().len(),
        size_first as f64 / 1048576.0
    );
    println!(
        "    RSS before {rss_before}; peak RSS (VmHWM) during it: {peak_first}{}",
        if peak_reset {
            ""
        } else {
            " (since process start: clear_refs not writable)"
        }
    );

    // (b) Incremental: another member pushes 100 new ones, the reader syncs.
    let mut pusher = c.member(&member(2));
    let mut times = Vec::new();
    for round in 0..ROUNDS {
        let rows: Vec<_> = (0..INCREMENT)
            .map(|i| revision(&ids, 2, i, "2026-07-01", round + 1))
            .collect();
        insert(&mut pusher, &rows);
        let t = Instant::now();
        let r = briefdesk_team::sync(&mut ws, pw(READER)).unwrap();
        times.push(t.elapsed());
        assert_eq!(r.pulled as usize, INCREMENT, "{r:?}");
        assert!(r.refused.is_empty());
    }
    let med = median(times.clone());
    println!();
    println!(
        "(b) incremental sync of {INCREMENT} new revisions, median of {ROUNDS}: {:.1} ms  \
         [target < 200 ms]  ({:.0} revisions/s)",
        ms(med),
        INCREMENT as f64 / med.as_secs_f64()
    );
    println!(
        "    rounds: {}",
        times
            .iter()
            .map(|d| format!("{:.1} ms", ms(*d)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let t = Instant::now();
    let r = briefdesk_team::sync(&mut ws, pw(READER)).unwrap();
    println!(
        "    a sync with nothing new: {:.1} ms (pushed {}, pulled {})",
        ms(t.elapsed()),
        r.pushed,
        r.pulled
    );
    println!(
        "    workspace file after: {:.1} MiB; peak RSS (VmHWM) of the process: {}",
        file_size(&path) as f64 / 1048576.0,
        status("VmHWM:")
    );

    let on_server: i64 = c
        .admin()
        .query_one("SELECT count(*) FROM briefdesk.revision", &[])
        .unwrap()
        .get(0);
    breakdown_first(&c, on_server as usize);
    breakdown_incremental(&c, &ids, &mut ws, &mut pusher);
}

/// Where the first sync's time goes: the server's query and taking the
/// rows in (`Workspace::team_apply`), batch by batch, as `pull` does.
fn breakdown_first(c: &Cluster, total: usize) {
    println!();
    println!("where the first sync's time goes (the same pull, step by step):");
    let dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
    let url = c.url(READER);
    ws.join_team(&ServerUrl::parse(&url).unwrap().url, TEAM, READER)
        .unwrap();
    let t = Instant::now();
    let mut client = briefdesk_team::connect(&ServerUrl::parse(&url).unwrap(), pw(READER)).unwrap();
    let connect = t.elapsed();
    let (mut txid, mut seq) = ("0".to_owned(), 0i64);
    let (mut query, mut convert, mut apply) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut batches = 0;
    let mut applies = Vec::new();
    let mut queries = Vec::new();
    let mut plan_at = None;
    let mut pulled = 0;
    loop {
        let t = Instant::now();
        let rows = client
            .query(briefdesk_team::PULL_QUERY, &[&TEAM, &txid, &seq, &5000i64])
            .unwrap();
        query += t.elapsed();
        queries.push(t.elapsed());
        if batches == 10 {
            plan_at = Some((txid.clone(), seq));
        }
        let Some(last) = rows.last() else { break };
        let t = Instant::now();
        txid = last.get(6);
        seq = last.get(7);
        let incoming: Vec<Incoming> = briefdesk_team::incoming(&rows);
        convert += t.elapsed();
        let t = Instant::now();
        let a = ws.team_apply(&incoming, (&txid, seq)).unwrap();
        let d = t.elapsed();
        apply += d;
        applies.push(d);
        pulled += a.added as usize;
        batches += 1;
        if rows.len() < 5000 {
            break;
        }
    }
    assert_eq!(pulled, total);
    let t = Instant::now();
    let pending = ws.team_pending().unwrap();
    let pending_t = t.elapsed();
    println!(
        "    connect {:.0} ms; {batches} batches: server query {:.0} ms, rows to Incoming {:.0} ms, \
         team_apply {:.0} ms; team_pending {:.0} ms (= {pending})",
        ms(connect),
        ms(query),
        ms(convert),
        ms(apply),
        ms(pending_t)
    );
    println!(
        "    server query per batch: {}",
        queries
            .iter()
            .map(|d| format!("{:.0}", ms(*d)))
            .collect::<Vec<_>>()
            .join(" ")
            + " ms"
    );
    if let Some((txid, seq)) = plan_at {
        println!("    the pull query's plan as the member, at batch 11 (EXPLAIN ANALYZE):");
        let plan = client
            .query(
                &format!("EXPLAIN (ANALYZE, BUFFERS) {}", briefdesk_team::PULL_QUERY),
                &[&TEAM, &txid, &seq, &5000i64],
            )
            .unwrap();
        for r in plan {
            println!("      {}", r.get::<_, String>(0));
        }
    }
    println!(
        "    team_apply per batch of 5000: {}",
        applies
            .iter()
            .map(|d| format!("{:.0}", ms(*d)))
            .collect::<Vec<_>>()
            .join(" ")
            + " ms"
    );
    // What one batch costs inside team_apply: the same 5000 rows again
    // (all known now: the per-row lookups and bookkeeping, no inserts).
    let rows = client
        .query(
            "SELECT uid::text, kind, payload, content_hash, author::text, \
                 to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') \
             FROM briefdesk.revision WHERE team = $1 ORDER BY txid, seq LIMIT 5000",
            &[&TEAM],
        )
        .unwrap();
    let again: Vec<Incoming> = briefdesk_team::incoming(&rows);
    let t = Instant::now();
    let hashes: usize = again
        .iter()
        .filter(|r| content_hash(&r.payload) == r.hash)
        .count();
    let hashing = t.elapsed();
    let t = Instant::now();
    let a = ws.team_apply(&again, (&txid, seq)).unwrap();
    println!(
        "    5000 rows it holds already, again: team_apply {:.0} ms ({} already; hashing alone {:.0} ms for {hashes})",
        ms(t.elapsed()),
        a.already,
        ms(hashing)
    );
}

/// Where an incremental sync's time goes: each step of `sync` alone.
fn breakdown_incremental(
    c: &Cluster,
    ids: &[String],
    ws: &mut Workspace,
    pusher: &mut postgres::Client,
) {
    println!();
    println!("where an incremental sync's time goes (each step alone, {INCREMENT} new rows):");
    let rows: Vec<_> = (0..INCREMENT)
        .map(|i| revision(ids, 2, i, "2026-08-01", 9))
        .collect();
    insert(pusher, &rows);
    let server = ServerUrl::parse(&c.url(READER)).unwrap();
    let step = |name: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        println!("    {name:<46} {:>7.1} ms", ms(t.elapsed()));
    };
    let mut client = None;
    step("connect (TCP + SCRAM auth)", &mut || {
        client = Some(briefdesk_team::connect(&server, pw(READER)).unwrap())
    });
    let mut client = client.unwrap();
    step("schema::check", &mut || {
        briefdesk_team::schema::check(&mut client, "bench").unwrap();
    });
    step("ws.team() (read the link)", &mut || {
        ws.team().unwrap();
    });
    step("ws.team_outgoing(1000) (nothing to send)", &mut || {
        assert!(ws.team_outgoing(1000).unwrap().is_empty());
    });
    let cursor = ws.team().unwrap().unwrap().cursor;
    let mut got = Vec::new();
    step("pull query (100 rows)", &mut || {
        got = client
            .query(
                briefdesk_team::PULL_QUERY,
                &[&TEAM, &cursor.0, &cursor.1, &5000i64],
            )
            .unwrap();
    });
    assert_eq!(got.len(), INCREMENT);
    let last = got.last().unwrap();
    let (txid, seq): (String, i64) = (last.get(6), last.get(7));
    let incoming: Vec<Incoming> = briefdesk_team::incoming(&got);
    step("ws.team_apply(100 rows)", &mut || {
        assert_eq!(
            ws.team_apply(&incoming, (&txid, seq)).unwrap().added as usize,
            INCREMENT
        );
    });
    step("ws.team_finished(Ok)", &mut || {
        ws.team_finished(Ok(())).unwrap();
    });
    step("ws.team_pending()", &mut || {
        assert_eq!(ws.team_pending().unwrap(), 0);
    });
}
