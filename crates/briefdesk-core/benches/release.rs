//! Benchmark: importing a signed release of 100,000 commitments into a
//! workspace on the shipped record — read, verify the signature and the
//! SHA-256, validate in full, and the change report against the shipped
//! release (records added, removed, changed field by field, the user's own
//! entries it covers, notes and brief items it orphans) — then applying it
//! (target: under 2 s on the 2-core reference machine).
//!
//! Run with `cargo bench -p briefdesk-core --bench release`. Prints time
//! and memory: the peak resident set of a fresh process that does one
//! import and nothing else (this benchmark run again as a child, so what
//! making the release took is not counted), above what it had resident
//! before; asserts nothing about either. The anchor in the same run: loading and
//! validating the same dataset files alone (what any import must do at
//! least). `BRIEFDESK_BENCH_N` sets the size, `BRIEFDESK_BENCH_RUNS` the
//! number of timed runs.

mod common;

use std::time::{Duration, Instant};

use briefdesk_core::dataset::synthetic;
use briefdesk_core::release::{self, in_use, BuildOptions};
use briefdesk_core::store::{AnnotationFields, Workspace};
use briefdesk_core::Dataset;

fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1e3
}

/// A figure of this process from /proc/self/status, in MiB.
fn status_mib(field: &str) -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Set (to the release file and the workspace) in the child that imports
/// once and reports its memory.
const CHILD: &str = "BRIEFDESK_BENCH_IMPORT_ONCE";

/// The child: one import of the release into the workspace, then
/// "RSS_BEFORE PEAK" in MiB on stdout.
fn import_once(spec: &str) {
    let (file, ws_path) = spec.split_once('\n').expect("file and workspace");
    let ws = Workspace::open(std::path::Path::new(ws_path)).expect("the workspace");
    let current = in_use::open_in_use(&ws, None).expect("the release in use");
    let before = status_mib("VmRSS:").unwrap_or(0.0);
    let prepared = in_use::prepare(std::path::Path::new(file), &ws, &current, false)
        .expect("the release is accepted");
    std::hint::black_box(&prepared);
    let peak = status_mib("VmHWM:").unwrap_or(0.0);
    println!("{before:.1} {peak:.1}");
}

fn main() {
    if let Ok(spec) = std::env::var(CHILD) {
        return import_once(&spec);
    }
    let (n, runs) = common::size(5);
    let dir = tempfile::tempdir().expect("temporary folder");

    // The release: the shipped record grown to n commitments, the summary
    // of every tenth shipped commitment reworded (changes field by field),
    // signed by a key the workspace trusts.
    let files = synthetic::with_commitments(n);
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let mut ds = Dataset::from_texts(&borrowed).expect("the synthetic dataset is valid");
    let shipped = Dataset::embedded().expect("the shipped dataset is valid");
    let mut reworded = 0;
    for c in ds.commitments.iter_mut().step_by(10) {
        if shipped.commitment(&c.id).is_some() {
            c.summary.push_str(" (Reworded in the new release.)");
            reworded += 1;
        }
    }
    let opts = BuildOptions {
        dataset_version: "2027.1.0".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
        publisher: "Benchmark unit".into(),
    };
    let bytes = release::release_bytes(&ds, &opts).expect("the release builds");
    let bytes_len = bytes.len();
    drop(ds);
    let (sk, pk) = release::generate_key_pair("benchmark key").expect("a key pair");
    let secret = minisign::SecretKeyBox::from_string(&sk)
        .unwrap()
        .into_unencrypted_secret_key()
        .unwrap();
    let signature = release::sign(&bytes, &secret, &opts.dataset_version).expect("signed");
    let file = dir.path().join("release-2027.1.0.json");
    release::write(&file, &bytes, &signature).expect("the release is written");
    println!(
        "release: {n} commitments ({reworded} shipped ones reworded), {:.1} MiB, signed",
        bytes.len() as f64 / (1024.0 * 1024.0)
    );
    let key = release::Key::parse(&pk, "benchmark key").expect("the public key");

    // A workspace on the shipped release, with the user's notes on a few
    // commitments (the report looks for what the release orphans).
    let ws_path = dir.path().join("ws.sqlite");
    let mut ws = Workspace::open(&ws_path).expect("a workspace");
    ws.trust_key(&key.key_id, &key.base64, "benchmark key")
        .expect("the key is trusted");
    for id in ["C1-05", "C2-08", "C3-10"] {
        let note = AnnotationFields {
            note: "Ask about it.".into(),
            ..Default::default()
        };
        ws.save(id, note).expect("a note");
    }
    let current = in_use::open_in_use(&ws, None).expect("the shipped release in use");

    // Warm-up (page cache, allocator), and the report's figures.
    let prepared = in_use::prepare(&file, &ws, &current, false).expect("the release is accepted");
    let r = &prepared.report;
    let fields: usize = r.changed.iter().map(|c| c.fields.len()).sum();
    println!(
        "change report: {} added, {} removed, {} changed ({fields} fields), {} covered, {} orphaned notes",
        r.added.len(),
        r.removed.len(),
        r.changed.len(),
        r.covered.len(),
        r.orphaned_annotations.len()
    );
    drop(prepared);

    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let prepared = in_use::prepare(&file, &ws, &current, false).expect("accepted");
        times.push(start.elapsed());
        std::hint::black_box(&prepared);
    }
    let import = median_ms(times);
    // Memory: one import in a fresh process.
    let out = std::process::Command::new(std::env::current_exe().expect("this benchmark"))
        .env(CHILD, format!("{}\n{}", file.display(), ws_path.display()))
        .output()
        .expect("the benchmark runs as a child");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let figures = String::from_utf8_lossy(&out.stdout);
    let mut it = figures
        .split_whitespace()
        .map(|v| v.parse::<f64>().unwrap_or(0.0));
    let (before, peak) = (it.next().unwrap_or(0.0), it.next().unwrap_or(0.0));
    println!(
        "import (read, verify, validate, change report): median {import:.0} ms over {runs} runs (target < 2000 ms); memory, one import in a fresh process: peak resident {peak:.0} MiB, {:.0} MiB above the {before:.0} MiB resident before ({:.1}x the release file)",
        peak - before,
        (peak - before) / (bytes_len as f64 / (1024.0 * 1024.0))
    );

    // Applying: installed beside the workspace, made the release in use.
    let prepared = in_use::prepare(&file, &ws, &current, false).expect("accepted");
    let start = Instant::now();
    in_use::apply(&prepared, &mut ws, false, "benchmark").expect("applied");
    let apply = start.elapsed().as_secs_f64() * 1e3;
    println!(
        "apply (install, one transaction): {apply:.0} ms; import and apply: {:.0} ms",
        import + apply
    );

    // The anchor: load and validate the same files, nothing else.
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let ds = Dataset::from_texts(&borrowed).expect("valid");
        times.push(start.elapsed());
        std::hint::black_box(&ds);
    }
    println!(
        "anchor: load + validate of the same dataset alone: median {:.0} ms",
        median_ms(times)
    );
}
