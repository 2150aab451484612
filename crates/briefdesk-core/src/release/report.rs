//! The change report of a new release against the one in use: records
//! added, removed and changed (field by field), the user's own records and
//! corrections the new release covers (they can be retired) or that no
//! longer fit it (kept, not shown), and the annotations and brief items
//! whose commitment it removes (kept and flagged). Shown before a release
//! is applied, by `dataset import` and by the app's "Update the record…".

use rustc_hash::FxHashMap;
use schemars::JsonSchema;
use serde::Serialize;
use ts_rs::TS;

use super::ReleaseInfo;
use crate::dataset::Dataset;
use crate::record::{EntryStatus, RecordKind};

/// A record by kind, id and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, TS)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: String,
    pub title: String,
}

/// One field of a record that differs between the two releases.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct FieldChange {
    pub field: String,
    /// The value in the release in use (null: the field was absent).
    #[ts(type = "unknown")]
    pub before: serde_json::Value,
    /// The value in the new release (null: the field is absent).
    #[ts(type = "unknown")]
    pub after: serde_json::Value,
}

/// A record both releases have, with the fields that differ.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct RecordChange {
    pub kind: RecordKind,
    pub id: String,
    pub title: String,
    pub fields: Vec<FieldChange>,
}

/// A brief's item whose commitment a release removes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema, TS)]
pub struct BriefItemRef {
    pub brief: i64,
    pub title: String,
    pub commitment: String,
}

/// What applying a release would change.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, TS)]
pub struct ChangeReport {
    /// The release in use.
    pub from: ReleaseInfo,
    /// The release to apply.
    pub to: ReleaseInfo,
    /// Records the new release has and the one in use has not, in file order.
    pub added: Vec<RecordRef>,
    /// Records the one in use has and the new release has not.
    pub removed: Vec<RecordRef>,
    /// Records both have that differ, field by field.
    pub changed: Vec<RecordChange>,
    /// Your own records and corrections the new release covers (it has the
    /// record, or gives the corrected value): kept; they can be retired.
    pub covered: Vec<EntryStatus>,
    /// Your own records and corrections that do not fit the new release
    /// (they cite what it removed, …): kept, not shown until fixed.
    pub unfit: Vec<EntryStatus>,
    /// Commitments you annotated that the new record no longer has: the
    /// annotations are kept and flagged.
    pub orphaned_annotations: Vec<String>,
    /// Brief items whose commitment the new record no longer has: kept in
    /// the brief and flagged.
    pub orphaned_brief_items: Vec<BriefItemRef>,
}

impl ChangeReport {
    /// Ids of the meetings, commitments and context items added and changed
    /// (what the app marks as new).
    pub fn news(&self) -> (Vec<String>, Vec<String>) {
        let record = |k: RecordKind| {
            matches!(
                k,
                RecordKind::Meeting | RecordKind::Commitment | RecordKind::Context
            )
        };
        (
            self.added
                .iter()
                .filter(|r| record(r.kind))
                .map(|r| r.id.clone())
                .collect(),
            self.changed
                .iter()
                .filter(|r| record(r.kind))
                .map(|r| r.id.clone())
                .collect(),
        )
    }
}

/// The records added, removed and changed from `old` to `new`.
pub fn compare(from: ReleaseInfo, old: &Dataset, to: ReleaseInfo, new: &Dataset) -> ChangeReport {
    let mut r = ChangeReport {
        from,
        to,
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
        covered: Vec::new(),
        unfit: Vec::new(),
        orphaned_annotations: Vec::new(),
        orphaned_brief_items: Vec::new(),
    };
    let mut d = Diff { r: &mut r };
    d.one(
        RecordKind::About,
        "manifest",
        "The record",
        &old.manifest,
        &new.manifest,
    );
    d.one(
        RecordKind::About,
        "partnership",
        &new.partnership.name,
        &old.partnership,
        &new.partnership,
    );
    d.all(RecordKind::Sector, &old.sectors, &new.sectors, |x| {
        (&x.id, &x.name)
    });
    d.all(RecordKind::Actor, &old.actors, &new.actors, |x| {
        (&x.id, &x.name)
    });
    d.all(RecordKind::Meeting, &old.meetings, &new.meetings, |x| {
        (&x.id, &x.title)
    });
    d.all(RecordKind::Source, &old.sources, &new.sources, |x| {
        (&x.id, &x.title)
    });
    d.all(
        RecordKind::Commitment,
        &old.commitments,
        &new.commitments,
        |x| (&x.id, &x.title),
    );
    d.all(RecordKind::Context, &old.context, &new.context, |x| {
        (&x.id, &x.title)
    });
    d.all(RecordKind::Conflict, &old.conflicts, &new.conflicts, |x| {
        (&x.id, &x.field)
    });
    r
}

