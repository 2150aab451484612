//! Benchmark: load and validate a synthetic dataset of 100,000 commitments
//! (target: under 200 ms on the 2-core reference machine).
//!
//! Run with `cargo bench -p briefdesk-core --bench load`. Prints figures; it
//! asserts nothing about time. `BRIEFDESK_BENCH_N` sets the size,
//! `BRIEFDESK_BENCH_RUNS` the number of timed runs.

mod common;

use std::time::{Duration, Instant};

use briefdesk_core::dataset::synthetic;
use briefdesk_core::Dataset;

fn stats(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
    )
}

fn main() {
    let (n, runs) = common::size(10);

    let files = synthetic::with_commitments(n);
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut bytes = 0;
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).expect("write dataset file");
        bytes += text.len();
    }
    println!(
        "dataset: {n} commitments, {:.1} MiB of JSON in {} files",
        bytes as f64 / (1024.0 * 1024.0),
        files.len()
    );

    // Warm-up (page cache, allocator).
    let ds = Dataset::load_dir(dir.path()).expect("synthetic dataset is valid");
    assert_eq!(ds.commitments.len(), n);
    drop(ds);

    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let ds = Dataset::load_dir(dir.path()).expect("synthetic dataset is valid");
        times.push(start.elapsed());
        std::hint::black_box(&ds);
    }
    let (min, median, max) = stats(times);
    println!(
        "load + validate from disk: min {min:.1} ms, median {median:.1} ms, max {max:.1} ms over {runs} runs (target < 200 ms)"
    );
    println!("per commitment: {:.2} µs (median)", median * 1e3 / n as f64);

    // Reference point: serde alone decoding commitments.json, no checks.
    let text = &files
        .iter()
        .find(|(n, _)| *n == "commitments.json")
        .unwrap()
        .1;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let v: Vec<briefdesk_core::model::Commitment> = serde_json::from_str(text).unwrap();
        times.push(start.elapsed());
        std::hint::black_box(&v);
    }
    let (_, median, _) = stats(times);
    println!("reference: serde_json decode of commitments.json alone: median {median:.1} ms");

    // The error path: one bad reference among n commitments, located by line:column.
    let broken: Vec<(&str, String)> = files
        .iter()
        .map(|(name, text)| {
            if *name == "commitments.json" {
                (*name, text.replacen("\"dpc-2024\"", "\"dpc-2042\"", 1))
            } else {
                (*name, text.clone())
            }
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = broken.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let start = Instant::now();
    let Err(problems) = Dataset::from_texts(&borrowed) else {
        panic!("the broken copy must not load");
    };
    let elapsed = start.elapsed().as_secs_f64() * 1e3;
    println!(
        "error path (1 dangling reference, located): {elapsed:.1} ms, {} problem(s): {}",
        problems.0.len(),
        problems
            .0
            .first()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
}
