//! The local workspace: what the user writes about commitments, in one
//! SQLite file (WAL, synchronous=FULL). Every change is kept as a revision;
//! each author session's last changes can be undone and redone; a file that
//! is not a workspace, is damaged, or was written by a newer build is
//! refused with a clear error and can be set aside, never deleted.
//!
//! Several processes (the app, the CLI, team sync) use one file at once:
//! every change is one IMMEDIATE transaction that reads what is current
//! *inside* it and applies the change to that; creation and migrations are
//! one such transaction too (see [`Workspace::open`]).

mod annotations;
mod briefs;
mod bundle;
mod locks;
mod merge;
mod records;
mod releases;
mod search;
pub mod session;
mod sync;
#[cfg(test)]
mod test_support;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use annotations::{
    Annotation, AnnotationEdit, AnnotationFields, AnnotationSaved, Change, Revision, UserStatus,
};
pub use briefs::{Brief, BriefInfo, BriefRevision, BriefSaved};
pub use bundle::{
    write_atomically, ImportOptions, ImportReport, BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_BYTES,
};
pub use merge::Concurrent;
pub use records::{EntryWrite, RecordRevision};
pub use releases::{AcceptedRelease, NewsItem, TrustedKey};
pub use search::{BriefHit, SearchField, SearchHit, HIT_END, HIT_START};
pub use sync::{content_hash, Applied, Incoming, Refusal, SyncKind, SyncRevision, TeamLink};

use crate::files::FileError;

/// `PRAGMA application_id` of a Briefdesk workspace ("BRFD").
pub const APPLICATION_ID: i32 = 0x4252_4644;

/// The schema migrations, in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_annotations.sql"),
    include_str!("migrations/0002_search.sql"),
    include_str!("migrations/0003_search_facets.sql"),
    include_str!("migrations/0004_briefs.sql"),
    include_str!("migrations/0005_sessions.sql"),
    include_str!("migrations/0006_records.sql"),
    include_str!("migrations/0007_team.sql"),
    include_str!("migrations/0008_team_moved_at.sql"),
];

/// The workspace format this build writes (and the newest it reads).
pub const WORKSPACE_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a change waits for another process's transaction to end.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Why a workspace could not be opened or changed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: not a Briefdesk workspace ({detail})", path.display())]
    NotAWorkspace { path: PathBuf, detail: String },
    #[error("{}: the workspace file is damaged ({detail})", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("{}: written by a newer Briefdesk (workspace format {found}; this build reads up to {WORKSPACE_VERSION}); update Briefdesk", path.display())]
    Newer { path: PathBuf, found: i64 },
    #[error("{}: cannot open the workspace: {detail}", path.display())]
    Open { path: PathBuf, detail: String },
    /// Another process held the workspace longer than [`BUSY_TIMEOUT`].
    #[error("{}: the workspace is in use by another process{holders} (waited up to {} s); nothing was changed, try again", path.display(), BUSY_TIMEOUT.as_secs())]
    Busy { path: PathBuf, holders: String },
    /// The workspace could not be read or written (the disk is full, …).
    #[error("{}: {detail}", path.display())]
    Database { path: PathBuf, detail: String },
    /// A file other than the workspace (a bundle, an export) could not be
    /// read or written.
    #[error("{0}")]
    File(#[from] FileError),
    /// A sharing bundle was refused; nothing was imported.
    #[error("{}: refused: {detail}; nothing was imported", path.display())]
    Bundle { path: PathBuf, detail: String },
    /// The bundle was made against another dataset version: imported only
    /// when the user confirms.
    #[error("{0}")]
    NeedsConfirmation(String),
    /// Undo or redo would revert someone else's change built on yours.
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
    #[error("nothing to {0}")]
    Nothing(&'static str),
    #[error("workspace database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// This error with the workspace file named: a database error from a
    /// call on the workspace at `path` says which file, and a lock wait
    /// says what holds it where that is known.
    pub fn located(self, path: &Path) -> StoreError {
        let StoreError::Sqlite(e) = self else {
            return self;
        };
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy {
                path: path.to_owned(),
                holders: locks::describe_holders(path),
            },
            Some(C::DiskFull) => StoreError::Database {
                path: path.to_owned(),
                detail: "the disk is full; the change was not saved".into(),
            },
            Some(C::ReadOnly) => StoreError::Database {
                path: path.to_owned(),
                detail: "the workspace cannot be written (read-only file, folder or disk); the change was not saved".into(),
            },
            Some(C::SystemIoFailure) => StoreError::Database {
                path: path.to_owned(),
                detail: format!("the disk reported an error ({e}); is it full?"),
            },
            _ => StoreError::Database {
                path: path.to_owned(),
                detail: format!("workspace database error: {e}"),
            },
        }
    }
}

