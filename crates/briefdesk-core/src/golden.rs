//! Committed generated files (JSON Schemas, TypeScript bindings, UI test
//! fixtures): tests compare them with what the code generates now, and
//! rewrite them when `BRIEFDESK_BLESS` is set.

use std::path::Path;

/// Compare the `(file name, text)` pairs with the files in `dir`; with
/// `BRIEFDESK_BLESS` set, write them first. When `whole_dir`, files in `dir`
/// with the same extension that are not generated any more count as stale.
/// Returns the names that differ.
pub fn check(dir: &Path, files: &[(String, String)], whole_dir: bool) -> Vec<String> {
    let bless = std::env::var_os("BRIEFDESK_BLESS").is_some();
    if bless {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut stale = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        if bless {
            let _ = std::fs::write(&path, text);
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    if whole_dir {
        let ext = |n: &str| n.rsplit('.').next().map(str::to_owned);
        let exts: Vec<_> = files.iter().filter_map(|(n, _)| ext(n)).collect();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if exts.contains(&ext(&name).unwrap_or_default())
                && !files.iter().any(|(n, _)| *n == name)
            {
                if bless {
                    let _ = std::fs::remove_file(entry.path());
                } else {
                    stale.push(name);
                }
            }
        }
    }
    stale
}