struct Diff<'a> {
    r: &'a mut ChangeReport,
}

impl Diff<'_> {
    fn one<T: PartialEq + Serialize>(
        &mut self,
        kind: RecordKind,
        id: &str,
        title: &str,
        old: &T,
        new: &T,
    ) {
        if old != new {
            self.r.changed.push(RecordChange {
                kind,
                id: id.to_owned(),
                title: title.to_owned(),
                fields: fields(old, new),
            });
        }
    }

    fn all<T: PartialEq + Serialize>(
        &mut self,
        kind: RecordKind,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> (&String, &String),
    ) {
        let before: FxHashMap<&str, &T> = old.iter().map(|x| (key(x).0.as_str(), x)).collect();
        let after: FxHashMap<&str, ()> = new.iter().map(|x| (key(x).0.as_str(), ())).collect();
        for x in new {
            let (id, title) = key(x);
            match before.get(id.as_str()) {
                None => self.r.added.push(RecordRef {
                    kind,
                    id: id.clone(),
                    title: title.clone(),
                }),
                Some(was) if *was != x => self.r.changed.push(RecordChange {
                    kind,
                    id: id.clone(),
                    title: title.clone(),
                    fields: fields(*was, x),
                }),
                Some(_) => {}
            }
        }
        for x in old {
            let (id, title) = key(x);
            if !after.contains_key(id.as_str()) {
                self.r.removed.push(RecordRef {
                    kind,
                    id: id.clone(),
                    title: title.clone(),
                });
            }
        }
    }
}

/// The top-level fields of two records that differ.
fn fields<T: Serialize>(old: &T, new: &T) -> Vec<FieldChange> {
    let (a, b) = (
        serde_json::to_value(old).unwrap_or_default(),
        serde_json::to_value(new).unwrap_or_default(),
    );
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return vec![FieldChange {
            field: String::new(),
            before: a,
            after: b,
        }];
    };
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter_map(|k| {
            let (x, y) = (a.get(k), b.get(k));
            (x != y).then(|| FieldChange {
                field: k.clone(),
                before: x.cloned().unwrap_or_default(),
                after: y.cloned().unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::Trust;

    fn info(v: &str) -> ReleaseInfo {
        ReleaseInfo {
            dataset_version: v.into(),
            date: "2026-12-01".into(),
            publisher: "P".into(),
            sha256: String::new(),
            trust: Trust::BuiltIn,
        }
    }

    #[test]
    fn records_added_removed_and_changed_field_by_field() {
        let old = Dataset::embedded().unwrap();
        let mut parts = old.parts();
        // A commitment nothing else refers to.
        let referred = |id: &str| {
            old.commitments
                .iter()
                .any(|c| c.related.iter().any(|r| r.id == id))
                || old
                    .context
                    .iter()
                    .any(|c| c.related.iter().any(|r| r.id == id))
                || old
                    .conflicts
                    .iter()
                    .any(|c| c.about.iter().any(|a| a == id))
        };
        let gone = old
            .commitments
            .iter()
            .find(|c| !referred(&c.id) && c.id != "C4-03")
            .unwrap()
            .id
            .clone();
        parts.commitments.retain(|c| c.id != gone);
        let c403 = parts
            .commitments
            .iter_mut()
            .find(|c| c.id == "C4-03")
            .unwrap();
        c403.verification = crate::model::Verification::Confirmed;
        let mut added = c403.clone();
        added.id = "C4-09".into();
        parts.commitments.push(added);
        let new = match Dataset::assemble(parts, None, Default::default()) {
            Ok(ds) => ds,
            Err((_, problems)) => panic!("{problems:?}"),
        };
        let r = compare(info("a"), &old, info("b"), &new);
        assert_eq!(r.added.len(), 1);
        assert_eq!(r.added[0].id, "C4-09");
        assert!(r.removed.iter().any(|x| x.id == gone));
        let c = r.changed.iter().find(|c| c.id == "C4-03").unwrap();
        assert_eq!(c.fields.len(), 1);
        assert_eq!(c.fields[0].field, "verification");
        assert_eq!(c.fields[0].before, "unverified");
        assert_eq!(c.fields[0].after, "confirmed");
        assert_eq!(
            r.news(),
            (vec!["C4-09".to_owned()], vec!["C4-03".to_owned()])
        );
    }
}
