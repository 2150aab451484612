//! Team sync in the app: join, sync now, leave, and the background sync
//! (once the first screen is ready, then every five minutes, while the
//! workspace is in a team). Everything that talks to the server runs on a
//! thread of its own and on a second connection to the app's workspace,
//! so neither the UI nor the API's own connection waits for the network
//! (SQLite takes both; every write is its own transaction). The password
//! the user typed is kept in memory for this session only — never
//! written, never logged; without one, `PGPASSWORD` and the password file
//! are used, as libpq does. After a sync the webview hears
//! [`SYNCED_EVENT`] and refreshes what colleagues changed.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use briefdesk_core::api::{Api, ApiError, ErrorCode, TeamStatus, TeamSynced};
use briefdesk_core::store::{session, Workspace};
use briefdesk_team::{Password, SyncReport, TeamError};

use crate::startup::LoadedApi;

/// The event the webview hears after every sync in the background
/// (payload: [`TeamSynced`]).
pub const SYNCED_EVENT: &str = "team-synced";

/// How often the background sync runs.
pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

/// The session the sync's connection writes as (never the app's: the
/// app's undo stays the user's own).
fn sync_session() -> String {
    session::named("team-sync")
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The app's team sync: what it remembers for this session.
#[derive(Default)]
pub struct Team {
    /// The password the user typed, for this session only.
    password: Mutex<Option<String>>,
    /// What kind of failure the last attempt was (`None`: it went well).
    last_code: Mutex<Option<ErrorCode>>,
    /// One sync at a time (Sync now and the background one).
    running: Mutex<()>,
    /// Whether the UI's first screen is ready (the background sync waits
    /// for it: start-up is never slowed), with what wakes it.
    ready: (Mutex<bool>, Condvar),
}

impl std::fmt::Debug for Team {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        f.debug_struct("Team").finish_non_exhaustive()
    }
}

/// A team error as the UI receives it.
pub fn api_error(e: TeamError) -> ApiError {
    let code = match &e {
        TeamError::Url(_) => ErrorCode::InvalidInput,
        TeamError::PasswordNeeded { .. } => ErrorCode::PasswordNeeded,
        TeamError::Connection { .. } => ErrorCode::Offline,
        TeamError::Schema(_) | TeamError::Server { .. } => ErrorCode::ServerRefused,
        TeamError::Store(_) => {
            let TeamError::Store(s) = e else {
                unreachable!()
            };
            return ApiError::from(s);
        }
    };
    ApiError::new(code, e.to_string())
}

/// Runs `f` on a thread of its own (never the UI's, never inside the async
/// runtime: the PostgreSQL client runs a small runtime of its own).
pub async fn off_ui<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let joined = tauri::async_runtime::spawn_blocking(move || {
        std::thread::Builder::new()
            .name("team".into())
            .spawn(f)
            .map_err(|e| {
                ApiError::new(ErrorCode::Internal, format!("no thread for the sync: {e}"))
            })?
            .join()
            .map_err(|_| ApiError::new(ErrorCode::Internal, "the sync failed unexpectedly"))?
    })
    .await;
    joined.map_err(|e| ApiError::new(ErrorCode::Internal, format!("the sync failed: {e}")))?
}

impl Team {
    pub fn new() -> Arc<Team> {
        Arc::new(Team::default())
    }

    /// The team and how its sync goes (this session's kind of failure included).
    pub fn status(&self, api: &Api) -> Result<TeamStatus, ApiError> {
        let mut status = api.team_status()?;
        if let Some(link) = &mut status.link {
            link.last_error_code = lock(&self.last_code).filter(|_| link.last_error.is_some());
        }
        Ok(status)
    }

