//! Crash safety: a child process saves annotations in a loop and prints each
//! one once its transaction has committed; the test kills it with SIGKILL at
//! random moments, reopens the workspace, runs `PRAGMA integrity_check` and
//! checks that every printed write is there.
//!
//! 200 cycles here; `BRIEFDESK_CRASH_CYCLES=1000` (scripts/soak-crash.sh) for
//! a soak. The child is this test binary itself, re-run with
//! `BRIEFDESK_CRASH_CHILD` set.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use briefdesk_core::store::{AnnotationFields, Workspace};

const CHILD: &str = "BRIEFDESK_CRASH_CHILD";

/// The writer: runs when the test binary is started as the child.
fn child(path: &Path, cycle: &str) -> ! {
    let mut ws = Workspace::open(path).expect("open");
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let commitment = format!("C{}", i % 37);
        let note = format!("cycle {cycle} write {i}");
        let fields = AnnotationFields {
            note: note.clone(),
            tags: vec![format!("t{}", i % 5)],
            ..Default::default()
        };
        let saved = ws.save(&commitment, fields).expect("save");
        // Only now is the write committed: report it.
        writeln!(out, "WRITE\t{commitment}\t{}\t{note}", saved.revision).expect("stdout");
        out.flush().expect("flush");
        if i % 13 == 0 {
            let _ = ws.undo();
        }
    }
    unreachable!()
}

/// A small deterministic pseudo-random sequence (no extra dependency).
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn committed_writes_survive_sigkill() {
    if let Some(path) = std::env::var_os(CHILD) {
        let cycle = std::env::var("BRIEFDESK_CRASH_CYCLE").unwrap_or_default();
        child(Path::new(&path), &cycle);
    }
    let cycles: u32 = std::env::var("BRIEFDESK_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.sqlite");
    drop(Workspace::open(&path).unwrap());
    let exe = std::env::current_exe().unwrap();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut total_writes = 0usize;
    let started = Instant::now();

    for cycle in 0..cycles {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "committed_writes_survive_sigkill",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .env("BRIEFDESK_CRASH_CYCLE", cycle.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Let it write for a random while: from almost nothing to ~60 ms.
        std::thread::sleep(Duration::from_micros(500 + next(&mut seed) % 60_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let reported: Vec<(String, i64, String)> = BufReader::new(child.stdout.take().unwrap())
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| {
                // The test harness may print its own text before the first line.
                let l = &l[l.find("WRITE\t")? + "WRITE\t".len()..];
                let mut parts = l.splitn(3, '\t');
                Some((
                    parts.next()?.to_owned(),
                    parts.next()?.parse().ok()?,
                    parts.next()?.to_owned(),
                ))
            })
            .collect();
        total_writes += reported.len();

        let ws = Workspace::open(&path).unwrap_or_else(|e| panic!("cycle {cycle}: reopen: {e}"));
        assert_eq!(ws.integrity_check().unwrap(), "ok", "cycle {cycle}");
        for (commitment, revision, note) in &reported {
            let history = ws.history(commitment).unwrap();
            assert!(
                history.iter().any(|r| r.id == *revision && &r.fields.note == note),
                "cycle {cycle}: committed write `{note}` (revision {revision}) of {commitment} is missing"
            );
        }
    }
    eprintln!(
        "{cycles} SIGKILL cycles, {total_writes} committed writes checked, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(total_writes > 0, "the child never wrote anything");
}
