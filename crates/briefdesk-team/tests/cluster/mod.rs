//! A throw-away PostgreSQL cluster for the tests: `initdb` in a temporary
//! folder, started with `pg_ctl` on a free port of 127.0.0.1 (and a socket
//! in the same folder), stopped and deleted when dropped. Never a system
//! database. As root, the server runs as the `postgres` user (initdb
//! refuses root). The administrator `admin` connects without a password;
//! members (`member`) with the password `pw-NAME` (scram-sha-256), so
//! sessions go through the password path users take.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub const DB: &str = "briefdesk";

pub struct Cluster {
    dir: tempfile::TempDir,
    pub port: u16,
    bin: PathBuf,
    pub tls: bool,
}

fn pg_bin() -> PathBuf {
    for v in ["17", "16", "15"] {
        let p = PathBuf::from(format!("/usr/lib/postgresql/{v}/bin"));
        if p.join("initdb").exists() {
            return p;
        }
    }
    panic!("PostgreSQL's initdb not found under /usr/lib/postgresql/*/bin: scripts/setup.sh installs the Debian package `postgresql`");
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// Run a PostgreSQL program (as `postgres` when we are root).
fn run(bin: &Path, program: &str, args: &[&str]) {
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(program));
        c
    } else {
        Command::new(bin.join(program))
    };
    let out = cmd.args(args).output().expect("run a PostgreSQL program");
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn chown_to_postgres(path: &Path) {
    if is_root() {
        let st = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(path)
            .status()
            .unwrap();
        assert!(st.success());
    }
}

impl Cluster {
    pub fn start() -> Cluster {
        Self::start_with(false)
    }

    /// With TLS on: a CA of its own (`ca.crt`) signed the server's
    /// certificate for `localhost`.
    pub fn start_tls() -> Cluster {
        Self::start_with(true)
    }

    fn start_with(tls: bool) -> Cluster {
        let bin = pg_bin();
        let dir = tempfile::Builder::new()
            .prefix("briefdesk-pg")
            .tempdir()
            .unwrap();
        let data = dir.path().join("data");
        chown_to_postgres(dir.path());
        run(
            &bin,
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "admin",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            ],
        );
        // The administrator connects over TCP without a password; members with theirs.
        let hba = data.join("pg_hba.conf");
        let rest = std::fs::read_to_string(&hba).unwrap();
        std::fs::write(&hba, format!("host all admin 127.0.0.1/32 trust\n{rest}")).unwrap();
        if tls {
            make_certificates(dir.path());
        }
        chown_to_postgres(dir.path());
        let port = free_port();
        let c = Cluster {
            dir,
            port,
            bin,
            tls,
        };
        c.pg_ctl_start();
        c.admin_sql(&format!("CREATE DATABASE {DB}"), "postgres");
        c
    }

    fn options(&self) -> String {
        let mut o = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
            self.port,
            self.dir.path().display()
        );
        if self.tls {
            let d = self.dir.path().display();
            o.push_str(&format!(
                " -c ssl=on -c ssl_cert_file={d}/server.crt -c ssl_key_file={d}/server.key"
            ));
        }
        o
    }

    fn pg_ctl_start(&self) {
        let data = self.dir.path().join("data");
        let log = self.dir.path().join("log");
        run(
            &self.bin,
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &self.options(),
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
    }

    /// Stop and start again (fast shutdown: sessions are ended).
    pub fn restart(&self) {
        let data = self.dir.path().join("data");
        run(
            &self.bin,
            "pg_ctl",
            &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"],
        );
        self.pg_ctl_start();
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// A member's URL (no password in it).
    pub fn url(&self, user: &str) -> String {
        if self.tls {
            format!(
                "postgres://{user}@127.0.0.1:{}/{DB}?sslmode=require",
                self.port
            )
        } else {
            format!(
                "postgres://{user}@127.0.0.1:{}/{DB}?sslmode=disable",
                self.port
            )
        }
    }

    /// A client as the administrator.
    pub fn admin(&self) -> postgres::Client {
        self.admin_on(DB)
    }

    fn admin_on(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(
            &format!(
                "host=127.0.0.1 port={} user=admin dbname={db} sslmode=disable",
                self.port
            ),
            postgres::NoTls,
        )
        .expect("the administrator connects")
    }

    pub fn admin_sql(&self, sql: &str, db: &str) {
        self.admin_on(db)
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// A login role `name` with the password `pw-NAME`.
    pub fn create_member(&self, name: &str) {
        self.admin_sql(
            &format!(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN \
                 CREATE ROLE \"{name}\" LOGIN PASSWORD 'pw-{name}'; END IF; END $$;"
            ),
            DB,
        );
    }

    /// A member's own client (for tests of what the server lets them do).
    pub fn member(&self, name: &str) -> postgres::Client {
        postgres::Client::connect(
            &format!(
                "host=127.0.0.1 port={} user={name} password=pw-{name} dbname={DB} sslmode=disable",
                self.port
            ),
            postgres::NoTls,
        )
        .expect("the member connects")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"])
                .arg(self.bin.join("pg_ctl"));
            c
        } else {
            Command::new(self.bin.join("pg_ctl"))
        };
        let _ = cmd
            .args([
                "-D",
                data.to_str().unwrap(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ])
            .output();
    }
}

/// A CA and a server certificate for `localhost` it signed, in `dir`.
fn make_certificates(dir: &Path) {
    let sh = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("openssl");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    // A self-signed CA: its key and certificate files, its name.
    let ca = |key: &str, crt: &str, subject: &str| {
        sh(&[
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt, "-days",
            "2", "-subj", subject,
        ])
    };
    ca("ca.key", "ca.crt", "/CN=Briefdesk test CA");
    sh(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(dir.join("san.ext"), "subjectAltName=DNS:localhost\n").unwrap();
    sh(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.crt",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    ]);
    // An unrelated CA, for the test that a certificate it did not sign is refused.
    ca("other.key", "other.crt", "/CN=Another CA");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
}
