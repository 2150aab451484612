//! The PDF fit for distribution, through `briefdesk export` on a brief that
//! exercises every element (`common::full_brief`): tagged for PDF/UA-1 —
//! page-validation finds no failed rule, our own walk over lopdf resolves
//! every MCID and link through the parent tree to the root, and `pdfinfo
//! -struct-text` shows the text in reading order under the right elements
//! (a reviewed snapshot) — and typeset as a brief: no page ends with a
//! heading, URLs copy exactly, notes go out only by choice, symbols print,
//! a character no font has is named with where it is, subset tags differ
//! between subsets.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

mod common;
use common::{fail, full, full_brief, known_brief, ok, tool, tools_python};

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

/// The full brief, exported to `name` in `dir` with `extra` options.
fn full_pdf(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let ws = dir.join("full.sqlite");
    if !ws.exists() {
        full_brief(&ws);
    }
    let pdf = dir.join(name);
    export(&ws, &pdf, extra);
    pdf
}

// --- page-validation (PyPI), the PDF/UA-1 checker -------------------------

/// page-validation's UA-1 report: rules checked and failures (rule, message).
fn page_validation(pdf: &Path) -> (u64, Vec<(String, String)>) {
    let script = "import json, sys, page\n\
        assert page.__version__ == '0.11.0', page.__version__\n\
        r = page.validate_pdf(sys.argv[1], profile='ua1')\n\
        print(json.dumps({'total': r.rules.total, 'passed': r.rules.passed, \
        'failures': [[f.rule_id, f.message] for f in r.failures]}))";
    let out = Command::new(tools_python("page-validation"))
        .args(["-c", script, pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "page-validation: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let failures = v["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f[0].as_str().unwrap().to_owned(),
                f[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (v["total"].as_u64().unwrap(), failures)
}

/// The widths a PDF's CFF Japanese fonts give in `/W`, checked against the
/// font's own advances (hmtx of Noto Sans CJK JP, whose CIDs are its glyph
/// ids): returns how many were checked.
fn cjk_widths_match_the_font(doc: &Document) -> usize {
    let mut checked = 0;
    // The CIDFonts, direct or not, under their Type0 fonts.
    let cid_fonts: Vec<&Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"DescendantFonts").and_then(Object::as_array).ok())
        .flatten()
        .filter_map(|f| dict(doc, f).ok())
        .collect();
    for d in cid_fonts {
        if d.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"CIDFontType0") {
            continue;
        }
        let name = String::from_utf8_lossy(d.get(b"BaseFont").unwrap().as_name().unwrap());
        let path = if name.contains("Bold") {
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
        } else {
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
        };
        let data = std::fs::read(path).unwrap();
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let scale = 1000.0 / f32::from(face.units_per_em());
        let w = doc
            .dereference(d.get(b"W").unwrap())
            .unwrap()
            .1
            .as_array()
            .unwrap();
        let num = |o: &Object| match o {
            Object::Integer(i) => *i as f32,
            Object::Real(r) => *r,
            o => panic!("{o:?} in /W"),
        };
        let mut i = 0;
        while i < w.len() {
            let first = num(&w[i]) as u16;
            let widths: Vec<(u16, f32)> = match &w[i + 1] {
                Object::Array(a) => {
                    i += 2;
                    a.iter()
                        .enumerate()
                        .map(|(k, x)| (first + k as u16, num(x)))
                        .collect()
                }
                last => {
                    let (last, width) = (num(last) as u16, num(&w[i + 2]));
                    i += 3;
                    (first..=last).map(|c| (c, width)).collect()
                }
            };
            for (cid, width) in widths {
                let own =
                    f32::from(face.glyph_hor_advance(ttf_parser::GlyphId(cid)).unwrap()) * scale;
                assert!(
                    (own - width).abs() <= 1.0,
                    "{name}: CID {cid} is {width} in /W, {own} in the font"
                );
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn page_validation_finds_no_failed_pdf_ua_rule() {
    let dir = tempfile::tempdir().unwrap();
    for (name, extra) in [("full.pdf", &[][..]), ("draft.pdf", &["--draft"][..])] {
        let pdf = full_pdf(dir.path(), name, extra);
        let (total, failures) = page_validation(&pdf);
        assert!(total >= 100, "{total} rules checked");
        let doc = Document::load(&pdf).unwrap();
        for (rule, message) in &failures {
            // A false positive, shown here: page-validation 0.11.0 reads the
            // first number of a CFF charstring as its width even when it is
            // the argument of a subroutine call ("420 callsubr …" → "width
            // 527", "-52 …" → "width -52"), so it trips on Noto Sans CJK JP
            // (Typst's own UA-1 output trips it too). fontTools'
            // T2WidthExtractor reads 1000 for those glyphs, as does the
            // font's hmtx, and as does our /W: checked below for every CID
            // of every CFF font in the file.
            assert!(
                rule == "PDFUA1-FONT-GLYPH-WIDTH-001" && message.contains("CIDFontType0C"),
                "{name}: {rule}: {message}"
            );
            assert!(cjk_widths_match_the_font(&doc) > 10, "{name}");
        }
    }
}

// --- the parent tree, walked over lopdf --------------------------------------

/// What the walk found.
#[derive(Debug, Default)]
struct Tagged {
    mcids: usize,
    links: usize,
    /// Per page: the role of the element whose content comes last (up to
    /// the first ancestor that is not a Span, Link or Lbl), and whether an
    /// ancestor of it is a heading.
    last: Vec<(String, bool)>,
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> Result<&'a Dictionary, String> {
    doc.dereference(o)
        .map_err(|e| e.to_string())?
        .1
        .as_dict()
        .map_err(|e| e.to_string())
}

fn name_of(d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .and_then(Object::as_name)
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// Every MCID of every page and every link annotation resolves through
/// `/StructParents` (`/StructParent`) and the parent tree to an element
/// that holds it, whose `/P` chain ends at the StructTreeRoot; no content
/// is drawn outside marked content; no MCID is used twice. The errors, all
/// of them, when not.
fn check_tags(bytes: &[u8]) -> Result<Tagged, Vec<String>> {
    let doc = Document::load_mem(bytes).map_err(|e| vec![e.to_string()])?;
    let mut errors = Vec::new();
    let mut found = Tagged::default();
    let catalog = doc.catalog().map_err(|e| vec![e.to_string()])?;
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| dict(&doc, m).ok())
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    if marked != Some(true) {
        errors.push("the catalog has no /MarkInfo << /Marked true >>".into());
    }
    let Ok(root_ref) = catalog
        .get(b"StructTreeRoot")
        .and_then(Object::as_reference)
    else {
        return Err(vec!["no /StructTreeRoot".into()]);
    };
    let root = doc
        .get_dictionary(root_ref)
        .map_err(|e| vec![e.to_string()])?;
    // The parent tree: a number tree, flat or with kids.
    let mut parents: HashMap<i64, Object> = HashMap::new();
    fn collect(doc: &Document, node: &Dictionary, out: &mut HashMap<i64, Object>) {
        if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
            for pair in nums.chunks(2) {
                if let [Object::Integer(k), v] = pair {
                    out.insert(*k, v.clone());
                }
            }
        }
        if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
            for k in kids {
                if let Ok(d) = dict(doc, k) {
                    collect(doc, d, out);
                }
            }
        }
    }
    match root.get(b"ParentTree").map(|p| dict(&doc, p)) {
        Ok(Ok(p)) => collect(&doc, p, &mut parents),
        _ => errors.push("the StructTreeRoot has no /ParentTree".into()),
    }
    let next_key = root.get(b"ParentTreeNextKey").and_then(Object::as_i64).ok();
    if let Some(max) = parents.keys().max() {
        if next_key.is_none_or(|n| n <= *max) {
            errors.push(format!(
                "/ParentTreeNextKey {next_key:?} is not above the largest key {max}"
            ));
        }
    }
    // An element holds MCID `mcid` of page `page` in its /K.
    let holds = |elem: &Dictionary, page: ObjectId, mcid: i64| -> bool {
        let own_pg = elem.get(b"Pg").and_then(Object::as_reference).ok();
        let kids: Vec<&Object> = match elem.get(b"K") {
            Ok(Object::Array(a)) => a.iter().collect(),
            Ok(o) => vec![o],
            Err(_) => Vec::new(),
        };
        kids.iter().any(|k| match k {
            Object::Integer(i) => *i == mcid && own_pg == Some(page),
            o => dict(&doc, o).is_ok_and(|d| {
                name_of(d, b"Type").as_deref() == Some("MCR")
                    && d.get(b"MCID").and_then(Object::as_i64).ok() == Some(mcid)
                    && d.get(b"Pg").and_then(Object::as_reference).ok().or(own_pg) == Some(page)
            }),
        })
    };
    // The chain of element ids from `elem` up to the root, or an error.
    let chain = |elem: ObjectId| -> Result<Vec<ObjectId>, String> {
        let mut seen = vec![elem];
        let mut at = elem;
        loop {
            let d = doc.get_dictionary(at).map_err(|e| e.to_string())?;
            let p = d
                .get(b"P")
                .and_then(Object::as_reference)
                .map_err(|_| format!("element {at:?} has no /P"))?;
            if p == root_ref {
                return Ok(seen);
            }
            if seen.contains(&p) {
                return Err(format!("the /P chain of {elem:?} loops"));
            }
            seen.push(p);
            at = p;
        }
    };
    for (number, page) in doc.get_pages() {
        let content = match doc.get_and_decode_page_content(page) {
            Ok(c) => c,
            Err(e) => {
                errors.push(format!("page {number}: {e}"));
                continue;
            }
        };
        let page_dict = doc.get_dictionary(page).unwrap();
        let properties = doc
            .get_page_resources(page)
            .ok()
            .and_then(|(r, _)| r)
            .and_then(|r| r.get(b"Properties").ok())
            .and_then(|p| dict(&doc, p).ok());
        let mcids = walk_content(&content, properties, &doc, number, &mut errors);
        if name_of(page_dict, b"Tabs").as_deref() != Some("S") {
            errors.push(format!("page {number} has no /Tabs /S"));
        }
        let key = page_dict
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .ok();
        let array = match key {
            Some(k) => match parents.get(&k).map(|v| doc.dereference(v)) {
                Some(Ok((_, Object::Array(a)))) => Some(a.clone()),
                _ => {
                    errors.push(format!(
                        "page {number}: /StructParents {k} is not an array in the parent tree"
                    ));
                    None
                }
            },
            None => {
                if !mcids.is_empty() {
                    errors.push(format!("page {number} has MCIDs but no /StructParents"));
                }
                None
            }
        };
        let mut last = None;
        for &m in &mcids {
            let Some(elem) = array
                .as_ref()
                .and_then(|a| a.get(m as usize))
                .and_then(|o| o.as_reference().ok())
            else {
                errors.push(format!("page {number}: MCID {m} is not in the parent tree"));
                continue;
            };
            let d = doc.get_dictionary(elem).unwrap();
            if !holds(d, page, m) {
                errors.push(format!(
                    "page {number}: MCID {m}'s element {elem:?} does not hold it"
                ));
            }
            match chain(elem) {
                Ok(c) => last = Some(c),
                Err(e) => errors.push(format!("page {number}: {e}")),
            }
            found.mcids += 1;
        }
        if let Some(c) = last {
            let roles: Vec<String> = c
                .iter()
                .map(|&e| name_of(doc.get_dictionary(e).unwrap(), b"S").unwrap_or_default())
                .collect();
            let own = roles
                .iter()
                .find(|r| !matches!(r.as_str(), "Span" | "Link" | "Lbl"))
                .cloned()
                .unwrap_or_default();
            let heading = roles.iter().any(|r| r.len() == 2 && r.starts_with('H'));
            found.last.push((own, heading));
        }
        // Links: each annotation reaches a Link element holding an OBJR to it.
        let annots = page_dict
            .get(b"Annots")
            .and_then(Object::as_array)
            .cloned()
            .unwrap_or_default();
        for a in annots {
            let Ok(aref) = a.as_reference() else {
                errors.push(format!("page {number}: an annotation is not indirect"));
                continue;
            };
            let ad = doc.get_dictionary(aref).unwrap();
            if ad.get(b"Contents").is_err() {
                errors.push(format!(
                    "page {number}: annotation {aref:?} has no /Contents"
                ));
            }
            let elem = ad
                .get(b"StructParent")
                .and_then(Object::as_i64)
                .ok()
                .and_then(|k| parents.get(&k))
                .and_then(|o| o.as_reference().ok());
            let Some(elem) = elem else {
                errors.push(format!(
                    "page {number}: annotation {aref:?} does not lead to an element"
                ));
                continue;
            };
            let d = doc.get_dictionary(elem).unwrap();
            let kids: Vec<&Object> = match d.get(b"K") {
                Ok(Object::Array(k)) => k.iter().collect(),
                Ok(o) => vec![o],
                Err(_) => Vec::new(),
            };
            let objr = kids.iter().any(|k| {
                dict(&doc, k).is_ok_and(|k| {
                    name_of(k, b"Type").as_deref() == Some("OBJR")
                        && k.get(b"Obj").and_then(Object::as_reference).ok() == Some(aref)
                })
            });
            if name_of(d, b"S").as_deref() != Some("Link") || !objr {
                errors.push(format!(
                    "page {number}: annotation {aref:?}'s element is not a Link holding it"
                ));
            }
            if let Err(e) = chain(elem) {
                errors.push(format!("page {number}: {e}"));
            }
            found.links += 1;
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}

/// The MCIDs of a page's content in order; errors for content outside
/// marked content and for MCIDs used twice.
fn walk_content(
    content: &Content,
    properties: Option<&Dictionary>,
    doc: &Document,
    page: u32,
    errors: &mut Vec<String>,
) -> Vec<i64> {
    let mut depth = 0usize;
    let mut mcids = Vec::new();
    let mut seen = HashSet::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "BMC" => depth += 1,
            "BDC" => {
                depth += 1;
                let tag = op.operands.first().and_then(|o| o.as_name().ok());
                let props = match op.operands.get(1) {
                    Some(Object::Dictionary(d)) => Some(d),
                    Some(Object::Name(n)) => properties
                        .and_then(|p| p.get(n).ok())
                        .and_then(|o| dict(doc, o).ok()),
                    _ => None,
                };
                if tag == Some(b"Artifact") {
                    continue;
                }
                match props.and_then(|p| p.get(b"MCID").and_then(Object::as_i64).ok()) {
                    Some(m) => {
                        if !seen.insert(m) {
                            errors.push(format!("page {page}: MCID {m} is used twice"));
                        }
                        mcids.push(m);
                    }
                    None => errors.push(format!("page {page}: a BDC without an MCID")),
                }
            }
            "EMC" => depth = depth.saturating_sub(1),
            "Tj" | "TJ" | "'" | "\"" | "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*"
            | "Do" | "sh"
                if depth == 0 =>
            {
                errors.push(format!(
                    "page {page}: `{}` outside marked content",
                    op.operator
                ));
            }
            _ => {}
        }
    }
    mcids
}

#[test]
fn every_mcid_and_link_reaches_its_element_and_the_root_and_no_page_ends_with_a_heading() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = full_pdf(dir.path(), "full.pdf", &["--draft"]);
    let bytes = std::fs::read(&pdf).unwrap();
    let tagged = check_tags(&bytes).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(tagged.mcids > 300, "{tagged:?}");
    assert!(tagged.links > 40, "{tagged:?}");
    // The last element with content on each page is never a heading.
    for (page, (role, heading)) in tagged.last.iter().enumerate() {
        assert!(!heading, "page {} ends with a {role}", page + 1);
    }
    // The walk fails where it should: without the parent tree, without a
    // page's /StructParents, with a link out of the tree.
    let broken = |change: &dyn Fn(&mut Document)| {
        let mut doc = Document::load_mem(&bytes).unwrap();
        change(&mut doc);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        check_tags(&out).expect_err("a broken file passes")
    };
    let root = |doc: &Document| {
        doc.catalog()
            .unwrap()
            .get(b"StructTreeRoot")
            .unwrap()
            .as_reference()
            .unwrap()
    };
    let e = broken(&|doc| {
        let r = root(doc);
        doc.get_dictionary_mut(r).unwrap().remove(b"ParentTree");
    });
    assert!(e.iter().any(|e| e.contains("no /ParentTree")), "{e:?}");
    assert!(e.iter().any(|e| e.contains("not an array")), "{e:?}");
    let e = broken(&|doc| {
        let page = doc.get_pages()[&3];
        doc.get_dictionary_mut(page)
            .unwrap()
            .remove(b"StructParents");
    });
    assert_eq!(e[0], "page 3 has MCIDs but no /StructParents");
    assert!(e.iter().all(|e| e.starts_with("page 3")), "{e:?}");
    let e = broken(&|doc| {
        // The first contents link pointed at the second one's element.
        let page = doc.get_pages()[&2];
        let annots = doc.get_dictionary(page).unwrap().get(b"Annots").unwrap();
        let ids: Vec<ObjectId> = annots
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_reference().unwrap())
            .collect();
        let other = doc
            .get_dictionary(ids[1])
            .unwrap()
            .get(b"StructParent")
            .unwrap()
            .clone();
        doc.get_dictionary_mut(ids[0])
            .unwrap()
            .set("StructParent", other);
    });
    assert!(
        e.iter().any(|e| e.contains("is not a Link holding it")),
        "{e:?}"
    );
}

