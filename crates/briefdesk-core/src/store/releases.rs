//! What the workspace knows of the record's releases: which one it uses,
//! the keys the user trusts to sign them, the releases accepted without a
//! trusted signature, and what a release added or changed that the user
//! has not looked at yet. The release files themselves are installed
//! beside the workspace (`release::Installed`).

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use ts_rs::TS;

use super::annotations::now;
use super::{StoreError, Workspace};

/// A public key the user trusts to sign releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct TrustedKey {
    /// The minisign key id, 16 hex digits.
    pub key_id: String,
    /// The key, base64 (the second line of a minisign `.pub` file).
    pub public_key: String,
    pub comment: String,
    pub added_at: String,
}

/// A release the user imported without a trusted signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct AcceptedRelease {
    pub sha256: String,
    pub dataset_version: String,
    /// Why it has no trusted signature (as the refusal said).
    pub reason: String,
    pub accepted_at: String,
}

/// A record a release added or changed that the user has not looked at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
pub struct NewsItem {
    pub record: String,
    /// `added` or `changed`.
    pub change: String,
    /// The release's dataset version.
    pub release: String,
}

impl Workspace {
    /// The dataset version the workspace uses (`None`: the newest installed).
    pub fn release_in_use(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = 'release'")?
            .query_row([], |r| r.get(0))
            .optional()?)
    }

    /// Use release `version` from now on (`None`: the newest installed),
    /// and mark what it added and changed as new (replacing what was
    /// marked before), in one transaction: either both or neither.
    pub fn use_release(
        &mut self,
        version: Option<&str>,
        news: Option<(&str, &[String], &[String])>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        match version {
            Some(v) => tx.execute(
                "INSERT INTO settings (key, value) VALUES ('release', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [v],
            )?,
            None => tx.execute("DELETE FROM settings WHERE key = 'release'", [])?,
        };
        if let Some((release, added, changed)) = news {
            tx.execute("DELETE FROM record_news", [])?;
            let mut insert = tx.prepare(
                "INSERT INTO record_news (record, change, release) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (record) DO UPDATE SET change = excluded.change, release = excluded.release",
            )?;
            for id in added {
                insert.execute(params![id, "added", release])?;
            }
            for id in changed {
                insert.execute(params![id, "changed", release])?;
            }
        }
        tx.execute(
            "UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'records'",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Make release `version` the one in use, in one transaction with the
    /// rest of an import: what it added and changed marked as new
    /// (replacing what was), its explicit acceptance `accepted` (hash,
    /// reason) remembered, and the entries `retire` retired as `author`
    /// (each an undoable change).
    pub fn apply_release(
        &mut self,
        version: &str,
        (added, changed): (&[String], &[String]),
        accepted: Option<(&str, &str)>,
        retire: &[String],
        author: &str,
    ) -> Result<(), StoreError> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('release', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [version],
        )?;
        tx.execute("DELETE FROM record_news", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO record_news (record, change, release) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (record) DO UPDATE SET change = excluded.change, release = excluded.release",
            )?;
            for id in added {
                insert.execute(params![id, "added", version])?;
            }
            for id in changed {
                insert.execute(params![id, "changed", version])?;
            }
        }
        if let Some((sha, reason)) = accepted {
            tx.execute(
                "INSERT INTO accepted_releases (sha256, dataset_version, reason, accepted_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (sha256) DO NOTHING",
                params![sha, version, reason, now()],
            )?;
        }
        let at = now();
        for key in retire {
            let before: Option<i64> = tx
                .query_row(
                    "SELECT revision FROM record_entries WHERE entry = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            let uid = uuid::Uuid::new_v4().to_string();
            let rev = super::records::insert_record_revision(
                &tx,
                &uid,
                key,
                None,
                author,
                &at,
                &format!("retired:{version}"),
            )?;
            super::records::point_entry(&tx, key, Some(rev))?;
            super::annotations::record_change(
                &tx,
                &session,
                super::annotations::Target::Entry(key),
                before,
                rev,
            )?;
        }
        tx.execute(
            "UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'records'",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records a release added or changed that the user has not looked at.
    pub fn news(&self) -> Result<Vec<NewsItem>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT record, change, release FROM record_news ORDER BY record")?;
        let rows = stmt.query_map([], |r| {
            Ok(NewsItem {
                record: r.get(0)?,
                change: r.get(1)?,
                release: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The user looked at `records` (`None`: at everything new).
    pub fn mark_seen(&mut self, records: Option<&[String]>) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        match records {
            None => {
                tx.execute("DELETE FROM record_news", [])?;
            }
            Some(ids) => {
                let mut del = tx.prepare("DELETE FROM record_news WHERE record = ?1")?;
                for id in ids {
                    del.execute([id])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The keys the user trusts to sign releases (besides the shipped one).
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT key_id, public_key, comment, added_at FROM trusted_keys ORDER BY added_at, key_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TrustedKey {
                key_id: r.get(0)?,
                public_key: r.get(1)?,
                comment: r.get(2)?,
                added_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Trust `key` to sign releases from now on.
    pub fn trust_key(
        &mut self,
        key_id: &str,
        public_key: &str,
        comment: &str,
    ) -> Result<TrustedKey, StoreError> {
        let added_at = now();
        self.conn.execute(
            "INSERT INTO trusted_keys (key_id, public_key, comment, added_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (key_id) DO UPDATE SET public_key = excluded.public_key, comment = excluded.comment",
            params![key_id, public_key, comment, added_at],
        )?;
        Ok(TrustedKey {
            key_id: key_id.into(),
            public_key: public_key.into(),
            comment: comment.into(),
            added_at,
        })
    }

    /// Releases accepted without a trusted signature.
    pub fn accepted_releases(&self) -> Result<Vec<AcceptedRelease>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT sha256, dataset_version, reason, accepted_at FROM accepted_releases ORDER BY accepted_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AcceptedRelease {
                sha256: r.get(0)?,
                dataset_version: r.get(1)?,
                reason: r.get(2)?,
                accepted_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Accept the release whose content hashes to `sha256` although its
    /// signature is not trusted (the user said so explicitly).
    pub fn accept_release(
        &mut self,
        sha256: &str,
        dataset_version: &str,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO accepted_releases (sha256, dataset_version, reason, accepted_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (sha256) DO NOTHING",
            params![sha256, dataset_version, reason, now()],
        )?;
        Ok(())
    }
}