/// Workspaces up to this size get a full `PRAGMA quick_check` when opened.
const QUICK_CHECK_MAX_BYTES: u64 = 64 << 20;
/// The page cache `quick_check` reads through (pages; see `quick_check`).
const QUICK_CHECK_CACHE_PAGES: i64 = 16;

/// An open workspace.
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    /// The author session whose changes `undo` and `redo` walk (see
    /// [`session`]).
    session: String,
}

/// What a file holds, as read before deciding how to open it.
enum Found {
    /// A Briefdesk workspace of this format.
    Workspace { version: i64 },
    /// An empty SQLite database: a new file, or one left by a creation that
    /// was interrupted (creation is one transaction, so nothing of ours is
    /// in it). Completed, never refused.
    Empty,
}

impl Workspace {
    /// Open the workspace at `path` for reading and writing, creating it
    /// (and its folder) when the file does not exist. Never changes a file
    /// it refuses.
    ///
    /// Safe with other processes opening the same file at the same moment:
    /// the format is read again and every missing migration applied inside
    /// one IMMEDIATE transaction, so exactly one process upgrades (or
    /// creates) and the others find it done. A file left empty by an
    /// interrupted creation is completed.
    pub fn open(path: &Path) -> Result<Workspace, StoreError> {
        Self::check_file(path, true)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
        let ws = Workspace {
            conn,
            path: path.to_owned(),
            session: session::DEFAULT.into(),
        };
        ws.conn.busy_timeout(BUSY_TIMEOUT)?;
        let found = ws.identify()?;
        if matches!(found, Found::Workspace { .. }) {
            ws.quick_check()?;
        }
        ws.configure().map_err(|e| ws.open_error(e))?;
        ws.migrate().map_err(|e| ws.open_error(e))?;
        Ok(ws)
    }

    /// Open the workspace at `path` for reading only: nothing is written to
    /// it, and it opens on a full disk. A file that does not exist yet, is
    /// empty, or is of an earlier format is opened with [`Workspace::open`]
    /// instead, which creates or upgrades it.
    ///
    /// Reading a WAL database needs its shared-memory index (`-shm`, 32 KiB
    /// that SQLite allocates when the first connection opens). When that
    /// cannot be allocated — the disk is full and no other process has the
    /// workspace open — it is opened in exclusive locking mode instead,
    /// where SQLite keeps the index in memory: other processes wait until
    /// the command ends.
    pub fn open_read_only(path: &Path) -> Result<Workspace, StoreError> {
        if !Self::check_file(path, false)? {
            return Self::open(path);
        }
        let ws = match Self::connect_for_reading(path, false) {
            Err(StoreError::Open { .. }) => Self::connect_for_reading(path, true)?,
            other => other?,
        };
        match ws {
            Some(ws) => Ok(ws),
            None => Self::open(path),
        }
    }

