//! Team sync of Briefdesk workspaces through the organisation's PostgreSQL.
//!
//! The server holds one append-only table of revisions (`schema.rs`); a
//! workspace pushes what the server lacks and pulls what it lacks
//! (`sync.rs`), over a connection made the way libpq makes one: a libpq
//! URL, TLS with certificate verification, passwords from `PGPASSWORD`,
//! the password file or a prompt, never from the workspace (`connect.rs`,
//! `pgpass.rs`). The workspace's side — what travels, and taking it in —
//! is the core's (`briefdesk_core::store`), which knows nothing of
//! PostgreSQL.

mod connect;
mod error;
mod pgpass;
pub mod schema;
mod sync;

pub use connect::{connect, Password, ServerUrl};
pub use error::TeamError;
pub use sync::{incoming, join, sync, JoinReport, SyncReport, PULL_QUERY};
