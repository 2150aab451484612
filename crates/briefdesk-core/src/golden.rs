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

/// Like [`check`] for JSON documents, compared as JSON values: key order does
/// not count (serde_json's `preserve_order` may be switched on by another
/// crate in the build). Written with keys sorted, pretty-printed.
pub fn check_json(
    dir: &Path,
    files: &[(String, serde_json::Value)],
    whole_dir: bool,
) -> Vec<String> {
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|(name, v)| {
            let text = serde_json::to_string_pretty(&sorted(v)).unwrap_or_default() + "\n";
            (name.clone(), text)
        })
        .collect();
    let stale = check(dir, &texts, whole_dir);
    // A file that differs only in key order is current.
    stale
        .into_iter()
        .filter(|name| {
            let generated = files.iter().find(|(n, _)| n == name).map(|(_, v)| v);
            let committed = std::fs::read_to_string(dir.join(name))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
            match (generated, committed) {
                (Some(g), Some(c)) => sorted(g) != sorted(&c),
                _ => true,
            }
        })
        .collect()
}

/// The same JSON value with every object's keys in sorted order.
fn sorted(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            serde_json::Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&map[k])))
                    .collect(),
            )
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.iter().map(sorted).collect())
        }
        other => other.clone(),
    }
}
