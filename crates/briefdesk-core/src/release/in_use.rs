//! The record a workspace reads: the release it uses (the one chosen with
//! `dataset use` or by the last import; otherwise the newest valid one
//! installed, the record built into the program counting as installed),
//! with the user's own records and corrections folded in — and importing a
//! new release: the change report first ([`prepare`]), then one atomic
//! switch ([`apply`]) that leaves the earlier release installed.

use std::path::Path;

use chrono::NaiveDate;

use super::report::{compare, BriefItemRef, ChangeReport};
use super::*;
use crate::record::{self, Built, EntryState};
use crate::store::{StoreError, Workspace};

/// The record in use.
#[derive(Debug, Clone)]
pub struct InUse {
    /// The release (or dataset folder) it is built on.
    pub base: Release,
    /// The effective record and what became of each own record and correction.
    pub built: Built,
    /// What could not be used and was passed over (a release that no longer
    /// verifies, …), in words.
    pub warnings: Vec<String>,
}

impl InUse {
    pub fn dataset(&self) -> &Dataset {
        &self.built.dataset
    }
}

/// Why the record in use could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InUseError {
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The dataset folder (`--data`, `BRIEFDESK_DATA`) has problems.
    #[error("{0}")]
    Invalid(Problems),
}

/// A dataset folder as the base of the record (`--data DIR`).
pub fn folder_release(dir: &Path) -> Result<Release, Problems> {
    let dataset = Dataset::load_dir(dir)?;
    Ok(Release {
        info: ReleaseInfo {
            dataset_version: dataset.manifest.dataset_version.clone(),
            date: dataset.manifest.as_of.clone(),
            publisher: dir.display().to_string(),
            sha256: String::new(),
            trust: Trust::Folder {
                path: dir.display().to_string(),
            },
        },
        dataset,
    })
}

/// The keys `ws` trusts and the hashes of the releases it accepted.
pub fn trust_of(ws: &Workspace) -> Result<(Keys, Vec<String>), StoreError> {
    Ok((
        Keys::with(&ws.trusted_keys()?),
        ws.accepted_releases()?
            .into_iter()
            .map(|a| a.sha256)
            .collect(),
    ))
}

/// The release `ws` uses (see the module), with what was passed over.
pub fn base_release(
    ws: &Workspace,
    installed: &Installed,
) -> Result<(Release, Vec<String>), InUseError> {
    let (keys, accepted) = trust_of(ws)?;
    let built = built_in().map_err(InUseError::Invalid)?;
    let mut warnings = Vec::new();
    if let Some(v) = ws.release_in_use()? {
        if v == built.info.dataset_version {
            return Ok((built, warnings));
        }
        match installed.load(&v, &keys, &accepted) {
            Ok(r) => return Ok((r, warnings)),
            Err(e) => warnings.push(format!(
                "the release in use, {v}, cannot be used ({e}); using the newest valid one instead"
            )),
        }
    }
    for listed in installed.list() {
        if listed.info.dataset_version == built.info.dataset_version {
            continue;
        }
        if (listed.info.date.as_str(), &listed.info.dataset_version)
            < (built.info.date.as_str(), &built.info.dataset_version)
        {
            break;
        }
        match installed.load(&listed.info.dataset_version, &keys, &accepted) {
            Ok(r) => return Ok((r, warnings)),
            Err(e) => warnings.push(format!(
                "installed release {} cannot be used: {e}",
                listed.info.dataset_version
            )),
        }
    }
    Ok((built, warnings))
}

/// Today, as far as the record is concerned: the latest day a record of
/// one's own may be dated.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The record `ws` reads on `base`: the own records and corrections folded in.
pub fn effective(
    ws: &Workspace,
    base: Release,
    warnings: Vec<String>,
) -> Result<InUse, InUseError> {
    let entries = ws.record_entries()?;
    let built = match record::build(&base.dataset, &entries, &[], today()) {
        Ok(b) => b,
        // Never with no new entry; keep the release as it is if it happens.
        Err(_) => Built {
            dataset: base.dataset.clone(),
            entries: Vec::new(),
        },
    };
    Ok(InUse {
        base,
        built,
        warnings,
    })
}

/// The record `ws` (the workspace at `path`) reads: on `--data DIR` when
/// given, else on its release in use.
pub fn open_in_use(ws: &Workspace, data: Option<&Path>) -> Result<InUse, InUseError> {
    let (base, warnings) = match data {
        Some(dir) => (
            folder_release(dir).map_err(InUseError::Invalid)?,
            Vec::new(),
        ),
        None => base_release(ws, &Installed::beside(ws.path()))?,
    };
    effective(ws, base, warnings)
}

