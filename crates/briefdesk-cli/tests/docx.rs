//! The Word export as a user runs it (`briefdesk export ID -o FILE.docx`),
//! checked by the programs colleagues open it with and by readers of its
//! own: LibreOffice (headless) opens every export and converts it to PDF,
//! whose text (`pdftotext`) has every commitment title, the Japanese
//! names, accented Italian and typographic quotes; python-docx (PyPI, in
//! the tools venv `scripts/setup.sh` makes) reads back the heading styles
//! and levels in order, the numbered talking points, the links' targets,
//! the footnotes, the fields, the Japanese runs and the core properties; a
//! pure-Rust walk over the zip checks the package whole (content types,
//! every relationship, bookmark, footnote, list and style referred to
//! exists). The same brief with the same `--date` gives the same bytes.
//!
//! LibreOffice takes seconds to start: every export of this file is made
//! and converted once, in one LibreOffice run, and shared by the tests.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

mod common;
use common::{fail, full, full_brief, known_brief, ok, ok_json, tool, tools_python};

/// Text of a PDF, whitespace collapsed so text broken across lines matches.
fn pdf_text(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The exports every test here looks at, made once.
struct Exports {
    dir: PathBuf,
    /// The known brief's view (`brief show --json`).
    view: Value,
}

const DATE: &str = "2026-11-25";

/// (file, workspace, arguments after `export`).
fn exports_to_make() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    vec![
        ("known.docx", "known", vec!["1"]),
        ("known-again.docx", "known", vec!["1"]),
        (
            "known-later.docx",
            "known",
            vec!["1", "--date", "2026-12-01"],
        ),
        (
            "known-without-notes.docx",
            "known",
            vec!["1", "--no-annotations"],
        ),
        ("full-draft.docx", "full", vec!["1", "--draft"]),
        ("known-ja.docx", "known", vec!["1", "--lang", "ja"]),
        ("known-it.docx", "known", vec!["1", "--lang", "it"]),
        ("quick.docx", "known", vec!["--sector", "semiconductors"]),
        (
            "quick-notes.docx",
            "known",
            vec!["--sector", "semiconductors", "--notes"],
        ),
    ]
}