#[test]
fn the_reading_order_under_its_elements_matches_the_reviewed_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = full_pdf(dir.path(), "draft.pdf", &["--draft"]);
    let out = Command::new("pdfinfo")
        .args(["-struct-text", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    // Poppler's noise on a valid file: nothing else on stderr.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .lines()
            .all(|l| l.contains("Suspects object is wrong type")),
        "{stderr}"
    );
    // Object numbers of the link annotations are not part of what we review.
    let text: String = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| match l.trim_start().strip_prefix("Object ") {
            Some(_) => format!(
                "{}Object (link annotation)\n",
                &l[..l.len() - l.trim_start().len()]
            ),
            None => format!("{l}\n"),
        })
        .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/full-brief.struct.txt");
    if std::env::var_os("BRIEFDESK_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        text == want,
        "pdfinfo -struct-text differs from {}; review and bless with \
         `BRIEFDESK_BLESS=1 cargo test -p briefdesk-cli --test pdf_ua`",
        path.display()
    );
    // Some things a reader relies on, whatever the snapshot says.
    for must in [
        "  Sect\n    H1 (block)\n      \"2. Semiconductors\"",
        "H2 (block)\n      \"Talking points\"",
        "LI (block)\n        Lbl (block)\n          \"12.\"",
        "H3 (block)\n      \"R-04  7th EU–Japan Cyber Dialogue",
        "TOCI\n        Link (inline)\n          \"1. Since the last council\"",
    ] {
        assert!(text.contains(must), "no {must:?} in\n{text}");
    }
}

