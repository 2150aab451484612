//! The record part of the desktop API: the release the record is on and
//! the installed ones, what is new since the user last looked, the user's
//! own records and corrections (add, correct, remove, with every problem
//! returned by field so the forms can show it where it was typed), and
//! updating the record from a release file (report first, then apply).

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{Api, ApiError, Choice, ErrorCode};
use crate::model::{Keyword, MeetingStatus};
use crate::record::{
    self, effective::fields_of, show, write::WriteError, Correction, EntryView, Field, OwnRecord,
    RecordKind, RecordProblem, RecordShow, StoredEntry,
};
use crate::release::{self, in_use, ChangeReport, ReleaseError, ReleaseInfo};
use crate::store::NewsItem;

/// A release as the app lists it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReleaseListed {
    pub info: ReleaseInfo,
    pub built_in: bool,
    pub in_use: bool,
}

/// The record's release and the user's part of it, for the header and the
/// record screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecordStatus {
    /// The release the record is on.
    pub release: ReleaseInfo,
    /// The built-in release and the installed ones, newest first.
    pub releases: Vec<ReleaseListed>,
    /// Releases that could not be used and were passed over, in words.
    pub warnings: Vec<String>,
    /// Records a release added or changed that the user has not opened yet.
    pub news: Vec<NewsItem>,
    /// The user's own records and corrections, each with its state.
    pub entries: Vec<EntryView>,
}

/// What saving records or a correction did: nothing and every problem, or
/// the entries written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecordSaved {
    /// Every problem found (nothing was saved); empty when it was saved.
    pub problems: Vec<RecordProblem>,
    pub written: Vec<StoredEntry>,
}

/// An id with its name, for the forms' lists.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// The fields a record of one kind can be corrected in.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FieldsOf {
    pub kind: RecordKind,
    pub fields: Vec<Field>,
}

/// What the forms offer: actors, sources and records to pick, the
/// statuses of meetings, and what each kind of record can be corrected in.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecordChoices {
    pub actors: Vec<Named>,
    /// Sources by title (with the publisher).
    pub sources: Vec<Named>,
    /// Commitments and context items, for lineage links.
    pub records: Vec<Named>,
    pub meeting_statuses: Vec<Choice>,
    pub fields: Vec<FieldsOf>,
    /// The latest day a record may be dated (YYYY-MM-DD).
    pub today: String,
}

fn release_error(e: ReleaseError) -> ApiError {
    let code = match &e {
        ReleaseError::File(_) | ReleaseError::Key { .. } => ErrorCode::File,
        e if e.can_be_accepted() => ErrorCode::NeedsConfirmation,
        _ => ErrorCode::ReleaseRefused,
    };
    let mut message = e.to_string();
    if let ReleaseError::Invalid { problems, .. } = &e {
        for p in problems.0.iter().take(10) {
            message.push_str(&format!("\n{p}"));
        }
        if problems.0.len() > 10 {
            message.push_str(&format!("\n… and {} more", problems.0.len() - 10));
        }
    }
    ApiError::new(code, message)
}

fn import_error(e: in_use::ImportError) -> ApiError {
    match e {
        in_use::ImportError::Release(e) => release_error(e),
        in_use::ImportError::Store(e) => e.into(),
    }
}

/// A write's outcome: refusals are returned, not raised.
fn saved(
    result: Result<Vec<StoredEntry>, WriteError>,
) -> Result<RecordSaved, crate::store::StoreError> {
    match result {
        Ok(written) => Ok(RecordSaved {
            problems: Vec::new(),
            written,
        }),
        Err(WriteError::Refused(r)) => Ok(RecordSaved {
            problems: r.0,
            written: Vec::new(),
        }),
        Err(WriteError::Store(e)) => Err(e),
    }
}

