//! Releases of the record: one file carrying the dataset, signed.
//!
//! **The file** is one JSON document (`format` `briefdesk-release`,
//! `version` 1) holding the dataset version, the release date, the
//! publisher, the SHA-256 of its content and the text of each dataset file
//! (`files`, by name: exactly the files of a dataset folder, byte for byte).
//! The content hash is SHA-256 over, for each file in load order
//! ([`crate::dataset::FILES`]), its name, a NUL byte, its text and a NUL
//! byte — written as 64 lowercase hex digits.
//!
//! **The signature** is a minisign signature (ed25519, prehashed) of the
//! whole file, in `FILE.minisig` beside it, as the `minisign` tool writes
//! and checks it (`minisign -Vm FILE -p KEY.pub`). A release is accepted
//! only when signed by a trusted key: the shipped publisher's
//! ([`SHIPPED_KEY`], compiled in) or one the user trusts explicitly
//! (`dataset trust`). An unsigned release, one signed by another key, and
//! one whose signature does not match its bytes (tampered) are refused
//! ([`ReleaseError`] says which), unless the user explicitly accepts it; a
//! release whose content does not match its own SHA-256 is refused always.
//! Then the dataset is validated in full, every problem at once.
//!
//! [`build`] makes a release of an effective record (the release in use
//! with the user's own records and corrections folded in) and signs it;
//! [`report`] compares two releases for the change report; [`installed`]
//! keeps the releases a workspace can use.

pub mod in_use;
pub mod installed;
pub mod report;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::dataset::{Dataset, Problems, FILES};
use crate::files::{FileError, WriteTarget};

pub use in_use::{InUse, InUseError};
pub use installed::Installed;
pub use report::{ChangeReport, FieldChange, RecordChange, RecordRef};

/// The `format` marker of a release file, and the version this build writes.
pub const RELEASE_FORMAT: &str = "briefdesk-release";
pub const RELEASE_VERSION: u32 = 1;
/// Larger files are refused before they are read (a release of 100,000
/// commitments is about 130 MiB).
pub const MAX_RELEASE_BYTES: u64 = 512 << 20;
/// A signature file is a few hundred bytes.
const MAX_SIGNATURE_BYTES: u64 = 64 << 10;

/// The public key of the publisher of the record shipped with Briefdesk
/// (minisign format).
pub const SHIPPED_KEY: &str = include_str!("../../keys/briefdesk-data.pub");

/// The name of the shipped publisher, as releases and messages give it.
pub const SHIPPED_PUBLISHER: &str = "Briefdesk (the record shipped with the app)";

/// A release file as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleaseDoc {
    format: String,
    version: u32,
    dataset_version: String,
    /// YYYY-MM-DD.
    date: String,
    publisher: String,
    sha256: String,
    files: BTreeMap<String, String>,
}

/// What a release is: version, date, publisher, content hash, and how its
/// origin was established.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
pub struct ReleaseInfo {
    pub dataset_version: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub publisher: String,
    /// SHA-256 of the content (see the module).
    pub sha256: String,
    /// How its origin is known.
    pub trust: Trust,
}

/// How a release's origin is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Trust {
    /// Compiled into this program: the record it ships with.
    BuiltIn,
    /// Signed by a trusted key.
    Signed {
        /// The minisign key id (16 hex digits).
        key_id: String,
        /// Whose key: the shipped publisher, or the comment the user gave it.
        key_name: String,
    },
    /// Not signed by a trusted key, and accepted by the user explicitly.
    Accepted {
        /// Why it is not trusted (as the refusal said).
        reason: String,
    },
    /// A dataset folder given to the program (`--data DIR`, `BRIEFDESK_DATA`).
    Folder { path: String },
}

/// A public key trusted to sign releases.
#[derive(Debug, Clone)]
pub struct Key {
    /// 16 hex digits (as minisign prints key ids).
    pub key_id: String,
    /// The key in base64.
    pub base64: String,
    pub name: String,
    key: minisign_verify::PublicKey,
}

