//! The CLI as a user runs it, on the shipped dataset: from any folder,
//! human and JSON output, filters, lineage, conflicts, errors and exit codes.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn briefdesk(args: &[&str]) -> Output {
    // Run from an unrelated folder: the dataset is built into the binary.
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_briefdesk"))
        .args(args)
        .current_dir(dir.path())
        .env("COLUMNS", "100")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(args: &[&str]) -> Value {
    let out = briefdesk(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format_version"], 2);
    v
}

fn repo_data() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn validate_passes_on_the_built_in_and_the_repo_dataset() {
    for args in [vec!["validate"], vec!["validate", "--data", &repo_data()]] {
        let out = briefdesk(&args);
        assert!(out.status.success(), "{}", stdout(&out));
        let text = stdout(&out);
        assert_eq!(text.lines().count(), 1, "one-line summary: {text}");
        assert!(text.starts_with("ok: "), "{text}");
        assert!(text.contains("64 commitments"), "{text}");
    }
}

#[test]
fn list_semiconductors_shows_the_lineage_in_council_order() {
    let out = briefdesk(&["list", "--sector", "semiconductors"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let pos = |id: &str| {
        text.lines()
            .position(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("{id} missing from:\n{text}"))
    };
    // The 2023 memorandum, the 2024 expert team, the 2025 research topics.
    assert!(pos("C1-05") < pos("C2-08"));
    assert!(pos("C2-08") < pos("C3-04"));
    assert!(text.contains("Semiconductor Memorandum of Cooperation signed"));

    let v = json(&["list", "--sector", "semiconductors", "--json"]);
    let items = v["commitments"].as_array().unwrap();
    let dates: Vec<&str> = items.iter().map(|c| c["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "council order");
    assert!(items.iter().all(|c| c["sectors"]
        .as_array()
        .unwrap()
        .contains(&"semiconductors".into())));
}

#[test]
fn sector_can_be_given_by_name_and_filters_combine() {
    let by_name = json(&["list", "--sector", "Semiconductors", "--json"]);
    let by_id = json(&["list", "--sector", "semiconductors", "--json"]);
    assert_eq!(by_name, by_id);

    let v = json(&[
        "list",
        "--sector",
        "semiconductors",
        "--meeting",
        "2024",
        "--json",
    ]);
    let ids: Vec<&str> = v["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["C2-08", "C2-09"]);

    let v = json(&["list", "--verification", "unverified", "--json"]);
    assert!(v["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["verification"] == "unverified" && c["meeting"] == "dpc-2026"));

    let v = json(&[
        "list",
        "--status",
        "planned",
        "--kind",
        "next-step",
        "--json",
    ]);
    for c in v["commitments"].as_array().unwrap() {
        assert_eq!(c["status"], "planned");
        assert_eq!(c["kind"], "next-step");
    }
}

#[test]
fn show_prints_sources_and_lineage() {
    let out = briefdesk(&["show", "C2-08"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("C2-08  "), "{text}");
    assert!(text.contains("\nSources\n"), "{text}");
    assert!(text.contains(
        "https://digital-strategy.ec.europa.eu/en/news/eu-and-japan-advance-joint-work-digital-identity-semiconductors-artificial-intelligence"
    ));
    let lineage = text.split("\nLineage\n").nth(1).expect("a Lineage section");
    let line_of = |id: &str| {
        lineage
            .lines()
            .position(|l| l.contains(&format!(" {id} ")))
            .unwrap_or_else(|| panic!("{id} not in lineage:\n{lineage}"))
    };
    assert!(line_of("C1-05") < line_of("C2-08"));
    assert!(line_of("C2-08") < line_of("C3-04"));
    assert!(lineage
        .lines()
        .any(|l| l.starts_with("▶ ") && l.contains("C2-08")));

    let v = json(&["show", "C2-08", "--json"]);
    let c = &v["commitment"];
    assert_eq!(c["meeting"]["id"], "dpc-2024");
    let ids = |key: &str| -> Vec<String> {
        c[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(ids("lineage_before").contains(&"C1-05".to_owned()));
    assert!(ids("lineage_after").contains(&"C3-04".to_owned()));
    let sources = c["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    for (i, s) in sources.iter().enumerate() {
        assert_eq!(s["number"], i + 1);
        assert!(s["publisher"].as_str().is_some_and(|p| !p.is_empty()));
    }
}

#[test]
fn show_flags_conflicts_between_sources() {
    let v = json(&["show", "C3-10", "--json"]);
    let conflicts = v["commitment"]["conflicts"].as_array().unwrap();
    let loi = conflicts
        .iter()
        .find(|c| c["id"] == "quantum-loi-date")
        .expect("the letter-of-intent date conflict");
    let values: Vec<&str> = loi["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert!(values.iter().any(|v| v.contains("2025-05-13")));
    assert!(values.iter().any(|v| v.contains("2025-05-14")));

    let text = stdout(&briefdesk(&["show", "C3-10"]));
    assert!(text.contains("Conflicts between sources"), "{text}");
    assert!(text.contains("木内稔"), "Japanese name shown: {text}");
}

#[test]
fn sectors_and_meetings_cover_the_whole_record() {
    let v = json(&["sectors", "--json"]);
    let sectors = v["sectors"].as_array().unwrap();
    assert_eq!(sectors.len(), 12);
    assert!(sectors
        .iter()
        .all(|s| s["commitments"].as_u64().unwrap() > 0));

    let v = json(&["meetings", "--json"]);
    let ids: Vec<&str> = v["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "launch-2022",
            "dpc-2023",
            "dpc-2024",
            "dpc-2025",
            "dpc-2026"
        ]
    );
    let text = stdout(&briefdesk(&["meetings"]));
    let last = text.lines().last().unwrap();
    assert!(
        last.contains("dpc-2026") && last.contains("unverified"),
        "{last}"
    );
}

#[test]
fn unknown_names_are_usage_errors_with_a_suggestion() {
    let out = briefdesk(&["list", "--sector", "semiconductor"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown sector `semiconductor`"), "{err}");
    assert!(err.contains("did you mean `semiconductors`?"), "{err}");

    let out = briefdesk(&["list", "--status", "ongoing"]);
    assert_eq!(out.status.code(), Some(2));

    let out = briefdesk(&["show", "C9-99"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no commitment or context item with id `C9-99`"));
}

#[test]
fn an_invalid_data_folder_stops_every_command_with_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let out = briefdesk(&["list", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("manifest.json: $: missing file"), "{err}");
    assert!(err.contains("9 problems in the dataset"), "{err}");
}