// --- typesetting a reader sees ----------------------------------------------

/// The text of pages `first..=last` (1-based), as pdftotext gives it.
fn pages_text(pdf: &Path, first: usize, last: usize) -> String {
    tool(
        "pdftotext",
        &[
            "-f",
            &first.to_string(),
            "-l",
            &last.to_string(),
            pdf.to_str().unwrap(),
            "-",
        ],
    )
}

fn page_count(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn urls_copy_exactly_symbols_print_and_the_marking_and_title_are_never_cut() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = full_pdf(dir.path(), "full.pdf", &[]);
    let p = pdf.to_str().unwrap();
    let check = tool("qpdf", &["--check", p]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert!(!check.to_lowercase().contains("warning"), "{check}");
    let fonts = tool("pdffonts", &[p]);
    let mut tags = HashSet::new();
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
        tags.insert(cols[0].split('+').next().unwrap().to_owned());
    }
    assert!(fonts.contains("Symbola"), "{fonts}");
    assert_eq!(tags.len(), fonts.lines().count() - 2, "{fonts}");

    // The Sources list, its lines joined as they break: every URL exactly,
    // no line ending with a scheme or a hyphen inside a URL.
    let view = common::ok_json(&dir.path().join("full.sqlite"), &["brief", "show", "1"]);
    let n = page_count(&pdf);
    let sources_page = (1..=n)
        .find(|&k| {
            pages_text(&pdf, k, k).starts_with("Sources\n")
                || pages_text(&pdf, k, k).contains("\nSources\n1.")
        })
        .expect("a Sources page");
    let sources = pages_text(&pdf, sources_page, n);
    let joined = sources.replace('\n', "");
    let urls: Vec<&str> = view["view"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["url"].as_str())
        .collect();
    assert!(urls.len() > 10, "{urls:?}");
    for u in &urls {
        assert!(joined.contains(u), "{u} is not in the Sources as printed");
    }
    for line in sources.lines() {
        assert!(!line.ends_with("://"), "{line}");
        let at_url_end = urls.iter().any(|u| {
            line.ends_with('-') && u.contains(line.rsplit(' ').next().unwrap_or_default())
        });
        assert!(!at_url_end, "a URL broken at its hyphen: {line}");
    }
    // URLs written in a talking point and a note are links too.
    let json: serde_json::Value = serde_json::from_str(&tool("qpdf", &["--json", p])).unwrap();
    let uris: HashSet<String> = json["qpdf"][1]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|o| o["value"]["/A"]["/URI"].as_str())
        .map(|u| u.trim_start_matches("u:").to_owned())
        .collect();
    for u in [full::POINT_URL, full::NOTE_URL] {
        assert!(uris.contains(u), "{u} is not a link: {uris:?}");
    }

    let all = tool("pdftotext", &[p, "-"]);
    let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
    // Emoji and symbols print, through the symbol font.
    for s in ["👍", "✅", "⚠", "→"] {
        assert!(all.contains(s), "{s} is missing");
    }
    // The marking in full on every page but the cover, in the header and
    // the footer; the title in full on the one cover page.
    let marking = full::MARKING.to_uppercase();
    for k in 2..=n {
        let page = pages_text(&pdf, k, k)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(page.matches(&marking).count(), 2, "page {k}: {page}");
    }
    let cover = pages_text(&pdf, 1, 1)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(cover.contains(full::TITLE), "{cover}");
    assert!(cover.contains("Includes the author’s notes."), "{cover}");
    // The cover is one page: the contents follow on the second.
    assert!(pages_text(&pdf, 2, 2).contains("Contents\n"));
    assert!(!pages_text(&pdf, 2, 2).contains(full::TITLE));
    // Japanese copies as written (the quarter-em spaces are spacing, not
    // characters); the context item R-04 is in the cybersecurity section.
    let japanese: String = all.chars().filter(|c| !c.is_whitespace()).collect();
    let want: String = full::JAPANESE
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        japanese.contains(&want),
        "the Japanese paragraph is not as written"
    );
    assert!(flat.contains("R-04 7th EU–Japan Cyber Dialogue"), "{flat}");
    assert!(flat.contains("Context, not a Council outcome · 28 January 2026"));
    // Empty sections are left out.
    assert!(!flat.contains("Nothing in this section yet"));
    assert!(!flat.contains("4. Artificial intelligence"));
}

