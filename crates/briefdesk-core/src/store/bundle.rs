//! Sharing without a cloud: export every annotation with its full history to
//! a versioned JSON bundle, and import a colleague's. The merge keeps both
//! sides' revisions (matched by `uid`), makes the newest current for each
//! commitment, drops nothing, and reports what changed. A malformed or
//! hostile bundle is refused with a clear error and changes nothing.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::Path;

use chrono::DateTime;
use rusqlite::{OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::annotations::{insert_revision, make_current, now, AnnotationFields};
use super::{StoreError, Workspace};
use crate::model::Keyword;

/// The bundle's `format` marker and the version this build writes.
pub const BUNDLE_FORMAT: &str = "briefdesk-annotations";
pub const BUNDLE_VERSION: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_BUNDLE_BYTES: u64 = 64 << 20;
/// More revisions than this are refused.
pub const MAX_BUNDLE_REVISIONS: usize = 200_000;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    format: String,
    version: u32,
    exported_at: String,
    annotations: Vec<BundleAnnotation>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleAnnotation {
    commitment: String,
    /// `uid` of the revision current in the exporting workspace (absent: none).
    current: Option<String>,
    revisions: Vec<BundleRevision>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleRevision {
    uid: String,
    #[serde(flatten)]
    fields: AnnotationFields,
    updated_at: String,
    origin: String,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct ImportReport {
    /// Revisions that were new to this workspace.
    pub revisions_added: u32,
    /// Revisions this workspace already had (matched by uid).
    pub revisions_already_present: u32,
    /// Commitments whose current annotation is now the colleague's (newer) one.
    pub updated: Vec<String>,
    /// Commitments annotated for the first time by this import.
    pub added: Vec<String>,
    /// Commitments where this workspace's version stays current (it is newer).
    pub kept: Vec<String>,
}

fn invalid(path: &Path, msg: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(format!(
        "{}: refused: {msg}; nothing was imported",
        path.display()
    ))
}

impl Workspace {
    /// Write every annotation and its full history to `path` (via a
    /// temporary file in the same folder, renamed when complete).
    pub fn export_annotations(&self, path: &Path) -> Result<u32, StoreError> {
        let mut by_commitment: BTreeMap<String, BundleAnnotation> = BTreeMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT r.uid, r.commitment, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.origin, \
             a.revision IS NOT NULL FROM revisions r LEFT JOIN annotations a ON a.revision = r.id \
             ORDER BY r.commitment, r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let status: Option<String> = r.get(3)?;
            let tags: String = r.get(4)?;
            let follow_up: Option<String> = r.get(5)?;
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, bool>(8)?,
                BundleRevision {
                    uid: r.get(0)?,
                    fields: AnnotationFields {
                        note: r.get(2)?,
                        status: status
                            .as_deref()
                            .and_then(crate::model::UserStatus::from_keyword),
                        tags: serde_json::from_str(&tags).unwrap_or_default(),
                        follow_up: follow_up
                            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                    },
                    updated_at: r.get(6)?,
                    origin: r.get(7)?,
                },
            ))
        })?;
        let mut count = 0;
        for row in rows {
            let (commitment, current, rev) = row?;
            let entry =
                by_commitment
                    .entry(commitment.clone())
                    .or_insert_with(|| BundleAnnotation {
                        commitment,
                        current: None,
                        revisions: Vec::new(),
                    });
            if current {
                entry.current = Some(rev.uid.clone());
            }
            entry.revisions.push(rev);
            count += 1;
        }
        let bundle = Bundle {
            format: BUNDLE_FORMAT.into(),
            version: BUNDLE_VERSION,
            exported_at: now(),
            annotations: by_commitment.into_values().collect(),
        };
        write_atomically(
            path,
            &serde_json::to_vec_pretty(&bundle).unwrap_or_default(),
        )?;
        Ok(count)
    }

    /// Merge a colleague's bundle into this workspace, in one transaction.
    pub fn import_annotations(&mut self, path: &Path) -> Result<ImportReport, StoreError> {
        let size = std::fs::metadata(path)
            .map_err(|e| invalid(path, format!("cannot read it: {e}")))?
            .len();
        if size > MAX_BUNDLE_BYTES {
            return Err(invalid(
                path,
                format!("{size} bytes; the limit is {MAX_BUNDLE_BYTES}"),
            ));
        }
        let text =
            std::fs::read(path).map_err(|e| invalid(path, format!("cannot read it: {e}")))?;
        let mut bundle: Bundle = serde_json::from_slice(&text)
            .map_err(|e| invalid(path, format!("not a Briefdesk annotations bundle: {e}")))?;
        if bundle.format != BUNDLE_FORMAT {
            return Err(invalid(
                path,
                format!("format is `{}`, not `{BUNDLE_FORMAT}`", bundle.format),
            ));
        }
        if bundle.version > BUNDLE_VERSION {
            return Err(invalid(
                path,
                format!("bundle version {} is newer than this build reads ({BUNDLE_VERSION}); update Briefdesk", bundle.version),
            ));
        }
        let total: usize = bundle.annotations.iter().map(|a| a.revisions.len()).sum();
        if total > MAX_BUNDLE_REVISIONS {
            return Err(invalid(
                path,
                format!("{total} revisions; the limit is {MAX_BUNDLE_REVISIONS}"),
            ));
        }
        // Check everything before touching the workspace.
        let mut uids = HashSet::new();
        for (i, a) in bundle.annotations.iter_mut().enumerate() {
            let at = format!("annotations[{i}] ({})", a.commitment);
            if a.commitment.trim().is_empty() || a.commitment.chars().count() > 128 {
                return Err(invalid(path, format!("{at}: bad commitment id")));
            }
            if let Some(cur) = &a.current {
                if !a.revisions.iter().any(|r| &r.uid == cur) {
                    return Err(invalid(
                        path,
                        format!("{at}: current revision `{cur}` is not among its revisions"),
                    ));
                }
            }
            for (j, r) in a.revisions.iter_mut().enumerate() {
                let at = format!("{at}.revisions[{j}]");
                if uuid::Uuid::parse_str(&r.uid).is_err() {
                    return Err(invalid(
                        path,
                        format!("{at}: uid `{}` is not a UUID", r.uid),
                    ));
                }
                if !uids.insert(r.uid.clone()) {
                    return Err(invalid(
                        path,
                        format!("{at}: uid `{}` appears twice", r.uid),
                    ));
                }
                if DateTime::parse_from_rfc3339(&r.updated_at).is_err() {
                    return Err(invalid(
                        path,
                        format!(
                            "{at}: updated_at `{}` is not an RFC 3339 time",
                            r.updated_at
                        ),
                    ));
                }
                r.fields = std::mem::take(&mut r.fields)
                    .normalized()
                    .map_err(|e| invalid(path, format!("{at}: {e}")))?;
            }
        }

        let origin = format!(
            "import:{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let mut report = ImportReport::default();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for a in &bundle.annotations {
            for r in &a.revisions {
                let exists: bool = tx
                    .query_row("SELECT 1 FROM revisions WHERE uid = ?1", [&r.uid], |_| {
                        Ok(true)
                    })
                    .optional()?
                    .unwrap_or(false);
                if exists {
                    report.revisions_already_present += 1;
                    continue;
                }
                insert_revision(
                    &tx,
                    &r.uid,
                    &a.commitment,
                    &r.fields,
                    &r.updated_at,
                    &origin,
                )?;
                report.revisions_added += 1;
            }
            // Their current version against ours: the newest wins.
            let Some(theirs_uid) = &a.current else {
                continue;
            };
            let theirs: (i64, String) = tx.query_row(
                "SELECT id, updated_at FROM revisions WHERE uid = ?1",
                [theirs_uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let ours: Option<(i64, String)> = tx
                .query_row(
                    "SELECT r.id, r.updated_at FROM annotations a JOIN revisions r ON r.id = a.revision \
                     WHERE a.commitment = ?1",
                    [&a.commitment],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let newer = |t: &str, o: &str| match (
                DateTime::parse_from_rfc3339(t),
                DateTime::parse_from_rfc3339(o),
            ) {
                (Ok(t), Ok(o)) => t > o,
                _ => t > o,
            };
            match ours {
                Some((id, _)) if id == theirs.0 => {}
                Some((_, ours_at)) if !newer(&theirs.1, &ours_at) => {
                    report.kept.push(a.commitment.clone())
                }
                previous => {
                    make_current(&tx, &a.commitment, previous.as_ref().map(|p| p.0), theirs.0)?;
                    if previous.is_some() {
                        report.updated.push(a.commitment.clone());
                    } else {
                        report.added.push(a.commitment.clone());
                    }
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }
}

/// Write `bytes` to `path` through a temporary file in the same folder, so a
/// failure never leaves a partial file behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fail =
        |e: std::io::Error| StoreError::Invalid(format!("cannot write {}: {e}", path.display()));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> AnnotationFields {
        AnnotationFields {
            note: text.into(),
            ..Default::default()
        }
    }

    fn count(ws: &Workspace) -> i64 {
        ws.conn
            .query_row("SELECT count(*) FROM revisions", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn merge_keeps_both_sides_and_the_newest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let mut alice = Workspace::open(&dir.path().join("alice.sqlite")).unwrap();
        let mut bob = Workspace::open(&dir.path().join("bob.sqlite")).unwrap();
        alice.save("X", note("alice on X")).unwrap();
        alice.save("Y", note("alice on Y")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        bob.save("Y", note("bob on Y, later")).unwrap();
        bob.save("Z", note("bob on Z")).unwrap();

        let bundle = dir.path().join("alice.json");
        assert_eq!(alice.export_annotations(&bundle).unwrap(), 2);
        let report = bob.import_annotations(&bundle).unwrap();
        assert_eq!(report.revisions_added, 2);
        assert_eq!(report.added, ["X"]);
        assert_eq!(report.kept, ["Y"]);
        assert!(report.updated.is_empty());
        assert_eq!(
            bob.annotation("X").unwrap().unwrap().fields.note,
            "alice on X"
        );
        assert_eq!(
            bob.annotation("Y").unwrap().unwrap().fields.note,
            "bob on Y, later"
        );
        // Alice's version of Y is kept in the history, not dropped.
        let notes: Vec<String> = bob
            .history("Y")
            .unwrap()
            .into_iter()
            .map(|r| r.fields.note)
            .collect();
        assert!(notes.contains(&"alice on Y".to_owned()), "{notes:?}");

        // Importing again changes nothing.
        let again = bob.import_annotations(&bundle).unwrap();
        assert_eq!(again.revisions_added, 0);
        assert_eq!(again.revisions_already_present, 2);

        // The other way round: Bob's newer Y becomes current for Alice.
        let back = dir.path().join("bob.json");
        bob.export_annotations(&back).unwrap();
        let report = alice.import_annotations(&back).unwrap();
        assert_eq!(report.updated, ["Y"]);
        assert_eq!(report.added, ["Z"]);
        assert_eq!(
            alice.annotation("Y").unwrap().unwrap().fields.note,
            "bob on Y, later"
        );
        // And the import can be undone commitment by commitment.
        alice.undo().unwrap();
        alice.undo().unwrap();
        assert_eq!(
            alice.annotation("Y").unwrap().unwrap().fields.note,
            "alice on Y"
        );
    }

    #[test]
    fn a_bad_bundle_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        ws.save("X", note("mine")).unwrap();
        let good = |body: &str| {
            format!(
                r#"{{"format":"briefdesk-annotations","version":1,"exported_at":"2026-11-25T00:00:00Z","annotations":[{body}]}}"#
            )
        };
        let uid = "6f1c2b0e-3a55-4a8e-9f3c-2d7f0c1b9a11";
        let rev = |uid: &str, note: &str, at: &str| {
            format!(
                r#"{{"uid":"{uid}","note":"{note}","status":null,"tags":[],"follow_up":null,"updated_at":"{at}","origin":"local"}}"#
            )
        };
        let cases = [
            ("not json", "this is not JSON".to_owned(), "not a Briefdesk annotations bundle"),
            ("other format", r#"{"format":"x","version":1,"exported_at":"","annotations":[]}"#.to_owned(), "format is `x`"),
            ("newer", r#"{"format":"briefdesk-annotations","version":9,"exported_at":"","annotations":[]}"#.to_owned(), "newer"),
            ("unknown field", good(r#"{"commitment":"Y","current":null,"revisions":[],"evil":1}"#), "unknown field"),
            ("bad uid", good(&format!(r#"{{"commitment":"Y","current":null,"revisions":[{}]}}"#, rev("x", "n", "2026-01-01T00:00:00Z"))), "not a UUID"),
            ("duplicate uid", good(&format!(r#"{{"commitment":"Y","current":null,"revisions":[{},{}]}}"#, rev(uid, "a", "2026-01-01T00:00:00Z"), rev(uid, "b", "2026-01-01T00:00:00Z"))), "appears twice"),
            ("bad time", good(&format!(r#"{{"commitment":"Y","current":null,"revisions":[{}]}}"#, rev(uid, "a", "yesterday"))), "RFC 3339"),
            ("control char", good(&format!(r#"{{"commitment":"Y","current":null,"revisions":[{}]}}"#, rev(uid, "a\\u0007", "2026-01-01T00:00:00Z"))), "control character"),
            ("dangling current", good(&format!(r#"{{"commitment":"Y","current":"{uid}","revisions":[]}}"#)), "not among its revisions"),
            ("empty id", good(&format!(r#"{{"commitment":" ","current":null,"revisions":[{}]}}"#, rev(uid, "a", "2026-01-01T00:00:00Z"))), "bad commitment id"),
        ];
        for (name, text, expect) in cases {
            let path = dir.path().join(format!("{}.json", name.replace(' ', "-")));
            std::fs::write(&path, text).unwrap();
            let before = count(&ws);
            let err = ws.import_annotations(&path).unwrap_err().to_string();
            assert!(err.contains(expect), "{name}: {err}");
            assert!(err.contains("nothing was imported"), "{name}: {err}");
            assert_eq!(count(&ws), before, "{name}: the workspace changed");
        }
        assert_eq!(ws.annotation("X").unwrap().unwrap().fields.note, "mine");
    }

    #[test]
    fn export_never_leaves_a_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        let err = ws
            .export_annotations(&dir.path().join("missing/folder/out.json"))
            .unwrap_err();
        assert!(err.to_string().contains("cannot write"), "{err}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(
            leftovers
                .iter()
                .all(|n| n.to_string_lossy().starts_with("w.sqlite")),
            "{leftovers:?}"
        );
    }
}