impl Key {
    /// A key from the text of a minisign `.pub` file (or its base64 line).
    pub fn parse(text: &str, name: &str) -> Result<Key, String> {
        let b64 = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .ok_or("no key in it")?;
        let key = minisign_verify::PublicKey::from_base64(b64)
            .map_err(|e| format!("not a minisign public key ({e})"))?;
        let boxed = minisign::PublicKey::from_base64(b64)
            .map_err(|e| format!("not a minisign public key ({e})"))?;
        Ok(Key {
            key_id: key_id_hex(boxed.keynum()),
            base64: b64.to_owned(),
            name: name.to_owned(),
            key,
        })
    }
}

/// The keys a workspace trusts: the shipped publisher's and the user's.
#[derive(Debug, Clone)]
pub struct Keys(pub Vec<Key>);

impl Keys {
    /// The shipped publisher's key and `extra` (from the workspace).
    pub fn with(extra: &[crate::store::TrustedKey]) -> Keys {
        let mut keys = vec![Key::parse(SHIPPED_KEY, SHIPPED_PUBLISHER)
            .expect("the shipped key is a minisign public key")];
        for k in extra {
            if let Ok(key) = Key::parse(&k.public_key, &k.comment) {
                keys.push(key);
            }
        }
        Keys(keys)
    }
}

/// A minisign key number as minisign prints it: 16 hex digits of the
/// little-endian number.
fn key_id_hex(keynum: &[u8]) -> String {
    let mut n = [0u8; 8];
    for (d, s) in n.iter_mut().zip(keynum) {
        *d = *s;
    }
    format!("{:016X}", u64::from_le_bytes(n))
}

/// Why a release was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("{0}")]
    File(#[from] FileError),
    #[error("{}: not a Briefdesk release: {detail}", path.display())]
    NotARelease { path: PathBuf, detail: String },
    /// No signature beside it.
    #[error("{}: refused: the release is not signed (there is no {} beside it); nothing was imported. Import it anyway only if you know where it comes from (--accept-unverified)", path.display(), signature.display())]
    Unsigned { path: PathBuf, signature: PathBuf },
    /// Signed, by a key that is not trusted.
    #[error("{}: refused: it is signed by key {key_id}, which you do not trust (trusted: {trusted}); nothing was imported. Trust the publisher's key first (`dataset trust KEY.pub`), or import it anyway (--accept-unverified)", path.display())]
    UntrustedKey {
        path: PathBuf,
        key_id: String,
        trusted: String,
    },
    /// Signed by a trusted key, but not these bytes: changed since.
    #[error("{}: refused: the signature of key {key_id} ({key_name}) does not match the file: it was changed after it was signed (tampered or damaged); nothing was imported", path.display())]
    Tampered {
        path: PathBuf,
        key_id: String,
        key_name: String,
    },
    /// The signature file is not a minisign signature.
    #[error("{}: refused: {} is not a minisign signature ({detail}); nothing was imported", path.display(), signature.display())]
    BadSignatureFile {
        path: PathBuf,
        signature: PathBuf,
        detail: String,
    },
    /// The content does not match the release's own hash.
    #[error("{}: refused: its content does not match its SHA-256 (the release says {claimed}, the content is {actual}): it was changed after it was made; nothing was imported", path.display())]
    Changed {
        path: PathBuf,
        claimed: String,
        actual: String,
    },
    /// The dataset in it has problems: every one is listed.
    #[error("{}: refused: {problems} in the release; nothing was imported", path.display())]
    Invalid { path: PathBuf, problems: Problems },
    /// The key file of `dataset build` or `dataset trust` is not usable.
    #[error("{}: {detail}", path.display())]
    Key { path: PathBuf, detail: String },
}

impl ReleaseError {
    /// Whether the user may accept the release anyway (it is whole, its
    /// signature is only missing or not trusted).
    pub fn can_be_accepted(&self) -> bool {
        matches!(
            self,
            ReleaseError::Unsigned { .. }
                | ReleaseError::UntrustedKey { .. }
                | ReleaseError::Tampered { .. }
                | ReleaseError::BadSignatureFile { .. }
        )
    }
}