impl Api {
    /// The release the record is on, the installed ones, what is new, and
    /// the user's own records and corrections.
    pub fn record_status(&self) -> Result<RecordStatus, ApiError> {
        let current = self.in_use()?;
        let news = self.with_ws(|ws| ws.news()).unwrap_or_default();
        let stored = self.with_ws(|ws| ws.record_entries()).unwrap_or_default();
        let installed = {
            let slot = self.slot();
            match &*slot {
                super::Slot::Open(ws) => Some(release::Installed::beside(ws.path())),
                _ => None,
            }
        };
        let built = release::built_in()
            .map_err(|p| ApiError::new(ErrorCode::DatasetInvalid, p.to_string()))?;
        let now = &current.base.info.dataset_version;
        let mut releases = vec![ReleaseListed {
            in_use: now == &built.info.dataset_version,
            info: built.info,
            built_in: true,
        }];
        for l in installed.map(|i| i.list()).unwrap_or_default() {
            releases.push(ReleaseListed {
                in_use: &l.info.dataset_version == now,
                info: l.info,
                built_in: false,
            });
        }
        releases.sort_by(|a, b| b.info.date.cmp(&a.info.date));
        Ok(RecordStatus {
            release: current.base.info.clone(),
            releases,
            warnings: current.warnings.clone(),
            news,
            entries: show::entries(&current.base.dataset, &stored, &current.built.entries),
        })
    }

    /// What the forms of own records and corrections offer.
    pub fn record_choices(&self) -> Result<RecordChoices, ApiError> {
        let ds = self.ds()?;
        let named = |id: &str, name: &str| Named {
            id: id.to_owned(),
            name: name.to_owned(),
        };
        Ok(RecordChoices {
            actors: ds.actors.iter().map(|a| named(&a.id, &a.name)).collect(),
            sources: ds
                .sources
                .iter()
                .map(|s| named(&s.id, &format!("{} — {}", s.title, s.publisher)))
                .collect(),
            records: ds
                .commitments
                .iter()
                .map(|c| named(&c.id, &c.title))
                .chain(ds.context.iter().map(|c| named(&c.id, &c.title)))
                .collect(),
            meeting_statuses: MeetingStatus::ALL
                .iter()
                .map(|s| Choice {
                    keyword: s.keyword().into(),
                    label: s.label().into(),
                })
                .collect(),
            fields: [
                RecordKind::Meeting,
                RecordKind::Commitment,
                RecordKind::Context,
            ]
            .into_iter()
            .map(|kind| FieldsOf {
                kind,
                fields: fields_of(kind).to_vec(),
            })
            .collect(),
            today: in_use::today().format("%Y-%m-%d").to_string(),
        })
    }

    /// Add records of the user's own (or replace those with the same type
    /// and id): saved when the record stays a valid whole, else nothing is
    /// saved and every problem is returned with its record and field.
    pub fn add_records(&self, records: Vec<OwnRecord>) -> Result<RecordSaved, ApiError> {
        let base = self.in_use()?.base.dataset.clone();
        let author = record::author();
        self.with_ws(|ws| saved(record::write::add(ws, &base, records, &author).map(|(_, w)| w)))
    }

    /// Correct a field of a record of the release, with `records` of the
    /// user's own (the new source that settles it) added in the same
    /// change (see [`Api::add_records`]).
    pub fn correct_record(
        &self,
        correction: Correction,
        records: Vec<OwnRecord>,
    ) -> Result<RecordSaved, ApiError> {
        let base = self.in_use()?.base.dataset.clone();
        let author = record::author();
        self.with_ws(|ws| {
            saved(
                record::write::correct_with(ws, &base, correction, records, &author)
                    .map(|(_, e)| vec![e]),
            )
        })
    }

    /// Remove an own record or retire a correction, by entry key
    /// (undoable); refused, with the problems, when other records rely on it.
    pub fn remove_record(&self, key: &str) -> Result<RecordSaved, ApiError> {
        let base = self.in_use()?.base.dataset.clone();
        let author = record::author();
        let keys = [key.to_owned()];
        self.with_ws(|ws| {
            saved(record::write::remove(ws, &base, &keys, &author).map(|_| Vec::new()))
        })
    }

