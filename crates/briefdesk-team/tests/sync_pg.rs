//! Team sync against a real PostgreSQL started by the test (see
//! `cluster/mod.rs`): workspaces of the real core edit offline and sync in
//! several orders, and everything that can go wrong between them and the
//! server is made to happen.

mod cluster;
mod common;

use briefdesk_core::brief::BriefDoc;
use briefdesk_core::store::{EntryWrite, StoreError, Workspace};
use briefdesk_team::{schema, Password, TeamError};
use cluster::Cluster;
use common::{current, note, pw, source, union, ws};

/// A cluster with `team` and these members in it.
fn team(c: &Cluster, team: &str, members: &[&str]) {
    for m in members {
        c.create_member(m);
    }
    let members: Vec<String> = members.iter().map(|m| m.to_string()).collect();
    schema::init(&mut c.admin(), "test", team, &members).unwrap();
}

fn join(c: &Cluster, ws: &mut Workspace, who: &str, team: &str) {
    briefdesk_team::join(ws, &c.url(who), Some(team), pw(who)).unwrap();
}

fn sync(ws: &mut Workspace, who: &str) -> briefdesk_team::SyncReport {
    briefdesk_team::sync(ws, pw(who)).unwrap()
}

/// The server's own message of an error.
fn db(e: postgres::Error) -> String {
    e.as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_else(|| e.to_string())
}

fn server_rows(c: &Cluster) -> (i64, i64) {
    let row = c
        .admin()
        .query_one(
            "SELECT count(*), count(DISTINCT uid) FROM briefdesk.revision",
            &[],
        )
        .unwrap();
    (row.get(0), row.get(1))
}

#[test]
fn three_workspaces_editing_offline_end_with_the_union_and_the_same_current_state() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "bob", "carol"]);
    let ((_a, mut a), (_b, mut b), (_c, mut cw)) = (ws(), ws(), ws());
    join(&c, &mut a, "alice", "unit");
    join(&c, &mut b, "bob", "unit");
    join(&c, &mut cw, "carol", "unit");

    // Offline: the same commitment's note in two workspaces, a brief, an own record.
    a.save("C2-08", note("Alice: ask about the 2026 roadmap"))
        .unwrap();
    b.save("C2-08", note("Bob: semiconductors first")).unwrap();
    b.save("C1-05", note("Bob's other note")).unwrap();
    let brief = cw
        .create_brief(
            BriefDoc {
                title: "Council prep".into(),
                ..Default::default()
            },
            false,
            "local",
        )
        .unwrap();
    let mut doc = brief.doc.clone();
    doc.title = "Council preparation".into();
    cw.save_brief(brief.id, doc).unwrap();
    a.write_entries(
        &[EntryWrite {
            key: "record:source:unit-src".into(),
            entry: Some(source("unit-src", "Press release")),
        }],
        "Alice",
        "local",
        |_, _, _| Ok::<_, StoreError>(()),
    )
    .unwrap();

    // Sync in one order, then edit more and sync in another.
    sync(&mut b, "bob");
    sync(&mut a, "alice");
    sync(&mut cw, "carol");
    sync(&mut b, "bob");
    // Bob deletes the brief Carol wrote; Alice undoes her note.
    let id = b.briefs().unwrap()[0].id;
    b.delete_brief(id).unwrap();
    a.save("C2-08", note("Alice again")).unwrap();
    a.undo().unwrap();
    cw.save("C1-05", note("Carol on C1-05")).unwrap();
    sync(&mut cw, "carol");
    sync(&mut b, "bob");
    sync(&mut a, "alice");
    sync(&mut cw, "carol");
    sync(&mut b, "bob");

    let all = union(&a);
    assert_eq!(union(&b), all, "bob holds the union");
    assert_eq!(union(&cw), all, "carol holds the union");
    let (rows, distinct) = server_rows(&c);
    assert_eq!(
        (rows, distinct),
        (all.len() as i64, all.len() as i64),
        "the server holds each revision once"
    );
    let seen = current(&a);
    assert_eq!(current(&b), seen);
    assert_eq!(current(&cw), seen);
    assert!(
        b.briefs().unwrap().is_empty(),
        "the delete reached everyone: {seen}"
    );
    assert!(a.record_entries().unwrap().len() == 1 && cw.record_entries().unwrap().len() == 1);
    // Alice's "Alice again" was undone: everyone sees what was current before it.
    let c208 = a.annotation("C2-08").unwrap().unwrap();
    assert_ne!(c208.fields.note, "Alice again");

    // A second sync changes nothing.
    for (ws, who) in [(&mut a, "alice"), (&mut b, "bob"), (&mut cw, "carol")] {
        let r = sync(ws, who);
        assert_eq!(
            (r.pushed, r.pulled, r.changed.len(), r.pending),
            (0, 0, 0, 0),
            "{who}: {r:?}"
        );
    }
    assert_eq!(current(&a), seen);
    // Colleagues' revisions are attributed to the role the server vouches for.
    let bobs = b.history("C1-05").unwrap();
    let first = bobs
        .iter()
        .find(|r| r.fields.note == "Bob's other note")
        .unwrap();
    assert_eq!(a.team_author(&first.uid).unwrap().as_deref(), Some("bob"));
}

