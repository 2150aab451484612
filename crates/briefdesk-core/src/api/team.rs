//! The team part of the desktop API: what the app shows of the team the
//! workspace syncs with (server, member, last sync, what is still to send,
//! the last error, what was refused) and leaving it. Joining and syncing
//! talk to the team's server, which the core knows nothing of: the app
//! does them (`briefdesk-team`) on a connection of its own and reports
//! with [`TeamSynced`].

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use super::{Api, ApiError, ErrorCode, Slot};

/// The team this workspace syncs with, as the Team panel and the header
/// show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TeamLinked {
    /// The server, as a libpq URL (never with a password).
    pub url: String,
    pub team: String,
    /// The server role this workspace syncs as.
    pub member: String,
    pub joined_at: String,
    /// When the last sync ended well (`null`: never yet).
    pub last_sync: Option<String>,
    /// Why the last attempt failed (`null`: it did not).
    pub last_error: Option<String>,
    /// Revisions the server or this workspace refused (kept here).
    pub refused: u32,
    /// Revisions the server does not hold yet.
    #[ts(type = "number")]
    pub pending: u64,
    /// What kind of failure the last attempt in this session was
    /// (`offline`, `password_needed`, `server_refused`…; `null`: none
    /// seen). The workspace keeps only the reason; the app, which made the
    /// attempt, fills this in.
    pub last_error_code: Option<ErrorCode>,
}

/// Whether the workspace is in a team, and how its sync goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TeamStatus {
    /// `null`: the workspace is in no team.
    pub link: Option<TeamLinked>,
}

/// What a sync (or a join, which syncs once) did, and the status after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TeamSynced {
    /// Revisions the server took from this workspace.
    pub pushed: u32,
    /// Colleagues' revisions new to this workspace.
    pub pulled: u32,
    /// Records whose current version is now a colleague's
    /// (`annotation:C2-08`, `brief:<uid>`, `record:<key>`).
    pub changed: Vec<String>,
    /// Revisions refused this time, either way.
    pub refused: u32,
    pub status: TeamStatus,
}

impl Api {
    /// The workspace's file, for a second connection (team sync) that must
    /// not hold the API's own during network I/O.
    pub fn workspace_file(&self) -> Result<PathBuf, ApiError> {
        match &*self.slot() {
            Slot::Open(ws) => Ok(ws.path().to_owned()),
            Slot::Refused { problem, .. } => Err(ApiError::new(
                ErrorCode::WorkspaceUnavailable,
                problem.clone(),
            )),
            Slot::None => Err(ApiError::new(
                ErrorCode::WorkspaceUnavailable,
                "no workspace is open",
            )),
        }
    }

    /// The team and how its sync goes.
    pub fn team_status(&self) -> Result<TeamStatus, ApiError> {
        self.with_ws(|ws| {
            let Some(link) = ws.team()? else {
                return Ok(TeamStatus { link: None });
            };
            let pending = ws.team_pending()?;
            Ok(TeamStatus {
                link: Some(TeamLinked {
                    url: link.url,
                    team: link.team,
                    member: link.member,
                    joined_at: link.joined_at,
                    last_sync: link.last_sync,
                    last_error: link.last_error,
                    refused: link.refused.len() as u32,
                    pending,
                    last_error_code: None,
                }),
            })
        })
    }

    /// Stop syncing; every revision stays in the workspace.
    pub fn team_leave(&self) -> Result<TeamStatus, ApiError> {
        self.with_ws(|ws| ws.leave_team().map(|_| ()))?;
        self.team_status()
    }
}