/// SHA-256 of a dataset's file texts (see the module), in hex.
pub fn content_hash<'a>(files: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut h = Sha256::new();
    for name in FILES {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(files(name).unwrap_or_default().as_bytes());
        h.update([0]);
    }
    let mut out = String::with_capacity(64);
    for b in h.finalize() {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// A release read and checked: what it is and its dataset.
#[derive(Debug, Clone)]
pub struct Release {
    pub info: ReleaseInfo,
    pub dataset: Dataset,
}

/// The record shipped with the program, as a release.
pub fn built_in() -> Result<Release, Problems> {
    let dataset = Dataset::embedded()?;
    let files = crate::dataset::EMBEDDED;
    let sha256 = content_hash(|n| files.iter().find(|(f, _)| *f == n).map(|(_, t)| *t));
    Ok(Release {
        info: ReleaseInfo {
            dataset_version: dataset.manifest.dataset_version.clone(),
            date: dataset.manifest.as_of.clone(),
            publisher: SHIPPED_PUBLISHER.into(),
            sha256,
            trust: Trust::BuiltIn,
        },
        dataset,
    })
}

/// The signature file of release `path`: `path.minisig`.
pub fn signature_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

/// A release's bytes, signature and header, read but not yet trusted.
pub struct Unverified {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// The signature file's text, when there is one.
    pub signature: Option<String>,
    doc: ReleaseDoc,
}

/// Read release `path` and its signature, checking only that it is a
/// release file whose content matches its own hash.
pub fn read(path: &Path) -> Result<Unverified, ReleaseError> {
    let bytes = crate::files::read_regular(path, MAX_RELEASE_BYTES)?;
    let not = |detail: String| ReleaseError::NotARelease {
        path: path.to_owned(),
        detail,
    };
    let doc: ReleaseDoc = serde_json::from_slice(&bytes).map_err(|e| not(e.to_string()))?;
    if doc.format != RELEASE_FORMAT {
        return Err(not(format!(
            "format is `{}`, not `{RELEASE_FORMAT}`",
            doc.format
        )));
    }
    if doc.version == 0 || doc.version > RELEASE_VERSION {
        return Err(not(format!(
            "release format version {} (this build reads version {RELEASE_VERSION}{})",
            doc.version,
            if doc.version > RELEASE_VERSION {
                "; update Briefdesk"
            } else {
                ""
            }
        )));
    }
    check_version(&doc.dataset_version).map_err(not)?;
    crate::dataset::check_date_text(&doc.date)
        .map_err(|e| not(format!("date `{}`: {e}", doc.date)))?;
    if doc.publisher.trim().is_empty() || doc.publisher.chars().any(char::is_control) {
        return Err(not("the publisher is empty or not one line".into()));
    }
    for name in doc.files.keys() {
        if !FILES.contains(&name.as_str()) {
            return Err(not(format!("`{name}` is not a file of a dataset")));
        }
    }
    let actual = content_hash(|n| doc.files.get(n).map(String::as_str));
    if actual != doc.sha256.to_ascii_lowercase() {
        return Err(ReleaseError::Changed {
            path: path.to_owned(),
            claimed: doc.sha256.clone(),
            actual,
        });
    }
    let sig_path = signature_path(path);
    let signature = match crate::files::read_regular(&sig_path, MAX_SIGNATURE_BYTES) {
        Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
        Err(_) if std::fs::symlink_metadata(&sig_path).is_err() => None,
        Err(e) => return Err(e.into()),
    };
    Ok(Unverified {
        path: path.to_owned(),
        bytes,
        signature,
        doc,
    })
}

/// Whether `v` may name a release (and its file): 1–64 letters, digits,
/// `.`, `_`, `-` or `+`, starting with a letter or digit.
pub fn check_version(v: &str) -> Result<(), String> {
    let ok = (1..=64).contains(&v.len())
        && v.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "dataset version `{v}` cannot name a release: use 1–64 letters, digits, `.`, `_`, `-` or `+`"
        ))
    }
}

impl Unverified {
    pub fn dataset_version(&self) -> &str {
        &self.doc.dataset_version
    }

