//! Running `briefdesk` on a workspace in a temporary folder, as the tests of
//! the workspace commands (annotations, search, briefs) do.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The binary under test: this build's, or `BRIEFDESK_TEST_BIN` (to run
/// the same tests against another build, e.g. to see them fail before a
/// fix).
pub fn bin() -> std::path::PathBuf {
    std::env::var_os("BRIEFDESK_TEST_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_briefdesk").into())
}

/// `briefdesk ARGS --workspace WS` as a command to spawn, never touching
/// the user's own workspace; its author session is the test's own unless
/// `BRIEFDESK_SESSION` is set on it.
pub fn command(ws: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .arg("--workspace")
        .arg(ws)
        .env_remove("BRIEFDESK_HOME")
        .env_remove("BRIEFDESK_SESSION");
    c
}

/// `briefdesk ARGS --workspace WS`, never touching the user's own workspace.
pub fn run(ws: &Path, args: &[&str]) -> Output {
    command(ws, args).output().unwrap()
}

/// [`run`] as author session `session` (`BRIEFDESK_SESSION`).
pub fn run_as(session: &str, ws: &Path, args: &[&str]) -> Output {
    command(ws, args)
        .env("BRIEFDESK_SESSION", session)
        .output()
        .unwrap()
}

/// Standard output of a command that must succeed.
pub fn ok(ws: &Path, args: &[&str]) -> String {
    let out = run(ws, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The `--json` output of a command that must succeed, in the current format.
pub fn ok_json(ws: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    let v: Value = serde_json::from_str(&ok(ws, &args)).unwrap();
    assert_eq!(v["format_version"], 2);
    v
}

/// Exit code and standard error of a command that must fail.
pub fn fail(ws: &Path, args: &[&str]) -> (i32, String) {
    let out = run(ws, args);
    assert!(!out.status.success(), "{args:?} should fail");
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Brief 1 of a new workspace: a known brief with a "since the last
/// council" section, two sectors, talking points, accented, Japanese and
/// typographic text, one note shown and one left out.
pub fn known_brief(ws: &Path) {
    let ws = ws.to_path_buf();
    ok(
        &ws,
        &[
            "brief",
            "new",
            "--title",
            "Chips and quantum before the 4th Council",
            "--meeting",
            "dpc-2026",
            "--date",
            "2026-04-20",
            "--author",
            "Unit F4 — Japan desk",
            "--audience",
            "Director-General",
            "--marking",
            "Limited",
        ],
    );
    for section in ["since-last-council", "semiconductors", "quantum"] {
        ok(&ws, &["brief", "add-section", "1", section]);
    }
    ok(
        &ws,
        &["brief", "add", "1", "semiconductors", "C2-08", "C1-05"],
    );
    ok(
        &ws,
        &["brief", "move", "1", "semiconductors", "C1-05", "--to", "1"],
    );
    ok(&ws, &["brief", "add", "1", "quantum", "C3-10"]);
    ok(
        &ws,
        &["brief", "add", "1", "quantum", "C3-08", "--no-annotation"],
    );
    ok(
        &ws,
        &[
            "brief",
            "text",
            "1",
            "semiconductors",
            "--background",
            "Cooperation runs through the 2023 memorandum; the “expert team” has met since.",
            "--point",
            "Welcome the joint research topics (PFAS substitutes, chiplets).",
            "--point",
            "Ask for a date for the next expert meeting.",
        ],
    );
    ok(
        &ws,
        &[
            "brief",
            "text",
            "1",
            "quantum",
            "--background",
            "Minister Kiuchi (木内稔) signed the Letter of Intent; the università partners ask about calls.",
        ],
    );
    ok(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "Ask METI whether the team met in Q3.\n\nThe 'expert team' is not named in the MoC.",
            "--status",
            "at-risk",
            "--tag",
            "watch",
            "--follow-up",
            "2026-05-01",
        ],
    );
    ok(
        &ws,
        &[
            "annotate",
            "C3-08",
            "--note",
            "Not shown: left out of the brief.",
        ],
    );
}
