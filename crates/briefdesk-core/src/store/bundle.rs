//! Sharing without a cloud: export every annotation with its full history to
//! a versioned JSON bundle, and import a colleague's. The merge keeps both
//! sides' revisions (matched by `uid`), makes the newest current for each
//! commitment, drops nothing, and reports what changed.
//!
//! A bundle is checked as a whole before anything is written, and refused
//! whole (the workspace left byte for byte as it was) when anything is
//! wrong: not a regular file or too large, not JSON of this format, a
//! version this build does not know (0, or newer), a bad uid or id, a time
//! that is not RFC 3339 or lies outside [`EARLIEST`] .. now + one day (a
//! revision "from the year 9999" would otherwise outrank every later local
//! edit forever), a revision whose uid this workspace already has for
//! another commitment or with other content. A bundle made against another
//! dataset version is imported only when the user confirms
//! ([`ImportOptions::accept_other_dataset`]).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::annotations::{insert_revision_as, make_current, now, AnnotationFields};
use super::{StoreError, Workspace};
use crate::model::Keyword;

/// The bundle's `format` marker and the version this build writes.
pub const BUNDLE_FORMAT: &str = "briefdesk-annotations";
/// Version 2 records the dataset version the bundle was made against;
/// version 3 carries the user's own records and corrections too.
pub const BUNDLE_VERSION: u32 = 3;
/// Larger files are refused before they are read.
pub const MAX_BUNDLE_BYTES: u64 = 64 << 20;
/// More revisions than this are refused.
pub const MAX_BUNDLE_REVISIONS: usize = 200_000;
/// No revision can be older than this (before the partnership's record,
/// and before Briefdesk): an earlier time is a broken clock or a forgery.
pub const EARLIEST: &str = "2020-01-01T00:00:00Z";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    format: String,
    version: u32,
    exported_at: String,
    /// The `dataset_version` of the dataset the exporting workspace used
    /// (version 2; absent in version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dataset_version: Option<String>,
    annotations: Vec<BundleAnnotation>,
    /// Own records and corrections with every version (version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    records: Vec<BundleEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleEntry {
    /// The entry's key (`record::Entry::key`).
    entry: String,
    /// `uid` of the revision current in the exporting workspace.
    current: Option<String>,
    revisions: Vec<BundleEntryRevision>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BundleEntryRevision {
    uid: String,
    /// The entry; absent: this version removed it.
    body: Option<crate::record::Entry>,
    author: String,
    updated_at: String,
    origin: String,
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

/// How an import is checked against this workspace's dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The `dataset_version` of the dataset in use (`None`: not checked).
    pub dataset_version: Option<String>,
    /// Import a bundle made against another dataset version anyway (the
    /// user confirmed).
    pub accept_other_dataset: bool,
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
    /// The dataset version the bundle was made against (`null`: a version
    /// 1 bundle, which does not say).
    #[ts(optional = nullable)]
    pub dataset_version: Option<String>,
    /// `true`: the bundle was made against another dataset version than the
    /// one in use, and imported because the user confirmed it; `false`: the
    /// same version; `null`: it could not be compared (a version 1 bundle).
    #[ts(optional = nullable)]
    pub other_dataset: Option<bool>,
    /// Own records and corrections (entry keys) new to this workspace.
    pub records_added: Vec<String>,
    /// Entries whose current version is now the colleague's (newer) one.
    pub records_updated: Vec<String>,
    /// Entries where this workspace's version stays current (it is newer).
    pub records_kept: Vec<String>,
}

fn refuse(path: &Path, msg: impl std::fmt::Display) -> StoreError {
    StoreError::Bundle {
        path: path.to_owned(),
        detail: msg.to_string(),
    }
}

