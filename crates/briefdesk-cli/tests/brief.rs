//! Briefs as a user assembles them from the command line: every `brief`
//! command and its undo, the Markdown export of a known brief against a
//! reviewed snapshot, commitments a dataset update removed, and bad input.

use std::path::Path;

mod common;
use common::{fail, ok, ok_json as json};

/// The commitment ids of section `key` of brief `id`, in order.
fn order(ws: &Path, id: &str, key: &str) -> Vec<String> {
    let v = json(ws, &["brief", "show", id]);
    v["brief"]["doc"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["sector"] == key || (key == "since-last-council" && s["sector"].is_null()))
        .unwrap_or_else(|| panic!("no section {key}"))["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["commitment"].as_str().unwrap().to_owned())
        .collect()
}

fn section_keys(ws: &Path, id: &str) -> Vec<String> {
    let v = json(ws, &["brief", "show", id]);
    v["view"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_brief_command_and_its_undo() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    // From the built-in template.
    let v = json(
        &ws,
        &[
            "brief",
            "new",
            "--template",
            "council-preparation",
            "--title",
            "Brussels 2026",
        ],
    );
    assert_eq!(v["brief"]["id"], 1);
    assert_eq!(v["view"]["sections"].as_array().unwrap().len(), 13);
    assert_eq!(
        v["view"]["meeting_ref"]["id"], "dpc-2026",
        "the next council by default"
    );
    // add / undo / redo
    ok(
        &ws,
        &["brief", "add", "1", "semiconductors", "C2-08", "C1-05"],
    );
    assert_eq!(order(&ws, "1", "semiconductors"), ["C2-08", "C1-05"]);
    ok(&ws, &["undo"]);
    assert!(order(&ws, "1", "semiconductors").is_empty());
    assert!(ok(&ws, &["redo"]).contains("brief 1: redone"));
    assert_eq!(order(&ws, "1", "semiconductors"), ["C2-08", "C1-05"]);
    // move / undo
    ok(
        &ws,
        &["brief", "move", "1", "semiconductors", "C1-05", "--to", "1"],
    );
    assert_eq!(order(&ws, "1", "semiconductors"), ["C1-05", "C2-08"]);
    ok(&ws, &["undo"]);
    assert_eq!(order(&ws, "1", "semiconductors"), ["C2-08", "C1-05"]);
    ok(&ws, &["redo"]);
    // move into another section
    ok(
        &ws,
        &[
            "brief",
            "move",
            "1",
            "semiconductors",
            "C2-08",
            "--to",
            "1",
            "--into",
            "quantum",
        ],
    );
    assert_eq!(order(&ws, "1", "quantum"), ["C2-08"]);
    ok(&ws, &["undo"]);
    assert_eq!(order(&ws, "1", "semiconductors"), ["C1-05", "C2-08"]);
    // sections: remove, move, add, each undone
    ok(
        &ws,
        &["brief", "remove-section", "1", "Artificial intelligence"],
    );
    assert!(!section_keys(&ws, "1").contains(&"ai".to_owned()));
    ok(&ws, &["undo"]);
    assert_eq!(section_keys(&ws, "1")[2], "ai");
    ok(
        &ws,
        &["brief", "move-section", "1", "semiconductors", "--to", "13"],
    );
    assert_eq!(section_keys(&ws, "1").last().unwrap(), "semiconductors");
    ok(&ws, &["undo"]);
    assert_eq!(section_keys(&ws, "1")[1], "semiconductors");
    // text, annotation flag, remove
    ok(
        &ws,
        &[
            "brief",
            "text",
            "1",
            "semiconductors",
            "--background",
            "Chips first.",
            "--point",
            "One",
            "--point",
            "Two",
        ],
    );
    let v = json(&ws, &["brief", "show", "1"]);
    assert_eq!(
        v["view"]["sections"][1]["talking_points"],
        serde_json::json!(["One", "Two"])
    );
    // Search finds the brief by its text.
    let found = json(&ws, &["search", "chips first"]);
    assert_eq!(found["briefs"][0]["brief"], 1);
    assert!(ok(&ws, &["search", "chips first"]).contains("brief 1    Brussels 2026"));
    ok(
        &ws,
        &[
            "brief",
            "annotation",
            "1",
            "semiconductors",
            "C2-08",
            "--exclude",
        ],
    );
    assert_eq!(
        json(&ws, &["brief", "show", "1"])["brief"]["doc"]["sections"][1]["items"][1]
            ["include_annotation"],
        false
    );
    ok(&ws, &["brief", "remove", "1", "semiconductors", "C2-08"]);
    assert_eq!(order(&ws, "1", "semiconductors"), ["C1-05"]);
    ok(&ws, &["undo"]);
    assert_eq!(order(&ws, "1", "semiconductors"), ["C1-05", "C2-08"]);
    // edit the cover
    ok(
        &ws,
        &[
            "brief",
            "edit",
            "1",
            "--marking",
            "Limited",
            "--date",
            "2026-04-20",
            "--meeting",
            "Informal ministerial dinner",
        ],
    );
    let v = json(&ws, &["brief", "show", "1"]);
    assert_eq!(v["view"]["date_label"], "20 April 2026");
    assert_eq!(v["view"]["meeting"], "Informal ministerial dinner");
    assert_eq!(v["brief"]["doc"]["meeting"]["kind"], "other");
    // duplicate, save as template, new from it, quick, list
    assert!(ok(&ws, &["brief", "duplicate", "1"]).contains("brief 2: created"));
    assert!(ok(
        &ws,
        &[
            "brief",
            "save-template",
            "1",
            "--title",
            "Our council template"
        ]
    )
    .contains("brief 3: saved as a template"));
    let v = json(&ws, &["brief", "new", "--template", "3"]);
    assert_eq!(v["brief"]["doc"]["title"], "Our council template");
    assert_eq!(v["brief"]["template"], false);
    let v = json(&ws, &["brief", "quick", "--sector", "Quantum technologies"]);
    let quick: Vec<&str> = v["brief"]["doc"]["sections"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["commitment"].as_str().unwrap())
        .collect();
    assert_eq!(quick.len(), 6, "every quantum commitment: {quick:?}");
    let list = json(&ws, &["brief", "list"]);
    let templates: Vec<bool> = list["briefs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["template"].as_bool().unwrap())
        .collect();
    assert_eq!(templates, [false, false, true, false, false]);
    // delete, undo brings it back; history shows every version
    ok(&ws, &["brief", "delete", "2"]);
    let (code, err) = fail(&ws, &["brief", "show", "2"]);
    assert_eq!(code, 1);
    assert!(err.contains("deleted"), "{err}");
    ok(&ws, &["undo"]);
    ok(&ws, &["brief", "show", "2"]);
    let h = json(&ws, &["brief", "history", "1"]);
    let revisions = h["revisions"].as_array().unwrap();
    assert!(revisions.len() >= 10);
    let first = revisions.last().unwrap()["id"].as_i64().unwrap();
    ok(&ws, &["brief", "restore", "1", &first.to_string()]);
    assert!(order(&ws, "1", "semiconductors").is_empty());
    ok(&ws, &["undo"]);
    assert_eq!(order(&ws, "1", "semiconductors"), ["C1-05", "C2-08"]);
}

#[test]
fn bad_input_says_what_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["brief", "new", "--title", "T"]);
    let before = json(&ws, &["brief", "history", "1"]);
    for (args, code, says) in [
        (
            vec!["brief", "add", "1", "semiconductors", "C1-05"],
            2,
            "no section `semiconductors`",
        ),
        (
            vec!["brief", "add-section", "1", "semicondutors"],
            2,
            "did you mean `semiconductors`",
        ),
        (vec!["brief", "show", "9"], 1, "no brief 9"),
        (
            vec!["brief", "new", "--template", "no-such"],
            1,
            "no built-in template",
        ),
        (
            vec!["brief", "edit", "1", "--title", " "],
            2,
            "needs a title",
        ),
        (
            vec!["brief", "edit", "1", "--date", "2026-13-01"],
            2,
            "not a date",
        ),
        (
            vec!["brief", "add-section", "1", "quantum", "--at", "0"],
            2,
            "counts from 1",
        ),
        (
            vec!["brief", "quick", "--sector", "nope"],
            2,
            "unknown sector",
        ),
        (vec!["brief", "restore", "1", "999"], 1, "no revision 999"),
    ] {
        let (c, err) = fail(&ws, &args);
        assert_eq!(c, code, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    ok(&ws, &["brief", "add-section", "1", "quantum"]);
    let (c, err) = fail(&ws, &["brief", "add", "1", "quantum", "C9-99"]);
    assert_eq!(c, 2);
    assert!(err.contains("no commitment with id `C9-99`"), "{err}");
    let (_, err) = fail(&ws, &["brief", "add", "1", "quantum", "C3-10", "C3-10"]);
    assert!(err.contains("already in section"), "{err}");
    // Failed edits wrote nothing.
    let after = json(&ws, &["brief", "history", "1"]);
    assert_eq!(
        after["revisions"].as_array().unwrap().len(),
        before["revisions"].as_array().unwrap().len() + 1
    );
    // An export to a folder that does not exist fails and leaves nothing.
    let target = dir.path().join("missing/brief.md");
    let (c, err) = fail(
        &ws,
        &[
            "export",
            "1",
            "--format",
            "md",
            "-o",
            target.to_str().unwrap(),
        ],
    );
    assert_eq!(c, 3, "a file that cannot be written: {err}");
    assert!(
        err.contains("missing/brief.md") && err.contains("No such file"),
        "{err}"
    );
    assert!(!target.exists());
}

#[test]
fn commitments_a_dataset_update_removed_stay_in_the_brief_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["brief", "new", "--title", "Chips"]);
    ok(&ws, &["brief", "add-section", "1", "semiconductors"]);
    ok(
        &ws,
        &["brief", "add", "1", "semiconductors", "C1-05", "C2-08"],
    );
    // The minimal fixture has C1-05 but not C2-08.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/minimal");
    let data = fixture.to_str().unwrap();
    let v = json(&ws, &["brief", "show", "1", "--data", data]);
    let items = &v["view"]["sections"][0]["items"];
    assert_eq!(items[1]["commitment"], "C2-08");
    assert_eq!(items[1]["missing"], true);
    assert_eq!(v["view"]["missing"], serde_json::json!(["C2-08"]));
    let text = ok(&ws, &["brief", "show", "1", "--data", data]);
    assert!(
        text.contains("C2-08    (no longer in the dataset)"),
        "{text}"
    );
    // Editing under the smaller dataset keeps the reference.
    ok(
        &ws,
        &[
            "brief",
            "move",
            "1",
            "semiconductors",
            "C2-08",
            "--to",
            "1",
            "--data",
            data,
        ],
    );
    let md_path = dir.path().join("b.md");
    ok(
        &ws,
        &[
            "export",
            "1",
            "-o",
            md_path.to_str().unwrap(),
            "--data",
            data,
        ],
    );
    let md = std::fs::read_to_string(&md_path).unwrap();
    assert!(md.contains("#### C2-08 (no longer in the dataset)"), "{md}");
    // Back on the full dataset it reads normally again, in the new order.
    assert_eq!(order(&ws, "1", "semiconductors"), ["C2-08", "C1-05"]);
    assert_eq!(
        json(&ws, &["brief", "show", "1"])["view"]["missing"],
        serde_json::json!([])
    );
}

/// The Markdown export of a known brief, built through the CLI, matches the
/// reviewed snapshot `tests/snapshots/brief.md`
/// (`BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli --test brief` rewrites it).
#[test]
fn the_markdown_export_of_a_known_brief_matches_the_reviewed_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    common::known_brief(&ws);
    let path = dir.path().join("brief.md");
    ok(
        &ws,
        &[
            "export",
            "1",
            "--format",
            "md",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(!md.contains("Not shown"));
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let stale = briefdesk_core::golden::check(&snapshots, &[("brief.md".into(), md)], false);
    assert!(
        stale.is_empty(),
        "the Markdown export differs from tests/snapshots/brief.md; review the change and run \
         `BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli --test brief`"
    );
}
