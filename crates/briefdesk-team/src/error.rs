//! What can go wrong in team sync, said so that whoever reads it knows what
//! to do: the server, the workspace, or the URL.

use briefdesk_core::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    /// The URL cannot be used as it is.
    #[error("{0}")]
    Url(String),
    /// The server needs a password and none was found or given.
    #[error("{server}: the server asks for a password and none was found (PGPASSWORD, {passfile}); type it when asked, or add a line to the password file")]
    PasswordNeeded { server: String, passfile: String },
    /// Could not connect, or the server ended the connection.
    #[error("{server}: {detail}")]
    Connection { server: String, detail: String },
    /// The server's Briefdesk schema is missing, newer or not ours.
    #[error("{0}")]
    Schema(String),
    /// The server refused what was asked (permissions, a check).
    #[error("{server}: {detail}")]
    Server { server: String, detail: String },
    /// The workspace refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl TeamError {
    /// A stable keyword for `--json` and the app (`{code, message}`).
    pub fn code(&self) -> &'static str {
        match self {
            TeamError::Url(_) => "invalid",
            TeamError::PasswordNeeded { .. } => "password-needed",
            TeamError::Connection { .. } => "offline",
            TeamError::Schema(_) => "server-schema",
            TeamError::Server { .. } => "server-refused",
            TeamError::Store(_) => "workspace",
        }
    }

    /// Whether the server could not be reached (the work waits, nothing is wrong).
    pub fn is_offline(&self) -> bool {
        matches!(self, TeamError::Connection { .. })
    }
}

/// A PostgreSQL error as a sentence: the server's message, its detail and
/// hint when it gives them, else the client's own.
pub(crate) fn describe(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = db.message().to_owned();
            if let Some(d) = db.detail() {
                s.push_str(&format!(" ({d})"));
            }
            if let Some(h) = db.hint() {
                s.push_str(&format!("; {h}"));
            }
            s
        }
        None => {
            let mut s = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(inner) = src {
                let t = inner.to_string();
                if !s.contains(&t) {
                    s.push_str(&format!(": {t}"));
                }
                src = inner.source();
            }
            s
        }
    }
}

/// Whether `e` is the server's answer (it was reached) rather than a lost connection.
pub(crate) fn from_server(e: &postgres::Error) -> bool {
    e.as_db_error().is_some()
}
