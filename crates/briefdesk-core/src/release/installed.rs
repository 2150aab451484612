//! The releases a workspace can use, installed in the `releases` folder
//! beside the workspace file: `VERSION.release.json` (the release as
//! received, byte for byte), `VERSION.release.json.minisig` (its signature,
//! when it had one) and `VERSION.info.json` (what it is, for listing
//! without reading the whole release). Files are written through
//! [`crate::files::WriteTarget`] and read through
//! [`crate::files::read_regular`]; an installed release is verified again
//! every time it is loaded. Installing never removes another release:
//! going back (`dataset use`) finds the earlier one where it was.

use std::path::{Path, PathBuf};

use super::{signature_path, Keys, Release, ReleaseError, ReleaseInfo, Unverified};
use crate::files::{FileError, WriteTarget};

/// The releases folder of a workspace.
#[derive(Debug, Clone)]
pub struct Installed {
    pub dir: PathBuf,
}

/// An installed release as listed.
#[derive(Debug, Clone)]
pub struct Listed {
    pub info: ReleaseInfo,
    pub path: PathBuf,
}

impl Installed {
    /// The releases folder beside the workspace file `workspace`.
    pub fn beside(workspace: &Path) -> Installed {
        let dir = workspace
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("releases");
        Installed { dir }
    }

    fn release_path(&self, version: &str) -> PathBuf {
        self.dir.join(format!("{version}.release.json"))
    }

    fn info_path(&self, version: &str) -> PathBuf {
        self.dir.join(format!("{version}.info.json"))
    }

    /// Install `u` (already verified as `release.info` says): its bytes and
    /// signature as received, and its description. An installed release
    /// of the same version with the same content is left as it is; one
    /// with other content is refused (a version names one release).
    pub fn install(&self, u: &Unverified, release: &Release) -> Result<PathBuf, ReleaseError> {
        let version = &release.info.dataset_version;
        super::check_version(version).map_err(|detail| ReleaseError::NotARelease {
            path: u.path.clone(),
            detail,
        })?;
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| FileError::new(&self.dir, crate::files::io_cause(&e)))?;
        if let Some(existing) = self.info(version) {
            if existing.sha256 == release.info.sha256 {
                return Ok(self.release_path(version));
            }
            return Err(ReleaseError::NotARelease {
                path: u.path.clone(),
                detail: format!(
                    "a different release {version} is installed already (SHA-256 {}); a version names one release: publish this one under a new version",
                    existing.sha256
                ),
            });
        }
        let path = self.release_path(version);
        let bytes = WriteTarget::prepare(&path)?;
        let sig = u
            .signature
            .as_ref()
            .map(|_| WriteTarget::prepare(&signature_path(&path)))
            .transpose()?;
        let info = WriteTarget::prepare(&self.info_path(version))?;
        bytes.commit(&u.bytes)?;
        if let (Some(target), Some(text)) = (sig, &u.signature) {
            target.commit(text.as_bytes())?;
        }
        let described = serde_json::to_vec_pretty(&release.info).expect("info serializes");
        info.commit(&described)?;
        Ok(path)
    }

    /// What is installed as `version`, from its description.
    pub fn info(&self, version: &str) -> Option<ReleaseInfo> {
        let bytes = crate::files::read_regular(&self.info_path(version), 1 << 20).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Every installed release, newest first (by date, then version).
    pub fn list(&self) -> Vec<Listed> {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<Listed> = dir
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let version = name.strip_suffix(".info.json")?.to_owned();
                let info = self.info(&version)?;
                (info.dataset_version == version).then(|| Listed {
                    path: self.release_path(&version),
                    info,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            (b.info.date.as_str(), version_key(&b.info.dataset_version))
                .cmp(&(a.info.date.as_str(), version_key(&a.info.dataset_version)))
        });
        out
    }

    /// Load installed release `version`, verified again against `keys`
    /// (or accepted: its hash is in `accepted`).
    pub fn load(
        &self,
        version: &str,
        keys: &Keys,
        accepted: &[String],
    ) -> Result<Release, ReleaseError> {
        super::check_version(version).map_err(|detail| ReleaseError::NotARelease {
            path: self.release_path(version),
            detail,
        })?;
        super::open(&self.release_path(version), keys, accepted, false)
    }
}

/// A version as a sort key: its runs of digits compared as numbers.
fn version_key(v: &str) -> Vec<(u64, String)> {
    let mut out = Vec::new();
    let mut digits = String::new();
    let mut text = String::new();
    for c in v.chars() {
        if c.is_ascii_digit() {
            if !text.is_empty() {
                out.push((0, std::mem::take(&mut text)));
            }
            digits.push(c);
        } else {
            if !digits.is_empty() {
                out.push((digits.parse().unwrap_or(u64::MAX), String::new()));
                digits.clear();
            }
            text.push(c);
        }
    }
    if !digits.is_empty() {
        out.push((digits.parse().unwrap_or(u64::MAX), String::new()));
    }
    if !text.is_empty() {
        out.push((0, text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_sort_by_their_numbers() {
        let mut v = vec!["2026.9.1", "2026.11.1", "2026.11.10", "2026.11.2"];
        v.sort_by_key(|x| version_key(x));
        assert_eq!(v, ["2026.9.1", "2026.11.1", "2026.11.2", "2026.11.10"]);
    }
}