#[test]
fn a_connection_killed_mid_push_loses_nothing_and_the_next_sync_completes() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "bob"]);
    let ((_a, mut a), (_b, mut b)) = (ws(), ws());
    join(&c, &mut a, "alice", "unit");
    join(&c, &mut b, "bob", "unit");
    for i in 0..50 {
        a.save(&format!("C1-{i:02}"), note(&format!("note {i}")))
            .unwrap();
    }
    let pending = a.team_pending().unwrap();
    // Hold the table so Alice's INSERT waits, then end her backend.
    let mut admin = c.admin();
    let mut lock = admin.transaction().unwrap();
    lock.batch_execute("LOCK TABLE briefdesk.revision IN SHARE MODE")
        .unwrap();
    let url = c.url("alice");
    let path = a.path().to_owned();
    drop(a);
    let pusher = std::thread::spawn(move || {
        let mut a = Workspace::open(&path).unwrap();
        let r = briefdesk_team::sync(&mut a, pw("alice"));
        (r.map(|_| ()), a)
    });
    let mut killer = c.admin();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let n: i64 = killer
            .query_one(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
                 WHERE usename = 'alice' AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "alice's push never waited on the lock"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (outcome, mut a) = pusher.join().unwrap();
    lock.rollback().unwrap();
    let e = outcome.unwrap_err();
    assert!(
        e.is_offline() || matches!(e, TeamError::Server { .. }),
        "{e}"
    );
    assert_eq!(
        a.team_pending().unwrap(),
        pending,
        "nothing counted as sent"
    );
    assert!(
        a.team().unwrap().unwrap().last_error.is_some(),
        "the reason is kept for `team status`"
    );
    assert_eq!(server_rows(&c).0, 0);
    let _ = url;

    // The next sync sends everything, once; Bob gets it all.
    let r = sync(&mut a, "alice");
    assert_eq!(r.pushed as u64, pending);
    assert!(a.team().unwrap().unwrap().last_error.is_none());
    sync(&mut b, "bob");
    assert_eq!(union(&b), union(&a));
    assert_eq!(server_rows(&c), (pending as i64, pending as i64));
}

#[test]
fn a_server_restart_between_push_and_pull_and_a_repush_of_everything_change_nothing() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "bob"]);
    let ((_a, mut a), (_b, mut b)) = (ws(), ws());
    join(&c, &mut a, "alice", "unit");
    join(&c, &mut b, "bob", "unit");
    a.save("C2-08", note("before the restart")).unwrap();
    sync(&mut a, "alice");
    c.restart();
    let r = sync(&mut b, "bob");
    assert_eq!(r.pulled, 1);
    assert_eq!(current(&b), current(&a));

    // Leave and join again: the workspace forgets what the server holds and
    // sends everything again; the server keeps one of each.
    a.leave_team().unwrap();
    assert!(a.team().unwrap().is_none());
    join(&c, &mut a, "alice", "unit");
    let rows = server_rows(&c);
    assert_eq!(rows.0, rows.1);
    assert_eq!(rows.0 as usize, union(&a).len());
    assert_eq!(a.team_pending().unwrap(), 0);
}

#[test]
fn a_row_whose_transaction_commits_late_still_arrives() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "bob"]);
    let ((_a, mut a), (_b, mut b)) = (ws(), ws());
    join(&c, &mut a, "alice", "unit");
    join(&c, &mut b, "bob", "unit");
    a.save("C2-08", note("first, committed late")).unwrap();
    a.save("C1-05", note("second, committed at once")).unwrap();
    let out = a.team_outgoing(10).unwrap();
    assert_eq!(out.len(), 2);
    let insert = "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
                  VALUES ($1::text::uuid, 'unit', $2, $3, $4, $5)";
    let mut slow = c.member("alice");
    let mut fast = c.member("alice");
    let mut t1 = slow.transaction().unwrap();
    let r = &out[0];
    t1.execute(
        insert,
        &[&r.uid, &r.kind.keyword(), &r.target, &r.payload, &r.hash],
    )
    .unwrap();
    let r = &out[1];
    fast.execute(
        insert,
        &[&r.uid, &r.kind.keyword(), &r.target, &r.payload, &r.hash],
    )
    .unwrap();
    // The later row committed, the earlier is still open: Bob takes neither
    // yet (a cursor past the later one would skip the earlier for good).
    let r = sync(&mut b, "bob");
    assert_eq!(r.pulled, 0, "nothing below the open transaction");
    t1.commit().unwrap();
    let r = sync(&mut b, "bob");
    assert_eq!(r.pulled, 2, "both arrive once the first commits");
    assert_eq!(b.annotations().unwrap().len(), 2);
}

