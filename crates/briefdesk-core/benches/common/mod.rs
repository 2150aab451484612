//! What the benchmarks share: the allocator of the briefdesk binaries, and
//! the size of a run (full under `cargo bench`, quick under `cargo test
//! --benches`; `BRIEFDESK_BENCH_N` and `BRIEFDESK_BENCH_RUNS` override).

// The same allocator as the briefdesk binaries.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How many commitments, and how many timed runs.
pub fn size(default_runs: usize) -> (usize, usize) {
    // `cargo bench` passes `--bench`; anything else gets a quick run.
    if !std::env::args().any(|a| a == "--bench") {
        return (1_000, 1);
    }
    (
        env_or("BRIEFDESK_BENCH_N", 100_000),
        env_or("BRIEFDESK_BENCH_RUNS", default_runs),
    )
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
