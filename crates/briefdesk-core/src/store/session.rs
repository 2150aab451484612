//! Author sessions: whose change each history entry is, so that `undo`
//! undoes *your* last change and never someone else's.
//!
//! A session is a short string recorded with every change:
//! - [`APP`]: the desktop app. One session for the app on this workspace,
//!   across restarts (the app runs as a single instance): Ctrl+Z after a
//!   restart still undoes the app's last change.
//! - the command line: one session per terminal session ([`cli`]), so
//!   `briefdesk annotate …` then `briefdesk undo` in the same terminal undoes
//!   that annotation, never a change made meanwhile by the app, by a script
//!   in another terminal, or by an import run elsewhere. `BRIEFDESK_SESSION`
//!   (or `--session`) names a session explicitly, for scripts that want
//!   their own undo history or tests that play several writers.
//! - changes made before workspace format 5 belong to [`APP`].
//!
//! Imports are recorded under the session that ran them, like any change.

/// The desktop app's session.
pub const APP: &str = "app";

/// The session of a workspace opened without naming one (library use).
pub const DEFAULT: &str = "default";

/// The variable that names a command-line session explicitly.
pub const ENV: &str = "BRIEFDESK_SESSION";

/// The command line's session: `BRIEFDESK_SESSION` when set; otherwise the
/// terminal session the command runs in (its session id and the start time
/// of the session leader, so a reused id is another session); `cli` where
/// neither is known.
pub fn cli() -> String {
    if let Some(name) = std::env::var(ENV).ok().filter(|s| !s.trim().is_empty()) {
        return named(&name);
    }
    terminal_session().unwrap_or_else(|| "cli".into())
}

/// The session a user names (`--session NAME`).
pub fn named(name: &str) -> String {
    format!("named:{}", name.trim())
}

/// `cli:SID:START` from `/proc` (Linux), if known.
fn terminal_session() -> Option<String> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let sid: u32 = fields_after_comm(&stat)?.nth(3)?.parse().ok()?;
    if sid == 0 {
        return None;
    }
    let leader = std::fs::read_to_string(format!("/proc/{sid}/stat")).ok()?;
    // Field 22 (starttime); fields after the command name start at 3.
    let started: u64 = fields_after_comm(&leader)?.nth(19)?.parse().ok()?;
    Some(format!("cli:{sid}:{started}"))
}

/// The whitespace-separated fields of a `/proc/PID/stat` line after the
/// command name (which may itself hold spaces and parentheses).
fn fields_after_comm(stat: &str) -> Option<std::str::SplitWhitespace<'_>> {
    Some(stat[stat.rfind(')')? + 1..].split_whitespace())
}

/// A session in words, for messages ("the desktop app").
pub fn describe(session: &str) -> String {
    match session {
        APP => "the desktop app".into(),
        DEFAULT => "another program".into(),
        "cli" => "the command line".into(),
        s if s.starts_with("cli:") => {
            let sid = s[4..].split(':').next().unwrap_or_default();
            format!("the command line in another terminal (session {sid})")
        }
        s if s.starts_with("named:") => format!("session “{}”", &s[6..]),
        s => format!("session “{s}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_named_and_described() {
        assert_eq!(describe(APP), "the desktop app");
        assert_eq!(describe(&named(" writer-a ")), "session “writer-a”");
        assert!(describe("cli:4242:99").contains("session 4242"));
        let stat = "12 (a (b) c) S 1 12 4242 0 0";
        assert_eq!(fields_after_comm(stat).unwrap().nth(3), Some("4242"));
        if std::path::Path::new("/proc/self/stat").exists() {
            // Two calls in one process: one session.
            assert_eq!(terminal_session(), terminal_session());
        }
    }
}