#[test]
fn the_server_keeps_history_as_written_whatever_a_member_tries() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "bob"]);
    team(&c, "other", &["dave"]);
    let (_a, mut a) = ws();
    join(&c, &mut a, "alice", "unit");
    a.save("C2-08", note("Alice's")).unwrap();
    sync(&mut a, "alice");
    let mut alice = c.member("alice");
    for sql in [
        "UPDATE briefdesk.revision SET payload = 'x'",
        "DELETE FROM briefdesk.revision",
        "TRUNCATE briefdesk.revision",
        "INSERT INTO briefdesk.team (name) VALUES ('mine')",
    ] {
        let e = db(alice.batch_execute(sql).unwrap_err());
        assert!(e.to_string().contains("permission denied"), "{sql}: {e}");
    }
    // A forged author, seq and txid are ignored: the server sets them.
    let b = briefdesk_core::store::content_hash("{}");
    let uid = "6f1d3c0e-8a51-4c5e-9d0e-0a1b2c3d4e5f";
    alice
        .execute(
            "INSERT INTO briefdesk.revision (uid, seq, team, kind, target, payload, content_hash, author, received_at, txid) \
             VALUES ($1::text::uuid, -1, 'unit', 'annotation', 'C9-99', '{}', $2, 'carol', '2000-01-01', '1')",
            &[&uid, &b],
        )
        .unwrap();
    let row = c
        .admin()
        .query_one("SELECT author::text, seq > 0, received_at > '2020-01-01', txid::text <> '1' FROM briefdesk.revision WHERE uid = $1::text::uuid", &[&uid])
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "alice");
    assert!(row.get::<_, bool>(1) && row.get::<_, bool>(2) && row.get::<_, bool>(3));
    // A hash that is not the payload's is refused by the server.
    let e = alice
        .execute(
            "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
             VALUES (gen_random_uuid(), 'unit', 'annotation', 'C9-99', '{\"x\":1}', $1)",
            &[&b],
        )
        .unwrap_err();
    let e = db(e);
    assert!(e.contains("content hash does not match"), "{e}");
    // Row-level security: Dave, of another team, sees nothing of this one
    // and cannot write into it.
    let mut dave = c.member("dave");
    let n: i64 = dave
        .query_one("SELECT count(*) FROM briefdesk.revision", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 0);
    let e = dave
        .execute(
            "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
             VALUES (gen_random_uuid(), 'unit', 'annotation', 'C9-99', '{}', $1)",
            &[&b],
        )
        .unwrap_err();
    let e = db(e);
    assert!(e.contains("row-level security"), "{e}");
    // Joining a team one is not in is refused by name.
    let (_d, mut d) = ws();
    let e = briefdesk_team::join(&mut d, &c.url("dave"), Some("unit"), pw("dave")).unwrap_err();
    assert!(e.to_string().contains("not a member of team `unit`"), "{e}");
}

#[test]
fn the_same_uid_with_other_content_is_refused_and_reported_and_nothing_local_changes() {
    let c = Cluster::start();
    team(&c, "unit", &["alice", "mallory"]);
    let (_a, mut a) = ws();
    join(&c, &mut a, "alice", "unit");
    a.save("C2-08", note("the real note")).unwrap();
    let ours = a.team_outgoing(1).unwrap().remove(0);
    // Mallory got there first with other content under the same uid.
    let forged = ours.payload.replace("the real note", "a forged note");
    let hash = briefdesk_core::store::content_hash(&forged);
    c.member("mallory")
        .execute(
            "INSERT INTO briefdesk.revision (uid, team, kind, target, payload, content_hash) \
             VALUES ($1::text::uuid, 'unit', 'annotation', 'C2-08', $2, $3)",
            &[&ours.uid, &forged, &hash],
        )
        .unwrap();
    let r = sync(&mut a, "alice");
    // Refused both ways: the server keeps its row, the workspace its own.
    let ways: Vec<&str> = r.refused.iter().map(|x| x.direction.as_str()).collect();
    assert_eq!(ways, ["push", "pull"], "{r:?}");
    assert!(r
        .refused
        .iter()
        .all(|x| x.uid == ours.uid && x.reason.contains("another revision with the same uid")));
    assert_eq!(r.pending, 0, "a refused revision is not waiting to be sent");
    assert_eq!(
        a.annotation("C2-08").unwrap().unwrap().fields.note,
        "the real note"
    );
    assert_eq!(
        a.team().unwrap().unwrap().refused.len(),
        2,
        "kept for `team status`"
    );
    // And a later sync does not offer it again, or take the forgery in.
    let r = sync(&mut a, "alice");
    assert_eq!((r.pushed, r.pulled), (0, 0));
    assert_eq!(
        a.annotation("C2-08").unwrap().unwrap().fields.note,
        "the real note"
    );
}