/// `at` as a time within the sane window, or why not.
fn sane_time(at: &str) -> Result<DateTime<Utc>, String> {
    let t = DateTime::parse_from_rfc3339(at)
        .map_err(|_| format!("`{at}` is not an RFC 3339 time"))?
        .with_timezone(&Utc);
    let earliest = DateTime::parse_from_rfc3339(EARLIEST)
        .expect("a valid constant")
        .with_timezone(&Utc);
    let latest = Utc::now() + chrono::Duration::days(1);
    if t < earliest {
        return Err(format!("`{at}` is before {EARLIEST}"));
    }
    if t > latest {
        return Err(format!(
            "`{at}` lies in the future (more than a day from now)"
        ));
    }
    Ok(t)
}

impl Workspace {
    /// Write every annotation and its full history to `path` (checked and
    /// written by the rules of [`crate::files`]), recording the version of
    /// the dataset in use.
    pub fn export_annotations(
        &self,
        path: &Path,
        dataset_version: &str,
    ) -> Result<u32, StoreError> {
        let target = crate::files::WriteTarget::prepare(path)?;
        let mut by_commitment: BTreeMap<String, BundleAnnotation> = BTreeMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT r.uid, r.commitment, r.note, r.status, r.tags, r.follow_up, r.updated_at, r.origin, \
             a.revision IS NOT NULL FROM revisions r LEFT JOIN annotations a ON a.revision = r.id \
             ORDER BY r.commitment, r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, bool>(8)?,
                BundleRevision {
                    uid: r.get(0)?,
                    fields: super::annotations::fields_from_row(r, 2)?,
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
        let mut by_entry: BTreeMap<String, BundleEntry> = BTreeMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT r.uid, r.entry, r.body, r.author, r.updated_at, r.origin, e.revision IS NOT NULL \
             FROM record_revisions r LEFT JOIN record_entries e ON e.revision = r.id \
             ORDER BY r.entry, r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, bool>(6)?,
            ))
        })?;
        for row in rows {
            let (uid, key, body, author, updated_at, origin, current) = row?;
            let body = match body {
                Some(json) => Some(serde_json::from_str(&json).map_err(|e| {
                    StoreError::Invalid(format!("entry `{key}` cannot be read: {e}"))
                })?),
                None => None,
            };
            let e = by_entry.entry(key.clone()).or_insert_with(|| BundleEntry {
                entry: key,
                current: None,
                revisions: Vec::new(),
            });
            if current {
                e.current = Some(uid.clone());
            }
            e.revisions.push(BundleEntryRevision {
                uid,
                body,
                author,
                updated_at,
                origin,
            });
            count += 1;
        }
        let bundle = Bundle {
            format: BUNDLE_FORMAT.into(),
            version: BUNDLE_VERSION,
            exported_at: now(),
            dataset_version: Some(dataset_version.to_owned()),
            annotations: by_commitment.into_values().collect(),
            records: by_entry.into_values().collect(),
        };
        target.commit(&serde_json::to_vec_pretty(&bundle).unwrap_or_default())?;
        Ok(count)
    }

    /// Merge a colleague's bundle into this workspace, in one transaction,
    /// after checking it whole (see the module).
    pub fn import_annotations(
        &mut self,
        path: &Path,
        options: &ImportOptions,
    ) -> Result<ImportReport, StoreError> {
        let text = crate::files::read_regular(path, MAX_BUNDLE_BYTES)?;
        let mut bundle: Bundle = serde_json::from_slice(&text)
            .map_err(|e| refuse(path, format!("not a Briefdesk annotations bundle: {e}")))?;
        if bundle.format != BUNDLE_FORMAT {
            return Err(refuse(
                path,
                format!("format is `{}`, not `{BUNDLE_FORMAT}`", bundle.format),
            ));
        }
        if bundle.version == 0 {
            return Err(refuse(
                path,
                "bundle version 0 does not exist (versions start at 1)",
            ));
        }
        if bundle.version > BUNDLE_VERSION {
            return Err(refuse(
                path,
                format!("bundle version {} is newer than this build reads ({BUNDLE_VERSION}); update Briefdesk", bundle.version),
            ));
        }
        if bundle.version < 3 && !bundle.records.is_empty() {
            return Err(refuse(
                path,
                format!("a version {} bundle cannot carry records", bundle.version),
            ));
        }
        if bundle.version >= 2 && bundle.dataset_version.is_none() {
            return Err(refuse(
                path,
                format!(
                    "a version {} bundle must say its `dataset_version`",
                    bundle.version
                ),
            ));
        }
        sane_time(&bundle.exported_at).map_err(|e| refuse(path, format!("exported_at: {e}")))?;
        let total: usize = bundle.annotations.iter().map(|a| a.revisions.len()).sum();
        if total > MAX_BUNDLE_REVISIONS {
            return Err(refuse(
                path,
                format!("{total} revisions; the limit is {MAX_BUNDLE_REVISIONS}"),
            ));
        }
        // Check everything that needs no workspace first.
        let mut uids = HashSet::new();
        let mut commitments = HashSet::new();
        for (i, a) in bundle.annotations.iter_mut().enumerate() {
            let at = format!("annotations[{i}] ({})", a.commitment);
            if a.commitment.trim().is_empty()
                || a.commitment.chars().count() > 128
                || a.commitment.chars().any(char::is_control)
            {
                return Err(refuse(path, format!("{at}: bad commitment id")));
            }
            if !commitments.insert(a.commitment.clone()) {
                return Err(refuse(
                    path,
                    format!("{at}: commitment `{}` appears twice", a.commitment),
                ));
            }
            if let Some(cur) = &a.current {
                if !a.revisions.iter().any(|r| &r.uid == cur) {
                    return Err(refuse(
                        path,
                        format!("{at}: current revision `{cur}` is not among its revisions"),
                    ));
                }
            }
            for (j, r) in a.revisions.iter_mut().enumerate() {
                let at = format!("{at}.revisions[{j}]");
                if uuid::Uuid::parse_str(&r.uid).is_err() {
                    return Err(refuse(path, format!("{at}: uid `{}` is not a UUID", r.uid)));
                }
                if !uids.insert(r.uid.clone()) {
                    return Err(refuse(path, format!("{at}: uid `{}` appears twice", r.uid)));
                }
                sane_time(&r.updated_at)
                    .map_err(|e| refuse(path, format!("{at}: updated_at {e}")))?;
                if r.origin.chars().count() > 200 || r.origin.chars().any(char::is_control) {
                    return Err(refuse(path, format!("{at}: bad origin")));
                }
                r.fields = std::mem::take(&mut r.fields)
                    .normalized()
                    .map_err(|e| refuse(path, format!("{at}: {e}")))?;
            }
        }
        let mut entries = HashSet::new();
        for (i, e) in bundle.records.iter().enumerate() {
            let at = format!("records[{i}] ({})", e.entry);
            let well_formed = (e.entry.starts_with("record:")
                || e.entry.starts_with("correction:"))
                && e.entry.chars().count() <= 300
                && !e.entry.chars().any(char::is_control);
            if !well_formed {
                return Err(refuse(path, format!("{at}: bad entry key")));
            }
            if !entries.insert(e.entry.clone()) {
                return Err(refuse(
                    path,
                    format!("{at}: entry `{}` appears twice", e.entry),
                ));
            }
            if let Some(cur) = &e.current {
                if !e.revisions.iter().any(|r| &r.uid == cur) {
                    return Err(refuse(
                        path,
                        format!("{at}: current revision `{cur}` is not among its revisions"),
                    ));
                }
            }
            for (j, r) in e.revisions.iter().enumerate() {
                let at = format!("{at}.revisions[{j}]");
                if uuid::Uuid::parse_str(&r.uid).is_err() {
                    return Err(refuse(path, format!("{at}: uid `{}` is not a UUID", r.uid)));
                }
                if !uids.insert(r.uid.clone()) {
                    return Err(refuse(path, format!("{at}: uid `{}` appears twice", r.uid)));
                }
                sane_time(&r.updated_at)
                    .map_err(|e| refuse(path, format!("{at}: updated_at {e}")))?;
                for (what, text) in [("author", &r.author), ("origin", &r.origin)] {
                    if text.chars().count() > 200 || text.chars().any(char::is_control) {
                        return Err(refuse(path, format!("{at}: bad {what}")));
                    }
                }
                if let Some(body) = &r.body {
                    if body.key() != e.entry {
                        return Err(refuse(
                            path,
                            format!(
                                "{at}: the record in it is `{}`, not `{}`",
                                body.key(),
                                e.entry
                            ),
                        ));
                    }
                }
            }
        }
        let other_dataset = match (&bundle.dataset_version, &options.dataset_version) {
            (Some(theirs), Some(ours)) if theirs != ours => {
                if !options.accept_other_dataset {
                    return Err(StoreError::NeedsConfirmation(format!(
                        "{}: made against dataset version {theirs}; this workspace uses {ours}. \
                         Commitments may differ between the two: nothing was imported; \
                         confirm to import it anyway",
                        path.display()
                    )));
                }
                Some(true)
            }
            (Some(_), Some(_)) => Some(false),
            _ => None,
        };

        let origin = format!(
            "import:{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let session = self.session.clone();
        let mut report = ImportReport {
            dataset_version: bundle.dataset_version.clone(),
            other_dataset,
            ..ImportReport::default()
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // What the workspace already has must agree with the bundle: a uid
        // names one revision of one commitment, everywhere. Checked before
        // the first write; on refusal the transaction ends with nothing
        // written.
        {
            let mut known = tx.prepare_cached(
                "SELECT commitment, note, status, tags, follow_up, updated_at FROM revisions WHERE uid = ?1",
            )?;
            for a in &bundle.annotations {
                for r in &a.revisions {
                    type Row = (
                        String,
                        String,
                        Option<String>,
                        String,
                        Option<String>,
                        String,
                    );
                    let found: Option<Row> = known
                        .query_row([&r.uid], |x| {
                            Ok((
                                x.get(0)?,
                                x.get(1)?,
                                x.get(2)?,
                                x.get(3)?,
                                x.get(4)?,
                                x.get(5)?,
                            ))
                        })
                        .optional()?;
                    let Some((commitment, note, status, tags, follow_up, updated_at)) = found
                    else {
                        continue;
                    };
                    if commitment != a.commitment {
                        return Err(refuse(
                            path,
                            format!(
                                "revision `{}` is listed under `{}` but is a revision of `{commitment}` in this workspace",
                                r.uid, a.commitment
                            ),
                        ));
                    }
                    let same = note == r.fields.note
                        && status.as_deref() == r.fields.status.map(Keyword::keyword)
                        && serde_json::from_str::<Vec<String>>(&tags).unwrap_or_default()
                            == r.fields.tags
                        && follow_up
                            == r.fields.follow_up.map(|d| d.format("%Y-%m-%d").to_string())
                        && updated_at == r.updated_at;
                    if !same {
                        return Err(refuse(
                            path,
                            format!(
                                "revision `{}` of `{commitment}` differs from the one with the same uid in this workspace",
                                r.uid
                            ),
                        ));
                    }
                }
            }
        }
        // Own records and corrections: the same rules, by entry.
        for e in &bundle.records {
            for r in &e.revisions {
                let found: Option<(String, Option<String>, String, String)> = tx
                    .query_row(
                        "SELECT entry, body, author, updated_at FROM record_revisions WHERE uid = ?1",
                        [&r.uid],
                        |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?, x.get(3)?)),
                    )
                    .optional()?;
                let Some((entry, body, author, updated_at)) = found else {
                    continue;
                };
                let theirs = r
                    .body
                    .as_ref()
                    .map(|b| serde_json::to_value(b).unwrap_or_default());
                let ours = body.and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok());
                if entry != e.entry
                    || theirs != ours
                    || author != r.author
                    || updated_at != r.updated_at
                {
                    return Err(refuse(
                        path,
                        format!(
                            "revision `{}` of `{}` differs from the one with the same uid in this workspace",
                            r.uid, e.entry
                        ),
                    ));
                }
            }
        }
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
                insert_revision_as(
                    &tx,
                    &r.uid,
                    &a.commitment,
                    &r.fields,
                    &r.updated_at,
                    &origin,
                    None,
                )?;
                report.revisions_added += 1;
            }
            // Their current version against ours: the newest wins.
            let Some(theirs_uid) = &a.current else {
                continue;
            };
            let theirs: (i64, String) = tx.query_row(
                "SELECT id, updated_at FROM revisions WHERE uid = ?1 AND commitment = ?2",
                [theirs_uid, &a.commitment],
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
            match ours {
                Some((id, _)) if id == theirs.0 => {}
                Some((_, ours_at)) if !newer(&theirs.1, &ours_at) => {
                    report.kept.push(a.commitment.clone())
                }
                previous => {
                    make_current(
                        &tx,
                        &session,
                        &a.commitment,
                        previous.as_ref().map(|p| p.0),
                        theirs.0,
                    )?;
                    if previous.is_some() {
                        report.updated.push(a.commitment.clone());
                    } else {
                        report.added.push(a.commitment.clone());
                    }
                }
            }
        }
        for e in &bundle.records {
            for r in &e.revisions {
                let exists: bool = tx
                    .query_row(
                        "SELECT 1 FROM record_revisions WHERE uid = ?1",
                        [&r.uid],
                        |_| Ok(true),
                    )
                    .optional()?
                    .unwrap_or(false);
                if exists {
                    report.revisions_already_present += 1;
                    continue;
                }
                super::records::insert_record_revision(
                    &tx,
                    &r.uid,
                    &e.entry,
                    r.body.as_ref(),
                    &r.author,
                    &r.updated_at,
                    &origin,
                )?;
                report.revisions_added += 1;
            }
            let Some(theirs_uid) = &e.current else {
                continue;
            };
            let theirs: (i64, String) = tx.query_row(
                "SELECT id, updated_at FROM record_revisions WHERE uid = ?1 AND entry = ?2",
                [theirs_uid, &e.entry],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let ours: Option<(i64, String)> = tx
                .query_row(
                    "SELECT r.id, r.updated_at FROM record_entries x JOIN record_revisions r ON r.id = x.revision \
                     WHERE x.entry = ?1",
                    [&e.entry],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match ours {
                Some((id, _)) if id == theirs.0 => {}
                Some((_, ours_at)) if !newer(&theirs.1, &ours_at) => {
                    report.records_kept.push(e.entry.clone())
                }
                previous => {
                    super::records::point_entry(&tx, &e.entry, Some(theirs.0))?;
                    super::annotations::record_change(
                        &tx,
                        &session,
                        super::annotations::Target::Entry(&e.entry),
                        previous.as_ref().map(|p| p.0),
                        theirs.0,
                    )?;
                    if previous.is_some() {
                        report.records_updated.push(e.entry.clone());
                    } else {
                        report.records_added.push(e.entry.clone());
                    }
                }
            }
        }
        super::search::sync_annotations(&tx)?;
        tx.commit()?;
        Ok(report)
    }
}