fn exports() -> &'static Exports {
    static EXPORTS: OnceLock<Exports> = OnceLock::new();
    EXPORTS.get_or_init(|| {
        // Under target/tmp, kept after the run to look at (LibreOffice's
        // PDFs in pdf/); made afresh by every run.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docx-exports");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pdf")).unwrap();
        let known = dir.join("known.sqlite");
        known_brief(&known);
        let fullws = dir.join("full.sqlite");
        full_brief(&fullws);
        for (file, ws, args) in exports_to_make() {
            let ws = if ws == "known" { &known } else { &fullws };
            let out = dir.join(file);
            let mut a = vec!["export"];
            a.extend(args.iter().copied());
            a.extend(["-o", out.to_str().unwrap()]);
            if !args.contains(&"--date") {
                a.extend(["--date", DATE]);
            }
            ok(ws, &a);
        }
        let view = ok_json(&known, &["brief", "show", "1"])["view"].clone();
        // One LibreOffice run converts them all; its profile in a folder of
        // its own, never the user's.
        let soffice = which("soffice").unwrap_or_else(|| {
            panic!("LibreOffice (soffice) is not installed: scripts/setup.sh installs libreoffice-writer-nogui")
        });
        let files: Vec<PathBuf> = exports_to_make()
            .iter()
            .map(|(f, _, _)| dir.join(f))
            .collect();
        let out = Command::new(soffice)
            .env("HOME", dir.join("home"))
            .args(["--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
            .arg(dir.join("pdf"))
            .args(&files)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "LibreOffice: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for f in &files {
            let pdf = converted(&dir, f.file_name().unwrap().to_str().unwrap());
            assert!(
                pdf.exists(),
                "LibreOffice did not convert {}: {}",
                f.display(),
                String::from_utf8_lossy(&out.stdout)
            );
        }
        Exports { dir, view }
    })
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

fn converted(dir: &Path, docx: &str) -> PathBuf {
    dir.join("pdf").join(docx.replace(".docx", ".pdf"))
}

fn docx(name: &str) -> PathBuf {
    exports().dir.join(name)
}

fn lo_pdf(name: &str) -> PathBuf {
    converted(&exports().dir, name)
}

/// What python-docx reads in `name` (tests/docx_read.py).
fn read_back(name: &str) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx_read.py");
    let out = Command::new(tools_python("python-docx"))
        .arg(script)
        .arg(docx(name))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python-docx on {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every commitment title a view shows, "since the last council" included.
fn titles(view: &Value) -> Vec<String> {
    let mut titles = Vec::new();
    for s in view["sections"].as_array().unwrap() {
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
    titles
}

fn pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

#[test]
fn libreoffice_opens_and_converts_it_with_every_title_name_and_quote() {
    let pdf = lo_pdf("known.docx");
    let all = pdf_text(&pdf);
    let titles = titles(&exports().view);
    assert!(titles.len() >= 23, "{titles:?}");
    for t in &titles {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            all.contains(&t),
            "title missing from LibreOffice's PDF: {t}"
        );
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
        "Includes the author’s notes.",
        "Contents",
        "1. Since the last council",
        "Talking points",
        "Lineage: continues",
        "Your note (your status: At risk; tags: watch; follow up by 1 May 2026)",
    ] {
        assert!(all.contains(s), "missing from LibreOffice's PDF: {s}");
    }
    assert!(!all.contains("Not shown: left out of the brief."));
    assert!(!all.contains("docx-"), "a message id instead of its text");
    // The footer's fields: LibreOffice computes "Page X of Y".
    let n = pages(&pdf);
    assert!(n >= 6, "{n} pages");
    let last = tool(
        "pdftotext",
        &[
            "-f",
            &n.to_string(),
            "-l",
            &n.to_string(),
            pdf.to_str().unwrap(),
            "-",
        ],
    );
    assert!(last.contains(&format!("Page {n} of {n}")), "{last}");
    // The cover has no header or footer.
    let cover = tool("pdftotext", &["-l", "1", pdf.to_str().unwrap(), "-"]);
    assert!(!cover.contains("Page 1 of"), "{cover}");
    // Japanese set in the East Asian font; the title from the properties.
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    assert!(fonts.contains("NotoSansCJK"), "{fonts}");
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(
        info.contains("Title:           Chips and quantum before the 4th Council"),
        "{info}"
    );
    assert!(
        info.contains("Author:          Unit F4 — Japan desk"),
        "{info}"
    );
}

#[test]
fn python_docx_reads_back_headings_lists_links_footnotes_and_properties() {
    let d = read_back("known.docx");
    let paras = d["paragraphs"].as_array().unwrap();
    let headings: Vec<(String, i64, String)> = paras
        .iter()
        .filter(|p| p["style"].as_str().unwrap_or("").starts_with("Heading"))
        .map(|p| {
            (
                p["style"].as_str().unwrap().to_owned(),
                p["level"].as_i64().unwrap(),
                p["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // Built-in heading styles with outline levels, in the brief's order.
    let h1: Vec<&str> = headings
        .iter()
        .filter(|h| h.1 == 0)
        .map(|h| h.2.as_str())
        .collect();
    assert_eq!(
        h1,
        [
            "1. Since the last council",
            "2. Semiconductors",
            "3. Quantum technologies",
            "Sources"
        ]
    );
    for (style, level, text) in &headings {
        assert_eq!(style, &format!("Heading {}", level + 1), "{text}");
    }
    let at = |text: &str| {
        headings
            .iter()
            .position(|h| h.2 == text)
            .unwrap_or_else(|| panic!("no heading {text}: {headings:?}"))
    };
    assert!(at("2. Semiconductors") < at("Talking points"));
    assert!(at("Talking points") < at("Commitments"));
    assert!(at("Commitments") < at("C1-05\u{2002}Semiconductor Memorandum of Cooperation signed"));
    assert!(
        at("C1-05\u{2002}Semiconductor Memorandum of Cooperation signed")
            < at("C2-08\u{2002}Expert team to design chip research programme")
    );
    assert_eq!(headings[at("Commitments")].1, 1);
    assert_eq!(
        headings[at("C3-10\u{2002}Letter of Intent on quantum science and technology signed")].1,
        2
    );
    // The cover title is Word's Title, the contents its TOC styles.
    let style_of = |text: &str| {
        paras
            .iter()
            .find(|p| p["text"] == text)
            .map(|p| p["style"].as_str().unwrap().to_owned())
    };
    assert_eq!(
        style_of("Chips and quantum before the 4th Council").as_deref(),
        Some("Title")
    );
    assert_eq!(style_of("Contents").as_deref(), Some("TOC Heading"));
    assert_eq!(style_of("2. Semiconductors").as_deref(), Some("toc 1"));
    // Talking points: a numbered list of their own.
    let points: Vec<&Value> = paras
        .iter()
        .filter(|p| p["style"] == "List Number")
        .collect();
    assert_eq!(points.len(), 2);
    assert!(points
        .iter()
        .all(|p| p["num"] == points[0]["num"] && !p["num"].is_null()));
    assert_eq!(
        points[1]["text"],
        "Ask for a date for the next expert meeting."
    );
    // Fields: the TOC over heading 1, linked; PAGE and NUMPAGES in the footer.
    let fields: Vec<&str> = d["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        fields.iter().any(|f| f.starts_with("TOC \\o \"1-1\" \\h")),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"PAGE") && fields.contains(&"NUMPAGES"),
        "{fields:?}"
    );
    // Links: the contents to the headings, the note's URL as written.
    let links = d["hyperlinks"].as_array().unwrap();
    let fragments: Vec<&str> = links
        .iter()
        .filter_map(|l| l["fragment"].as_str())
        .filter(|f| !f.is_empty())
        .collect();
    assert_eq!(fragments, ["_Toc_s1", "_Toc_s2", "_Toc_s3", "_Toc_sources"]);
    let urls: Vec<&str> = links
        .iter()
        .filter_map(|l| l["url"].as_str())
        .filter(|u| !u.is_empty())
        .collect();
    // Every source of the brief is in the list of sources, linked.
    let sources = exports().view["sources"].as_array().unwrap();
    for s in sources {
        if let Some(u) = s["url"].as_str() {
            assert!(
                urls.contains(&u),
                "source {u} not linked in the list of sources"
            );
        }
    }
    // Footnotes: one per reference, each with its own number, each giving
    // its source's publisher, title and linked URL.
    let notes = d["footnotes"].as_array().unwrap();
    let refs: Vec<i64> = d["footnote_refs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_i64().unwrap())
        .collect();
    let ids: Vec<i64> = notes.iter().map(|n| n["id"].as_i64().unwrap()).collect();
    assert_eq!(refs, ids, "every reference has its note, in order");
    assert_eq!(refs, (1..=refs.len() as i64).collect::<Vec<_>>());
    let cited: usize = exports().view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            s["items"]
                .as_array()
                .unwrap()
                .iter()
                .chain(s["context"].as_array().unwrap())
        })
        .map(|it| it["sources"].as_array().unwrap().len())
        .sum();
    assert_eq!(refs.len(), cited);
    assert!(notes.iter().all(|n| n["has_own_number"] == true));
    let first = &sources[0];
    assert!(
        notes[0]["text"]
            .as_str()
            .unwrap()
            .contains(first["publisher"].as_str().unwrap())
            && notes[0]["text"]
                .as_str()
                .unwrap()
                .contains(first["title"].as_str().unwrap()),
        "{}",
        notes[0]
    );
    let note_urls: Vec<&str> = d["footnote_links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["url"].as_str().unwrap())
        .collect();
    assert_eq!(note_urls[0], first["url"].as_str().unwrap());
    assert!(d["footnote_links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["text"] == l["url"]));
    // Japanese runs: the East Asian font and the language on their style.
    let japanese = d["japanese_runs"].as_array().unwrap();
    let kiuchi = japanese
        .iter()
        .find(|r| r["text"].as_str().unwrap().contains("木内稔"))
        .expect("a run with 木内稔");
    assert_eq!(kiuchi["style"], "Japanese text");
    assert_eq!(kiuchi["east_asia"], "Noto Sans CJK JP");
    assert_eq!(kiuchi["lang_east_asia"], "ja-JP");
    assert!(
        japanese
            .iter()
            .all(|r| r["style"] == "Japanese text" || r["style"] == "Hyperlink"),
        "{japanese:?}"
    );
    assert_eq!(
        d["default_lang"],
        serde_json::json!({ "val": "en-GB", "east_asia": "ja-JP" })
    );
    assert_eq!(d["default_east_asia_font"], "Noto Sans CJK JP");
    assert_eq!(d["default_paragraph_style"], "Normal");
    // Core properties.
    let core = &d["core"];
    assert_eq!(core["title"], "Chips and quantum before the 4th Council");
    assert_eq!(core["author"], "Unit F4 — Japan desk");
    assert_eq!(
        core["subject"],
        "Briefing note for the 4th EU–Japan Digital Partnership Council, Brussels, 5 May 2026"
    );
    assert_eq!(
        core["keywords"],
        "EU–Japan Digital Partnership; Semiconductors; Quantum technologies"
    );
    assert_eq!(core["language"], "en-GB");
    assert_eq!(core["created"], "2026-11-25T00:00:00+00:00");
    // Header and footer: title and marking; date, marking, page X of Y.
    let section = &d["sections"][0];
    assert_eq!(section["different_first_page"], true);
    assert_eq!(
        section["header"][0],
        "Chips and quantum before the 4th Council\tLIMITED"
    );
    assert_eq!(
        section["footer"][0],
        "25 November 2026\tLIMITED\tPage 1 of 1"
    );
}

#[test]
fn the_same_brief_and_date_give_the_same_bytes() {
    let a = std::fs::read(docx("known.docx")).unwrap();
    let b = std::fs::read(docx("known-again.docx")).unwrap();
    assert!(a == b, "two exports with the same --date differ");
    // Another date changes the dates, and nothing else.
    let later = parts(&docx("known-later.docx"));
    let now = parts(&docx("known.docx"));
    assert_eq!(
        later.keys().collect::<HashSet<_>>(),
        now.keys().collect::<HashSet<_>>()
    );
    let changed: Vec<&String> = {
        let mut c: Vec<&String> = now.keys().filter(|k| now[*k] != later[*k]).collect();
        c.sort();
        c
    };
    assert_eq!(
        changed,
        ["docProps/core.xml", "word/document.xml", "word/footer1.xml"]
    );
    let doc = |p: &HashMap<String, String>| {
        p["word/document.xml"].replace("1 December 2026", "25 November 2026")
    };
    assert_eq!(doc(&later), doc(&now));
}

/// Every part of a DOCX, as text.
fn parts(path: &Path) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        if f.is_dir() {
            continue;
        }
        let mut s = String::new();
        f.read_to_string(&mut s)
            .unwrap_or_else(|e| panic!("{}: {e}", f.name()));
        out.insert(f.name().to_owned(), s);
    }
    out
}

/// Start and empty tags of an XML part: name and attributes.
fn tags(xml: &str) -> Vec<(String, HashMap<String, String>)> {
    use quick_xml::events::Event;
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r
            .read_event()
            .unwrap_or_else(|e| panic!("not XML ({e}): {}", &xml[..xml.len().min(200)]))
        {
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                            a.decoded_and_normalized_value(
                                quick_xml::XmlVersion::Explicit1_0,
                                r.decoder(),
                            )
                            .unwrap()
                            .into_owned(),
                        )
                    })
                    .collect();
                out.push((name, attrs));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn values<'a>(
    tags: &'a [(String, HashMap<String, String>)],
    name: &str,
    attr: &str,
) -> Vec<&'a str> {
    tags.iter()
        .filter(|(n, _)| n == name)
        .filter_map(|(_, a)| a.get(attr).map(String::as_str))
        .collect()
}