#[test]
fn notes_go_out_only_by_choice() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    ok(
        &ws,
        &[
            "annotate",
            "C3-16",
            "--note",
            "Cyber note: ask about JC-STAR.",
        ],
    );
    let text = |args: &[&str]| {
        let out = dir.path().join("q.pdf");
        let mut a = vec!["export", "-o", out.to_str().unwrap()];
        a.extend_from_slice(args);
        ok(&ws, &a);
        tool("pdftotext", &[out.to_str().unwrap(), "-"])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // A quick brief leaves notes out unless asked.
    let without = text(&["--sector", "cybersecurity"]);
    assert!(!without.contains("Cyber note"), "{without}");
    assert!(!without.contains("Your note"));
    assert!(!without.contains("Includes the author’s notes"));
    // It shows the record's context for the sector, marked as context.
    assert!(without.contains("7th EU–Japan Cyber Dialogue"), "{without}");
    assert!(without.contains("Context, not a Council outcome"));
    let with = text(&["--sector", "cybersecurity", "--notes"]);
    assert!(with.contains("Cyber note: ask about JC-STAR."), "{with}");
    assert!(with.contains("Includes the author’s notes."));
    // A saved quick brief too, and Markdown the same.
    ok(&ws, &["brief", "quick", "--sector", "cybersecurity"]);
    let md = dir.path().join("q.md");
    ok(&ws, &["export", "2", "-o", md.to_str().unwrap()]);
    let md = std::fs::read_to_string(md).unwrap();
    assert!(!md.contains("Cyber note") && md.contains("R-04"), "{md}");
    assert!(md.contains("Context, not a Council outcome"), "{md}");
    ok(
        &ws,
        &["brief", "quick", "--sector", "cybersecurity", "--notes"],
    );
    let md = dir.path().join("q3.md");
    ok(&ws, &["export", "3", "-o", md.to_str().unwrap()]);
    let md = std::fs::read_to_string(md).unwrap();
    assert!(md.contains("Cyber note") && md.contains("*Includes the author’s notes.*"));
    // A saved brief shows them where it says so; --no-annotations leaves
    // them out and says so; --notes is for quick briefs.
    let saved = text(&["1"]);
    assert!(
        saved.contains("Ask METI whether the team met in Q3.")
            && saved.contains("Includes the author’s notes.")
    );
    let left = text(&["1", "--no-annotations"]);
    assert!(!left.contains("Ask METI") && left.contains("leaves out the author’s own notes"));
    let (code, _) = fail(&ws, &["export", "1", "--notes", "-o", "x.pdf"]);
    assert_eq!(code, 2);
}

