//! Your own records and corrections, and releases of the record, through
//! the CLI as a user runs it: `record add|correct|list|show|remove|history|
//! restore`, `undo`, `dataset build|trust|import|use|releases`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

const AUTHOR: &str = "Ada Tester";

fn run(ws: &Path, args: &[&str]) -> Output {
    common::command(ws, args)
        .env("BRIEFDESK_AUTHOR", AUTHOR)
        .env_remove("BRIEFDESK_LANG")
        .output()
        .unwrap()
}

fn ok(ws: &Path, args: &[&str]) -> String {
    let out = run(ws, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn ok_json(ws: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    let v: Value = serde_json::from_str(&ok(ws, &args)).unwrap();
    assert_eq!(v["format_version"], 2);
    v
}

fn fail(ws: &Path, args: &[&str]) -> (i32, String) {
    let out = run(ws, args);
    assert!(!out.status.success(), "{args:?} should fail");
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// The source the user has on the desk: the Council's joint press release.
const PRESS: &str = r#"{"type": "source", "id": "ec-dpc4-press", "title": "Joint press release of the 4th EU–Japan Digital Partnership Council", "publisher": "European Commission", "date": "2026-05-05", "url": "https://ec.europa.eu/commission/presscorner/detail/en/ip_26_0505", "language": "en"}"#;

/// A confirmed commitment of the 4th Council, citing the press release.
const C404: &str = r#"[{"type": "commitment", "id": "C4-04", "meeting": "dpc-2026", "sectors": ["semiconductors"], "kind": "research-call", "title": "Second joint call on chip research", "summary": "The Council agreed a second joint research call on semiconductors, building on the 2023 memorandum.", "actors": [{"actor": "european-commission"}, {"actor": "meti"}], "status": "announced", "verification": "confirmed", "verification_note": "In the Council's joint press release.", "sources": ["ec-dpc4-press"], "related": [{"id": "C1-05", "relation": "builds-on"}]}]"#;

/// The press release, the 4th Council held with its participants, C4-04.
fn fourth_council(dir: &Path, ws: &Path) {
    ok(
        ws,
        &[
            "record",
            "add",
            write(dir, "press.json", PRESS).to_str().unwrap(),
        ],
    );
    ok(
        ws,
        &[
            "record",
            "correct",
            "dpc-2026",
            "--field",
            "participants",
            "--value",
            r#"[{"actor": "henna-virkkunen", "role": "Executive Vice-President of the European Commission"}, {"actor": "taira-masaaki", "role": "Minister for Digital Transformation"}]"#,
            "--source",
            "ec-dpc4-press",
        ],
    );
    ok(
        ws,
        &[
            "record",
            "correct",
            "dpc-2026",
            "--field",
            "status",
            "--value",
            "held",
            "--as-of",
            "2026-05-05",
            "--source",
            "ec-dpc4-press",
        ],
    );
    ok(
        ws,
        &[
            "record",
            "add",
            write(dir, "c404.json", C404).to_str().unwrap(),
        ],
    );
}

#[test]
fn own_records_join_the_record_every_command_reads_with_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.sqlite");
    fourth_council(dir.path(), &ws);
    // The list, the meetings, the detail and search read the effective record.
    let list = ok_json(&ws, &["list", "--meeting", "dpc-2026"]);
    let ids: Vec<&str> = list["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["C4-01", "C4-02", "C4-03", "C4-04"]);
    let c404 = list["commitments"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(c404["mark"], "own");
    let meetings = ok_json(&ws, &["meetings"]);
    let dpc4 = meetings["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "dpc-2026")
        .unwrap();
    assert_eq!(dpc4["status"], "held");
    assert_eq!(dpc4["participants"][0]["name"], "Henna Virkkunen");
    assert_eq!(dpc4["commitments"], 4);
    let corrections = dpc4["provenance"]["corrections"].as_array().unwrap();
    assert_eq!(corrections.len(), 2);
    assert_eq!(corrections[0]["author"], AUTHOR);
    assert_eq!(corrections[1]["shipped"], "reported");
    let show = ok_json(&ws, &["show", "C4-04"]);
    let d = &show["commitment"];
    assert_eq!(d["provenance"]["added"]["author"], AUTHOR);
    assert_eq!(d["provenance"]["added"]["sources"][0], "ec-dpc4-press");
    // Its status holds as of the day it was added, not the release's date.
    let added_on = &d["provenance"]["added"]["at"].as_str().unwrap()[..10];
    assert_eq!(d["status_as_of"], added_on);
    assert_eq!(d["sources"][0]["id"], "ec-dpc4-press");
    assert_eq!(d["sources"][0]["number"], 1);
    assert_eq!(d["sources"][0]["added"]["author"], AUTHOR);
    let before: Vec<&str> = d["lineage_before"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        before,
        ["L-05", "C1-05"],
        "continues the chip line transitively"
    );
    // The lineage of C1-05 now goes on to C4-04.
    let c105 = ok_json(&ws, &["show", "C1-05"]);
    assert!(c105["commitment"]["lineage_after"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["id"] == "C4-04"));
    let hits = ok_json(&ws, &["search", "second joint call chip"]);
    assert_eq!(hits["hits"][0]["commitment"], "C4-04");
    let sectors = ok_json(&ws, &["sectors"]);
    let semis = sectors["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "semiconductors")
        .unwrap();
    assert_eq!(semis["commitments"], 9);
    // Without the workspace, the release as shipped.
    let shipped = common::command(
        &dir.path().join("other.sqlite"),
        &["list", "--meeting", "dpc-2026", "--json"],
    )
    .output()
    .unwrap();
    let v: Value = serde_json::from_slice(&shipped.stdout).unwrap();
    assert_eq!(v["commitments"].as_array().unwrap().len(), 3);
    assert!(
        !dir.path().join("other.sqlite").exists(),
        "reading creates no workspace"
    );
}

#[test]
fn a_correction_keeps_the_shipped_value_beside_the_corrected_one() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.sqlite");
    ok(
        &ws,
        &[
            "record",
            "add",
            write(dir.path(), "press.json", PRESS).to_str().unwrap(),
        ],
    );
    let out = ok(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "ec-dpc4-press",
        ],
    );
    assert!(out.contains("shipped value: unverified"), "{out}");
    let v = ok_json(&ws, &["record", "show", "C4-03"]);
    let r = &v["record"];
    assert_eq!(r["kind"], "commitment");
    assert_eq!(r["shipped"]["verification"], "unverified");
    assert_eq!(
        r["shipped"]["sources"],
        serde_json::json!(["chip-network-dataset-2026-08"])
    );
    assert_eq!(r["effective"]["verification"], "confirmed");
    assert_eq!(
        r["effective"]["sources"],
        serde_json::json!(["chip-network-dataset-2026-08", "ec-dpc4-press"])
    );
    let c = &r["corrections"][0];
    assert_eq!(c["state"], "applied");
    assert_eq!(c["author"], AUTHOR);
    assert_eq!(c["entry"]["correction"]["field"], "verification");
    assert_eq!(c["entry"]["correction"]["source"], "ec-dpc4-press");
    let p = &r["provenance"]["corrections"][0];
    assert_eq!(
        (p["shipped"].as_str(), p["value"].as_str()),
        (Some("unverified"), Some("confirmed"))
    );
    // The same correction again changes nothing; another value is a new revision.
    ok(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "ec-dpc4-press",
        ],
    );
    ok(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "partial",
            "--source",
            "ec-dpc4-press",
        ],
    );
    let h = ok_json(&ws, &["record", "history", "C4-03"]);
    assert_eq!(h["revisions"].as_array().unwrap().len(), 2);
    let first = h["revisions"][1]["id"].as_i64().unwrap().to_string();
    ok(&ws, &["record", "restore", "C4-03", &first]);
    assert_eq!(
        ok_json(&ws, &["show", "C4-03"])["commitment"]["verification"],
        "confirmed"
    );
    // Undo walks back through the restore; retiring keeps the history.
    ok(&ws, &["undo"]);
    assert_eq!(
        ok_json(&ws, &["show", "C4-03"])["commitment"]["verification"],
        "partial"
    );
    ok(
        &ws,
        &["record", "remove", "C4-03", "--field", "verification"],
    );
    assert_eq!(
        ok_json(&ws, &["show", "C4-03"])["commitment"]["verification"],
        "unverified"
    );
    assert_eq!(
        ok_json(&ws, &["record", "history", "C4-03"])["revisions"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    ok(&ws, &["undo"]);
    assert_eq!(
        ok_json(&ws, &["show", "C4-03"])["commitment"]["verification"],
        "partial"
    );
}

#[test]
fn own_records_and_corrections_that_break_a_rule_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.sqlite");
    ok(
        &ws,
        &[
            "record",
            "add",
            write(dir.path(), "press.json", PRESS).to_str().unwrap(),
        ],
    );
    let commitment = |id: &str, extra: &str, sources: &str| {
        format!(
            r#"{{"type": "commitment", "id": "{id}", "meeting": "dpc-2026", {extra} "sectors": ["semiconductors"], "kind": "initiative", "title": "T", "summary": "S.", "actors": [], "status": "announced", "verification": "confirmed", "verification_note": "N.", "sources": [{sources}]}}"#
        )
    };
    let bad = format!(
        "[\n{},\n{},\n{},\n{}\n]",
        commitment("C4-05", "", ""),
        commitment("C4-06", "", "\"no-such-source\""),
        commitment("C4-07", "\"date\": \"2026-02-30\",", "\"ec-dpc4-press\""),
        commitment("C4-08", "", "\"ec-dpc4-press\"").replace("dpc-2026", "dpc-2042"),
    );
    let file = write(dir.path(), "bad.json", &bad);
    let (code, err) = fail(&ws, &["record", "add", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    for want in [
        "bad.json:2:",
        "record 1, commitment `C4-05`: sources: at least one source is required",
        "record 2, commitment `C4-06`: sources[0] = \"no-such-source\": no source with id `no-such-source`",
        "record 3, commitment `C4-07`: date = \"2026-02-30\": impossible date: no such day in the calendar",
        "record 4, commitment `C4-08`: meeting = \"dpc-2042\": no meeting with id `dpc-2042`",
        "error: 4 problems; nothing was saved",
    ] {
        assert!(err.contains(want), "missing `{want}` in:\n{err}");
    }
    assert!(
        ok_json(&ws, &["record", "list"])["records"]
            .as_array()
            .unwrap()
            .len()
            == 1
    );
    // A structural problem is named with its field and line too.
    let typo = write(
        dir.path(),
        "typo.json",
        &commitment("C4-09", "\"titel\": \"x\",", "\"ec-dpc4-press\""),
    );
    let (code, err) = fail(&ws, &["record", "add", typo.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("typo.json:1:") && err.contains("commitment `C4-09`: titel"),
        "{err}"
    );
    // Corrections: an impossible date, a status without its day, an unknown source.
    let (code, err) = fail(
        &ws,
        &[
            "record",
            "correct",
            "dpc-2026",
            "--field",
            "date",
            "--value",
            "2026-02-30",
            "--source",
            "ec-dpc4-press",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("correction of meeting `dpc-2026`: value = \"2026-02-30\": impossible date"),
        "{err}"
    );
    let (_, err) = fail(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "status",
            "--value",
            "delivered",
            "--source",
            "ec-dpc4-press",
        ],
    );
    assert!(err.contains("as_of") && err.contains("--as-of"), "{err}");
    let (_, err) = fail(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "nope",
        ],
    );
    assert!(
        err.contains(
            "correction of commitment `C4-03`: source = \"nope\": no source with id `nope`"
        ),
        "{err}"
    );
    let (_, err) = fail(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "place",
            "--value",
            "Tokyo",
            "--source",
            "ec-dpc4-press",
        ],
    );
    assert!(err.contains("a commitment has no field `place`"), "{err}");
    let (code, err) = fail(
        &ws,
        &[
            "record",
            "correct",
            "C9-99",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "ec-dpc4-press",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("the release has no meeting, commitment or context item `C9-99`"),
        "{err}"
    );
    // The same id as a record of the release.
    let dup = write(
        dir.path(),
        "dup.json",
        &commitment("C4-01", "", "\"ec-dpc4-press\""),
    );
    let (_, err) = fail(&ws, &["record", "add", dup.to_str().unwrap()]);
    assert!(
        err.contains("commitment `C4-01`") && err.contains("release has a commitment with this id"),
        "{err}"
    );
    // Removing a source your commitment cites is refused, naming it.
    ok(
        &ws,
        &[
            "record",
            "add",
            write(dir.path(), "c404.json", C404).to_str().unwrap(),
        ],
    );
    let (code, err) = fail(&ws, &["record", "remove", "ec-dpc4-press"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("commitment `C4-04`: sources[0] = \"ec-dpc4-press\": no source with id"),
        "{err}"
    );
    // Removing a record of the release is not possible; one of yours is (undoable).
    let (code, err) = fail(&ws, &["record", "remove", "C4-01"]);
    assert_eq!(code, 1);
    assert!(err.contains("is a record of the release"), "{err}");
    ok(&ws, &["record", "remove", "C4-04"]);
    assert!(
        ok_json(&ws, &["list", "--meeting", "dpc-2026"])["commitments"]
            .as_array()
            .unwrap()
            .len()
            == 3
    );
    ok(&ws, &["undo"]);
    assert!(
        ok_json(&ws, &["list", "--meeting", "dpc-2026"])["commitments"]
            .as_array()
            .unwrap()
            .len()
            == 4
    );
    // Exit codes: a missing file is 3, a bad option 2.
    let (code, _) = fail(&ws, &["record", "add", "/nonexistent.json"]);
    assert_eq!(code, 3);
    let (code, _) = fail(
        &ws,
        &[
            "record", "correct", "C4-03", "--field", "colour", "--value", "x", "--source", "y",
        ],
    );
    assert_eq!(code, 2);
}

/// A key pair made by `dataset keygen`.
fn keys(dir: &Path) -> (PathBuf, PathBuf) {
    let key = dir.join("unit.key");
    let out = common::command(
        &dir.join("none.sqlite"),
        &["dataset", "keygen", "-o", key.to_str().unwrap()],
    )
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (key.clone(), dir.join("unit.key.pub"))
}

#[test]
fn a_release_is_built_signed_imported_with_its_change_report_and_undone_by_going_back() {
    let dir = tempfile::tempdir().unwrap();
    let lead = dir.path().join("lead/w.sqlite");
    fourth_council(dir.path(), &lead);
    ok(
        &lead,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "ec-dpc4-press",
        ],
    );
    let (key, public) = keys(dir.path());
    let release = dir.path().join("unit-2026.12.1.json");
    ok(
        &lead,
        &[
            "dataset",
            "build",
            "-o",
            release.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--dataset-version",
            "2026.12.1",
            "--publisher",
            "Unit F4 — Japan desk",
            "--date",
            "2026-12-01",
        ],
    );
    assert!(Path::new(&format!("{}.minisig", release.display())).exists());

    // A colleague: notes and a brief on the record as shipped.
    let colleague = dir.path().join("colleague/w.sqlite");
    ok(
        &colleague,
        &[
            "annotate",
            "C4-03",
            "--note",
            "Ask METI for the press release.",
        ],
    );
    ok(&colleague, &["brief", "new", "--title", "Chips"]);
    ok(&colleague, &["brief", "add-section", "1", "semiconductors"]);
    ok(
        &colleague,
        &["brief", "add", "1", "semiconductors", "C4-03"],
    );
    // Not trusted yet: refused, saying by which key.
    let (code, err) = fail(
        &colleague,
        &["dataset", "import", release.to_str().unwrap()],
    );
    assert_eq!(code, 1);
    assert!(err.contains("which you do not trust"), "{err}");
    ok(
        &colleague,
        &[
            "dataset",
            "trust",
            public.to_str().unwrap(),
            "--name",
            "Unit F4",
        ],
    );
    let v = ok_json(
        &colleague,
        &["dataset", "import", release.to_str().unwrap()],
    );
    let r = &v["import"]["report"];
    assert_eq!(v["import"]["applied"], true);
    assert_eq!(r["from"]["dataset_version"], "2026.11.1");
    assert_eq!(r["to"]["dataset_version"], "2026.12.1");
    assert_eq!(r["to"]["publisher"], "Unit F4 — Japan desk");
    assert_eq!(r["to"]["trust"]["kind"], "signed");
    assert_eq!(r["to"]["trust"]["key_name"], "Unit F4");
    let added: Vec<(String, String)> = r["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap().to_owned(),
                a["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        added,
        [
            ("source".to_owned(), "ec-dpc4-press".to_owned()),
            ("commitment".to_owned(), "C4-04".to_owned())
        ]
    );
    assert!(r["removed"].as_array().unwrap().is_empty());
    let changed = |id: &str| {
        r["changed"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} not reported as changed: {r}"))
            .clone()
    };
    let dpc4 = changed("dpc-2026");
    let fields: Vec<&str> = dpc4["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["participants", "sources", "status"]);
    let status = &dpc4["fields"][2];
    assert_eq!(
        (status["before"].as_str(), status["after"].as_str()),
        (Some("reported"), Some("held"))
    );
    let c403 = changed("C4-03");
    assert_eq!(c403["fields"][1]["field"], "verification");
    assert_eq!(c403["fields"][1]["before"], "unverified");
    assert_eq!(c403["fields"][1]["after"], "confirmed");
    assert!(r["covered"].as_array().unwrap().is_empty());
    // The colleague's record is the release's now; their note and brief stay.
    assert_eq!(
        ok_json(&colleague, &["show", "C4-04"])["commitment"]["provenance"],
        Value::Null
    );
    assert_eq!(
        ok_json(&colleague, &["show", "C4-03"])["commitment"]["verification"],
        "confirmed"
    );
    let releases = ok_json(&colleague, &["dataset", "releases"]);
    let listed: Vec<(String, bool)> = releases["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["dataset_version"].as_str().unwrap().to_owned(),
                x["in_use"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("2026.12.1".to_owned(), true),
            ("2026.11.1".to_owned(), false)
        ]
    );
    assert!(dir
        .path()
        .join("colleague/releases/2026.12.1.release.json")
        .exists());

    // The lead imports their own release: their entries are covered, and retired on request.
    let v = ok_json(
        &lead,
        &[
            "dataset",
            "import",
            release.to_str().unwrap(),
            "--accept-unverified",
            "--retire-covered",
        ],
    );
    let covered: Vec<&str> = v["import"]["report"]["covered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(covered.len(), 5, "{covered:?}");
    assert!(covered.contains(&"correction:C4-03:verification"));
    assert_eq!(v["import"]["retired"].as_array().unwrap().len(), 5);
    assert_eq!(v["import"]["report"]["to"]["trust"]["kind"], "accepted");
    assert!(ok_json(&lead, &["record", "list"])["records"]
        .as_array()
        .unwrap()
        .is_empty());
    // Nothing was lost: undo brings a retired entry back.
    ok(&lead, &["undo"]);
    assert_eq!(
        ok_json(&lead, &["record", "list"])["records"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Back to the built-in release: the colleague's note and brief are untouched.
    let v = ok_json(&colleague, &["dataset", "use", "2026.11.1"]);
    assert_eq!(v["release"]["trust"]["kind"], "built-in");
    assert_eq!(
        ok_json(&colleague, &["show", "C4-03"])["commitment"]["verification"],
        "unverified"
    );
    let (code, _) = fail(&colleague, &["show", "C4-04"]);
    assert_eq!(code, 1);
    assert_eq!(
        ok_json(&colleague, &["annotations"])["annotations"][0]["annotation"]["fields"]["note"],
        "Ask METI for the press release."
    );
    let (code, err) = fail(&colleague, &["dataset", "use", "2031.1.1"]);
    assert_eq!(code, 1);
    assert!(err.contains("no release 2031.1.1 is installed"), "{err}");
    ok(&colleague, &["dataset", "use", "2026.12.1"]);
    assert_eq!(
        ok_json(&colleague, &["show", "C4-04"])["commitment"]["id"],
        "C4-04"
    );
}

#[test]
fn tampered_unsigned_and_wrongly_signed_releases_are_refused_saying_which() {
    let dir = tempfile::tempdir().unwrap();
    let lead = dir.path().join("lead/w.sqlite");
    ok(
        &lead,
        &[
            "record",
            "add",
            write(dir.path(), "press.json", PRESS).to_str().unwrap(),
        ],
    );
    let (key, public) = keys(dir.path());
    let release = dir.path().join("r.json");
    ok(
        &lead,
        &[
            "dataset",
            "build",
            "-o",
            release.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "--dataset-version",
            "2026.12.2",
        ],
    );
    let sig = std::fs::read(format!("{}.minisig", release.display())).unwrap();
    let bytes = std::fs::read(&release).unwrap();
    let ws = dir.path().join("colleague/w.sqlite");
    ok(&ws, &["dataset", "trust", public.to_str().unwrap()]);
    let import = |file: &Path| fail(&ws, &["dataset", "import", file.to_str().unwrap()]);

    // One byte of the content changed: its hash no longer matches.
    let mut t = bytes.clone();
    let at = t.windows(8).position(|w| w == b"Brussels").unwrap();
    t[at] = b'b';
    let tampered = write(dir.path(), "tampered.json", "");
    std::fs::write(&tampered, &t).unwrap();
    std::fs::write(format!("{}.minisig", tampered.display()), &sig).unwrap();
    let (code, err) = import(&tampered);
    assert_eq!(code, 1);
    assert!(
        err.contains("does not match its SHA-256") && err.contains("changed after it was made"),
        "{err}"
    );
    // One byte outside the content: the signature no longer matches.
    let mut t = bytes.clone();
    let last = t.iter().rposition(|b| *b == b'}').unwrap();
    t.insert(last, b' ');
    std::fs::write(&tampered, &t).unwrap();
    let (code, err) = import(&tampered);
    assert_eq!(code, 1);
    assert!(
        err.contains("does not match the file: it was changed after it was signed"),
        "{err}"
    );
    // Unsigned.
    let unsigned = write(dir.path(), "unsigned.json", "");
    std::fs::write(&unsigned, &bytes).unwrap();
    let (code, err) = import(&unsigned);
    assert_eq!(code, 1);
    assert!(
        err.contains("is not signed (there is no") && err.contains("unsigned.json.minisig"),
        "{err}"
    );
    // Signed by another key.
    let other = dir.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    let (other_key, _) = keys(&other);
    let wrong = dir.path().join("wrong.json");
    ok(
        &lead,
        &[
            "dataset",
            "build",
            "-o",
            wrong.to_str().unwrap(),
            "--key",
            other_key.to_str().unwrap(),
            "--dataset-version",
            "2026.12.3",
        ],
    );
    let (code, err) = import(&wrong);
    assert_eq!(code, 1);
    assert!(
        err.contains("signed by key") && err.contains("which you do not trust"),
        "{err}"
    );
    // A release whose dataset is broken: every problem at once.
    let broken = dir.path().join("broken.json");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut doc = doc;
    let commitments = doc["files"]["commitments.json"]
        .as_str()
        .unwrap()
        .replace("\"dpc-2024\"", "\"dpc-2042\"");
    doc["files"]["commitments.json"] = Value::String(commitments);
    let files: Vec<(String, String)> = doc["files"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
        .collect();
    doc["sha256"] = Value::String(briefdesk_core::release::content_hash(|n| {
        files.iter().find(|(k, _)| k == n).map(|(_, t)| t.as_str())
    }));
    std::fs::write(&broken, serde_json::to_vec(&doc).unwrap()).unwrap();
    let (code, err) = fail(
        &ws,
        &[
            "dataset",
            "import",
            broken.to_str().unwrap(),
            "--accept-unverified",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("commitments.json:") && err.contains("no meeting with id `dpc-2042`"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    // After all that, nothing was installed and the record is as shipped.
    assert!(
        !dir.path().join("colleague/releases").exists()
            || std::fs::read_dir(dir.path().join("colleague/releases"))
                .unwrap()
                .next()
                .is_none()
    );
    let v = ok_json(&ws, &["dataset", "releases"]);
    assert_eq!(v["releases"].as_array().unwrap().len(), 1);
    // An explicit override imports an unsigned release, marked as accepted.
    let v = ok_json(
        &ws,
        &[
            "dataset",
            "import",
            unsigned.to_str().unwrap(),
            "--accept-unverified",
        ],
    );
    assert_eq!(v["import"]["report"]["to"]["trust"]["kind"], "accepted");
    assert!(v["import"]["report"]["to"]["trust"]["reason"]
        .as_str()
        .unwrap()
        .contains("not signed"));
    // A key file that is not one is a file problem.
    let bad_key = write(dir.path(), "bad.key", "not a key");
    let (code, _) = fail(
        &lead,
        &[
            "dataset",
            "build",
            "-o",
            dir.path().join("x.json").to_str().unwrap(),
            "--key",
            bad_key.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 3);
}

/// Text of a PDF, whitespace collapsed so text broken across lines matches.
fn pdf_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext: scripts/setup.sh installs it");
    assert!(out.status.success());
    collapse(&String::from_utf8(out.stdout).unwrap())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a DOCX's body, a paragraph a line.
fn docx_text(docx: &Path) -> String {
    use quick_xml::events::Event;
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut r = quick_xml::Reader::from_str(&xml);
    let (mut out, mut in_text) = (String::new(), false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.push('\n'),
            Event::Empty(e) if e.name().as_ref() == b"w:tab" => out.push(' '),
            Event::Text(t) if in_text => out.push_str(&t.xml10_content().unwrap()),
            Event::GeneralRef(g) if in_text => out.push_str(
                &quick_xml::escape::unescape(&format!("&{};", String::from_utf8_lossy(&g)))
                    .unwrap(),
            ),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn a_brief_since_the_last_council_shows_own_records_and_corrections_with_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("w.sqlite");
    fourth_council(dir.path(), &ws);
    ok(
        &ws,
        &[
            "record",
            "correct",
            "C4-03",
            "--field",
            "verification",
            "--value",
            "confirmed",
            "--source",
            "ec-dpc4-press",
        ],
    );
    // A brief for the next Council: the 4th, held now by the user's
    // correction, is the last one.
    ok(
        &ws,
        &[
            "brief",
            "new",
            "--template",
            "council-preparation",
            "--title",
            "Tokyo 2027",
            "--meeting",
            "5th Council, Tokyo 2027",
        ],
    );
    ok(
        &ws,
        &["brief", "add", "1", "semiconductors", "C4-03", "C4-04"],
    );
    let view = ok_json(&ws, &["brief", "show", "1"]);
    let sections = view["view"]["sections"].as_array().unwrap();
    let since = sections
        .iter()
        .find_map(|s| s["since"].as_object())
        .expect("the section since the last council");
    assert_eq!(since["meeting"]["id"], "dpc-2026");
    assert_eq!(since["participants"][0]["name"], "Henna Virkkunen");
    let press = view["view"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "ec-dpc4-press")
        .expect("the press release among the brief's sources");
    let n = press["number"].as_u64().unwrap();
    let today = chrono_today();

    // Markdown: the participants, the corrections of the meeting, the own
    // commitment and the corrected one, each "by …, source [n]".
    let md = dir.path().join("brief.md");
    ok(&ws, &["export", "1", "-o", md.to_str().unwrap()]);
    let md = std::fs::read_to_string(&md).unwrap();
    let flat = collapse(&md.replace('\\', ""));
    for want in [
        "Participants: Henna Virkkunen, Executive Vice-President of the European Commission; Taira Masaaki (平将明), Minister for Digital Transformation.".to_owned(),
        format!("Participants corrected by {AUTHOR} on {today}: Henna Virkkunen"),
        format!("Status corrected by {AUTHOR} on {today}: held (as of 5 May 2026), source [{n}]; shipped value: reported, unconfirmed."),
        "**C4-04** Second joint call on chip research".to_owned(),
        format!("Added by {AUTHOR} on {today}; source: [{n}]."),
        format!("Verification corrected by {AUTHOR} on {today}: Confirmed, source [{n}]; shipped value: Unverified."),
        format!("added by {AUTHOR} on {today}"),
    ] {
        assert!(flat.contains(&want), "the Markdown lacks {want:?}:\n{md}");
    }
    // The C4-04 line of "since the last council" carries its own mark.
    let line = md
        .lines()
        .find(|l| l.starts_with("- **C4-04**"))
        .expect("C4-04 since the last council");
    assert!(line.contains(&format!("*Added by {AUTHOR}")), "{line}");

    // PDF and DOCX: the same sentences.
    let pdf = dir.path().join("brief.pdf");
    ok(&ws, &["export", "1", "-o", pdf.to_str().unwrap()]);
    let text = pdf_text(&pdf);
    let docx = dir.path().join("brief.docx");
    ok(&ws, &["export", "1", "-o", docx.to_str().unwrap()]);
    let words = collapse(&docx_text(&docx));
    for want in [
        "Participants: Henna Virkkunen, Executive Vice-President of the European Commission".to_owned(),
        format!("Status corrected by {AUTHOR} on {today}: held (as of 5 May 2026), source [{n}]; shipped value: reported, unconfirmed."),
        format!("Added by {AUTHOR} on {today}; source: [{n}]."),
        format!("Verification corrected by {AUTHOR} on {today}: Confirmed, source [{n}]; shipped value: Unverified."),
        "European Commission, Joint press release of the 4th EU–Japan Digital Partnership Council, 5 May 2026.".to_owned(),
        format!("(added by {AUTHOR} on {today})"),
    ] {
        assert!(text.contains(&want), "the PDF lacks {want:?}:\n{text}");
        assert!(words.contains(&want), "the DOCX lacks {want:?}:\n{words}");
    }
    // The DOCX numbers its list of sources as the provenance cites them.
    assert!(
        words.contains(&format!("{n}. European Commission, Joint press release")),
        "{words}"
    );
}

/// Today as the exports write it in English ("1 December 2026").
fn chrono_today() -> String {
    let out = std::process::Command::new("date")
        .args(["-u", "+%-d %B %Y"])
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}