    pub fn sha256(&self) -> String {
        self.doc.sha256.to_ascii_lowercase()
    }

    /// Who signed it, if a key in `keys` did: the trust it earns, or why not.
    pub fn verify(&self, keys: &Keys) -> Result<Trust, ReleaseError> {
        let path = self.path.clone();
        let sig_path = signature_path(&self.path);
        let Some(text) = &self.signature else {
            return Err(ReleaseError::Unsigned {
                path,
                signature: sig_path,
            });
        };
        let bad = |detail: String| ReleaseError::BadSignatureFile {
            path: path.clone(),
            signature: sig_path.clone(),
            detail,
        };
        let boxed = minisign::SignatureBox::from_string(text).map_err(|e| bad(e.to_string()))?;
        let sig = minisign_verify::Signature::decode(text).map_err(|e| bad(e.to_string()))?;
        let key_id = key_id_hex(boxed.keynum());
        let Some(key) = keys.0.iter().find(|k| k.key_id == key_id) else {
            return Err(ReleaseError::UntrustedKey {
                path,
                key_id,
                trusted: keys
                    .0
                    .iter()
                    .map(|k| format!("{} ({})", k.key_id, k.name))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        key.key
            .verify(&self.bytes, &sig, false)
            .map_err(|_| ReleaseError::Tampered {
                path: path.clone(),
                key_id: key.key_id.clone(),
                key_name: key.name.clone(),
            })?;
        Ok(Trust::Signed {
            key_id: key.key_id.clone(),
            key_name: key.name.clone(),
        })
    }

    /// The dataset, validated in full (every problem at once), as release
    /// `trust`. The file texts are taken out (the bytes and signature stay,
    /// to install them).
    pub fn take_release(&mut self, trust: Trust) -> Result<Release, ReleaseError> {
        let texts = std::mem::take(&mut self.doc.files);
        let files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let dataset = Dataset::from_texts(&files).map_err(|problems| ReleaseError::Invalid {
            path: self.path.clone(),
            problems,
        })?;
        drop(files);
        drop(texts);
        if dataset.manifest.dataset_version != self.doc.dataset_version {
            return Err(ReleaseError::NotARelease {
                path: self.path.clone(),
                detail: format!(
                    "it says it is version {}, but its manifest.json says {}",
                    self.doc.dataset_version, dataset.manifest.dataset_version
                ),
            });
        }
        Ok(Release {
            info: ReleaseInfo {
                dataset_version: self.doc.dataset_version.clone(),
                date: self.doc.date.clone(),
                publisher: self.doc.publisher.clone(),
                sha256: self.doc.sha256.to_ascii_lowercase(),
                trust,
            },
            dataset,
        })
    }
}

/// Read, verify against `keys` and validate release `path`. A release not
/// signed by a trusted key is refused unless `accept_unverified` (or its
/// hash is among `accepted`); it is then [`Trust::Accepted`].
pub fn open(
    path: &Path,
    keys: &Keys,
    accepted: &[String],
    accept_unverified: bool,
) -> Result<Release, ReleaseError> {
    let mut u = read(path)?;
    let trust = match u.verify(keys) {
        Ok(t) => t,
        Err(e) if e.can_be_accepted() && (accept_unverified || accepted.contains(&u.sha256())) => {
            Trust::Accepted {
                reason: e.to_string(),
            }
        }
        Err(e) => return Err(e),
    };
    u.take_release(trust)
}

/// What `dataset build` puts on a release.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub dataset_version: String,
    pub date: NaiveDate,
    pub publisher: String,
}

/// A secret key to sign releases with, from a minisign secret key file
/// (`password` for an encrypted one).
pub fn secret_key(
    path: &Path,
    password: Option<String>,
) -> Result<minisign::SecretKey, ReleaseError> {
    let err = |detail: String| ReleaseError::Key {
        path: path.to_owned(),
        detail,
    };
    let bytes = crate::files::read_regular(path, 64 << 10)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| err("not a minisign secret key file (not text)".into()))?;
    let boxed = minisign::SecretKeyBox::from_string(&text)
        .map_err(|e| err(format!("not a minisign secret key file ({e})")))?;
    match boxed.clone().into_unencrypted_secret_key() {
        Ok(k) if !k.is_encrypted() => Ok(k),
        _ => match password {
            Some(p) => boxed
                .into_secret_key(Some(p))
                .map_err(|e| err(format!("cannot open the key: {e}"))),
            None => Err(err(
                "the key is protected by a password: give it in BRIEFDESK_KEY_PASSWORD".into(),
            )),
        },
    }
}

/// A new key pair: the secret key file's text and the public key file's.
pub fn generate_key_pair(comment: &str) -> Result<(String, String), String> {
    let pair = minisign::KeyPair::generate_unencrypted_keypair().map_err(|e| e.to_string())?;
    let sk = pair
        .sk
        .to_box(Some(comment))
        .map_err(|e| e.to_string())?
        .into_string();
    let pk = pair.pk.to_box().map_err(|e| e.to_string())?.into_string();
    Ok((sk, pk))
}

/// The text of each dataset file of `ds`, as `data/` has them.
fn file_texts(ds: &Dataset, manifest: &crate::model::Manifest) -> Vec<(&'static str, String)> {
    fn json<T: Serialize>(v: &T) -> String {
        let mut s = serde_json::to_string_pretty(v).expect("the model serializes");
        s.push('\n');
        s
    }
    vec![
        ("manifest.json", json(manifest)),
        ("partnership.json", json(&ds.partnership)),
        ("sectors.json", json(&ds.sectors)),
        ("actors.json", json(&ds.actors)),
        ("meetings.json", json(&ds.meetings)),
        ("sources.json", json(&ds.sources)),
        ("commitments.json", json(&ds.commitments)),
        ("context.json", json(&ds.context)),
        ("conflicts.json", json(&ds.conflicts)),
    ]
}

/// The bytes of a release of `ds` (the effective record) as `opts` say.
pub fn release_bytes(ds: &Dataset, opts: &BuildOptions) -> Result<Vec<u8>, String> {
    check_version(&opts.dataset_version)?;
    if opts.publisher.trim().is_empty() || opts.publisher.chars().any(char::is_control) {
        return Err("the publisher must be one line of text".into());
    }
    let mut manifest = ds.manifest.clone();
    manifest.dataset_version = opts.dataset_version.clone();
    let day = opts.date.format("%Y-%m-%d").to_string();
    if crate::dataset::check_date_text(&manifest.as_of).is_ok_and(|d| d < opts.date) {
        manifest.as_of = day.clone();
    }
    if !ds.provenance().is_empty() {
        manifest.provenance = format!(
            "{} With the own records and corrections of {} folded in ({day}).",
            manifest.provenance.trim_end(),
            opts.publisher
        );
    }
    let texts = file_texts(ds, &manifest);
    // Whatever is published must load as it is.
    let borrowed: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    if let Err(problems) = Dataset::from_texts(&borrowed) {
        let mut msg = format!("the record does not make a valid release: {problems}");
        for p in problems.0.iter().take(10) {
            msg.push_str(&format!("\n  {p}"));
        }
        return Err(msg);
    }
    let sha256 = content_hash(|n| texts.iter().find(|(f, _)| *f == n).map(|(_, t)| t.as_str()));
    let doc = ReleaseDoc {
        format: RELEASE_FORMAT.into(),
        version: RELEASE_VERSION,
        dataset_version: opts.dataset_version.clone(),
        date: day,
        publisher: opts.publisher.trim().to_owned(),
        sha256,
        files: texts.into_iter().map(|(n, t)| (n.to_owned(), t)).collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&doc).expect("a release serializes");
    bytes.push(b'\n');
    Ok(bytes)
}

/// The minisign signature of `bytes` by `key`, as the text of a `.minisig` file.
pub fn sign(bytes: &[u8], key: &minisign::SecretKey, version: &str) -> Result<String, String> {
    let trusted = format!("briefdesk-release {version}");
    let sig = minisign::sign(
        None,
        key,
        std::io::Cursor::new(bytes),
        Some(&trusted),
        Some("signature of a Briefdesk release"),
    )
    .map_err(|e| e.to_string())?;
    Ok(sig.into_string())
}

/// Write release `bytes` to `path` and its signature beside it, each
/// through a temporary file renamed into place (both targets checked
/// before either is written).
pub fn write(path: &Path, bytes: &[u8], signature: &str) -> Result<(), FileError> {
    let release = WriteTarget::prepare(path)?;
    let sig = WriteTarget::prepare(&signature_path(path))?;
    release.commit(bytes)?;
    sig.commit(signature.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_and_secret() -> (Keys, minisign::SecretKey, String) {
        let (sk, pk) = generate_key_pair("test key").unwrap();
        let secret = minisign::SecretKeyBox::from_string(&sk)
            .unwrap()
            .into_unencrypted_secret_key()
            .unwrap();
        let mut keys = Keys::with(&[]);
        keys.0.push(Key::parse(&pk, "the test unit").unwrap());
        (keys, secret, pk)
    }

    #[test]
    fn a_release_is_built_signed_verified_and_every_tampering_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ds = Dataset::embedded().unwrap();
        let (keys, secret, _) = keys_and_secret();
        let opts = BuildOptions {
            dataset_version: "2026.12.1".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            publisher: "Unit F4".into(),
        };
        let bytes = release_bytes(&ds, &opts).unwrap();
        let sig = sign(&bytes, &secret, "2026.12.1").unwrap();
        let path = dir.path().join("r.json");
        write(&path, &bytes, &sig).unwrap();
        let r = open(&path, &keys, &[], false).unwrap();
        assert_eq!(r.info.dataset_version, "2026.12.1");
        assert!(
            matches!(&r.info.trust, Trust::Signed { key_name, .. } if key_name == "the test unit")
        );
        assert_eq!(r.dataset.commitments.len(), ds.commitments.len());

        // Untrusted: only the shipped key.
        let err = open(&path, &Keys::with(&[]), &[], false).unwrap_err();
        assert!(matches!(err, ReleaseError::UntrustedKey { .. }), "{err}");
        assert!(err.to_string().contains("which you do not trust"), "{err}");
        // Accepted explicitly.
        let r = open(&path, &Keys::with(&[]), &[], true).unwrap();
        assert!(matches!(r.info.trust, Trust::Accepted { .. }));

        // One byte changed in a string of the content.
        let mut t = bytes.clone();
        let at = t.windows(6).position(|w| w == b"Brussel").unwrap_or(2000);
        t[at + 1] ^= 0x20;
        std::fs::write(&path, &t).unwrap();
        let err = open(&path, &keys, &[], true).unwrap_err();
        assert!(matches!(err, ReleaseError::Changed { .. }), "{err}");
        // One byte of the layout changed (the content still matches its hash).
        let mut t = bytes.clone();
        let nl = t.iter().rposition(|b| *b == b'\n').unwrap();
        t.insert(nl, b' ');
        std::fs::write(&path, &t).unwrap();
        let err = open(&path, &keys, &[], false).unwrap_err();
        assert!(matches!(err, ReleaseError::Tampered { .. }), "{err}");
        assert!(
            err.to_string().contains("changed after it was signed"),
            "{err}"
        );

        // Unsigned.
        std::fs::write(&path, &bytes).unwrap();
        std::fs::remove_file(signature_path(&path)).unwrap();
        let err = open(&path, &keys, &[], false).unwrap_err();
        assert!(matches!(err, ReleaseError::Unsigned { .. }), "{err}");
        assert!(err.to_string().contains("not signed"), "{err}");
    }

    #[test]
    fn the_shipped_key_parses_and_the_built_in_release_has_a_hash() {
        let keys = Keys::with(&[]);
        assert_eq!(keys.0.len(), 1);
        assert_eq!(keys.0[0].key_id.len(), 16);
        let b = built_in().unwrap();
        assert_eq!(b.info.sha256.len(), 64);
        assert_eq!(b.info.trust, Trust::BuiltIn);
    }
}
