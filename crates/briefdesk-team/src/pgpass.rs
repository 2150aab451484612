//! The password file as libpq reads it (`PGPASSFILE`, else `~/.pgpass`):
//! lines `host:port:database:user:password`, `*` matching anything, `\:`
//! and `\\` escaped; ignored when others can read it, as libpq does.

use std::path::PathBuf;

/// Where libpq looks for the password file.
pub fn location() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass"))
}

/// Split a line at unescaped colons, unescaping.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    out.last_mut().expect("one field at least").push(n);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => out.last_mut().expect("one field at least").push(c),
        }
    }
    out
}

/// The password for `host`, `port`, `dbname`, `user` in `text`, the first
/// matching line's.
pub fn find_in(text: &str, host: &str, port: u16, dbname: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f = fields(line);
        if f.len() != 5 {
            continue;
        }
        let want = [host, port.as_str(), dbname, user];
        if f[..4]
            .iter()
            .zip(want)
            .all(|(got, want)| got == "*" || got == want)
        {
            return Some(f[4].clone());
        }
    }
    None
}

/// The password from the password file, if it has one and is private.
pub fn lookup(host: &str, port: u16, dbname: &str, user: &str) -> Option<String> {
    let path = location()?;
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > 1 << 20 {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "warning: password file \"{}\" has group or world access; permissions should be u=rw (0600) or less",
                path.display()
            );
            return None;
        }
    }
    let text = std::fs::read_to_string(&path).ok()?;
    find_in(&text, host, port, dbname, user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_match_as_libpq_matches_them() {
        let text = "# comment\n\
            db.example:5432:briefs:alice:s3cr\\:et\n\
            *:*:*:bob:any\n\
            other:5432:briefs:alice:wrong\n";
        assert_eq!(
            find_in(text, "db.example", 5432, "briefs", "alice").as_deref(),
            Some("s3cr:et")
        );
        assert_eq!(
            find_in(text, "anywhere", 1, "x", "bob").as_deref(),
            Some("any")
        );
        assert_eq!(find_in(text, "db.example", 5433, "briefs", "alice"), None);
    }
}
