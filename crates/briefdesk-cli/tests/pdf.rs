//! PDF export as a user runs it (`briefdesk export ID -o FILE.pdf`), checked
//! with the tools that catch real defects: `qpdf --check`, `pdffonts`,
//! `pdftotext`, and `qpdf --json` for the outline, the contents' links and
//! the page labels.

use std::path::Path;

use serde_json::Value;

mod common;
use common::{fail, known_brief, ok, ok_json, tool};

/// Text of the whole document (or of page `page`, 1-based), whitespace
/// collapsed so text broken across lines still matches.
fn text(pdf: &Path, page: Option<usize>) -> String {
    let p = pdf.to_str().unwrap();
    let raw = match page {
        Some(n) => tool(
            "pdftotext",
            &["-f", &n.to_string(), "-l", &n.to_string(), p, "-"],
        ),
        None => tool("pdftotext", &[p, "-"]),
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn export(ws: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "export",
        "1",
        "-o",
        out.to_str().unwrap(),
        "--date",
        "2026-11-25",
    ];
    args.extend_from_slice(extra);
    ok(ws, &args);
}

/// Page number (1-based) of each page object, from `qpdf --json`.
fn page_numbers(json: &Value) -> std::collections::HashMap<String, usize> {
    json["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["object"].as_str().unwrap().to_owned(),
                p["pageposfrom1"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

#[test]
fn a_known_brief_exports_to_a_clean_pdf_with_every_text_and_working_navigation() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    let pdf = dir.path().join("brief.pdf");
    export(&ws, &pdf, &[]);
    let p = pdf.to_str().unwrap();

    // Structure: qpdf finds nothing wrong.
    let check = tool("qpdf", &["--check", p]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert!(!check.to_lowercase().contains("warning"), "{check}");

    // Fonts: every one embedded, subset, with a Unicode map; Japanese included.
    let fonts = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
    }
    assert!(fonts.contains("NotoSansCJKjp"), "{fonts}");

    // Text: every commitment title of the brief, Japanese names, accented
    // Italian and typographic quotes come out exactly.
    let all = text(&pdf, None);
    let view = ok_json(&ws, &["brief", "show", "1"]);
    let mut titles: Vec<String> = Vec::new();
    for s in view["view"]["sections"].as_array().unwrap() {
        for it in s["items"].as_array().unwrap() {
            titles.push(it["title"].as_str().unwrap().to_owned());
        }
        if let Some(since) = s["since"].as_object() {
            for sector in since["sectors"].as_array().unwrap() {
                for e in sector["added"].as_array().unwrap() {
                    titles.push(e["title"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    assert!(titles.len() >= 23, "{titles:?}");
    for t in &titles {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(all.contains(&t), "title missing from the PDF text: {t}");
    }
    for s in [
        "木内稔",
        "西村康稔",
        "the università partners ask about calls",
        "the “expert team” has met since",
        "Ask METI whether the team met in Q3.",
        "Chips and quantum before the 4th Council",
        "LIMITED",
        "Unit F4 — Japan desk",
    ] {
        assert!(all.contains(s), "missing from the PDF text: {s}");
    }
    assert!(!all.contains("Not shown: left out of the brief."));
    assert!(!all.contains('\u{FFFD}'), "a glyph without its text");

    // Navigation: the outline nests document → section → commitment, and
    // every entry and every contents link lands on the page that shows it.
    let json: Value = serde_json::from_str(&tool("qpdf", &["--json", p])).unwrap();
    let outlines = json["outlines"].as_array().unwrap();
    assert_eq!(outlines.len(), 1);
    assert_eq!(
        outlines[0]["title"],
        "Chips and quantum before the 4th Council"
    );
    let sections = outlines[0]["kids"].as_array().unwrap();
    let titles: Vec<&str> = sections
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Contents",
            "1. Since the last council",
            "2. Semiconductors",
            "3. Quantum technologies",
            "Sources"
        ]
    );
    for s in sections {
        let page = s["destpageposfrom1"].as_u64().unwrap() as usize;
        let title = s["title"].as_str().unwrap();
        assert!(
            text(&pdf, Some(page)).contains(title),
            "{title} is not on page {page}"
        );
        for k in s["kids"].as_array().unwrap() {
            let page = k["destpageposfrom1"].as_u64().unwrap() as usize;
            let t = k["title"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                text(&pdf, Some(page)).contains(&t),
                "{t} is not on page {page}"
            );
        }
    }
    let semis = &sections[2]["kids"];
    let kids: Vec<&str> = semis
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["title"].as_str().unwrap())
        .collect();
    assert_eq!(kids.len(), 2);
    assert!(
        kids[0].starts_with("C1-05") && kids[1].starts_with("C2-08"),
        "{kids:?}"
    );

    // The contents page (page 2) links each entry to its section's page.
    let numbers = page_numbers(&json);
    let objects = &json["qpdf"][1];
    let contents_page =
        &objects[format!("obj:{}", json["pages"][1]["object"].as_str().unwrap())]["value"];
    // Annotations are indirect objects (tagged PDF ties them to their Link
    // elements).
    let links: Vec<&Value> = contents_page["/Annots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &objects[format!("obj:{}", r.as_str().unwrap())]["value"])
        .collect();
    assert_eq!(links.len(), 4);
    let contents_text = text(&pdf, Some(2));
    for (link, title) in links.iter().zip([
        "1. Since the last council",
        "2. Semiconductors",
        "3. Quantum technologies",
        "Sources",
    ]) {
        assert_eq!(
            link["/Border"],
            serde_json::json!([0, 0, 0]),
            "links have no border"
        );
        assert!(
            link["/Contents"].as_str().unwrap().contains(title),
            "{link}"
        );
        let dest = link["/Dest"][0].as_str().unwrap();
        let page = numbers[dest];
        assert!(
            text(&pdf, Some(page)).contains(title),
            "{title} → page {page}"
        );
        // The number printed in the contents is that page's label.
        let label = page - 2;
        assert!(
            contents_text.contains(&format!("{title} {label}")),
            "{contents_text}"
        );
    }

    // Pages: cover and contents labelled i, ii; the body 1…N, with "Page X
    // of N" in the footer.
    let pages = json["pages"].as_array().unwrap();
    assert_eq!(pages[0]["label"]["/S"], "/r");
    assert_eq!(pages[2]["label"]["/S"], "/D");
    let body = pages.len() - 2;
    assert!(
        body >= 4,
        "three sections and the sources, each from a new page"
    );
    assert!(text(&pdf, Some(pages.len())).contains(&format!("Page {body} of {body}")));

    // Metadata.
    let info = tool("pdfinfo", &[p]);
    assert!(
        info.contains("Title:           Chips and quantum before the 4th Council"),
        "{info}"
    );
    assert!(
        info.contains("Author:          Unit F4 — Japan desk"),
        "{info}"
    );
    assert!(
        info.contains("CreationDate:    Wed Nov 25 00:00:00 2026 UTC"),
        "{info}"
    );
    assert!(info.contains("PDF version:     1.7"), "{info}");
    assert!(
        info.contains(
            "Keywords:        EU–Japan Digital Partnership; Semiconductors; Quantum technologies"
        ),
        "{info}"
    );
}

#[test]
fn the_same_brief_and_date_give_the_same_bytes_and_options_change_them() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    export(&ws, &a, &[]);
    export(&ws, &b, &[]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    // --draft adds the watermark; --no-annotations leaves the notes out.
    let c = dir.path().join("c.pdf");
    export(&ws, &c, &["--draft", "--no-annotations"]);
    let t = text(&c, None);
    // The watermark is drawn first on every page, rotated: in content order
    // (`-raw`) its letters come first.
    let raw: String = tool(
        "pdftotext",
        &["-raw", "-f", "3", "-l", "3", c.to_str().unwrap(), "-"],
    )
    .split_whitespace()
    .collect();
    assert!(raw.starts_with("DRAFT"), "{raw}");
    let plain: String = tool(
        "pdftotext",
        &["-raw", "-f", "3", "-l", "3", a.to_str().unwrap(), "-"],
    )
    .split_whitespace()
    .collect();
    assert!(!plain.starts_with("DRAFT"), "{plain}");
    assert!(!t.contains("Ask METI whether the team met in Q3."));
    assert!(t.contains("leaves out the author’s own notes"));
    // A quick brief of a sector, no saved brief needed.
    let q = dir.path().join("q.pdf");
    ok(
        &ws,
        &[
            "export",
            "--sector",
            "Quantum technologies",
            "-o",
            q.to_str().unwrap(),
        ],
    );
    assert!(text(&q, None).contains("Quantum technologies: quick brief"));
}

#[test]
fn failures_say_what_and_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    ok(&ws, &["brief", "new", "--title", "Parrots 🦜 in the brief"]);
    let out = dir.path().join("x.pdf");
    let (code, err) = fail(&ws, &["export", "1", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("U+1F99C") && err.contains("no font"), "{err}");
    assert!(!out.exists());
    // A folder that cannot be written to (here: a file's "folder").
    ok(&ws, &["brief", "edit", "1", "--title", "Parrots"]);
    let file = dir.path().join("plain.txt");
    std::fs::write(&file, "x").unwrap();
    let target = file.join("x.pdf");
    let (code, err) = fail(&ws, &["export", "1", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 3, "a file that cannot be written: {err}");
    assert!(
        err.contains("plain.txt/x.pdf") && err.contains("is not a folder"),
        "{err}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "{leftovers:?}: only the workspace and plain.txt"
    );
    // No extension and no --format: asked for one.
    let (code, err) = fail(
        &ws,
        &[
            "export",
            "1",
            "-o",
            dir.path().join("out").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("--format"), "{err}");
}

/// The document's /Lang, from `qpdf --json`.
fn document_lang(pdf: &Path) -> String {
    let json: Value =
        serde_json::from_str(&tool("qpdf", &["--json", pdf.to_str().unwrap()])).unwrap();
    let objects = &json["qpdf"][1];
    let root = objects["trailer"]["value"]["/Root"].as_str().unwrap();
    let lang = objects[format!("obj:{root}")]["value"]["/Lang"]
        .as_str()
        .unwrap();
    lang.trim_start_matches("u:").to_owned()
}

/// `export --lang`: a brief for the Japanese side in Japanese, one for Rome in
/// Italian, from the same workspace; the record's own text stays as it is.
#[test]
fn an_export_speaks_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    let ja = dir.path().join("ja.pdf");
    export(&ws, &ja, &["--lang", "ja"]);
    // pdftotext spaces Japanese from Latin and digits: compare without spaces.
    let bare = |t: String| t.split_whitespace().collect::<String>();
    let all = bare(text(&ja, None));
    for words in [
        "目次",
        "2026年4月20日",
        "2026年11月25日エクスポート",
        "前回の協議会以降",
        "半導体",
        "第4回日EUデジタルパートナーシップ協議会",
    ] {
        assert!(all.contains(words), "{words} not in: {all}");
    }
    // The record's text is the record's.
    assert!(text(&ja, None).contains("Joint chip research: PFAS substitutes"));
    let pages: usize = tool("pdfinfo", &[ja.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let last = bare(text(&ja, Some(pages)));
    let body = pages - 2; // two front pages, numbered i, ii
    assert!(last.contains(&format!("{body}/{body}ページ")), "{last}");
    assert!(bare(text(&ja, Some(2))).contains("iiページ"));
    // The user's note's facts in Japanese brackets and separators.
    assert!(
        all.contains("（あなたの評価：懸念あり；タグ：watch；"),
        "{all}"
    );
    assert_eq!(document_lang(&ja), "ja-JP");
    let info = tool("pdfinfo", &[ja.to_str().unwrap()]);
    assert!(info.contains("のためのブリーフィング資料"), "{info}");

    // Italian, from BRIEFDESK_LANG as well as --lang.
    let it = dir.path().join("it.pdf");
    export(&ws, &it, &["--lang", "it"]);
    let all = text(&it, None);
    for words in [
        "Indice",
        "20 aprile 2026",
        "Esportata il 25 novembre 2026",
        "Pagina 1 di",
    ] {
        assert!(all.contains(words), "{words} not in: {all}");
    }
    assert!(all.contains("12 maggio 2025"), "{all}");
    assert_eq!(document_lang(&it), "it-IT");
    let md = dir.path().join("it.md");
    let out = common::command(
        &ws,
        &["export", "1", "--format", "md", "-o", md.to_str().unwrap()],
    )
    .env("BRIEFDESK_LANG", "it")
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(&md).unwrap();
    assert!(
        md.contains("## Indice") && md.contains("**Autore:** Unit F4"),
        "{md}"
    );
    // A language the program does not have is refused, naming the three.
    let (code, err) = fail(&ws, &["export", "1", "--lang", "fr", "-o", "x.pdf"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("en") && err.contains("it") && err.contains("ja"),
        "{err}"
    );
}