    /// Where a password comes from: the one given now, else the one typed
    /// earlier in this session, else libpq's conventions only.
    fn password(&self, given: Option<&str>) -> Password<'static> {
        match given.filter(|p| !p.is_empty()) {
            Some(p) => Password::Given(p.to_owned()),
            None => match &*lock(&self.password) {
                Some(p) => Password::Given(p.clone()),
                None => Password::None,
            },
        }
    }

    /// Notes how an attempt went; a password given for it is kept when it worked.
    fn finished<T>(
        &self,
        outcome: Result<T, TeamError>,
        given: Option<String>,
    ) -> Result<T, ApiError> {
        match outcome {
            Ok(v) => {
                *lock(&self.last_code) = None;
                if let Some(p) = given.filter(|p| !p.is_empty()) {
                    *lock(&self.password) = Some(p);
                }
                Ok(v)
            }
            Err(e) => {
                let e = api_error(e);
                *lock(&self.last_code) = Some(e.code);
                Err(e)
            }
        }
    }

    fn open(path: &Path) -> Result<Workspace, ApiError> {
        Workspace::open(path)
            .map(|ws| ws.with_session(sync_session()))
            .map_err(|e| ApiError::from(e.located(path)))
    }

    fn report(&self, api: &Api, r: SyncReport) -> Result<TeamSynced, ApiError> {
        Ok(TeamSynced {
            pushed: r.pushed,
            pulled: r.pulled,
            changed: r.changed,
            refused: r.refused.len() as u32,
            status: self.status(api)?,
        })
    }

    /// Join the team at `url` (`team`: which, when the member is in several) and sync once.
    pub fn join(
        &self,
        api: &Api,
        url: &str,
        team: Option<&str>,
        password: Option<String>,
    ) -> Result<TeamSynced, ApiError> {
        let mut ws = Self::open(&api.workspace_file()?)?;
        let _one = lock(&self.running);
        let outcome = briefdesk_team::join(
            &mut ws,
            url.trim(),
            team.map(str::trim).filter(|t| !t.is_empty()),
            self.password(password.as_deref()),
        );
        let joined = self.finished(outcome, password)?;
        self.report(api, joined.sync)
    }

    /// Sync now: push what the server lacks, pull what the workspace lacks.
    pub fn sync(&self, api: &Api, password: Option<String>) -> Result<TeamSynced, ApiError> {
        let mut ws = Self::open(&api.workspace_file()?)?;
        let _one = lock(&self.running);
        let outcome = briefdesk_team::sync(&mut ws, self.password(password.as_deref()));
        let report = self.finished(outcome, password)?;
        self.report(api, report)
    }

    /// Leave the team; the password typed for it is forgotten. Never waits
    /// for a sync under way (it may be waiting for the network): leaving is
    /// a transaction of its own, and that sync then finds no team.
    pub fn leave(&self, api: &Api) -> Result<TeamStatus, ApiError> {
        let status = api.team_leave()?;
        *lock(&self.password) = None;
        *lock(&self.last_code) = None;
        Ok(status)
    }

    /// The UI's first screen is ready: the background sync may start.
    pub fn ui_ready(&self) {
        *lock(&self.ready.0) = true;
        self.ready.1.notify_all();
    }

    /// The background sync, on a thread of its own: once the UI is ready,
    /// then every [`INTERVAL`], while the workspace is in a team; `tell`
    /// hears what each sync did (or the status after a failed one).
    pub fn start_background(
        self: &Arc<Self>,
        api: Arc<LoadedApi>,
        tell: impl Fn(&TeamSynced) + Send + 'static,
    ) {
        let team = Arc::clone(self);
        let spawned = std::thread::Builder::new()
            .name("team-sync".into())
            .spawn(move || {
                let mut ready = lock(&team.ready.0);
                while !*ready {
                    ready = team.ready.1.wait(ready).unwrap_or_else(|e| e.into_inner());
                }
                drop(ready);
                loop {
                    team.background_once(&api, &tell);
                    std::thread::sleep(INTERVAL);
                }
            });
        if let Err(e) = spawned {
            log::warn!("no background team sync: {e}");
        }
    }

    fn background_once(&self, api: &Api, tell: &impl Fn(&TeamSynced)) {
        let joined = matches!(api.team_status(), Ok(TeamStatus { link: Some(_) }));
        if !joined {
            return;
        }
        match self.sync(api, None) {
            Ok(synced) => {
                if synced.pulled > 0 || synced.pushed > 0 {
                    log::info!(
                        "team sync: {} sent, {} taken in",
                        synced.pushed,
                        synced.pulled
                    );
                }
                tell(&synced);
            }
            Err(e) => {
                log::info!("team sync: {:?}: {}", e.code, e.message);
                if let Ok(status) = self.status(api) {
                    tell(&TeamSynced {
                        pushed: 0,
                        pulled: 0,
                        changed: Vec::new(),
                        refused: 0,
                        status,
                    });
                }
            }
        }
    }
}