/// Write `bytes` to `path` by the rules of [`crate::files`]: a temporary
/// file in the same folder renamed into place, so a failure never leaves a
/// partial file behind, and nothing but a regular file of the user is ever
/// replaced.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    Ok(crate::files::write_file(path, bytes)?)
}

/// Whether the revision saved at `t` is newer than the one saved at `o`
/// (RFC 3339 moments compared as moments; as text when either is not one).
fn newer(t: &str, o: &str) -> bool {
    match (
        DateTime::parse_from_rfc3339(t),
        DateTime::parse_from_rfc3339(o),
    ) {
        (Ok(t), Ok(o)) => t > o,
        _ => t > o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::note;

    const DS: &str = "2026.11.1";

    fn opts() -> ImportOptions {
        ImportOptions {
            dataset_version: Some(DS.into()),
            accept_other_dataset: false,
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
        assert_eq!(alice.export_annotations(&bundle, DS).unwrap(), 2);
        let report = bob.import_annotations(&bundle, &opts()).unwrap();
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
        let again = bob.import_annotations(&bundle, &opts()).unwrap();
        assert_eq!(again.revisions_added, 0);
        assert_eq!(again.revisions_already_present, 2);

        // The other way round: Bob's newer Y becomes current for Alice.
        let back = dir.path().join("bob.json");
        bob.export_annotations(&back, DS).unwrap();
        let report = alice.import_annotations(&back, &opts()).unwrap();
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
            ("version 0", r#"{"format":"briefdesk-annotations","version":0,"exported_at":"2026-11-25T00:00:00Z","annotations":[]}"#.to_owned(), "version 0"),
            ("v2 without dataset", r#"{"format":"briefdesk-annotations","version":2,"exported_at":"2026-11-25T00:00:00Z","annotations":[]}"#.to_owned(), "dataset_version"),
            ("year 9999", good(&format!(r#"{{"commitment":"Y","current":"{uid}","revisions":[{}]}}"#, rev(uid, "a", "9999-01-01T00:00:00Z"))), "in the future"),
            ("year 1970", good(&format!(r#"{{"commitment":"Y","current":"{uid}","revisions":[{}]}}"#, rev(uid, "a", "1970-01-01T00:00:00Z"))), "before 2020"),
            ("future export", r#"{"format":"briefdesk-annotations","version":1,"exported_at":"3000-01-01T00:00:00Z","annotations":[]}"#.to_owned(), "exported_at"),
            ("commitment twice", good(r#"{"commitment":"Y","current":null,"revisions":[]},{"commitment":"Y","current":null,"revisions":[]}"#), "appears twice"),
        ];
        for (name, text, expect) in cases {
            let path = dir.path().join(format!("{}.json", name.replace(' ', "-")));
            std::fs::write(&path, text).unwrap();
            let before = count(&ws);
            let err = ws
                .import_annotations(&path, &opts())
                .unwrap_err()
                .to_string();
            assert!(err.contains(expect), "{name}: {err}");
            assert!(err.contains("nothing was imported"), "{name}: {err}");
            assert_eq!(count(&ws), before, "{name}: the workspace changed");
        }
        assert_eq!(ws.annotation("X").unwrap().unwrap().fields.note, "mine");
    }

    /// A bundle reusing a uid this workspace has for another commitment
    /// (or with other content) is refused whole, the file unchanged.
    #[test]
    fn a_revision_can_never_change_commitment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite");
        let mut ws = Workspace::open(&path).unwrap();
        ws.save("C2-08", note("chips")).unwrap();
        let own = dir.path().join("own.json");
        ws.export_annotations(&own, DS).unwrap();
        let text = std::fs::read_to_string(&own).unwrap();
        let forged = dir.path().join("forged.json");
        std::fs::write(&forged, text.replace("\"C2-08\"", "\"C3-01\"")).unwrap();
        let altered = dir.path().join("altered.json");
        std::fs::write(&altered, text.replace("\"chips\"", "\"not chips\"")).unwrap();
        drop(ws);
        let bytes = std::fs::read(&path).unwrap();
        let mut ws = Workspace::open(&path).unwrap();
        let err = ws
            .import_annotations(&forged, &opts())
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a revision of `C2-08`"), "{err}");
        let err = ws
            .import_annotations(&altered, &opts())
            .unwrap_err()
            .to_string();
        assert!(err.contains("differs"), "{err}");
        drop(ws);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "byte for byte as it was"
        );
        let ws = Workspace::open(&path).unwrap();
        assert_eq!(ws.annotations().unwrap().len(), 1);
        assert!(ws.history("C3-01").unwrap().is_empty());
    }

    /// Own records and corrections travel in bundles with every version,
    /// the newest current, and can be undone entry by entry.
    #[test]
    fn own_records_and_corrections_are_shared_with_their_history() {
        use crate::record::{Correction, Entry, Field};
        let dir = tempfile::tempdir().unwrap();
        let mut alice = Workspace::open(&dir.path().join("alice.sqlite")).unwrap();
        let mut bob = Workspace::open(&dir.path().join("bob.sqlite")).unwrap();
        let fix = |v: &str| {
            Entry::Correction(Correction {
                target: "C4-03".into(),
                field: Field::Verification,
                value: v.into(),
                source: "chip-network-dataset-2026-08".into(),
                as_of: None,
            })
        };
        let put = |ws: &mut Workspace, e: Entry, who: &str| {
            ws.write_entries(
                &[super::super::EntryWrite {
                    key: e.key(),
                    entry: Some(e),
                }],
                who,
                "local",
                |_, _, _| Ok::<_, StoreError>(()),
            )
            .unwrap();
        };
        put(&mut alice, fix("partial"), "Alice");
        put(&mut alice, fix("confirmed"), "Alice");
        let bundle = dir.path().join("alice.json");
        assert_eq!(alice.export_annotations(&bundle, DS).unwrap(), 2);
        let report = bob.import_annotations(&bundle, &opts()).unwrap();
        assert_eq!(report.records_added, ["correction:C4-03:verification"]);
        assert_eq!(report.revisions_added, 2);
        let e = bob.record_entries().unwrap();
        assert_eq!(
            (e[0].author.as_str(), &e[0].entry),
            ("Alice", &fix("confirmed"))
        );
        assert_eq!(
            bob.record_history("correction:C4-03:verification")
                .unwrap()
                .len(),
            2
        );
        // Again: nothing new. Bob's later change stays current at Alice's.
        assert_eq!(
            bob.import_annotations(&bundle, &opts())
                .unwrap()
                .revisions_added,
            0
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        put(&mut bob, fix("unverified"), "Bob");
        let back = dir.path().join("bob.json");
        bob.export_annotations(&back, DS).unwrap();
        let r = alice.import_annotations(&back, &opts()).unwrap();
        assert_eq!(r.records_updated, ["correction:C4-03:verification"]);
        assert_eq!(alice.record_entries().unwrap()[0].author, "Bob");
        alice.undo().unwrap();
        assert_eq!(alice.record_entries().unwrap()[0].entry, fix("confirmed"));
        // A body filed under another entry's key is refused whole.
        let text = std::fs::read_to_string(&back).unwrap();
        let forged = dir.path().join("forged.json");
        std::fs::write(
            &forged,
            text.replace(
                "\"entry\": \"correction:C4-03:verification\"",
                "\"entry\": \"correction:C4-02:verification\"",
            ),
        )
        .unwrap();
        let err = alice
            .import_annotations(&forged, &opts())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("is `correction:C4-03:verification`, not `correction:C4-02:verification`"),
            "{err}"
        );
    }

    #[test]
    fn another_dataset_version_needs_confirmation() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Workspace::open(&dir.path().join("a.sqlite")).unwrap();
        let mut b = Workspace::open(&dir.path().join("b.sqlite")).unwrap();
        a.save("C2-08", note("from an older dataset")).unwrap();
        let bundle = dir.path().join("old.json");
        a.export_annotations(&bundle, "2025.1.0").unwrap();
        let err = b.import_annotations(&bundle, &opts()).unwrap_err();
        assert!(matches!(err, StoreError::NeedsConfirmation(_)), "{err}");
        assert!(err.to_string().contains("2025.1.0"), "{err}");
        assert!(b.annotations().unwrap().is_empty());
        let confirmed = ImportOptions {
            accept_other_dataset: true,
            ..opts()
        };
        let report = b.import_annotations(&bundle, &confirmed).unwrap();
        assert_eq!(report.other_dataset, Some(true));
        assert_eq!(report.dataset_version.as_deref(), Some("2025.1.0"));
        assert_eq!(report.added, ["C2-08"]);
    }

    #[test]
    fn export_never_leaves_a_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
        let err = ws
            .export_annotations(&dir.path().join("missing/folder/out.json"), DS)
            .unwrap_err();
        assert!(err.to_string().contains("out.json"), "{err}");
        assert!(err.to_string().contains("missing/folder"), "{err}");
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