/// The package whole: what a reader resolves all resolves.
fn check_package(path: &Path) {
    let p = parts(path);
    let name = path.display();
    let parsed: HashMap<&str, Vec<_>> = p.iter().map(|(k, v)| (k.as_str(), tags(v))).collect();
    // Content types: the main parts have theirs.
    let types = &parsed["[Content_Types].xml"];
    let overrides: HashMap<&str, &str> = types
        .iter()
        .filter(|(n, _)| n == "Override")
        .map(|(_, a)| (a["PartName"].as_str(), a["ContentType"].as_str()))
        .collect();
    for (part, kind) in [
        ("/word/document.xml", "document.main+xml"),
        ("/word/styles.xml", "styles+xml"),
        ("/word/numbering.xml", "numbering+xml"),
        ("/word/footnotes.xml", "footnotes+xml"),
        ("/word/header1.xml", "header+xml"),
        ("/word/footer1.xml", "footer+xml"),
        ("/docProps/core.xml", "core-properties+xml"),
    ] {
        assert!(
            overrides.get(part).is_some_and(|t| t.ends_with(kind)),
            "{name}: {part} has no content type {kind}: {overrides:?}"
        );
        assert!(p.contains_key(&part[1..]), "{name}: no {part}");
    }
    // Relationships: every r:id of a part is one of its own, every internal
    // target exists.
    for (part, rels) in [
        ("word/document.xml", "word/_rels/document.xml.rels"),
        ("word/footnotes.xml", "word/_rels/footnotes.xml.rels"),
        ("word/header1.xml", "word/_rels/header1.xml.rels"),
    ] {
        let ids: HashSet<&str> = parsed
            .get(rels)
            .map(|r| values(r, "Relationship", "Id").into_iter().collect())
            .unwrap_or_default();
        let used: Vec<&str> = parsed[part]
            .iter()
            .flat_map(|(_, a)| {
                a.iter()
                    .filter(|(k, _)| k.starts_with("r:"))
                    .map(|(_, v)| v.as_str())
            })
            .collect();
        for id in used {
            assert!(
                ids.contains(id),
                "{name}: {part} refers to {id}, which {rels} lacks"
            );
        }
        if let Some(r) = parsed.get(rels) {
            for (_, a) in r.iter().filter(|(n, _)| n == "Relationship") {
                if a.get("TargetMode").map(String::as_str) == Some("External") {
                    assert!(a["Target"].starts_with("http"), "{name}: {a:?}");
                } else {
                    assert!(
                        p.contains_key(&format!("word/{}", a["Target"])),
                        "{name}: {a:?}"
                    );
                }
            }
        }
    }
    let doc = &parsed["word/document.xml"];
    // Internal links land on bookmarks.
    let bookmarks: HashSet<&str> = values(doc, "w:bookmarkStart", "w:name")
        .into_iter()
        .collect();
    for anchor in values(doc, "w:hyperlink", "w:anchor") {
        assert!(
            bookmarks.contains(anchor),
            "{name}: a link to {anchor}, no such bookmark"
        );
    }
    // Footnotes: every reference has its note, and every note its number.
    let notes = &parsed["word/footnotes.xml"];
    let note_ids: HashSet<&str> = values(notes, "w:footnote", "w:id").into_iter().collect();
    let refs = values(doc, "w:footnoteReference", "w:id");
    for id in &refs {
        assert!(note_ids.contains(id), "{name}: footnote {id} missing");
    }
    assert_eq!(
        note_ids.len(),
        refs.len() + 2,
        "{name}: notes besides the two separators"
    );
    assert_eq!(
        notes.iter().filter(|(n, _)| n == "w:footnoteRef").count(),
        refs.len()
    );
    // Lists: every numbering used is defined, down to its abstract list.
    let numbering = &parsed["word/numbering.xml"];
    let nums: HashSet<&str> = values(numbering, "w:num", "w:numId").into_iter().collect();
    let abstracts: HashSet<&str> = values(numbering, "w:abstractNum", "w:abstractNumId")
        .into_iter()
        .collect();
    for id in values(doc, "w:numId", "w:val") {
        assert!(nums.contains(id), "{name}: list {id} undefined");
    }
    for id in values(numbering, "w:abstractNumId", "w:val") {
        assert!(
            abstracts.contains(id),
            "{name}: abstract list {id} undefined"
        );
    }
    // Styles: every style used exists once; headings have their outline level.
    let styles = &parsed["word/styles.xml"];
    let ids = values(styles, "w:style", "w:styleId");
    let defined: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(defined.len(), ids.len(), "{name}: a style defined twice");
    for part in [
        "word/document.xml",
        "word/footnotes.xml",
        "word/header1.xml",
        "word/footer1.xml",
    ] {
        for id in values(&parsed[part], "w:pStyle", "w:val")
            .into_iter()
            .chain(values(&parsed[part], "w:rStyle", "w:val"))
        {
            assert!(
                defined.contains(id),
                "{name}: {part} uses style {id}, undefined"
            );
        }
    }
    let xml = &p["word/styles.xml"];
    for level in 1..=3 {
        let at = xml.find(&format!("w:styleId=\"Heading{level}\"")).unwrap();
        let style = &xml[at..at + xml[at..].find("</w:style>").unwrap()];
        assert!(
            style.contains(&format!("<w:name w:val=\"heading {level}\"")),
            "{name}: {style}"
        );
        assert!(
            style.contains(&format!("<w:outlineLvl w:val=\"{}\"", level - 1)),
            "{name}: {style}"
        );
    }
    let at = xml.find("w:styleId=\"Japanese\"").unwrap();
    let style = &xml[at..at + xml[at..].find("</w:style>").unwrap()];
    assert!(
        style.contains("w:eastAsia=\"Noto Sans CJK JP\"") && style.contains("w:eastAsia=\"ja-JP\""),
        "{name}: {style}"
    );
    assert!(
        xml.contains("w:styleId=\"Normal\" w:default=\"1\""),
        "{name}"
    );
    // Paragraph ids unique across the parts that have them.
    let mut para_ids = HashSet::new();
    for (part, t) in &parsed {
        for id in values(t, "w:p", "w14:paraId") {
            assert!(
                para_ids.insert(id.to_owned()),
                "{name}: paragraph id {id} twice ({part})"
            );
        }
    }
    // Fields where Word looks for them.
    let instr = |part: &str| p[part].matches("<w:instrText").count();
    assert!(
        p["word/document.xml"].contains("TOC \\o &quot;1-1&quot; \\h"),
        "{name}"
    );
    assert!(
        instr("word/footer1.xml") >= 2
            && p["word/footer1.xml"].contains(">PAGE<")
            && p["word/footer1.xml"].contains(">NUMPAGES<"),
        "{name}"
    );
}

