//! Running `briefdesk` on a workspace in a temporary folder, as the tests of
//! the workspace commands (annotations, search, briefs) do.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// `briefdesk ARGS --workspace WS`, never touching the user's own workspace.
pub fn run(ws: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefdesk"))
        .args(args)
        .arg("--workspace")
        .arg(ws)
        .env_remove("BRIEFDESK_HOME")
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