/// A release ready to apply, with its change report.
pub struct Prepared {
    pub unverified: Unverified,
    pub release: Release,
    pub report: ChangeReport,
    /// The effective record once applied.
    pub built: Built,
}

/// Everything that can go wrong importing a release.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Release(#[from] ReleaseError),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// Read, verify and validate release `path`, and report what applying it
/// to `ws` (now on `current`) would change. Writes nothing.
pub fn prepare(
    path: &Path,
    ws: &Workspace,
    current: &InUse,
    accept_unverified: bool,
) -> Result<Prepared, ImportError> {
    let (keys, accepted) = trust_of(ws)?;
    let unverified = read(path)?;
    let trust = match unverified.verify(&keys) {
        Ok(t) => t,
        Err(e)
            if e.can_be_accepted()
                && (accept_unverified || accepted.contains(&unverified.sha256())) =>
        {
            Trust::Accepted {
                reason: e.to_string(),
            }
        }
        Err(e) => return Err(e.into()),
    };
    let mut unverified = unverified;
    let release = unverified.take_release(trust)?;
    let mut report = compare(
        current.base.info.clone(),
        &current.base.dataset,
        release.info.clone(),
        &release.dataset,
    );
    let entries = ws.record_entries()?;
    let built = record::build(&release.dataset, &entries, &[], today()).unwrap_or_else(|_| Built {
        dataset: release.dataset.clone(),
        entries: Vec::new(),
    });
    for st in &built.entries {
        match st.state {
            EntryState::Covered => report.covered.push(st.clone()),
            EntryState::NotApplied => report.unfit.push(st.clone()),
            EntryState::Applied => {}
        }
    }
    let now_has = |id: &str| current.dataset().commitment(id).is_some();
    let then_has = |id: &str| built.dataset.commitment(id).is_some();
    report.orphaned_annotations = ws
        .annotations()?
        .into_iter()
        .map(|a| a.commitment)
        .filter(|c| now_has(c) && !then_has(c))
        .collect();
    for b in ws.briefs()? {
        let Ok(brief) = ws.brief(b.id) else { continue };
        for s in &brief.doc.sections {
            for it in &s.items {
                if now_has(&it.commitment) && !then_has(&it.commitment) {
                    report.orphaned_brief_items.push(BriefItemRef {
                        brief: b.id,
                        title: brief.doc.title.clone(),
                        commitment: it.commitment.clone(),
                    });
                }
            }
        }
    }
    Ok(Prepared {
        unverified,
        release,
        report,
        built,
    })
}

/// Apply a prepared release to `ws`: install it beside the workspace (the
/// earlier ones stay), then, in one transaction, make it the release in
/// use, mark what it added and changed as new, remember an explicit
/// acceptance, and retire the covered entries when `retire_covered`.
/// Returns the keys retired.
pub fn apply(
    prepared: &Prepared,
    ws: &mut Workspace,
    retire_covered: bool,
    author: &str,
) -> Result<Vec<String>, ImportError> {
    let installed = Installed::beside(ws.path());
    installed.install(&prepared.unverified, &prepared.release)?;
    let info = &prepared.release.info;
    let (added, changed) = prepared.report.news();
    let accepted = match &info.trust {
        Trust::Accepted { reason } => Some((info.sha256.as_str(), reason.as_str())),
        _ => None,
    };
    let retire: Vec<String> = if retire_covered {
        prepared
            .report
            .covered
            .iter()
            .map(|c| c.key.clone())
            .collect()
    } else {
        Vec::new()
    };
    ws.apply_release(
        &info.dataset_version,
        (&added, &changed),
        accepted,
        &retire,
        author,
    )?;
    Ok(retire)
}

/// Go back (or forward) to installed release `version` (or the built-in
/// one): checked to load first. Nothing of the user's is touched.
pub fn use_version(ws: &mut Workspace, version: &str) -> Result<Release, ImportError> {
    let built = built_in().map_err(|problems| ReleaseError::Invalid {
        path: "(built in)".into(),
        problems,
    })?;
    let release = if version == built.info.dataset_version {
        built
    } else {
        let (keys, accepted) = trust_of(ws)?;
        let installed = Installed::beside(ws.path());
        if installed.info(version).is_none() {
            let known: Vec<String> = std::iter::once(built.info.dataset_version.clone())
                .chain(installed.list().into_iter().map(|l| l.info.dataset_version))
                .collect();
            return Err(StoreError::NotFound(format!(
                "no release {version} is installed (installed: {})",
                known.join(", ")
            ))
            .into());
        }
        installed.load(version, &keys, &accepted)?
    };
    ws.use_release(Some(version), Some((version, &[], &[])))?;
    Ok(release)
}
