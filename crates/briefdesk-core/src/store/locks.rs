//! Who holds a workspace: when a change waited too long for the lock, the
//! message says which processes have the file locked, where the system
//! tells (Linux `/proc/locks`, which lists the POSIX locks SQLite takes on
//! the database and its `-shm` file, with the process id).

use std::path::Path;

/// ` (held by briefdesk-app, pid 4242)`, or nothing when unknown.
pub(crate) fn describe_holders(path: &Path) -> String {
    let holders = holders(path);
    if holders.is_empty() {
        return String::new();
    }
    format!(" (held by {})", holders.join(", "))
}

/// The processes other than this one holding a lock on the workspace file
/// or its `-shm`/`-wal` files, as "NAME, pid N".
fn holders(path: &Path) -> Vec<String> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(locks) = std::fs::read_to_string("/proc/locks") else {
            return Vec::new();
        };
        let mut files = Vec::new();
        for suffix in ["", "-shm", "-wal"] {
            let p = format!("{}{suffix}", path.display());
            if let Ok(m) = std::fs::metadata(&p) {
                let dev = m.dev();
                let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
                let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
                files.push(format!("{major:02x}:{minor:02x}:{}", m.ino()));
            }
        }
        let me = std::process::id().to_string();
        let mut pids: Vec<String> = Vec::new();
        for line in locks.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // "1: POSIX  ADVISORY  WRITE 4242 00:2c:123 0 EOF" (a blocked
            // waiter's line has "->" after the number).
            let Some(at) = fields.iter().position(|f| files.contains(&f.to_string())) else {
                continue;
            };
            let Some(pid) = at.checked_sub(1).map(|i| fields[i]) else {
                continue;
            };
            if pid != me && pid != "-1" && !pids.iter().any(|p| p == pid) && !line.contains("->") {
                pids.push(pid.to_owned());
            }
        }
        pids.into_iter()
            .map(|pid| {
                let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .map(|s| s.trim().to_owned())
                    .unwrap_or_else(|_| "a process".into());
                format!("{name}, pid {pid}")
            })
            .collect()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = path;
        Vec::new()
    }
}

// Tested through the CLI, where another process holds the lock:
// crates/briefdesk-cli/tests/hostile_files.rs
// (`exit_codes_and_messages_name_the_file_and_the_cause`).
