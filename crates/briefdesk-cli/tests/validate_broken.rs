//! Table-driven: each case breaks the minimal fixture dataset
//! (`tests/fixtures/minimal/`) in one way, runs `briefdesk validate --data DIR
//! --json` as a user would, and checks every reported problem: file,
//! line:column, JSON path, offending value and message.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// This build's binary, or `BRIEFDESK_TEST_BIN` (another build).
fn bin() -> PathBuf {
    std::env::var_os("BRIEFDESK_TEST_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_briefdesk").into())
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/minimal")
}

/// One edit: in `file`, replace the first `from` with `to`
/// (`from` empty: replace the whole file; `to` None: delete the file).
struct Edit {
    file: &'static str,
    from: &'static str,
    to: Option<&'static [u8]>,
}

/// An expected problem: file, line, column, path, value, message fragment.
type Expect = (
    &'static str,
    Option<usize>,
    Option<usize>,
    &'static str,
    Option<&'static str>,
    &'static str,
);

struct Case {
    name: &'static str,
    edits: &'static [Edit],
    expect: &'static [Expect],
}

const fn edit(file: &'static str, from: &'static str, to: &'static str) -> Edit {
    Edit {
        file,
        from,
        to: Some(to.as_bytes()),
    }
}

const CASES: &[Case] = &[
    Case {
        name: "syntax error: trailing comma",
        edits: &[edit("sectors.json", "\"Chips and their supply chains.\"", "\"Chips and their supply chains.\",")],
        expect: &[("sectors.json", Some(6), Some(3), "$", None, "invalid JSON: trailing comma")],
    },
    Case {
        name: "not UTF-8",
        edits: &[Edit { file: "actors.json", from: "", to: Some(b"[\n  {\"id\": \"x\xff\"}\n]") }],
        expect: &[("actors.json", Some(2), Some(12), "$", None, "not UTF-8 text: invalid byte at offset 13")],
    },
    Case {
        name: "missing file",
        edits: &[Edit { file: "context.json", from: "", to: None }],
        expect: &[("context.json", None, None, "$", None, "missing file")],
    },
    Case {
        name: "unknown field, with a suggestion",
        edits: &[edit("commitments.json", "\"title\": \"Chip supply chains a priority\"", "\"title\": \"Chip supply chains a priority\", \"sumary\": \"x\"")],
        expect: &[("commitments.json", Some(9), Some(47), "$[0].sumary", Some("\"x\""), "unknown field `sumary`; did you mean `summary`?")],
    },
    Case {
        name: "missing field",
        edits: &[edit("sectors.json", "\"name\": \"Quantum technologies\",", "")],
        expect: &[("sectors.json", Some(7), Some(3), "$[1].name", None, "missing field `name`")],
    },
    Case {
        name: "wrong type",
        edits: &[edit("meetings.json", "\"number\": 28", "\"number\": \"28th\"")],
        expect: &[("meetings.json", Some(5), Some(15), "$[0].number", Some("\"28th\""), "expected integer, found a string")],
    },
    Case {
        name: "value outside its set",
        edits: &[edit("commitments.json", "\"status\": \"in-progress\"", "\"status\": \"ongoing\"")],
        expect: &[("commitments.json", Some(38), Some(15), "$[1].status", Some("\"ongoing\""), "not an allowed value; expected one of: delivered, in-progress, announced, planned, recorded")],
    },
    Case {
        name: "duplicate id in one file",
        edits: &[edit("sources.json", "\"id\": \"seed-1\"", "\"id\": \"ec-2022\"")],
        expect: &[
            ("sources.json", Some(11), Some(11), "$[1].id", Some("\"ec-2022\""), "duplicate id `ec-2022`: already defined at $[0]"),
            ("commitments.json", Some(43), Some(7), "$[1].sources[1]", Some("\"seed-1\""), "no source with id `seed-1`"),
            ("conflicts.json", Some(20), Some(11), "$[0].claims[1].sources[0]", Some("\"seed-1\""), "no source with id `seed-1`"),
        ],
    },
    Case {
        name: "duplicate id across meetings and commitments",
        edits: &[edit("context.json", "\"id\": \"R-01\"", "\"id\": \"dpc-2023\"")],
        expect: &[("context.json", Some(3), Some(11), "$[0].id", Some("\"dpc-2023\""), "duplicate id `dpc-2023`: already defined at meetings.json $[1]")],
    },
    Case {
        name: "dangling meeting reference",
        edits: &[edit("commitments.json", "\"meeting\": \"dpc-2023\"", "\"meeting\": \"dpc-2032\"")],
        expect: &[("commitments.json", Some(25), Some(16), "$[1].meeting", Some("\"dpc-2032\""), "no meeting with id `dpc-2032`; did you mean `dpc-2023`?")],
    },
    Case {
        name: "dangling sector reference",
        edits: &[edit("context.json", "\"quantum\"", "\"quantom\"")],
        expect: &[("context.json", Some(6), Some(7), "$[0].sectors[0]", Some("\"quantom\""), "no sector with id `quantom`; did you mean `quantum`?")],
    },
    Case {
        name: "dangling actor reference",
        edits: &[edit("meetings.json", "\"actor\": \"kiuchi-minoru\"", "\"actor\": \"kiuchi\"")],
        expect: &[("meetings.json", Some(31), Some(18), "$[1].participants[0].actor", Some("\"kiuchi\""), "no actor with id `kiuchi`; did you mean `kiuchi-minoru`?")],
    },
    Case {
        name: "dangling related commitment",
        edits: &[edit("commitments.json", "\"id\": \"L-05\",\n        \"relation\"", "\"id\": \"L-09\",\n        \"relation\"")],
        expect: &[("commitments.json", Some(47), Some(15), "$[1].related[0].id", Some("\"L-09\""), "no commitment or context item with id `L-09`; did you mean `L-05`?")],
    },
    Case {
        name: "impossible date",
        edits: &[edit("commitments.json", "\"date\": \"2023-07-04\"", "\"date\": \"2023-02-30\"")],
        expect: &[
            ("commitments.json", Some(26), Some(13), "$[1].date", Some("\"2023-02-30\""), "impossible date: no such day in the calendar"),
        ],
    },
    Case {
        name: "lineage that runs backwards in time",
        edits: &[edit("commitments.json", "\"date\": \"2023-07-04\"", "\"date\": \"2022-01-04\"")],
        expect: &[("commitments.json", Some(47), Some(15), "$[1].related[0].id", Some("\"L-05\""), "builds on `L-05`, dated 2022-05-12, which is later than this record (2022-01-04)")],
    },
    Case {
        name: "malformed URL",
        edits: &[edit("sources.json", "https://example.eu/summit", "https//example.eu/summit")],
        expect: &[("sources.json", Some(7), Some(12), "$[0].url", Some("\"https//example.eu/summit\""), "malformed URL: relative URL without a base")],
    },
    Case {
        name: "empty text",
        edits: &[edit("context.json", "\"An industry memorandum was signed.\"", "\"   \"")],
        expect: &[("context.json", Some(10), Some(16), "$[0].summary", Some("\"   \""), "empty text")],
    },
    Case {
        name: "newer schema version",
        edits: &[edit("manifest.json", "\"schema_version\": 1", "\"schema_version\": 7")],
        expect: &[("manifest.json", Some(2), Some(21), "$.schema_version", Some("7"), "this dataset uses format version 7, but this build of Briefdesk reads version 1")],
    },
    Case {
        name: "a conflict needs two claims",
        edits: &[edit("conflicts.json", ",\n      {\n        \"value\": \"2023-07-05\",\n        \"sources\": [\n          \"seed-1\"\n        ]\n      }", "")],
        expect: &[("conflicts.json", Some(9), Some(15), "$[0].claims", None, "a conflict needs at least two claims, found 1")],
    },
    Case {
        name: "only seed texts may lack a URL",
        edits: &[edit("sources.json", "\"seed\": \"000.txt\"", "\"note\": \"no link\"")],
        expect: &[("sources.json", Some(10), Some(3), "$[1].url", None, "missing URL: only a seed text (with `seed` set) may have none")],
    },
    Case {
        name: "a terminal escape sequence in a title",
        edits: &[edit("commitments.json", "\"title\": \"Chip supply chains a priority\"", "\"title\": \"Chip \\u001b[31msupply chains a priority\"")],
        expect: &[("commitments.json", Some(9), Some(20), "$[0].title", None, "control character U+001B in the text")],
    },
    Case {
        name: "NUL in a summary",
        edits: &[edit("commitments.json", "\"summary\": \"Resilient chip", "\"summary\": \"Resilient\\u0000 chip")],
        expect: &[("commitments.json", Some(10), Some(26), "$[0].summary", None, "control character U+0000 in the text")],
    },
    Case {
        name: "a raw C1 control character (CSI)",
        edits: &[edit("commitments.json", "\"verification_note\": \"Confirmed by the release.\"", "\"verification_note\": \"Confirmed\u{9B} by the release.\"")],
        expect: &[("commitments.json", Some(18), Some(36), "$[0].verification_note", None, "control character U+009B in the text")],
    },
    Case {
        name: "a duplicate key (JSON would keep the last)",
        edits: &[edit("commitments.json", "\"title\": \"Chip supply chains a priority\",", "\"title\": \"Chip supply chains a priority\", \"title\": \"Another\",")],
        expect: &[("commitments.json", Some(9), Some(47), "$[0].title", None, "duplicate key `title`: it already appears in this object at line 9")],
    },
    Case {
        name: "every problem at once, across files",
        edits: &[
            edit("sectors.json", "\"Chips and their supply chains.\"", "\"\""),
            edit("commitments.json", "\"kind\": \"statement\",", "\"kind\": \"statement\", \"tile\": 1,"),
            edit("commitments.json", "\"meeting\": \"launch-2022\"", "\"meeting\": \"launch\""),
            edit("actors.json", "\"side\": \"japan\"", "\"side\": \"jp\""),
        ],
        expect: &[
            ("sectors.json", Some(5), Some(20), "$[0].description", Some("\"\""), "empty text"),
            ("actors.json", Some(13), Some(13), "$[1].side", Some("\"jp\""), "not an allowed value; expected one of: eu, japan, joint, other"),
            ("commitments.json", Some(4), Some(16), "$[0].meeting", Some("\"launch\""), "no meeting with id `launch`; did you mean `launch-2022`?"),
            ("commitments.json", Some(8), Some(26), "$[0].tile", Some("1"), "unknown field `tile`; did you mean `title`?"),
        ],
    },
];