#[test]
fn every_export_is_a_whole_package() {
    for (file, _, _) in exports_to_make() {
        check_package(&docx(file));
    }
}

#[test]
fn notes_go_out_only_by_choice_and_the_cover_says_so() {
    let with = pdf_text(&lo_pdf("known.docx"));
    let without = pdf_text(&lo_pdf("known-without-notes.docx"));
    assert!(with.contains("Ask METI whether the team met in Q3."));
    assert!(!without.contains("Ask METI whether the team met in Q3."));
    assert!(without.contains("This edition leaves out the author’s own notes."));
    assert!(!without.contains("Your note"));
    // A quick brief leaves them out unless asked.
    let quick = pdf_text(&lo_pdf("quick.docx"));
    let quick_notes = pdf_text(&lo_pdf("quick-notes.docx"));
    assert!(!quick.contains("Ask METI whether the team met in Q3."));
    assert!(!quick.contains("Includes the author’s notes."));
    assert!(quick_notes.contains("Ask METI whether the team met in Q3."));
    assert!(quick_notes.contains("Includes the author’s notes."));
    assert!(
        quick.contains("C1-05 Semiconductor Memorandum of Cooperation signed"),
        "{quick}"
    );
}

#[test]
fn a_draft_is_watermarked_lists_what_it_leaves_out_and_shows_context_under_its_sector() {
    let d = read_back("full-draft.docx");
    let paras = d["paragraphs"].as_array().unwrap();
    let h1: Vec<&str> = paras
        .iter()
        .filter(|p| p["style"] == "Heading 1")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    // Empty sections are left out; the draft names them after the contents.
    assert_eq!(
        h1,
        [
            "1. Since the last council",
            "2. Semiconductors",
            "3. Cybersecurity",
            "Sources"
        ]
    );
    let left_out = paras
        .iter()
        .find(|p| {
            p["text"]
                .as_str()
                .unwrap()
                .starts_with("Not yet written, so left out of this draft: ")
        })
        .expect("the draft names its empty sections");
    assert!(left_out["text"]
        .as_str()
        .unwrap()
        .contains("Artificial intelligence"));
    // The record's context item under its sector, marked as such.
    let texts: Vec<&str> = paras.iter().map(|p| p["text"].as_str().unwrap()).collect();
    let cyber = texts.iter().position(|t| *t == "3. Cybersecurity").unwrap();
    let context = texts.iter().position(|t| *t == "Context").unwrap();
    let r04 = texts
        .iter()
        .position(|t| t.starts_with("R-04\u{2002}"))
        .unwrap();
    assert!(cyber < context && context < r04, "{texts:?}");
    assert_eq!(paras[context]["style"], "Heading 2");
    assert_eq!(paras[r04]["style"], "Heading 3");
    assert!(
        texts[r04 + 1].starts_with("Context, not a Council outcome · 28 January 2026"),
        "{}",
        texts[r04 + 1]
    );
    // Twelve talking points, numbered from 1; the user's text as written.
    let points: Vec<&Value> = paras
        .iter()
        .filter(|p| p["style"] == "List Number")
        .collect();
    assert_eq!(points.len(), 12);
    assert!(points[3]["text"]
        .as_str()
        .unwrap()
        .contains("before the 2027 work programme"));
    assert!(texts.contains(&full::JAPANESE));
    // The watermark: Word's, in every header.
    let p = parts(&docx("full-draft.docx"));
    for h in ["word/header1.xml", "word/header2.xml"] {
        assert!(
            p[h].contains("PowerPlusWaterMarkObject") && p[h].contains("string=\"DRAFT\""),
            "{h}"
        );
    }
    assert!(!parts(&docx("known.docx"))["word/header1.xml"].contains("PowerPlusWaterMarkObject"));
    // The long title and marking, and the note's and talking point's URLs.
    let text = pdf_text(&lo_pdf("full-draft.docx"));
    assert!(text.contains(full::TITLE), "{text}");
    assert!(text.contains(&full::MARKING.to_uppercase()));
    let urls: Vec<&str> = d["hyperlinks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["url"].as_str())
        .collect();
    assert!(
        urls.contains(&full::NOTE_URL) && urls.contains(&full::POINT_URL),
        "{urls:?}"
    );
}

#[test]
fn the_format_comes_from_the_name_or_format_and_the_target_is_checked_first() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    let out = dir.path().join("brief.bin");
    ok(
        &ws,
        &[
            "export",
            "1",
            "-o",
            out.to_str().unwrap(),
            "--format",
            "docx",
            "--date",
            DATE,
        ],
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK\x03\x04"));
    let (code, err) = fail(
        &ws,
        &[
            "export",
            "1",
            "-o",
            dir.path().join("brief.txt").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("--format md, pdf or docx"), "{err}");
    // A folder that is not there fails before rendering, naming the file.
    let missing = dir.path().join("missing/brief.docx");
    let (code, err) = fail(&ws, &["export", "1", "-o", missing.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains(missing.to_str().unwrap()), "{err}");
}

#[test]
fn a_brief_for_the_japanese_side_in_japanese_and_one_for_rome_in_italian() {
    let pdf = lo_pdf("known-ja.docx");
    let all = pdf_text(&pdf);
    // LibreOffice spaces Japanese from Latin letters and digits (as Word
    // does): pdftotext reads that space as a space.
    let tight: String = all.split_whitespace().collect();
    for s in [
        "目次",
        "発言要領",
        "コミットメント",
        "出典",
        "ブリーフィング資料",
        "2026年11月25日",
        "木内稔",
    ] {
        assert!(tight.contains(s), "missing from the Japanese DOCX: {s}");
    }
    // The record's own text stays as it is.
    assert!(all.contains("Semiconductor Memorandum of Cooperation signed"));
    // "X / Y ページ", the numbers computed by LibreOffice from the fields.
    let n = pages(&pdf);
    let second = tool(
        "pdftotext",
        &["-f", "2", "-l", "2", pdf.to_str().unwrap(), "-"],
    );
    assert!(second.contains(&format!("2 / {n} ページ")), "{second}");
    let d = read_back("known-ja.docx");
    assert_eq!(d["core"]["language"], "ja-JP");
    assert!(d["core"]["keywords"]
        .as_str()
        .unwrap()
        .starts_with("日EUデジタルパートナーシップ"));
    let paras = d["paragraphs"].as_array().unwrap();
    assert!(paras
        .iter()
        .any(|p| p["style"] == "TOC Heading" && p["text"] == "目次"));
    assert!(paras
        .iter()
        .any(|p| p["style"] == "Heading 2" && p["text"] == "発言要領"));
    // Italian: its labels, dates and page numbers; Latin text Italian by default.
    let it = pdf_text(&lo_pdf("known-it.docx"));
    for s in [
        "Indice",
        "Punti da sottolineare",
        "Impegni",
        "Fonti",
        "25 novembre 2026",
        "università",
    ] {
        assert!(it.contains(s), "missing from the Italian DOCX: {s}");
    }
    assert!(it.contains("Pagina 2 di"), "{it}");
    let d = read_back("known-it.docx");
    assert_eq!(d["core"]["language"], "it-IT");
    assert_eq!(d["default_lang"]["val"], "it-IT");
}