#[test]
fn a_character_no_font_has_is_named_with_where_it_is_and_subset_tags_follow_the_subset() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.sqlite");
    known_brief(&ws);
    ok(
        &ws,
        &[
            "brief",
            "text",
            "1",
            "quantum",
            "--point",
            "Fine ✅",
            "--point",
            "Parrots \u{1F99C} are not in any font",
        ],
    );
    let out = dir.path().join("x.pdf");
    let (code, err) = fail(&ws, &["export", "1", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("talking point 2 of section 3 (Quantum technologies)")
            && err.contains("U+1F99C")
            && err.contains("Symbola"),
        "{err}"
    );
    assert!(!out.exists());
    ok(
        &ws,
        &["brief", "text", "1", "quantum", "--point", "Fine ✅"],
    );
    // Two briefs with different text: the same fonts, different subsets,
    // different tags; the same brief twice: the same tags.
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    export(&ws, &a, &[]);
    ok(
        &ws,
        &[
            "brief",
            "text",
            "1",
            "quantum",
            "--point",
            "Fine ✅ (Ωμέγα, Жук)",
        ],
    );
    export(&ws, &b, &[]);
    let names = |p: &Path| -> HashMap<String, String> {
        tool("pdffonts", &[p.to_str().unwrap()])
            .lines()
            .skip(2)
            .map(|r| {
                let n = r.split_whitespace().next().unwrap();
                let (tag, font) = n.split_once('+').unwrap();
                (font.to_owned(), tag.to_owned())
            })
            .collect()
    };
    let (na, nb) = (names(&a), names(&b));
    assert_ne!(
        na["NotoSans-Regular"], nb["NotoSans-Regular"],
        "{na:?} {nb:?}"
    );
    let a2 = dir.path().join("a2.pdf");
    ok(
        &ws,
        &["brief", "text", "1", "quantum", "--point", "Fine ✅"],
    );
    export(&ws, &a2, &[]);
    assert_eq!(names(&a2), na);
}
