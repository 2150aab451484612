//! A connection to the team's server, made as libpq makes one: a libpq URL
//! (`postgres://user@host:5432/db?sslmode=verify-full`), the `PG*`
//! variables for what it leaves out, `sslmode` with its libpq meaning
//! (`disable`, `prefer` — the default —, `require`, `verify-ca`,
//! `verify-full`) and `sslrootcert` (a PEM file, `system`, or
//! `~/.postgresql/root.crt`), and a password from `PGPASSWORD`, the
//! password file, or whoever is asked. A URL that holds a password is
//! refused: passwords never enter the workspace.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config};

use crate::error::{describe, TeamError};

/// How sure the connection must be of whom it talks to (libpq's `sslmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// A team server's address, checked.
#[derive(Debug, Clone)]
pub struct ServerUrl {
    /// As the user gave it (it holds no password).
    pub url: String,
    config: Config,
    tls: Tls,
    root_cert: Option<String>,
    host: String,
    port: u16,
    dbname: String,
    user: String,
}

/// Where a password comes from when the server asks for one.
pub enum Password<'a> {
    /// Only PGPASSWORD and the password file (scripts, the background sync).
    None,
    /// Given (typed in the app, kept in memory only).
    Given(String),
    /// Asked for when needed (the CLI on a terminal).
    Ask(&'a dyn Fn(&str) -> Option<String>),
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl ServerUrl {
    pub fn parse(given: &str) -> Result<ServerUrl, TeamError> {
        let bad = |why: String| {
            TeamError::Url(format!(
                "`{given}` is not a server URL Briefdesk can use: {why}"
            ))
        };
        let parsed = url::Url::parse(given.trim()).map_err(|e| {
            bad(format!(
                "{e} (write it as postgres://user@host:5432/database?sslmode=verify-full)"
            ))
        })?;
        if !matches!(parsed.scheme(), "postgres" | "postgresql") {
            return Err(bad(format!(
                "the scheme is `{}`, not postgres://",
                parsed.scheme()
            )));
        }
        if parsed.password().is_some() {
            return Err(TeamError::Url(
                "the URL holds a password: Briefdesk never stores passwords. Remove it from the URL and put it in \
                 ~/.pgpass (or the file PGPASSFILE names), set PGPASSWORD, or type it when asked"
                    .into(),
            ));
        }
        let mut tls = None;
        let mut root_cert = None;
        let mut rest = parsed.clone();
        rest.set_query(None);
        let mut kept = Vec::new();
        for (k, v) in parsed.query_pairs() {
            match k.as_ref() {
                "sslmode" => {
                    tls = Some(match v.as_ref() {
                        "disable" => Tls::Disable,
                        "allow" | "prefer" => Tls::Prefer,
                        "require" => Tls::Require,
                        "verify-ca" => Tls::VerifyCa,
                        "verify-full" => Tls::VerifyFull,
                        other => return Err(bad(format!(
                            "sslmode `{other}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
                        ))),
                    })
                }
                "sslrootcert" => root_cert = Some(v.into_owned()),
                "password" => {
                    return Err(TeamError::Url(
                        "the URL holds a password: Briefdesk never stores passwords; use ~/.pgpass, PGPASSWORD or the prompt".into(),
                    ))
                }
                "passfile" | "sslcert" | "sslkey" | "sslpassword" | "service" => {
                    return Err(bad(format!("`{k}` is not supported in the URL; use the PG variables or ~/.pgpass")))
                }
                _ => kept.push((k.into_owned(), v.into_owned())),
            }
        }
        if !kept.is_empty() {
            rest.query_pairs_mut().extend_pairs(kept);
        }
        let mut config = Config::from_str(rest.as_str()).map_err(|e| bad(e.to_string()))?;
        let tls = tls
            .or_else(|| match env("PGSSLMODE").as_deref() {
                Some("disable") => Some(Tls::Disable),
                Some("require") => Some(Tls::Require),
                Some("verify-ca") => Some(Tls::VerifyCa),
                Some("verify-full") => Some(Tls::VerifyFull),
                _ => None,
            })
            .unwrap_or(Tls::Prefer);
        let root_cert = root_cert.or_else(|| env("PGSSLROOTCERT"));
        if config.get_hosts().is_empty() {
            config.host(&env("PGHOST").unwrap_or_else(|| "localhost".into()));
        }
        if config.get_ports().is_empty() {
            let port = env("PGPORT").and_then(|p| p.parse().ok()).unwrap_or(5432);
            config.port(port);
        }
        if config.get_user().is_none() {
            let user = env("PGUSER")
                .or_else(|| env("USER"))
                .ok_or_else(|| bad("it names no user (postgres://USER@host/db)".into()))?;
            config.user(&user);
        }
        if config.get_dbname().is_none() {
            let db = env("PGDATABASE")
                .unwrap_or_else(|| config.get_user().unwrap_or_default().to_owned());
            config.dbname(&db);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("briefdesk");
        config.ssl_mode(match tls {
            Tls::Disable => SslMode::Disable,
            Tls::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
        let host = match config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let dbname = config.get_dbname().unwrap_or_default().to_owned();
        let user = config.get_user().unwrap_or_default().to_owned();
        Ok(ServerUrl {
            url: given.trim().to_owned(),
            config,
            tls,
            root_cert,
            host,
            port,
            dbname,
            user,
        })
    }

    /// `user@host:port/db`, for messages.
    pub fn describe(&self) -> String {
        format!("{}@{}:{}/{}", self.user, self.host, self.port, self.dbname)
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    fn connector(&self) -> Result<postgres_native_tls::MakeTlsConnector, TeamError> {
        let mut b = native_tls::TlsConnector::builder();
        let verify = match self.tls {
            Tls::Disable | Tls::Prefer => false,
            // libpq: `require` verifies the chain when a root certificate is there.
            Tls::Require => self.root_cert.is_some() || default_root().is_some_and(|p| p.exists()),
            Tls::VerifyCa | Tls::VerifyFull => true,
        };
        if verify {
            match self.root_cert.as_deref() {
                Some("system") => {}
                given => {
                    let path = match given {
                        Some(p) => PathBuf::from(p),
                        None => default_root().ok_or_else(|| {
                            TeamError::Url("no root certificate: set sslrootcert in the URL".into())
                        })?,
                    };
                    let pem = std::fs::read(&path).map_err(|e| {
                        TeamError::Url(format!(
                            "root certificate file \"{}\" cannot be read ({e}): name the CA's certificate with sslrootcert=FILE, \
                             or use sslrootcert=system for the system's certificates",
                            path.display()
                        ))
                    })?;
                    let cert = native_tls::Certificate::from_pem(&pem).map_err(|e| {
                        TeamError::Url(format!(
                            "root certificate file \"{}\" is not a PEM certificate: {e}",
                            path.display()
                        ))
                    })?;
                    b.disable_built_in_roots(true);
                    b.add_root_certificate(cert);
                }
            }
            if self.tls != Tls::VerifyFull {
                b.danger_accept_invalid_hostnames(true);
            }
        } else {
            b.danger_accept_invalid_certs(true);
            b.danger_accept_invalid_hostnames(true);
        }
        let c = b
            .build()
            .map_err(|e| TeamError::Url(format!("TLS cannot be set up: {e}")))?;
        Ok(postgres_native_tls::MakeTlsConnector::new(c))
    }
}

fn default_root() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".postgresql/root.crt"))
}

/// Connect to `server`; the password (when the server asks) is the one
/// given, else PGPASSWORD's, else the password file's, else asked for.
pub fn connect(server: &ServerUrl, password: Password<'_>) -> Result<Client, TeamError> {
    let tls = server.connector()?;
    let mut config = server.config.clone();
    // libpq's order: a password given for this connection, PGPASSWORD, the file.
    let given = match &password {
        Password::Given(p) => Some(p.clone()),
        _ => env("PGPASSWORD").or_else(|| {
            crate::pgpass::lookup(&server.host, server.port, &server.dbname, &server.user)
        }),
    };
    if let Some(p) = &given {
        config.password(p.as_bytes());
    }
    let attempt = |config: &Config| {
        config.connect(tls.clone()).map_err(|e| {
            let detail = describe(&e);
            if detail.contains("password missing") {
                TeamError::PasswordNeeded {
                    server: server.describe(),
                    passfile: crate::pgpass::location()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "~/.pgpass".into()),
                }
            } else if crate::error::from_server(&e) {
                // The server answered (a wrong password, no such role or
                // database, pg_hba refusing): reached, and refused.
                TeamError::Server {
                    server: server.describe(),
                    detail,
                }
            } else {
                TeamError::Connection {
                    server: server.describe(),
                    detail,
                }
            }
        })
    };
    match attempt(&config) {
        Err(TeamError::PasswordNeeded { .. })
            if matches!(password, Password::Ask(_)) && given.is_none() =>
        {
            let Password::Ask(ask) = password else {
                unreachable!("matched above")
            };
            let typed = ask(&server.describe()).ok_or_else(|| TeamError::PasswordNeeded {
                server: server.describe(),
                passfile: crate::pgpass::location()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "~/.pgpass".into()),
            })?;
            config.password(typed.as_bytes());
            attempt(&config)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_with_a_password_is_refused_and_sslmode_read_as_libpq_reads_it() {
        let e = ServerUrl::parse("postgres://alice:secret@db/briefs").unwrap_err();
        assert!(e.to_string().contains("never stores passwords"), "{e}");
        let e = ServerUrl::parse("postgres://alice@db/briefs?password=x").unwrap_err();
        assert!(e.to_string().contains("never stores passwords"), "{e}");
        let u = ServerUrl::parse(
            "postgres://alice@db.example:6543/briefs?sslmode=verify-full&sslrootcert=/ca.pem",
        )
        .unwrap();
        assert_eq!(u.tls, Tls::VerifyFull);
        assert_eq!(u.root_cert.as_deref(), Some("/ca.pem"));
        assert_eq!(u.describe(), "alice@db.example:6543/briefs");
        let e = ServerUrl::parse("postgres://alice@db/briefs?sslmode=strict").unwrap_err();
        assert!(e.to_string().contains("sslmode `strict`"), "{e}");
        assert!(ServerUrl::parse("https://db/briefs").is_err());
    }
}