    /// A connection that never writes; `None` when the file needs creating
    /// or upgrading first.
    fn connect_for_reading(path: &Path, exclusive: bool) -> Result<Option<Workspace>, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
        let ws = Workspace {
            conn,
            path: path.to_owned(),
            session: session::DEFAULT.into(),
        };
        ws.conn.busy_timeout(BUSY_TIMEOUT)?;
        if exclusive {
            ws.conn
                .pragma_update(None, "locking_mode", "EXCLUSIVE")
                .map_err(|e| ws.classify(e))?;
        }
        match ws.identify()? {
            Found::Workspace { version } if version == WORKSPACE_VERSION => {}
            _ => return Ok(None),
        }
        ws.quick_check()?;
        ws.conn.pragma_update(None, "cache_size", -65536)?;
        Ok(Some(ws))
    }

    /// The same workspace, recording its changes as `session`'s (whose
    /// changes `undo` and `redo` walk).
    pub fn with_session(mut self, session: impl Into<String>) -> Self {
        self.session = session.into();
        self
    }

    /// The author session this workspace's changes are recorded as.
    pub fn session(&self) -> &str {
        &self.session
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether `path` exists as a regular file (a FIFO, device or folder
    /// there is refused at once, before SQLite is given the path); creates
    /// its folder when `create` and it does not exist.
    fn check_file(path: &Path, create: bool) -> Result<bool, StoreError> {
        match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Ok(true),
            Ok(m) => Err(StoreError::NotAWorkspace {
                path: path.to_owned(),
                detail: format!("it is {}, not a regular file", crate::files::kind_of(&m)),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if create {
                    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                            path: path.to_owned(),
                            detail: format!(
                                "cannot create the folder {}: {}",
                                dir.display(),
                                crate::files::io_cause(&e)
                            ),
                        })?;
                    }
                }
                Ok(false)
            }
            Err(e) => Err(StoreError::Open {
                path: path.to_owned(),
                detail: crate::files::io_cause(&e),
            }),
        }
    }

    /// A database error while opening, as an error naming the file.
    fn open_error(&self, e: StoreError) -> StoreError {
        match e.located(&self.path) {
            StoreError::Database { path, detail } => StoreError::Open { path, detail },
            other => other,
        }
    }

    fn classify(&self, e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotAWorkspace {
                path: self.path.clone(),
                detail: "the file is not an SQLite database".into(),
            },
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path: self.path.clone(),
                detail: e.to_string(),
            },
            _ => self.open_error(StoreError::Sqlite(e)),
        }
    }

    /// What the file holds: refuses files that are not workspaces (nor
    /// empty databases) and workspaces of a newer format.
    fn identify(&self) -> Result<Found, StoreError> {
        let (app_id, version, objects) = read_identity(&self.conn).map_err(|e| self.classify(e))?;
        self.judge(app_id, version, objects)
    }

    fn judge(&self, app_id: i32, version: i64, objects: i64) -> Result<Found, StoreError> {
        if app_id == 0 && version == 0 && objects == 0 {
            return Ok(Found::Empty);
        }
        if app_id != APPLICATION_ID {
            return Err(StoreError::NotAWorkspace {
                path: self.path.clone(),
                detail: format!(
                    "it is an SQLite database of another application (application_id {app_id:#x})"
                ),
            });
        }
        if version > WORKSPACE_VERSION {
            return Err(StoreError::Newer {
                path: self.path.clone(),
                found: version,
            });
        }
        Ok(Found::Workspace { version })
    }

    /// `PRAGMA quick_check`: worth it at start-up for the usual workspace
    /// of a few MiB, too slow for a huge one, where damage is reported when
    /// the damaged pages are read instead.
    fn quick_check(&self) -> Result<(), StoreError> {
        let size = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        if size > QUICK_CHECK_MAX_BYTES {
            return Ok(());
        }
        // The check reads every page once, the search index's too: through a
        // cache of a few pages, not into the connection's cache, where they
        // stayed (1.4 MiB of the app's memory at start-up with 500
        // annotations, issue 17; the first search reads its own). The
        // caller sets the cache's size for the work after.
        self.conn
            .pragma_update(None, "cache_size", QUICK_CHECK_CACHE_PAGES)
            .map_err(|e| self.classify(e))?;
        let check: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| self.classify(e))?;
        if check != "ok" {
            return Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: check,
            });
        }
        Ok(())
    }

    fn configure(&self) -> Result<(), StoreError> {
        // Already WAL (every workspace after its creation): no write.
        let mode: String = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            // Switching needs the file to itself, and SQLite answers "busy"
            // at once (without its busy handler) while another process
            // reads it, as when two open a workspace of an old format at
            // the same moment: wait for our turn as any lock wait does.
            let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
            loop {
                match self
                    .conn
                    .pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
                {
                    Ok(()) => break,
                    Err(e)
                        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                            && std::time::Instant::now() < deadline =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        // A change reported as saved survives a crash and a power cut.
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // Up to 64 MiB of page cache (used only as pages are read): the
        // search index of a large workspace stays in memory between queries.
        self.conn.pragma_update(None, "cache_size", -65536)?;
        Ok(())
    }

    /// Bring the file to this build's format: the version is read again
    /// once the write lock is held, and every missing step runs in that one
    /// transaction, so two processes upgrading (or creating) at once never
    /// apply a step twice, and a crash leaves the file as it was.
    fn migrate(&self) -> Result<(), StoreError> {
        let (app_id, version, _) = read_identity(&self.conn)?;
        if app_id == APPLICATION_ID && version == WORKSPACE_VERSION {
            return Ok(());
        }
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let (app_id, version, objects) = read_identity(&tx)?;
        let version = match self.judge(app_id, version, objects)? {
            Found::Empty => 0,
            Found::Workspace { version } => version,
        };
        if version == WORKSPACE_VERSION {
            return Ok(());
        }
        for sql in &MIGRATIONS[version as usize..] {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", WORKSPACE_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// SQLite's full integrity check: `ok`, or what is wrong.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(lines.join("\n"))
    }

    /// Move a refused file aside (`NAME.unreadable-YYYYMMDD-HHMMSS`, never
    /// overwriting anything) so a fresh workspace can take its place.
    /// Returns where it went. Its `-wal` and `-shm` files move with it.
    pub fn set_aside(path: &Path) -> Result<PathBuf, StoreError> {
        let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "workspace".into());
        let mut target = path.with_file_name(format!("{name}.unreadable-{stamp}"));
        let mut n = 1;
        while target.exists() {
            n += 1;
            target = path.with_file_name(format!("{name}.unreadable-{stamp}-{n}"));
        }
        let io = |e: std::io::Error| StoreError::Open {
            path: path.to_owned(),
            detail: format!("cannot set the file aside: {}", crate::files::io_cause(&e)),
        };
        std::fs::rename(path, &target).map_err(io)?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", path.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", target.display())).map_err(io)?;
            }
        }
        Ok(target)
    }
}