fn run_case(case: &Case) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    for e in case.edits {
        let path = dir.path().join(e.file);
        match e.to {
            None => std::fs::remove_file(&path).unwrap(),
            Some(to) if e.from.is_empty() => std::fs::write(&path, to).unwrap(),
            Some(to) => {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    text.contains(e.from),
                    "{}: `{}` not in {}",
                    case.name,
                    e.from,
                    e.file
                );
                let to = std::str::from_utf8(to).unwrap();
                std::fs::write(&path, text.replacen(e.from, to, 1)).unwrap();
            }
        }
    }
    let out = Command::new(bin())
        .args(["validate", "--json", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}: validate must fail",
        case.name
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], false);
    report["problems"].as_array().unwrap().clone()
}

#[test]
fn every_broken_dataset_is_reported_precisely() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = run_case(case);
        let got_brief: Vec<String> = got
            .iter()
            .map(|p| {
                format!(
                    "{}:{}:{} {} = {} : {}",
                    p["file"].as_str().unwrap(),
                    p["line"],
                    p["column"],
                    p["path"].as_str().unwrap(),
                    p["value"],
                    p["message"].as_str().unwrap()
                )
            })
            .collect();
        let mut ok = got.len() == case.expect.len();
        for (file, line, col, path, value, message) in case.expect {
            let found = got.iter().any(|p| {
                p["file"] == *file
                    && p["line"].as_u64().map(|l| l as usize) == *line
                    && p["column"].as_u64().map(|c| c as usize) == *col
                    && p["path"] == *path
                    && p["value"].as_str() == *value
                    && p["message"].as_str().unwrap().contains(message)
            });
            ok &= found;
        }
        if !ok {
            failures.push(format!(
                "case `{}`: got\n  {}",
                case.name,
                got_brief.join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 15);
}

#[test]
fn the_fixture_itself_is_valid() {
    let out = Command::new(bin())
        .args(["validate", "--data"])
        .arg(fixture())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn human_output_lists_each_problem_on_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    let path = dir.path().join("sources.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("\"language\": \"en\"", "\"language\": \"English\"", 1),
    )
    .unwrap();
    let out = Command::new(bin())
        .args(["validate", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "sources.json:8:17: $[0].language = \"English\": not a language tag: expected e.g. `en`, `ja`, `it`, `pt-BR`"
    );
    assert!(
        lines[1].starts_with("1 problem in the dataset: "),
        "{stdout}"
    );
}
