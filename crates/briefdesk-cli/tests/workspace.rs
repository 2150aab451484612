//! The workspace commands as a user runs them: annotate, history, restore,
//! undo, redo, annotations; orphaned annotations; every error path.

use std::path::Path;

mod common;
use common::{fail, ok_json, run};

#[test]
fn annotate_history_restore_undo_redo() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let v = ok_json(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "Ask METI whether the team met",
            "--status",
            "at-risk",
            "--tag",
            "chips",
            "--tag",
            "council",
            "--follow-up",
            "2026-06-01",
        ],
    );
    let a = &v["annotation"];
    assert_eq!(a["commitment"], "C2-08");
    assert_eq!(a["fields"]["status"], "at-risk");
    assert_eq!(a["fields"]["tags"], serde_json::json!(["chips", "council"]));
    assert_eq!(a["fields"]["follow_up"], "2026-06-01");
    assert_eq!(v["orphaned"], false);

    // A partial edit keeps the rest.
    let v = ok_json(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "The team met twice",
            "--untag",
            "council",
        ],
    );
    assert_eq!(v["annotation"]["fields"]["status"], "at-risk");
    assert_eq!(
        v["annotation"]["fields"]["tags"],
        serde_json::json!(["chips"])
    );

    let h = ok_json(&ws, &["history", "C2-08"]);
    let revs = h["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(revs[0]["current"], true);
    assert_eq!(revs[1]["fields"]["note"], "Ask METI whether the team met");
    let first = revs[1]["id"].as_i64().unwrap().to_string();

    // Undo, redo, restore.
    let v = ok_json(&ws, &["undo"]);
    assert_eq!(
        v["change"]["current"]["fields"]["note"],
        "Ask METI whether the team met"
    );
    let v = ok_json(&ws, &["redo"]);
    assert_eq!(
        v["change"]["current"]["fields"]["note"],
        "The team met twice"
    );
    let v = ok_json(&ws, &["restore", "C2-08", &first]);
    assert_eq!(
        v["annotation"]["fields"]["note"],
        "Ask METI whether the team met"
    );
    assert_eq!(
        ok_json(&ws, &["history", "C2-08"])["revisions"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let v = ok_json(&ws, &["undo"]);
    assert_eq!(
        v["change"]["current"]["fields"]["note"],
        "The team met twice"
    );

    // Undo everything, then nothing is left to undo.
    ok_json(&ws, &["undo"]);
    let v = ok_json(&ws, &["undo"]);
    assert!(v["change"]["current"].is_null());
    let (code, err) = fail(&ws, &["undo"]);
    assert_eq!(code, 1);
    assert!(err.contains("nothing to undo"), "{err}");
    // Nothing was lost: the history still has every version.
    assert_eq!(
        ok_json(&ws, &["history", "C2-08"])["revisions"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn annotations_of_commitments_that_left_the_dataset_are_kept_and_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok_json(
        &ws,
        &["annotate", "C2-08", "--note", "kept whatever happens"],
    );
    // A dataset update without C2-08 (the minimal fixture has no such commitment).
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/minimal");
    let v = ok_json(&ws, &["annotations", "--data", fixture.to_str().unwrap()]);
    let all = v["annotations"].as_array().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["orphaned"], true);
    assert_eq!(
        all[0]["annotation"]["fields"]["note"],
        "kept whatever happens"
    );
    let out = run(&ws, &["annotations", "--data", fixture.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("orphaned"));
    // It can still be edited there.
    ok_json(
        &ws,
        &[
            "annotate",
            "C2-08",
            "--note",
            "still editable",
            "--data",
            fixture.to_str().unwrap(),
        ],
    );
    // And with the full dataset it is no longer orphaned.
    assert_eq!(
        ok_json(&ws, &["annotations"])["annotations"][0]["orphaned"],
        false
    );
}

#[test]
fn bad_input_and_bad_files_are_refused_clearly_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    let (code, err) = fail(&ws, &["annotate", "C9-99", "--note", "x"]);
    assert_eq!(code, 1);
    assert!(err.contains("no commitment with id `C9-99`"), "{err}");
    let (code, err) = fail(&ws, &["annotate", "C2-08", "--follow-up", "2026-02-30"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a date"), "{err}");
    let (code, _) = fail(&ws, &["annotate", "C2-08", "--status", "fine"]);
    assert_eq!(code, 2);
    let (code, err) = fail(&ws, &["restore", "C2-08", "7"]);
    assert_eq!(code, 1);
    assert!(err.contains("no revision 7"), "{err}");

    // Not a workspace: refused by name, and left exactly as it was.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "important notes\n").unwrap();
    let (code, err) = fail(&text, &["annotations"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("notes.txt: not a Briefdesk workspace"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "important notes\n");
}

#[test]
fn share_annotations_through_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let alice = dir.path().join("alice.sqlite");
    let bob = dir.path().join("bob.sqlite");
    ok_json(
        &alice,
        &[
            "annotate",
            "C2-08",
            "--note",
            "Alice: ask METI",
            "--tag",
            "chips",
        ],
    );
    ok_json(
        &bob,
        &["annotate", "C3-10", "--note", "Bob: LoI signed 13 May"],
    );
    let bundle = dir.path().join("alice.json");
    let out = run(
        &alice,
        &["export-annotations", "-o", bundle.to_str().unwrap()],
    );
    assert!(out.status.success());
    let v = ok_json(&bob, &["import-annotations", bundle.to_str().unwrap()]);
    assert_eq!(v["import"]["revisions_added"], 1);
    assert_eq!(v["import"]["added"], serde_json::json!(["C2-08"]));
    let all = ok_json(&bob, &["annotations"]);
    assert_eq!(all["annotations"].as_array().unwrap().len(), 2);

    // A hostile bundle is refused and changes nothing.
    let evil = dir.path().join("evil.json");
    std::fs::write(&evil, r#"{"format":"briefdesk-annotations","version":1,"exported_at":"x","annotations":[{"commitment":"C1-05","current":null,"revisions":[{"uid":"not-a-uuid","note":"x","status":null,"tags":[],"follow_up":null,"updated_at":"2026-01-01T00:00:00Z","origin":"local"}]}]}"#).unwrap();
    let (code, err) = fail(&bob, &["import-annotations", evil.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(
        err.contains("evil.json: refused") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(
        ok_json(&bob, &["annotations"])["annotations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
