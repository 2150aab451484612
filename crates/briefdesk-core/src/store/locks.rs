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

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn a_lock_held_by_another_process_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite");
        drop(super::super::Workspace::open(&path).unwrap());
        // python3 is on every machine the tests run on (setup.sh); sqlite3's
        // BEGIN IMMEDIATE takes the same locks as another Briefdesk would.
        let script = format!(
            "import sqlite3,time,sys\nc=sqlite3.connect({:?},isolation_level=None)\nc.execute('BEGIN IMMEDIATE')\nprint('locked',flush=True)\ntime.sleep(30)\n",
            path.display().to_string()
        );
        let Ok(mut child) = std::process::Command::new("python3")
            .args(["-c", &script])
            .stdout(std::process::Stdio::piped())
            .spawn()
        else {
            eprintln!("skipped: no python3");
            return;
        };
        let mut line = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "locked");
        let text = super::describe_holders(&path);
        let _ = child.kill();
        let _ = child.wait();
        assert!(text.contains(&format!("pid {}", child.id())), "{text}");
    }
}