/// `application_id`, `user_version` and the number of schema objects, read
/// in one statement: one snapshot, so a creation committed by another
/// process in between can never be seen half (objects but no id).
fn read_identity(conn: &Connection) -> rusqlite::Result<(i32, i64, i64)> {
    conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id()), \
                (SELECT user_version FROM pragma_user_version()), \
                (SELECT count(*) FROM sqlite_schema)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// Where the app and the CLI keep the user's workspace: under the app data
/// dir of the bundle identifier, or under `BRIEFDESK_HOME` when set (tests
/// and development).
pub fn default_path() -> Option<PathBuf> {
    let data = match std::env::var_os("BRIEFDESK_HOME") {
        Some(home) => PathBuf::from(home).join("data"),
        None => match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
            Some(d) => PathBuf::from(d),
            None => PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
        },
    };
    Some(data.join(APP_IDENTIFIER).join("workspace.sqlite"))
}

/// The desktop app's bundle identifier (tauri.conf.json).
pub const APP_IDENTIFIER: &str = "eu.briefdesk.desktop";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_workspace_is_created_with_its_folder_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/folder/w.sqlite");
        let mut ws = Workspace::open(&path).unwrap();
        ws.save(
            "C1-05",
            AnnotationFields {
                note: "kept".into(),
                ..Default::default()
            },
        )
        .unwrap();
        drop(ws);
        let ws = Workspace::open(&path).unwrap();
        assert_eq!(ws.annotation("C1-05").unwrap().unwrap().fields.note, "kept");
        let mode: String = ws
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    /// A workspace written by every earlier format opens: its annotations
    /// are kept, and found by search once the index is rebuilt.
    #[test]
    fn workspaces_of_earlier_formats_are_migrated() {
        let ds = crate::Dataset::embedded().unwrap();
        for format in 1..WORKSPACE_VERSION {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("old.sqlite");
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..format as usize] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "application_id", APPLICATION_ID)
                .unwrap();
            conn.pragma_update(None, "user_version", format).unwrap();
            conn.execute_batch(
                "INSERT INTO revisions (uid, commitment, note, status, tags, updated_at, origin) \
                 VALUES ('u1', 'C2-08', 'ask about the pinguino', 'at-risk', '[\"watch\"]', \
                         '2026-01-01T00:00:00Z', 'local'); \
                 INSERT INTO annotations (commitment, revision) VALUES ('C2-08', 1);",
            )
            .unwrap();
            drop(conn);
            let mut ws = Workspace::open(&path).unwrap();
            let version: i64 = ws
                .conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(version, WORKSPACE_VERSION, "from format {format}");
            assert_eq!(
                ws.annotation("C2-08").unwrap().unwrap().fields.note,
                "ask about the pinguino"
            );
            ws.index_dataset(&ds).unwrap();
            let filter = crate::query::Filter {
                tag: Some("watch".into()),
                user_status: Some(crate::model::UserStatus::AtRisk),
                ..Default::default()
            };
            let hits = ws.search(&ds, "pinguino", &filter, 10).unwrap();
            assert_eq!(hits.len(), 1, "from format {format}");
            assert_eq!(hits[0].commitment, "C2-08");
        }
    }

    #[test]
    fn files_that_are_not_workspaces_are_refused_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        // Plain text.
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "my notes, not a database\n".repeat(100)).unwrap();
        let before = std::fs::read(&text).unwrap();
        let err = Workspace::open(&text).err().unwrap();
        assert!(matches!(err, StoreError::NotAWorkspace { .. }), "{err}");
        assert!(err.to_string().contains("notes.txt"), "{err}");
        assert_eq!(std::fs::read(&text).unwrap(), before, "never changed");
        // Another application's SQLite database.
        let other = dir.path().join("other.sqlite");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let err = Workspace::open(&other).err().unwrap();
        assert!(err.to_string().contains("another application"), "{err}");
    }

    #[test]
    fn newer_and_damaged_workspaces_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let newer = dir.path().join("newer.sqlite");
        drop(Workspace::open(&newer).unwrap());
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", WORKSPACE_VERSION + 1)
            .unwrap();
        let err = Workspace::open(&newer).err().unwrap();
        assert!(matches!(err, StoreError::Newer { .. }), "{err}");
        assert!(err.to_string().contains("update Briefdesk"), "{err}");

        // A workspace whose pages were overwritten with garbage.
        let damaged = dir.path().join("damaged.sqlite");
        let mut ws = Workspace::open(&damaged).unwrap();
        for i in 0..200 {
            ws.save(
                &format!("C{i}"),
                AnnotationFields {
                    note: "x".repeat(500),
                    ..Default::default()
                },
            )
            .unwrap();
        }
        drop(ws);
        let mut bytes = std::fs::read(&damaged).unwrap();
        for b in bytes.iter_mut().skip(4096).take(16384) {
            *b = 0xA5;
        }
        std::fs::write(&damaged, &bytes).unwrap();
        let _ = std::fs::remove_file(format!("{}-wal", damaged.display()));
        let err = Workspace::open(&damaged).err().unwrap();
        assert!(
            matches!(
                err,
                StoreError::Corrupt { .. } | StoreError::NotAWorkspace { .. }
            ),
            "{err}"
        );
    }

    #[test]
    fn a_refused_file_is_set_aside_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite");
        std::fs::write(&path, "garbage").unwrap();
        let aside = Workspace::set_aside(&path).unwrap();
        assert!(!path.exists());
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "garbage");
        std::fs::write(&path, "more garbage").unwrap();
        let aside2 = Workspace::set_aside(&path).unwrap();
        assert_ne!(aside, aside2);
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), "garbage");
        // The fresh workspace now opens in its place.
        assert!(Workspace::open(&path).is_ok());
    }
}
