//! Benchmark: PDF export of a reference brief of about 40 pages with
//! Japanese, built from the dataset (every sector, every commitment, notes
//! with the Japanese names of the actors). Prints our time and size; writes
//! the same content as a Typst file and, when `typst` (PyPI) is installed,
//! times Typst on it and prints our figures as ratios of Typst's (target: at
//! most 0.5× its time and 0.6× its size).
//!
//! `cargo bench -p briefdesk-core --bench pdf`; `BRIEFDESK_BENCH_OUT=DIR`
//! keeps the PDFs and the Typst source there.

mod common;
#[path = "common/reference.rs"]
mod reference;

use std::fmt::Write as _;
use std::process::Command;
use std::time::Instant;

use briefdesk_core::brief::view::{actor_line, date_label, BriefView};
use briefdesk_core::export::pdf::{render_pdf, PdfOptions};
use briefdesk_core::Dataset;
use chrono::NaiveDate;

/// A string as a Typst string literal shown in markup.
fn t(s: &str) -> String {
    let mut out = String::from("#\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The same content as Typst markup: cover, outline, sections, sources,
/// header and footer with "Page X of Y".
fn typst_source(v: &BriefView, date: NaiveDate) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "#set document(title: {title:?}, author: {author:?})\n\
         #set text(font: (\"Noto Sans\", \"Noto Sans CJK JP\"), size: 10.5pt, lang: \"en\")\n\
         #set par(leading: 0.55em)\n\
         #set page(paper: \"a4\", margin: (x: 64pt, top: 76pt, bottom: 72pt),\n\
           header: context if counter(page).get().first() > 1 [#text(8.5pt)[{h} #h(1fr) {m}] #line(length: 100%, stroke: 0.6pt)],\n\
           footer: context if counter(page).get().first() > 1 [#line(length: 100%, stroke: 0.6pt) #text(8.5pt)[{d} #h(1fr) Page #counter(page).display() of #counter(page).final().first()]])",
        title = v.title,
        author = v.author,
        h = t(&v.title),
        m = t(&v.marking.to_uppercase()),
        d = t(&date_label(date, briefdesk_core::i18n::Lang::En)),
    );
    let _ = writeln!(
        s,
        "#v(150pt)\n#text(11pt)[Briefing note]\n\n#text(26pt, weight: \"bold\")[{}]\n\n#text(13pt)[{}]\n\n#text(13pt)[{}]\n#v(60pt)\n*Author:* {}\n\n*Audience:* {}\n\n*Handling:* {}\n#pagebreak()\n#outline(depth: 1)\n",
        t(&v.title),
        t(v.meeting.as_deref().unwrap_or_default()),
        t(v.date_label.as_deref().unwrap_or_default()),
        t(&v.author),
        t(&v.audience),
        t(&v.marking)
    );
    for (i, sec) in v.sections.iter().enumerate() {
        let _ = writeln!(
            s,
            "#pagebreak()\n= {}\n",
            t(&format!("{}. {}", i + 1, sec.heading))
        );
        for p in sec.background.split("\n\n") {
            let _ = writeln!(s, "{}\n", t(p));
        }
        if let Some(since) = &sec.since {
            for sector in &since.sectors {
                let _ = writeln!(s, "=== {}\n", t(&sector.name));
                for e in &sector.added {
                    let cont: Vec<String> = e.continues.iter().map(|c| c.id.clone()).collect();
                    let _ = writeln!(
                        s,
                        "- *{}* {} ({}); continues {}.",
                        t(&e.commitment),
                        t(&e.title),
                        t(&e.status_label),
                        t(&cont.join(", "))
                    );
                }
            }
        }
        if !sec.talking_points.is_empty() {
            let _ = writeln!(s, "== Talking points\n");
            for p in &sec.talking_points {
                let _ = writeln!(s, "+ {}", t(p));
            }
        }
        if !sec.items.is_empty() {
            let _ = writeln!(s, "\n== Commitments\n");
        }
        for it in &sec.items {
            let _ =
                writeln!(
                s,
                "=== {}\n#text(9pt, style: \"italic\")[{}]\n\n{} {}\n\n#text(9pt)[*Actors:* {}]\n",
                t(&format!("{}  {}", it.commitment, it.title.as_deref().unwrap_or_default())),
                t(&format!(
                    "{} · Status: {} · Verification: {}",
                    it.meeting.as_ref().map_or("", |m| m.title.as_str()),
                    it.status_label.as_deref().unwrap_or_default(),
                    it.verification_label.as_deref().unwrap_or_default()
                )),
                t(it.summary.as_deref().unwrap_or_default()),
                it.sources
                    .iter()
                    .map(|n| format!("#link(<src-{n}>)[\\[{n}\\]]"))
                    .collect::<String>(),
                t(&it.actors.iter().map(actor_line).collect::<Vec<_>>().join("; ")),
            );
            if let Some(a) = &it.annotation {
                let _ = writeln!(
                    s,
                    "#block(inset: (left: 10pt), stroke: (left: 2pt + blue))[*Your note* \\\n{}]\n",
                    t(&a.note)
                );
            }
        }
    }
    let _ = writeln!(s, "#pagebreak()\n= Sources\n");
    for src in &v.sources {
        let _ = writeln!(
            s,
            "+ {}, #emph[{}]{}. {} <src-{}>",
            t(&src.publisher),
            t(&src.title),
            t(&src
                .date
                .as_ref()
                .map(|d| format!(", {d}"))
                .unwrap_or_default()),
            src.url
                .as_ref()
                .map_or(String::new(), |u| format!("#link({u:?})")),
            src.number
        );
    }
    s
}

