//! Running `briefdesk` on a workspace in a temporary folder, as the tests of
//! the workspace commands (annotations, search, briefs) do.
#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};
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
/// `BRIEFDESK_SESSION` is set on it, its language English unless
/// `BRIEFDESK_LANG` is.
pub fn command(ws: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .arg("--workspace")
        .arg(ws)
        .env_remove("BRIEFDESK_HOME")
        .env_remove("BRIEFDESK_SESSION")
        .env_remove("BRIEFDESK_LANG");
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

/// Text of the brief [`full_brief`] makes, for tests to look for.
pub mod full {
    pub const TITLE: &str = "Semiconductors, cybersecurity and the digital partnership’s next steps: what the delegation should welcome, what it should press for and what it should leave for the 2027 work programme";
    pub const MARKING: &str = "Limited — for the delegation to the 4th EU–Japan Digital Partnership Council and the cabinets concerned only; not for onward distribution";
    pub const JAPANESE: &str = "2026年5月に開かれる第4回日EUデジタルパートナーシップ閣僚会合では、半導体の供給網と研究協力が主な議題となる見込みである。経済産業省は2023年7月の覚書に基づく専門家チームの成果を報告し、欧州委員会はChips Act の下での共同研究の公募について説明する予定である。";
    pub const NOTE: &str = "Ask METI whether the expert team met in Q3 ✅ and who chairs it.";
    pub const NOTE_URL: &str = "https://www.meti.go.jp/english/press/2023/0704_002.html";
    pub const POINT_URL: &str =
        "https://digital-strategy.ec.europa.eu/en/policies/eu-japan-digital-partnership";
}

/// Brief 1 of a new workspace, exercising every element of the PDF: the
/// "Council preparation" template (every sector, most left empty), a long
/// title and handling marking, a Japanese paragraph, URLs in the background,
/// a talking point and a note, twelve talking points, emoji and symbols,
/// notes, and a cybersecurity section (which shows the record's context
/// item R-04).
pub fn full_brief(ws: &Path) {
    ok(
        ws,
        &[
            "brief",
            "new",
            "--template",
            "council-preparation",
            "--title",
            full::TITLE,
            "--meeting",
            "dpc-2026",
            "--date",
            "2026-04-20",
            "--author",
            "Unit F4 — Japan desk",
            "--audience",
            "Director-General; cabinet of the Executive Vice-President",
            "--marking",
            full::MARKING,
        ],
    );
    ok(
        ws,
        &[
            "brief",
            "add",
            "1",
            "semiconductors",
            "C1-05",
            "C2-08",
            "C3-04",
        ],
    );
    ok(ws, &["brief", "add", "1", "cybersecurity", "C3-16"]);
    let background = format!(
        "Cooperation runs through the 2023 memorandum (see https://digital-strategy.ec.europa.eu/en/news/eu-and-japan-advance-joint-work-digital-identity-semiconductors-artificial-intelligence for the 2024 statement); the “expert team” has met since.\n\n{}\n\n- PFAS substitutes\n- chiplets and advanced packaging → a joint call?",
        full::JAPANESE
    );
    let points: Vec<String> = vec![
        "Welcome the joint research topics (PFAS substitutes, chiplets) 👍".into(),
        "Ask for a date for the next expert meeting.".into(),
        format!("Point to the partnership page, {}, for the record of every Council.", full::POINT_URL),
        "⚠ Do not commit to funding before the **2027** work programme is agreed.".into(),
        "Recall the early-warning mechanism on supply disruptions agreed in 2023; ask how often it has been used since and whether Japan would share its own indicators.".into(),
        "Press for a joint statement on chip supply-chain resilience.".into(),
        "Invite METI to the next EU Chips Act stakeholder forum.".into(),
        "Note the 5月 expert meeting (2026年5月) in Tokyo.".into(),
        "Ask about talent exchanges between research centres.".into(),
        "Offer a side event on chiplet standards.".into(),
        "Thank Japan for hosting the 2025 Council.".into(),
        "Close: both sides to report progress by the 5th Council.".into(),
    ];
    let mut args = vec![
        "brief".to_owned(),
        "text".into(),
        "1".into(),
        "semiconductors".into(),
        "--background".into(),
        background,
    ];
    for p in points {
        args.push("--point".into());
        args.push(p);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(ws, &args);
    ok(
        ws,
        &[
            "brief",
            "text",
            "1",
            "cybersecurity",
            "--background",
            "The 7th Cyber Dialogue of January 2026 is the latest step; the Council should take note of it.",
        ],
    );
    let note = format!(
        "{}\n\nThe memorandum is at {} — 西村康稔大臣が署名した。\n\nThe 'expert team' is not named in the MoC; follow up with the Japan desk before the Council, and keep the capital informed of any change.",
        full::NOTE,
        full::NOTE_URL
    );
    ok(
        ws,
        &[
            "annotate", "C2-08", "--note", &note, "--status", "at-risk", "--tag", "watch",
        ],
    );
    ok(
        ws,
        &[
            "annotate",
            "C3-16",
            "--note",
            "Check who leads the Cyber Dialogue for the EU.",
        ],
    );
}

/// The standard output of a tool the tests read their output with (qpdf,
/// pdftotext, LibreOffice…), which must succeed.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} ({e}): scripts/setup.sh installs it"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The Python of the test tools' venv that scripts/setup.sh makes
/// (`BRIEFDESK_TOOLS`, default `target/tools` in the repository), where
/// `what` (page-validation, python-docx) is installed.
pub fn tools_python(what: &str) -> PathBuf {
    let tools = std::env::var_os("BRIEFDESK_TOOLS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tools"),
        PathBuf::from,
    );
    let python = tools.join("venv/bin/python");
    assert!(
        python.exists(),
        "{what} is not installed: no {} (scripts/setup.sh makes it)",
        python.display()
    );
    python
}
