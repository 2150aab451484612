//! The server's side: one append-only table of revisions in the schema
//! `briefdesk`, versioned. `team init` creates or upgrades it (one
//! transaction, under an advisory lock, so two administrators at once
//! apply each step once) and adds teams and members; every sync checks the
//! version first, and an app older than the server's schema refuses to
//! touch it.
//!
//! What the server guarantees, whatever a client sends:
//! - append-only: members hold SELECT and INSERT only; UPDATE, DELETE and
//!   TRUNCATE are refused by triggers even for a role someone granted more;
//! - the server vouches: `author` (= `current_user`), `received_at`, the
//!   inserting transaction's id `txid` and the sequence `seq` are set by
//!   the server, whatever the client wrote;
//! - a revision's `content_hash` is the SHA-256 of its payload;
//! - row-level security by team: a member reads and writes only the teams
//!   `briefdesk.member` lists for them.

use postgres::Client;

use crate::error::{describe, TeamError};

/// The schema version this build writes (and the newest it reads).
pub const SCHEMA_VERSION: i32 = 1;

/// The group role every member belongs to.
pub const MEMBER_ROLE: &str = "briefdesk_member";

/// Each version's step, in order.
const STEPS: &[&str] = &[r#"
CREATE TABLE briefdesk.team (
    name        text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE briefdesk.member (
    role        name NOT NULL,
    team        text NOT NULL REFERENCES briefdesk.team ON DELETE CASCADE,
    PRIMARY KEY (role, team)
);
CREATE SEQUENCE briefdesk.revision_seq;
CREATE TABLE briefdesk.revision (
    uid          uuid PRIMARY KEY,
    seq          bigint NOT NULL UNIQUE,
    team         text NOT NULL REFERENCES briefdesk.team,
    kind         text NOT NULL CHECK (kind IN ('annotation', 'brief', 'record')),
    target       text NOT NULL,
    payload      text NOT NULL,
    content_hash text NOT NULL,
    author       name NOT NULL,
    received_at  timestamptz NOT NULL,
    txid         xid8 NOT NULL
);
CREATE INDEX revision_by_cursor ON briefdesk.revision (team, txid, seq);

CREATE FUNCTION briefdesk.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := nextval('briefdesk.revision_seq');
    NEW.author := current_user;
    NEW.received_at := now();
    NEW.txid := pg_current_xact_id();
    IF NEW.content_hash IS DISTINCT FROM encode(sha256(convert_to(NEW.payload, 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'revision %: its content hash does not match its content', NEW.uid
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER revision_stamp BEFORE INSERT ON briefdesk.revision
    FOR EACH ROW EXECUTE FUNCTION briefdesk.stamp();

CREATE FUNCTION briefdesk.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'revisions are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER revision_append_only BEFORE UPDATE OR DELETE ON briefdesk.revision
    FOR EACH STATEMENT EXECUTE FUNCTION briefdesk.append_only();
CREATE TRIGGER revision_no_truncate BEFORE TRUNCATE ON briefdesk.revision
    FOR EACH STATEMENT EXECUTE FUNCTION briefdesk.append_only();

ALTER TABLE briefdesk.member ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_sees_own ON briefdesk.member FOR SELECT TO briefdesk_member
    USING (role = current_user);
ALTER TABLE briefdesk.revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY revision_read ON briefdesk.revision FOR SELECT TO briefdesk_member
    USING (EXISTS (SELECT 1 FROM briefdesk.member m WHERE m.role = current_user AND m.team = revision.team));
CREATE POLICY revision_write ON briefdesk.revision FOR INSERT TO briefdesk_member
    WITH CHECK (EXISTS (SELECT 1 FROM briefdesk.member m WHERE m.role = current_user AND m.team = revision.team));

REVOKE ALL ON ALL TABLES IN SCHEMA briefdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA briefdesk TO briefdesk_member;
GRANT SELECT ON briefdesk.schema_version, briefdesk.member TO briefdesk_member;
GRANT SELECT, INSERT ON briefdesk.revision TO briefdesk_member;
GRANT USAGE ON SEQUENCE briefdesk.revision_seq TO briefdesk_member;
"#];

fn server_error(server: &str, e: &postgres::Error) -> TeamError {
    if crate::error::from_server(e) {
        TeamError::Server {
            server: server.into(),
            detail: describe(e),
        }
    } else {
        TeamError::Connection {
            server: server.into(),
            detail: describe(e),
        }
    }
}

/// A role name as an SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// What `init` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct InitReport {
    /// The schema version before (0: none) and now.
    pub from_version: i32,
    pub version: i32,
    pub team: String,
    /// Members added to the team by this run.
    pub members_added: Vec<String>,
}

/// Create or upgrade the schema, create `team` and add `members` (roles
/// that exist on the server) to it. Idempotent; run by an administrator
/// (a role that may create roles and owns, or may create, the schema).
pub fn init(
    client: &mut Client,
    server: &str,
    team: &str,
    members: &[String],
) -> Result<InitReport, TeamError> {
    let err = |e: postgres::Error| server_error(server, &e);
    if team.trim().is_empty() || team.chars().count() > 100 || team.chars().any(char::is_control) {
        return Err(TeamError::Url(format!(
            "`{team}` cannot be a team name (1 to 100 characters, no control characters)"
        )));
    }
    let mut tx = client.transaction().map_err(err)?;
    tx.execute("SELECT pg_advisory_xact_lock(1112689220)", &[])
        .map_err(err)?;
    tx.batch_execute(&format!(
        "CREATE SCHEMA IF NOT EXISTS briefdesk;
         CREATE TABLE IF NOT EXISTS briefdesk.schema_version (
             version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
         DO $$ BEGIN
             IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MEMBER_ROLE}') THEN
                 CREATE ROLE {MEMBER_ROLE} NOLOGIN;
             END IF;
         END $$;"
    ))
    .map_err(err)?;
    let from: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM briefdesk.schema_version",
            &[],
        )
        .map_err(err)?
        .get(0);
    if from > SCHEMA_VERSION {
        return Err(newer(server, from));
    }
    for (i, step) in STEPS.iter().enumerate().skip(from as usize) {
        tx.batch_execute(step).map_err(err)?;
        tx.execute(
            "INSERT INTO briefdesk.schema_version (version) VALUES ($1)",
            &[&(i as i32 + 1)],
        )
        .map_err(err)?;
    }
    tx.execute(
        "INSERT INTO briefdesk.team (name) VALUES ($1) ON CONFLICT DO NOTHING",
        &[&team],
    )
    .map_err(err)?;
    let mut added = Vec::new();
    for m in members {
        let exists = tx
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[m])
            .map_err(err)?
            .is_some();
        if !exists {
            return Err(TeamError::Server {
                server: server.into(),
                detail: format!(
                    "there is no role `{m}` on the server: create it first (CREATE ROLE {} LOGIN PASSWORD '…'), then run this again; nothing was changed",
                    ident(m)
                ),
            });
        }
        tx.batch_execute(&format!("GRANT {MEMBER_ROLE} TO {}", ident(m)))
            .map_err(err)?;
        let n = tx
            .execute(
                "INSERT INTO briefdesk.member (role, team) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[m, &team],
            )
            .map_err(err)?;
        if n > 0 {
            added.push(m.clone());
        }
    }
    tx.commit().map_err(err)?;
    Ok(InitReport {
        from_version: from,
        version: SCHEMA_VERSION,
        team: team.into(),
        members_added: added,
    })
}

fn newer(server: &str, found: i32) -> TeamError {
    TeamError::Schema(format!(
        "{server}: the server's Briefdesk schema is version {found}, newer than this Briefdesk reads ({SCHEMA_VERSION}); \
         update Briefdesk to sync with it (nothing was changed)"
    ))
}

/// Check that the server holds a schema this build can use.
pub fn check(client: &mut Client, server: &str) -> Result<i32, TeamError> {
    let exists: bool = client
        .query_one(
            "SELECT to_regclass('briefdesk.schema_version') IS NOT NULL",
            &[],
        )
        .map_err(|e| server_error(server, &e))?
        .get(0);
    if !exists {
        return Err(TeamError::Schema(format!(
            "{server}: the database holds no Briefdesk team schema (or you may not see it): \
             the administrator creates it with `briefdesk team init URL --team NAME`"
        )));
    }
    let found: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM briefdesk.schema_version",
            &[],
        )
        .map_err(|e| server_error(server, &e))?
        .get(0);
    if found > SCHEMA_VERSION {
        return Err(newer(server, found));
    }
    if found < SCHEMA_VERSION {
        return Err(TeamError::Schema(format!(
            "{server}: the server's Briefdesk schema is version {found}, older than this Briefdesk's ({SCHEMA_VERSION}): \
             the administrator upgrades it with `briefdesk team init URL --team NAME`"
        )));
    }
    Ok(found)
}
