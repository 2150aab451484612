//! `briefdesk search` as users run it, on a workspace in a temporary folder.

use serde_json::Value;

mod common;
use common::{ok, run};

#[test]
fn search_finds_commitments_and_notes_ranked_with_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");

    let text = ok(&ws, &["search", "Kiuchi"]);
    assert!(text.contains("C3-10"), "{text}");
    assert!(text.contains("«Kiuchi»"), "{text}");
    assert!(text.contains("best first"), "{text}");

    let v: Value = serde_json::from_str(&ok(&ws, &["search", "木内稔", "--json"])).unwrap();
    assert_eq!(v["format_version"], 2);
    let hits = v["hits"].as_array().unwrap();
    assert!(hits.iter().any(|h| h["commitment"] == "C3-10"), "{v}");
    let h = &hits[0];
    assert!(
        h["snippet"]
            .as_str()
            .unwrap()
            .contains("\u{E000}木内稔\u{E001}"),
        "{v}"
    );
    assert!(h["fields"].as_array().unwrap().contains(&"actors".into()));
    assert!(h["score"].as_f64().unwrap() > 0.0);
    assert_eq!(h["orphaned"], false);

    // A note is found; filters narrow.
    ok(
        &ws,
        &["annotate", "C3-10", "--note", "Ask about the taskforce"],
    );
    let v: Value = serde_json::from_str(&ok(&ws, &["search", "taskforce", "--json"])).unwrap();
    assert_eq!(v["hits"][0]["commitment"], "C3-10");
    assert_eq!(v["hits"][0]["fields"], serde_json::json!(["note"]));
    let v: Value = serde_json::from_str(&ok(
        &ws,
        &["search", "taskforce", "--sector", "ai", "--json"],
    ))
    .unwrap();
    assert_eq!(v["hits"], serde_json::json!([]));
    let v: Value = serde_json::from_str(&ok(
        &ws,
        &[
            "search",
            "quantum",
            "--status",
            "delivered",
            "--limit",
            "3",
            "--json",
        ],
    ))
    .unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 3);

    // Syntax is text; nothing found is not an error.
    let text = ok(&ws, &["search", "NEAR( \" * OR"]);
    assert!(text.contains("No commitment"), "{text}");

    // Bad usage: exit 2 with a reason.
    let out = run(&ws, &["search", "  "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
    let out = run(&ws, &["search", "quantum", "--sector", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown sector"));
}