#[test]
fn a_newer_server_schema_is_refused_with_a_clear_message_and_init_is_idempotent() {
    let c = Cluster::start();
    team(&c, "unit", &["alice"]);
    let again = schema::init(&mut c.admin(), "test", "unit", &["alice".into()]).unwrap();
    assert_eq!((again.from_version, again.version), (1, 1));
    assert!(again.members_added.is_empty());
    let (_a, mut a) = ws();
    join(&c, &mut a, "alice", "unit");
    c.admin_sql(
        "INSERT INTO briefdesk.schema_version (version) VALUES (99)",
        cluster::DB,
    );
    let e = briefdesk_team::sync(&mut a, pw("alice")).unwrap_err();
    assert!(
        e.to_string()
            .contains("version 99, newer than this Briefdesk reads (1)"),
        "{e}"
    );
    assert!(a
        .team()
        .unwrap()
        .unwrap()
        .last_error
        .unwrap()
        .contains("newer"));
    let e = schema::init(&mut c.admin(), "test", "unit", &[]).unwrap_err();
    assert!(e.to_string().contains("newer"), "{e}");
}

#[test]
fn a_password_is_needed_and_never_stored_and_tls_verifies_the_server() {
    let c = Cluster::start_tls();
    team(&c, "unit", &["alice"]);
    let (_a, mut a) = ws();
    // No password anywhere: a clear error, nothing joined.
    std::env::remove_var("PGPASSWORD");
    std::env::set_var("PGPASSFILE", c.dir().join("no-such-pgpass"));
    let e = briefdesk_team::join(&mut a, &c.url("alice"), None, Password::None).unwrap_err();
    assert!(matches!(e, TeamError::PasswordNeeded { .. }), "{e}");
    assert!(a.team().unwrap().is_none());
    // Asked for: the prompt's answer is used, and stored nowhere.
    let ca = c.dir().join("ca.crt");
    let full = format!(
        "postgres://alice@localhost:{}/{}?sslmode=verify-full&sslrootcert={}",
        c.port,
        cluster::DB,
        ca.display()
    );
    // A wrong password: the server answered, so it is a refusal, not "offline".
    let e = briefdesk_team::join(
        &mut a,
        &c.url("alice"),
        None,
        Password::Given("wrong".into()),
    )
    .unwrap_err();
    assert!(matches!(e, TeamError::Server { .. }), "{e}");
    assert!(
        e.to_string().contains("password authentication failed"),
        "{e}"
    );
    let ask = |_: &str| Some("pw-alice".to_owned());
    briefdesk_team::join(&mut a, &full, None, Password::Ask(&ask)).unwrap();
    let bytes = std::fs::read(a.path()).unwrap();
    assert!(
        !bytes.windows(8).any(|w| w == b"pw-alice"),
        "the password is not in the workspace"
    );
    // Another CA, or a name the certificate does not carry: refused.
    let other = c.dir().join("other.crt");
    for (url, why) in [
        (
            full.replace(&ca.display().to_string(), &other.display().to_string()),
            "another CA",
        ),
        (
            full.replace("localhost", "127.0.0.1"),
            "a name not in the certificate",
        ),
    ] {
        let (_x, mut x) = ws();
        let e = briefdesk_team::join(&mut x, &url, None, pw("alice")).unwrap_err();
        assert!(e.is_offline(), "{why}: {e}");
        assert!(
            e.to_string().to_lowercase().contains("certificate"),
            "{why}: {e}"
        );
    }
    // verify-ca checks the chain but not the name.
    let (_y, mut y) = ws();
    let ca_only = full
        .replace("localhost", "127.0.0.1")
        .replace("verify-full", "verify-ca");
    briefdesk_team::join(&mut y, &ca_only, None, pw("alice")).unwrap();
}