    /// Record `id`: as shipped, the user's own or corrections, as shown.
    pub fn record_show(&self, id: &str) -> Result<RecordShow, ApiError> {
        let current = self.in_use()?;
        let stored = self.with_ws(|ws| ws.record_entries()).unwrap_or_default();
        show::show(
            &current.base.dataset,
            &current.built.dataset,
            &stored,
            &current.built.entries,
            id,
        )
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("No record with id “{id}”.")))
    }

    /// Read release `path`, verify and validate it, and report what
    /// applying it would change; it waits for [`Api::apply_release`].
    /// A release not signed by a trusted key is refused with
    /// `needs_confirmation` unless `accept_unverified`.
    pub fn prepare_release(
        &self,
        path: &Path,
        accept_unverified: bool,
    ) -> Result<ChangeReport, ApiError> {
        let current = self.in_use()?;
        let prepared =
            self.with_ws(|ws| Ok(in_use::prepare(path, ws, &current, accept_unverified)))?;
        let prepared = prepared.map_err(import_error)?;
        let report = prepared.report.clone();
        *self
            .pending_release
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some((path.to_owned(), prepared));
        Ok(report)
    }

    /// Remember `path` as the release the user may confirm (after a
    /// refusal they can override), so the confirmation reads the same file.
    pub fn keep_pending_path(&self, path: &Path) {
        *self.pending_path.lock().unwrap_or_else(|e| e.into_inner()) = Some(path.to_owned());
    }

    /// The release file last prepared, if one waits.
    pub fn pending_release_path(&self) -> Option<std::path::PathBuf> {
        self.pending_path
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    /// Apply the release last prepared: installed beside the workspace (the
    /// earlier ones stay), then in use, in one step; the covered entries
    /// retired when `retire_covered`.
    pub fn apply_release(&self, retire_covered: bool) -> Result<RecordStatus, ApiError> {
        let Some((_, prepared)) = self
            .pending_release
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        else {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "no release is waiting to be applied: choose one first",
            ));
        };
        let author = record::author();
        let applied =
            self.with_ws(|ws| Ok(in_use::apply(&prepared, ws, retire_covered, &author)))?;
        applied.map_err(import_error)?;
        self.record_status()
    }

    /// Use installed release `version` (or the built-in one) from now on.
    pub fn use_release(&self, version: &str) -> Result<RecordStatus, ApiError> {
        let used = self.with_ws(|ws| Ok(in_use::use_version(ws, version)))?;
        used.map_err(import_error)?;
        self.record_status()
    }

    /// The user looked at `records` (`None`: at everything new).
    pub fn mark_seen(&self, records: Option<Vec<String>>) -> Result<Vec<NewsItem>, ApiError> {
        self.with_ws(|ws| {
            ws.mark_seen(records.as_deref())?;
            ws.news()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn source() -> OwnRecord {
        OwnRecord::Source(Source {
            id: "ec-dpc4-press".into(),
            title: "Joint press release".into(),
            publisher: "European Commission".into(),
            date: Some("2026-05-05".into()),
            url: Some("https://ec.europa.eu/x".into()),
            language: "en".into(),
            seed: None,
            note: None,
        })
    }

    #[test]
    fn own_records_show_at_once_and_refusals_come_back_by_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite");
        let api = Api::for_workspace(None, &path);
        let before = api.commitments().unwrap().len();
        let r = api.add_records(vec![source()]).unwrap();
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let mut c = crate::Dataset::embedded()
            .unwrap()
            .commitment("C4-03")
            .unwrap()
            .clone();
        c.id = "C4-04".into();
        c.sources = vec![];
        let refused = api
            .add_records(vec![OwnRecord::Commitment(c.clone())])
            .unwrap();
        assert_eq!(refused.problems.len(), 1);
        assert_eq!(refused.problems[0].field, "sources");
        assert_eq!(
            refused.problems[0].message,
            "at least one source is required"
        );
        c.sources = vec!["ec-dpc4-press".into()];
        assert!(api
            .add_records(vec![OwnRecord::Commitment(c)])
            .unwrap()
            .problems
            .is_empty());
        assert_eq!(api.commitments().unwrap().len(), before + 1);
        let d = api.commitment("C4-04").unwrap();
        assert_eq!(
            d.provenance.unwrap().added.unwrap().sources,
            ["ec-dpc4-press"]
        );
        // Search finds it at once.
        let hits = api.search("C4-04", &Default::default(), 5).unwrap();
        assert_eq!(hits[0].commitment, "C4-04");
        // A change made by another process (the CLI) shows at the next call.
        let mut other = crate::store::Workspace::open(&path).unwrap();
        let base = crate::Dataset::embedded().unwrap();
        record::write::correct(
            &mut other,
            &base,
            Correction {
                target: "C4-03".into(),
                field: Field::Verification,
                value: "confirmed".into(),
                source: "ec-dpc4-press".into(),
                as_of: None,
            },
            "Someone",
        )
        .unwrap();
        assert_eq!(
            api.commitment("C4-03").unwrap().verification,
            Verification::Confirmed
        );
        let status = api.record_status().unwrap();
        assert_eq!(status.entries.len(), 3);
        assert_eq!(status.release.dataset_version, "2026.11.1");
        // Undo in the app undoes the app's own change, not the other's.
        api.undo().unwrap();
        assert!(api.commitment("C4-04").is_err());
        assert_eq!(
            api.commitment("C4-03").unwrap().verification,
            Verification::Confirmed
        );
        // Removing the source the correction cites is refused, and why.
        let r = api.remove_record("record:source:ec-dpc4-press").unwrap();
        assert!(
            r.problems.iter().any(|p| p.record.contains("C4-03")),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn a_release_is_reported_then_applied_and_the_news_marked() {
        let dir = tempfile::tempdir().unwrap();
        let lead = Api::for_workspace(None, &dir.path().join("lead/w.sqlite"));
        lead.add_records(vec![source()]).unwrap();
        lead.correct_record(
            Correction {
                target: "C4-03".into(),
                field: Field::Verification,
                value: "confirmed".into(),
                source: "ec-dpc4-press".into(),
                as_of: None,
            },
            Vec::new(),
        )
        .unwrap();
        let ds = lead.ds().unwrap();
        let bytes = release::release_bytes(
            &ds,
            &release::BuildOptions {
                dataset_version: "2026.12.1".into(),
                date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                publisher: "Unit F4".into(),
            },
        )
        .unwrap();
        let file = dir.path().join("r.json");
        std::fs::write(&file, &bytes).unwrap();
        let api = Api::for_workspace(None, &dir.path().join("c/w.sqlite"));
        let e = api.prepare_release(&file, false).unwrap_err();
        assert_eq!(e.code, ErrorCode::NeedsConfirmation);
        assert!(e.message.contains("not signed"), "{}", e.message);
        let report = api.prepare_release(&file, true).unwrap();
        assert_eq!(report.news(), (vec![], vec!["C4-03".to_owned()]));
        assert_eq!(
            api.commitment("C4-03").unwrap().verification,
            Verification::Unverified
        );
        let status = api.apply_release(false).unwrap();
        assert_eq!(status.release.dataset_version, "2026.12.1");
        assert_eq!(status.news.len(), 1);
        assert_eq!(
            api.commitment("C4-03").unwrap().verification,
            Verification::Confirmed
        );
        assert!(api.mark_seen(None).unwrap().is_empty());
        let back = api.use_release("2026.11.1").unwrap();
        assert_eq!(back.release.dataset_version, "2026.11.1");
        assert_eq!(
            api.commitment("C4-03").unwrap().verification,
            Verification::Unverified
        );
        assert_eq!(back.releases.len(), 2);
    }
}