fn median_of(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Run `cmd` `n` times, each printing its seconds on stdout; their times.
fn fresh_runs(n: usize, mut cmd: impl FnMut() -> Command) -> Option<Vec<f64>> {
    (0..n)
        .map(|_| {
            let o = cmd().output().ok().filter(|o| o.status.success())?;
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .lines()
                .last()?
                .parse()
                .ok()
        })
        .collect()
}

fn main() {
    let (_, runs) = common::size(9);
    let ds = Dataset::embedded().expect("dataset");
    let view = reference::reference(&ds);
    let opts = PdfOptions {
        date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        draft: false,
        annotations: true,
    };
    // A child run: one export in a fresh process, its seconds on stdout.
    if std::env::var_os("BRIEFDESK_PDF_BENCH_CHILD").is_some() {
        let start = Instant::now();
        std::hint::black_box(render_pdf(&view, &opts).expect("export"));
        println!("{}", start.elapsed().as_secs_f64());
        return;
    }
    let out_dir = std::env::var_os("BRIEFDESK_BENCH_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("briefdesk-pdf-bench"));
    std::fs::create_dir_all(&out_dir).expect("output folder");

    // The first export loads the fonts (the Japanese collection is 20 MB).
    let pdf = render_pdf(&view, &opts).expect("export");
    let mut warm = Vec::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        std::hint::black_box(render_pdf(&view, &opts).expect("export"));
        warm.push(start.elapsed().as_secs_f64());
    }
    warm.sort_by(f64::total_cmp);
    let median = warm[warm.len() / 2];
    let pdf_path = out_dir.join("reference.pdf");
    std::fs::write(&pdf_path, &pdf).expect("write");
    let pages = String::from_utf8_lossy(&pdf)
        .matches("/Type /Page\n")
        .count()
        + String::from_utf8_lossy(&pdf).matches("/Type/Page/").count();
    let info = Command::new("pdfinfo").arg(&pdf_path).output().ok();
    let pages = info
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find(|l| l.starts_with("Pages:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        })
        .unwrap_or(pages);
    println!(
        "reference brief: {pages} pages, {} commitments, {:.0} KiB",
        view.sections.iter().map(|s| s.items.len()).sum::<usize>(),
        pdf.len() as f64 / 1024.0
    );
    println!(
        "export, later in the same process: median {:.0} ms over {} runs",
        median * 1e3,
        warm.len()
    );

    let typ = out_dir.join("reference.typ");
    std::fs::write(&typ, typst_source(&view, opts.date)).expect("write typst");
    let typst_pdf = out_dir.join("reference-typst.pdf");
    // Fresh processes, both sides: our first export (fonts loaded) and a
    // Typst compile (its font scan included); medians of several runs, as
    // first-touch memory costs vary a lot on a virtual machine.
    let fresh = runs.max(1);
    let script = format!(
        "import time, typst\nt = time.perf_counter()\ntypst.compile({typ:?}, output={out:?}, font_paths=['/usr/share/fonts'])\nprint(time.perf_counter() - t)",
        typ = typ.display().to_string(),
        out = typst_pdf.display().to_string()
    );
    let tools = std::env::var_os("BRIEFDESK_TOOLS").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tools"),
        std::path::PathBuf::from,
    );
    let venv_python = tools.join("venv/bin/python");
    let python = if venv_python.exists() {
        venv_python
    } else {
        "python3".into()
    };
    let has_typst = Command::new(&python)
        .args(["-c", "import typst"])
        .output()
        .is_ok_and(|o| o.status.success());
    // Our export and Typst's compile in turn, so both see the same load
    // of a shared machine; the ratio is the median of the pairs'.
    let ours_child = || {
        let mut c = Command::new(std::env::current_exe().expect("this benchmark"));
        c.arg("--bench").env("BRIEFDESK_PDF_BENCH_CHILD", "1");
        c
    };
    let typst_child = || {
        let mut c = Command::new(&python);
        c.args(["-c", &script]);
        c
    };
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..fresh {
        ours.extend(fresh_runs(1, ours_child).expect("child exports"));
        if has_typst {
            match fresh_runs(1, typst_child) {
                Some(t) => theirs.extend(t),
                None => break,
            }
        }
    }
    let ours_fresh = median_of(ours.clone());
    println!(
        "export in a fresh process (fonts loaded): median {:.0} ms over {fresh} processes",
        ours_fresh * 1e3
    );
    if !has_typst {
        println!("typst (PyPI) is not installed: no ratios (scripts/setup.sh installs it)");
    } else if theirs.len() == ours.len() {
        let secs = median_of(theirs.clone());
        let size = std::fs::metadata(&typst_pdf).map(|m| m.len()).unwrap_or(0);
        println!(
            "typst (PyPI) on the same content, in turn with ours: median {:.0} ms over {fresh} processes (its font scan included), {:.0} KiB",
            secs * 1e3,
            size as f64 / 1024.0
        );
        let fresh_ratio = median_of(ours.iter().zip(&theirs).map(|(a, b)| a / b).collect());
        let size_ratio = pdf.len() as f64 / size as f64;
        println!(
            "ratios (ours / typst): time {fresh_ratio:.2}x in fresh processes (median of the pairs; target <= 0.4x: {}), {:.2}x for a later export in the same process; size {size_ratio:.2}x (target <= 0.5x: {})",
            if fresh_ratio <= 0.4 { "met" } else { "NOT met" },
            median / secs,
            if size_ratio <= 0.5 { "met" } else { "NOT met" }
        );
    } else {
        println!("typst (PyPI) failed on the Typst source: no ratios");
    }
    println!("files in {}", out_dir.display());
}
