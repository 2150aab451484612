//! `briefdesk team init|join|sync|status|leave` as users run them, against
//! a PostgreSQL cluster the test starts (crates/briefdesk-team/tests/cluster):
//! the administrator sets the team up, two colleagues join with passwords
//! from the password file and PGPASSWORD, a note written by one reaches
//! the other, and the server being away loses nothing.

#[path = "../../briefdesk-team/tests/cluster/mod.rs"]
mod cluster;
mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

/// `briefdesk ARGS` on workspace `ws`, no password anywhere unless `env` gives one.
fn run(ws: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let mut c = common::command(ws, args);
    c.env_remove("PGPASSWORD")
        .env("PGPASSFILE", ws.with_extension("no-pgpass"))
        .stdin(std::process::Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn ok(ws: &Path, args: &[&str], env: &[(&str, String)]) -> String {
    let out = run(ws, args, env);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(ws: &Path, args: &[&str], env: &[(&str, String)]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&ok(ws, &args, env)).unwrap()
}

fn fail(ws: &Path, args: &[&str], env: &[(&str, String)]) -> (i32, String) {
    let out = run(ws, args, env);
    assert!(!out.status.success(), "{args:?} should fail");
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn colleagues_share_a_note_through_the_server_with_passwords_only_where_libpq_keeps_them() {
    let c = cluster::Cluster::start();
    c.create_member("alice");
    c.create_member("bob");
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        dir.path().join("alice.sqlite"),
        dir.path().join("bob.sqlite"),
    );
    let admin = c.url("admin");

    // The administrator: schema, team, members; again changes nothing.
    let out = ok(
        &a,
        &[
            "team", "init", &admin, "--team", "unit", "--member", "alice", "--member", "bob",
        ],
        &[],
    );
    assert!(
        out.contains("schema version 1") && out.contains("alice, bob"),
        "{out}"
    );
    let again = json(
        &a,
        &[
            "team", "init", &admin, "--team", "unit", "--member", "alice",
        ],
        &[],
    );
    assert_eq!(again["init"]["from_version"], 1);
    assert_eq!(again["init"]["members_added"], serde_json::json!([]));

    // A URL with a password in it is refused; so is joining with no password at all.
    let with_pw = c.url("alice").replace("alice@", "alice:pw-alice@");
    let (code, err) = fail(&a, &["team", "join", &with_pw], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("never stores passwords"), "{err}");
    let (code, err) = fail(&a, &["team", "join", &c.url("alice")], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("asks for a password"), "{err}");
    // A password file others can read is ignored, as libpq ignores it.
    let pgpass = dir.path().join("pgpass");
    std::fs::write(
        &pgpass,
        format!("127.0.0.1:{}:{}:alice:pw-alice\n", c.port, cluster::DB),
    )
    .unwrap();
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let file = [("PGPASSFILE", pgpass.display().to_string())];
    let (code, err) = fail(&a, &["team", "join", &c.url("alice")], &file);
    assert_eq!(code, 2);
    assert!(err.contains("group or world access"), "{err}");

    // Alice writes a note offline, then joins with her password file.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    ok(
        &a,
        &[
            "annotate",
            "C2-08",
            "--note",
            "Ask about the chips act follow-up",
        ],
        &[],
    );
    let joined = json(&a, &["team", "join", &c.url("alice")], &file);
    assert_eq!(joined["team"], "unit");
    assert_eq!(joined["member"], "alice");
    assert_eq!(joined["sync"]["pushed"], 1);
    let status = json(&a, &["team", "status"], &[]);
    assert_eq!(status["team"]["pending"], 0);
    assert!(status["team"]["last_sync"].is_string());
    assert!(
        !std::fs::read(&a)
            .unwrap()
            .windows(8)
            .any(|w| w == b"pw-alice"),
        "no password in the workspace"
    );

    // Bob joins with PGPASSWORD and has Alice's note.
    let bob_pw = [("PGPASSWORD", "pw-bob".to_owned())];
    let out = ok(&b, &["team", "join", &c.url("bob")], &bob_pw);
    assert!(
        out.contains("Joined team “unit” as bob") && out.contains("received 1 revision"),
        "{out}"
    );
    let notes = json(&b, &["annotations"], &[]);
    assert!(
        notes
            .to_string()
            .contains("Ask about the chips act follow-up"),
        "{notes}"
    );

    // The server goes away: work goes on, sync says why and keeps it to send.
    drop(c);
    ok(&b, &["annotate", "C1-05", "--note", "Bob, offline"], &[]);
    let (code, err) = fail(&b, &["team", "sync"], &bob_pw);
    assert_eq!(code, 4, "{err}");
    let status = json(&b, &["team", "status"], &[]);
    assert_eq!(status["team"]["pending"], 1);
    assert!(
        status["team"]["last_error"]
            .as_str()
            .unwrap()
            .contains("bob@127.0.0.1"),
        "{status}"
    );
    let text = ok(&b, &["team", "status"], &[]);
    assert!(
        text.contains("To send") && text.contains("1 revision") && text.contains("Last error"),
        "{text}"
    );

    // Leaving keeps everything.
    let left = json(&b, &["team", "leave"], &[]);
    assert_eq!(left["team"], "unit");
    assert!(json(&b, &["team", "status"], &[])["team"].is_null());
    assert!(json(&b, &["annotations"], &[])
        .to_string()
        .contains("Bob, offline"));
    let (code, err) = fail(&b, &["team", "sync"], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("in no team"), "{err}");
}
