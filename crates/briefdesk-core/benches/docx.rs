//! Benchmark: DOCX export of the reference brief (the PDF benchmark's:
//! every sector, every commitment, a note with Japanese on each). Prints our
//! time in fresh processes (target: under 100 ms) and in the same process,
//! the size, and, as the anchor measured in turn with it on the same
//! machine, the PDF export of the same brief in fresh processes.
//!
//! `cargo bench -p briefdesk-core --bench docx`; `BRIEFDESK_BENCH_OUT=DIR`
//! keeps the DOCX there.

mod common;
#[path = "common/reference.rs"]
mod reference;

use std::process::Command;
use std::time::Instant;

use briefdesk_core::export::docx::{render_docx, DocxOptions};
use briefdesk_core::export::pdf::{render_pdf, PdfOptions};
use briefdesk_core::Dataset;
use chrono::NaiveDate;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// One run of this benchmark in a fresh process doing `what`; its seconds.
fn child(what: &str) -> f64 {
    let o = Command::new(std::env::current_exe().expect("this benchmark"))
        .arg("--bench")
        .env("BRIEFDESK_DOCX_BENCH_CHILD", what)
        .output()
        .expect("a child run");
    assert!(
        o.status.success(),
        "child: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout)
        .trim()
        .parse()
        .expect("seconds")
}

fn main() {
    let (_, runs) = common::size(9);
    let ds = Dataset::embedded().expect("dataset");
    let view = reference::reference(&ds);
    let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let opts = DocxOptions {
        date,
        draft: false,
        annotations: true,
    };
    // A child run: one export in a fresh process, its seconds on stdout.
    if let Some(what) = std::env::var_os("BRIEFDESK_DOCX_BENCH_CHILD") {
        let start = Instant::now();
        if what == "pdf" {
            let pdf = PdfOptions {
                date,
                draft: false,
                annotations: true,
            };
            std::hint::black_box(render_pdf(&view, &pdf).expect("export"));
        } else {
            std::hint::black_box(render_docx(&view, &opts).expect("export"));
        }
        println!("{}", start.elapsed().as_secs_f64());
        return;
    }
    let docx = render_docx(&view, &opts).expect("export");
    let mut warm = Vec::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        std::hint::black_box(render_docx(&view, &opts).expect("export"));
        warm.push(start.elapsed().as_secs_f64());
    }
    let out_dir = std::env::var_os("BRIEFDESK_BENCH_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("briefdesk-docx-bench"));
    std::fs::create_dir_all(&out_dir).expect("output folder");
    std::fs::write(out_dir.join("reference.docx"), &docx).expect("write");
    println!(
        "reference brief: {} sections, {} commitments, {} sources; DOCX {:.0} KiB",
        view.printed_sections().count(),
        view.sections.iter().map(|s| s.items.len()).sum::<usize>(),
        view.sources.len(),
        docx.len() as f64 / 1024.0
    );
    println!(
        "DOCX export, later in the same process: median {:.1} ms over {} runs",
        median(warm.clone()) * 1e3,
        warm.len()
    );
    // Fresh processes, DOCX and the PDF anchor in turn.
    let fresh = runs.max(1);
    let mut ours = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..fresh {
        ours.push(child("docx"));
        pdf.push(child("pdf"));
    }
    let ours = median(ours);
    println!(
        "DOCX export in a fresh process: median {:.1} ms over {fresh} processes (target < 100 ms: {})",
        ours * 1e3,
        if ours < 0.1 { "met" } else { "NOT met" }
    );
    let pdf = median(pdf);
    println!(
        "anchor, the PDF export of the same brief in a fresh process, in turn: median {:.0} ms (DOCX {:.2}x its time)",
        pdf * 1e3,
        ours / pdf
    );
    println!("file in {}", out_dir.display());
}
