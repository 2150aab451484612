//! End-to-end tests of the real desktop app: tauri-driver drives the built
//! binary through WebKitWebDriver, as a user would click.
//!
//! Needs a display (`xvfb-run -a cargo test -p briefdesk-app --test e2e`),
//! `tauri-driver` on PATH and `/usr/bin/WebKitWebDriver` (Debian
//! `webkit2gtk-driver`); `scripts/setup.sh` installs both. The app runs with
//! `BRIEFDESK_HOME` in a temporary folder, never the user's own.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::FutureExt;
use thirtyfour::prelude::*;

const APP: &str = env!("CARGO_BIN_EXE_briefdesk-app");

/// The throw-away PostgreSQL clusters of the team crate's tests (team sync).
#[path = "../crates/briefdesk-team/tests/cluster/mod.rs"]
mod cluster;

/// A running tauri-driver, stopped with SIGTERM when dropped (a killed one
/// leaves WebKitWebDriver holding its port).
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// Start tauri-driver; the app it launches keeps its data in `home` and
    /// gets `env` too.
    fn start(home: &std::path::Path, env: &[(&str, String)]) -> Driver {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the e2e tests need a display: run them under `xvfb-run -a`"
        );
        // Both ports are held until both are known, so they differ.
        let (port, native_port) = {
            let a = TcpListener::bind(("127.0.0.1", 0)).unwrap();
            let b = TcpListener::bind(("127.0.0.1", 0)).unwrap();
            (
                a.local_addr().unwrap().port(),
                b.local_addr().unwrap().port(),
            )
        };
        let child = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("BRIEFDESK_HOME", home)
            .env("GSETTINGS_BACKEND", "memory")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver --locked)");
        let deadline = Instant::now() + Duration::from_secs(20);
        // tauri-driver forwards the session request to WebKitWebDriver, which
        // it spawns without waiting for it to listen: wait for both.
        for p in [port, native_port] {
            while std::net::TcpStream::connect(("127.0.0.1", p)).is_err() {
                assert!(
                    Instant::now() < deadline,
                    "tauri-driver did not start (port {p})"
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits until no process runs the app's binary (the next start would
/// otherwise meet the single-instance lock of one still quitting). One that
/// has not quit after 30 s fails the test, and is killed so that the tests
/// after it start clean.
fn wait_for_the_app_to_exit() {
    if app_exits_within(Duration::from_secs(30)) {
        return;
    }
    let left = app_processes();
    for pid in &left {
        let _ = Command::new("kill").args(["-KILL", pid]).status();
    }
    panic!("the app did not exit within 30 s of its session's end (killed: {left:?})");
}

/// The processes running the app's binary.
fn app_processes() -> Vec<String> {
    let app = std::fs::canonicalize(APP).unwrap_or_else(|_| PathBuf::from(APP));
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| std::fs::read_link(e.path().join("exe")).is_ok_and(|exe| exe == app))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Whether no process runs the app's binary within `limit`.
fn app_exits_within(limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if app_processes().is_empty() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

fn tauri_driver() -> PathBuf {
    let in_cargo_bin = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"))
        .filter(|p| p.exists());
    in_cargo_bin.unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

/// Start the app with a fresh home, run `body`, and always end the session
/// (even when `body` panics), so a failing test fails fast instead of hanging.
async fn with_app<F, Fut>(body: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: std::future::Future<Output = WebDriverResult<()>>,
{
    let home = tempfile::tempdir().unwrap();
    with_app_in(home.path(), body).await;
}

/// Like [`with_app`], with the app's data in `home` (to restart the app on
/// the same workspace).
async fn with_app_in<F, Fut>(home: &std::path::Path, body: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: std::future::Future<Output = WebDriverResult<()>>,
{
    with_app_env(home, &[], body).await;
}

/// Like [`with_app_in`], with more environment for the app (e.g. the
/// answers its save and open dialogs give: `BRIEFDESK_DIALOG_ANSWERS`).
async fn with_app_env<F, Fut>(home: &std::path::Path, env: &[(&str, String)], body: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: std::future::Future<Output = WebDriverResult<()>>,
{
    // One app at a time: they share the single-instance lock and the display.
    static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _serial = SERIAL.lock().await;
    let (driver, session) = start_session(home, env).await;
    let outcome = std::panic::AssertUnwindSafe(body(session.clone()))
        .catch_unwind()
        .await;
    let _ = session.quit().await;
    // The window closes as a user's would (the close guard runs, which may
    // save first): the driver stays until the app has gone, so a loaded
    // machine's slow close is not cut off by the driver's end.
    app_exits_within(Duration::from_secs(30));
    drop(driver);
    wait_for_the_app_to_exit();
    match outcome {
        Ok(result) => result.expect("webdriver command"),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// A driver and a session with the app. Should the driver still drop the
/// session request (seen once in CI, before [`Driver::start`] waited for
/// WebKitWebDriver's port), that attempt is ended and a fresh driver
/// started, three times at most. Any other failure, or a third one, fails
/// the test.
async fn start_session(home: &std::path::Path, env: &[(&str, String)]) -> (Driver, WebDriver) {
    let mut attempt = 1;
    loop {
        let driver = Driver::start(home, env);
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry").unwrap();
        caps.set("tauri:options", serde_json::json!({ "application": APP }))
            .unwrap();
        match WebDriver::new(format!("http://127.0.0.1:{}", driver.port), caps).await {
            Ok(session) => return (driver, session),
            Err(e)
                if attempt < 3
                    && matches!(
                        e.as_inner(),
                        thirtyfour::error::WebDriverErrorInner::HttpError(_)
                    ) =>
            {
                eprintln!("e2e: the driver dropped the session request ({e}); starting it again");
                drop(driver);
                wait_for_the_app_to_exit();
                attempt += 1;
            }
            Err(e) => panic!("a WebDriver session with the app (attempt {attempt}): {e:?}"),
        }
    }
}

async fn by_testid(d: &WebDriver, id: &str) -> WebDriverResult<WebElement> {
    d.query(By::Css(format!("[data-testid=\"{id}\"]")))
        .wait(Duration::from_secs(15), Duration::from_millis(100))
        .first()
        .await
}

/// With `BRIEFDESK_SCREENSHOTS=DIR`, save what the window shows as DIR/NAME.png
/// (taken from the X display: the window sits at its top left corner).
async fn shot(d: &WebDriver, name: &str) -> WebDriverResult<()> {
    if let Some(dir) = std::env::var_os("BRIEFDESK_SCREENSHOTS") {
        std::fs::create_dir_all(&dir)?;
        let (w, h): (i64, i64) = d
            .execute(
                "return [window.innerWidth, window.innerHeight];",
                Vec::new(),
            )
            .await?
            .convert()?;
        let path = PathBuf::from(dir).join(format!("{name}.png"));
        // Screenshots are for people to look at; never fail a test on one.
        let taken = Command::new("import")
            .args([
                "-window",
                "root",
                "-crop",
                &format!("{w}x{h}+0+0"),
                "+repage",
            ])
            .arg(&path)
            .status();
        if !matches!(taken, Ok(s) if s.success()) {
            eprintln!("screenshot {name}: {taken:?}");
        }
    }
    Ok(())
}

async fn ready(d: &WebDriver) -> WebDriverResult<()> {
    d.query(By::Css("body[data-ready=\"true\"]"))
        .wait(Duration::from_secs(30), Duration::from_millis(100))
        .first()
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_starts_on_the_overview_with_every_sector() {
    with_app(|d| async move {
        ready(&d).await?;
        by_testid(&d, "overview").await?;
        let sectors = d.find_all(By::Css("[data-testid^=\"sector-\"]")).await?;
        let mut ids = Vec::new();
        for s in &sectors {
            ids.push(s.attr("data-testid").await?.unwrap_or_default());
        }
        for id in [
            "semiconductors",
            "ai",
            "5g-6g",
            "quantum",
            "hpc",
            "digital-identity",
            "data-governance",
            "online-platforms",
            "cybersecurity",
            "submarine-cables",
            "digital-skills",
            "cross-cutting",
        ] {
            assert!(
                ids.contains(&format!("sector-{id}")),
                "sector {id} missing from the overview: {ids:?}"
            );
        }
        let timeline = by_testid(&d, "timeline").await?;
        assert!(timeline.text().await?.contains("2026"));
        shot(&d, "overview").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn filter_to_a_sector_and_open_a_commitment_with_sources_and_lineage() {
    with_app(|d| async move {
        ready(&d).await?;
        by_testid(&d, "sector-semiconductors")
            .await?
            .click()
            .await?;
        by_testid(&d, "commitment-list").await?;
        // Wait for the filtered result, then read every row id at once (the
        // virtual list re-renders rows, so element handles go stale).
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let count = by_testid(&d, "result-count").await?.text().await?;
            if count.starts_with("8 of ") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the list was not filtered: {count}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let ids = d
            .execute(
                "return Array.from(document.querySelectorAll('[data-testid^=\"commitment-row-\"]'))\
                 .map(e => e.getAttribute('data-testid').slice('commitment-row-'.length));",
                Vec::new(),
            )
            .await?
            .convert::<Vec<String>>()?;
        assert_eq!(
            ids,
            ["L-05", "C1-05", "C1-06", "C2-08", "C2-09", "C3-04", "C3-05", "C4-03"],
            "the semiconductor commitments, in council order"
        );

        shot(&d, "list-semiconductors").await?;
        by_testid(&d, "commitment-row-C2-08").await?.click().await?;
        by_testid(&d, "commitment-detail").await?;
        shot(&d, "detail-C2-08").await?;
        let title = by_testid(&d, "detail-title").await?.text().await?;
        assert!(title.contains("Expert team"), "{title}");
        let text = by_testid(&d, "detail-sources").await?.text().await?;
        assert!(text.contains("European Commission"), "{text}");
        let url = by_testid(&d, "source-1")
            .await?
            .find(By::Css(".src-url"))
            .await?;
        assert!(url
            .attr("title")
            .await?
            .unwrap_or_default()
            .starts_with("https://digital-strategy.ec.europa.eu/"));
        by_testid(&d, "source-1").await?;
        by_testid(&d, "lineage-link-C1-05").await?;
        let lineage = by_testid(&d, "detail-lineage").await?.text().await?;
        let (earlier, later) = (lineage.find("C1-05"), lineage.find("C3-04"));
        assert!(
            earlier.is_some() && later.is_some() && earlier < later,
            "{lineage}"
        );
        let later = by_testid(&d, "lineage-link-C3-04").await?;

        // Lineage is clickable: it opens the 2025 research topics.
        later.click().await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let title = by_testid(&d, "detail-title").await?.text().await?;
            if title.contains("PFAS") {
                break;
            }
            assert!(Instant::now() < deadline, "C3-04 did not open: {title}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        shot(&d, "detail-C3-04").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_search_opens_a_japanese_record_with_its_conflict() {
    with_app(|d| async move {
        ready(&d).await?;
        by_testid(&d, "nav-commitments").await?.click().await?;
        by_testid(&d, "commitment-list").await?;
        // `/` focuses the filter; the core searches Japanese names too.
        d.action_chain().send_keys("/").perform().await?;
        let filter = by_testid(&d, "filter-text").await?;
        filter.send_keys("木内稔").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let count = by_testid(&d, "result-count").await?.text().await?;
            if count.starts_with("2 of ") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "text filter not applied: {count}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Arrow down to the first result, Enter opens it.
        filter.send_keys(Key::Down).await?;
        d.action_chain().send_keys(Key::Enter).perform().await?;
        let title = by_testid(&d, "detail-title").await?.text().await?;
        assert!(title.contains("Letter of Intent"), "{title}");
        let detail = by_testid(&d, "commitment-detail").await?.text().await?;
        assert!(detail.contains("木内稔"), "{detail}");
        let conflicts = by_testid(&d, "detail-conflicts").await?.text().await?;
        assert!(
            conflicts.contains("2025-05-13") && conflicts.contains("2025-05-14"),
            "{conflicts}"
        );
        shot(&d, "detail-C3-10").await?;
        // Esc closes the detail.
        d.action_chain().send_keys(Key::Escape).perform().await?;
        let deadline = Instant::now() + Duration::from_secs(5);
        while !d
            .find_all(By::Css("[data-testid=\"commitment-detail\"]"))
            .await?
            .is_empty()
        {
            assert!(Instant::now() < deadline, "Esc did not close the detail");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    })
    .await;
}

/// The text of element `testid`, read in one script call (no element handle
/// that a re-render could make stale); `None` while it is not on screen.
async fn text_of(d: &WebDriver, testid: &str) -> WebDriverResult<Option<String>> {
    let script = format!(
        "const e = document.querySelector('[data-testid=\"{testid}\"]'); \
         return e ? (e.value !== undefined && e.tagName !== 'BUTTON' ? e.value : e.innerText) : null;"
    );
    d.execute(&script, Vec::new())
        .await?
        .convert::<Option<String>>()
}

/// Click element `testid`, again if a re-render replaced it meanwhile.
async fn click(d: &WebDriver, testid: &str) -> WebDriverResult<()> {
    click_css(d, &format!("[data-testid=\"{testid}\"]")).await
}

async fn wait_text(d: &WebDriver, testid: &str, want: &str) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = text_of(d, testid).await?.unwrap_or_default();
        if text.contains(want) {
            return Ok(());
        }
        assert!(
            Instant::now() < deadline,
            "{testid} never showed `{want}`: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Open commitment `id` through the list's text filter.
async fn open_commitment(d: &WebDriver, id: &str) -> WebDriverResult<()> {
    click(d, "nav-commitments").await?;
    let filter = by_testid(d, "filter-text").await?;
    filter.clear().await?;
    filter.send_keys(id).await?;
    // The row, once the filter has left it alone (in any language).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let rows: i64 = d
            .execute(
                "return document.querySelectorAll('[data-testid^=\"commitment-row-\"]').length;",
                Vec::new(),
            )
            .await?
            .convert()?;
        if rows == 1 && text_of(d, &format!("commitment-row-{id}")).await?.is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the filter did not leave {id} alone"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    click(d, &format!("commitment-row-{id}")).await?;
    wait_text(d, "commitment-detail", id).await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_annotation_survives_quitting_and_restarting_the_app() {
    let home = tempfile::tempdir().unwrap();
    const NOTE: &str = "Ask METI whether the expert team has met";
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        open_commitment(&d, "C2-08").await?;
        let note = by_testid(&d, "annotation-note").await?;
        note.send_keys(NOTE).await?;
        wait_text(&d, "annotation-state", "Saved").await?;
        shot(&d, "annotation-C2-08").await?;
        Ok(())
    })
    .await;
    // A new process on the same workspace.
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        open_commitment(&d, "C2-08").await?;
        let value = by_testid(&d, "annotation-note")
            .await?
            .prop("value")
            .await?;
        assert_eq!(value.as_deref(), Some(NOTE));
        // Search finds it by a word of the note.
        by_testid(&d, "search-input")
            .await?
            .send_keys("METI")
            .await?;
        wait_text(&d, "search-hit-C2-08", "METI").await?;
        shot(&d, "search-METI").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_workspace_is_set_aside_and_a_fresh_one_started() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("data/eu.briefdesk.desktop");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("workspace.sqlite");
    std::fs::write(&file, "not a database, but the user's bytes all the same").unwrap();
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        wait_text(&d, "workspace-banner", "workspace.sqlite").await?;
        click(&d, "workspace-reset").await?;
        wait_text(&d, "workspace-banner", "kept").await?;
        Ok(())
    })
    .await;
    // The old file was renamed, never deleted; a fresh workspace took its place.
    let kept: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).unwrap(),
        "not a database, but the user's bytes all the same"
    );
    assert!(briefdesk_core::store::Workspace::open(&file).is_ok());
}

/// Click the element `css` selects, again if a re-render replaced it meanwhile.
async fn click_css(d: &WebDriver, css: &str) -> WebDriverResult<()> {
    for _ in 0..50 {
        let el = d
            .query(By::Css(css))
            .wait(Duration::from_secs(15), Duration::from_millis(100))
            .first()
            .await?;
        match el.click().await {
            Err(e) if e.to_string().contains("stale element") => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            other => return other,
        }
    }
    panic!("{css} kept being replaced");
}

/// The commitment ids of the brief editor's section `key`, in order.
async fn brief_items(d: &WebDriver, key: &str) -> WebDriverResult<Vec<String>> {
    let script = format!(
        "return [...document.querySelectorAll('[data-testid=\"brief-item\"][data-key=\"{key}\"]')].map(e => e.dataset.id);"
    );
    d.execute(&script, Vec::new())
        .await?
        .convert::<Vec<String>>()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_brief_from_the_template_keeps_its_order_and_texts_across_a_restart() {
    let home = tempfile::tempdir().unwrap();
    const BACKGROUND: &str =
        "Chips first; Minister Kiuchi (木内稔) will ask about the “expert team”.";
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        click(&d, "nav-briefs").await?;
        // The built-in template is the default choice (once the list has loaded).
        wait_text(&d, "brief-start", "builtin:council-preparation").await?;
        by_testid(&d, "brief-new-title")
            .await?
            .send_keys("Brussels 2026")
            .await?;
        click(&d, "brief-create").await?;
        wait_text(&d, "preview-title", "Brussels 2026").await?;
        // Two commitments from the section's picker, then reorder them.
        let pick =
            "[data-testid=\"section\"][data-key=\"semiconductors\"] [data-testid=\"picker-add\"]";
        click_css(&d, &format!("{pick}[data-id=\"C2-08\"]")).await?;
        click_css(&d, &format!("{pick}[data-id=\"C1-05\"]")).await?;
        assert_eq!(brief_items(&d, "semiconductors").await?, ["C2-08", "C1-05"]);
        click_css(
            &d,
            "[data-testid=\"brief-item\"][data-id=\"C1-05\"] [data-testid=\"item-up\"]",
        )
        .await?;
        assert_eq!(brief_items(&d, "semiconductors").await?, ["C1-05", "C2-08"]);
        d.query(By::Css(
            "[data-testid=\"section-background\"][data-key=\"semiconductors\"]",
        ))
        .first()
        .await?
        .send_keys(BACKGROUND)
        .await?;
        wait_text(&d, "brief-state", "Saved").await?;
        wait_text(&d, "brief-preview", "木内稔").await?;
        shot(&d, "brief-editor").await?;
        Ok(())
    })
    .await;
    let pdf = home.path().join("export/brief.pdf");
    let docx = home.path().join("export/brief.docx");
    std::fs::create_dir_all(pdf.parent().unwrap()).unwrap();
    let answers = [(
        "BRIEFDESK_DIALOG_ANSWERS",
        format!("{}:{}", pdf.display(), docx.display()),
    )];
    with_app_env(home.path(), &answers, |d| async move {
        ready(&d).await?;
        click(&d, "nav-briefs").await?;
        wait_text(&d, "brief-list", "Brussels 2026").await?;
        shot(&d, "brief-list").await?;
        click(&d, "brief-open").await?;
        wait_text(&d, "preview-title", "Brussels 2026").await?;
        assert_eq!(brief_items(&d, "semiconductors").await?, ["C1-05", "C2-08"]);
        let background = d
            .query(By::Css(
                "[data-testid=\"section-background\"][data-key=\"semiconductors\"]",
            ))
            .first()
            .await?
            .prop("value")
            .await?;
        assert_eq!(background.as_deref(), Some(BACKGROUND));
        // The preview reads in the same order.
        let preview: Vec<String> = d
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"preview-section\"][data-key=\"semiconductors\"] [data-testid=\"preview-item\"]')].map(e => e.dataset.id);",
                Vec::new(),
            )
            .await?
            .convert()?;
        assert_eq!(preview, ["C1-05", "C2-08"]);
        shot(&d, "brief-after-restart").await?;
        // Export PDF… : the shell's save dialog (answered by the test, as
        // the native one cannot be clicked) → the file → a notice to open it.
        click(&d, "export-draft").await?;
        click(&d, "brief-export").await?;
        wait_text(&d, "notice-text", "Exported to").await?;
        let notice = text_of(&d, "notice-text").await?.unwrap_or_default();
        assert!(notice.contains(&pdf_path_of(&d).await?), "{notice}");
        // Export Word… beside it: the next dialog answer, a DOCX.
        click(&d, "notice-dismiss").await?;
        click(&d, "brief-export-docx").await?;
        wait_text(&d, "notice-text", "brief.docx").await?;
        Ok(())
    })
    .await;
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    assert!(bytes.windows(17).any(|w| w == b"word/document.xml"));
}

/// The path the last export notice names (for messages).
async fn pdf_path_of(d: &WebDriver) -> WebDriverResult<String> {
    let text = text_of(d, "notice-text").await?.unwrap_or_default();
    Ok(text
        .trim_start_matches("Exported to ")
        .split(" (")
        .next()
        .unwrap_or_default()
        .to_owned())
}

// --- every screen at every size ---------------------------------------------

/// The window sizes every screen must work at.
const SIZES: [(i64, i64); 3] = [(1024, 700), (1280, 800), (1920, 1080)];

/// The layout check run in the page (see the script's own comment).
const LAYOUT_CHECK: &str = include_str!("e2e/layout-check.js");

/// The WCAG tags axe-core checks.
const AXE_TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

/// Call an app command from the page, as the UI does (test set-up only).
async fn invoke(
    d: &WebDriver,
    cmd: &str,
    args: serde_json::Value,
) -> WebDriverResult<serde_json::Value> {
    let r = d
        .execute_async(
            "const [c, a, done] = arguments; window.__TAURI_INTERNALS__.invoke(c, a).then(v => done({ ok: v }), e => done({ err: e }));",
            vec![serde_json::json!(cmd), args],
        )
        .await?
        .json()
        .clone();
    assert!(r.get("err").is_none(), "{cmd}: {r}");
    Ok(r["ok"].clone())
}

async fn resize(d: &WebDriver, w: i64, h: i64) -> WebDriverResult<()> {
    d.set_window_rect(0, 0, w as u32, h as u32).await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (iw, ih): (i64, i64) = d
            .execute(
                "return [window.innerWidth, window.innerHeight];",
                Vec::new(),
            )
            .await?
            .convert()?;
        if (iw, ih) == (w, h) {
            // Let the layout settle (resize observers, the virtual list).
            tokio::time::sleep(Duration::from_millis(300)).await;
            return Ok(());
        }
        assert!(
            Instant::now() < deadline,
            "the window is {iw}×{ih}, not {w}×{h}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// axe-core's violations of the WCAG 2.2 AA tags on the page as it is.
async fn axe_violations(d: &WebDriver) -> WebDriverResult<Vec<String>> {
    let loaded: bool = d
        .execute("return typeof window.axe === 'object';", Vec::new())
        .await?
        .convert()?;
    if !loaded {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/ui/node_modules/axe-core/axe.min.js"
        ))
        .expect("axe-core in ui/node_modules (npm --prefix ui ci)");
        d.execute(
            format!("{source}\n;window.axe = axe; return true;"),
            Vec::new(),
        )
        .await?;
    }
    let script = format!(
        "const done = arguments[arguments.length - 1];\
         axe.run(document, {{ runOnly: {{ type: 'tag', values: {AXE_TAGS} }}, resultTypes: ['violations'] }})\
           .then(r => done(r.violations.map(v => `${{v.id}} (${{v.impact}}) ×${{v.nodes.length}}: ${{v.help}}: ` +\
             v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))), e => done([`axe failed: ${{e}}`]));"
    );
    d.execute_async(script, Vec::new()).await?.convert()
}

/// At each size: nothing covered or cut off, no axe violation; a screenshot.
async fn check_screen(d: &WebDriver, name: &str, sizes: &[(i64, i64)]) -> WebDriverResult<()> {
    let mut failures = Vec::new();
    for &(w, h) in sizes {
        resize(d, w, h).await?;
        let report = d.execute(LAYOUT_CHECK, Vec::new()).await?.json().clone();
        let checked = report["checked"].as_u64().unwrap_or(0);
        assert!(
            checked > 5,
            "{name} at {w}×{h}: only {checked} controls found"
        );
        for p in report["problems"].as_array().into_iter().flatten() {
            failures.push(format!(
                "{name} at {w}×{h}: {}",
                p.as_str().unwrap_or_default()
            ));
        }
        for v in axe_violations(d).await? {
            failures.push(format!("{name} at {w}×{h}: axe: {v}"));
        }
        // Back to the top of every scrolled box for the picture.
        d.execute(
            "for (const e of document.querySelectorAll('*')) if (e.scrollTop) e.scrollTop = 0;",
            Vec::new(),
        )
        .await?;
        shot(d, &format!("{name}-{w}x{h}")).await?;
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_at_every_size_has_nothing_covered_or_cut_off_and_no_axe_violation() {
    every_screen(&[], &SIZES, "", None).await;
}

/// The same in Italian and Japanese (longer words, other scripts) at the
/// smallest size and the default one.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_italian_and_japanese_has_nothing_covered_or_cut_off() {
    for lang in ["it", "ja"] {
        every_screen(&[], &SIZES[..2], &format!("-{lang}"), Some(lang)).await;
    }
}

/// The same in the dark theme (GTK's dark variant: WebKit then prefers dark),
/// at one size: the colours differ, the layout does not.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_the_dark_theme_has_no_axe_violation() {
    every_screen(
        &[("GTK_THEME", "Adwaita:dark".to_owned())],
        &[(1280, 800)],
        "-dark",
        None,
    )
    .await;
}

/// Every screen and state a user meets, each checked at `sizes` by
/// [`check_screen`]: overview, list with annotated rows, detail with the
/// annotation panel and conflicts, My notes, Follow-ups, the briefs list,
/// the brief editor with its picker and a long title, the search open, the
/// export notice, About.
async fn every_screen(
    env: &[(&str, String)],
    sizes: &[(i64, i64)],
    suffix: &str,
    lang: Option<&str>,
) {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("layout.pdf");
    let mut env = env.to_vec();
    env.push(("BRIEFDESK_DIALOG_ANSWERS", pdf.display().to_string()));
    let dark = env.iter().any(|(k, _)| *k == "GTK_THEME");
    with_app_env(home.path(), &env, |d| async move {
        ready(&d).await?;
        let prefers_dark: bool = d
            .execute("return matchMedia('(prefers-color-scheme: dark)').matches;", Vec::new())
            .await?
            .convert()?;
        assert_eq!(prefers_dark, dark, "the theme the test asked for");
        // Annotated rows, follow-ups due and later, two briefs (one with a long title).
        for (id, note, status, tags, follow_up) in [
            ("C2-08", "Ask METI whether the expert team has met; follow the PFAS topic.", Some("at-risk"), vec!["chips", "ask-meti"], Some("2026-01-20")),
            ("C1-05", "MoC renewal due", Some("on-track"), vec!["chips"], Some("2099-12-05")),
            ("C3-10", "Check the date conflict with the Tokyo release", None, vec![], Some("2099-03-01")),
            ("L-05", "Launch text", Some("delivered"), vec!["launch"], None),
        ] {
            let fields = serde_json::json!({ "note": note, "status": status, "tags": tags, "follow_up": follow_up });
            invoke(&d, "save_annotation", serde_json::json!({ "id": id, "fields": fields })).await?;
        }
        let long = "Preparation of the fifth EU–Japan Digital Partnership Council: semiconductors, AI, data flows and submarine cables (Brussels, spring 2027)";
        let start = serde_json::json!({ "from": "builtin", "template": "council-preparation" });
        invoke(&d, "create_brief", serde_json::json!({ "start": start, "title": long })).await?;
        let quick = serde_json::json!({ "from": "quick", "sector": "semiconductors" });
        invoke(&d, "create_brief", serde_json::json!({ "start": quick, "title": null })).await?;
        // The language as a user chooses it (the menu's remembered choice).
        if let Some(lang) = lang {
            d.execute("localStorage.setItem('briefdesk.lang', arguments[0]);", vec![serde_json::json!(lang)]).await?;
        }
        d.execute("location.reload();", Vec::new()).await?;
        ready(&d).await?;
        let check = |name: &'static str| {
            let d = d.clone();
            async move { check_screen(&d, &format!("{name}{suffix}"), sizes).await }
        };

        by_testid(&d, "overview").await?;
        check("overview").await?;
        click(&d, "nav-commitments").await?;
        by_testid(&d, "note-marker").await?;
        check("list").await?;
        open_commitment(&d, "C3-10").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        by_testid(&d, "detail-conflicts").await?;
        check("detail").await?;
        click(&d, "nav-notes").await?;
        by_testid(&d, "note-row-C2-08").await?;
        check("notes").await?;
        click(&d, "nav-followups").await?;
        by_testid(&d, "followup-row-C2-08").await?;
        check("followups").await?;
        click(&d, "nav-briefs").await?;
        wait_text(&d, "brief-list", "Preparation of the fifth").await?;
        check("briefs").await?;
        click_css(&d, "[data-testid=\"brief-row\"] [data-testid=\"brief-open\"]").await?;
        by_testid(&d, "picker-result").await?;
        check("brief-editor").await?;
        by_testid(&d, "search-input").await?.send_keys("semiconductor").await?;
        by_testid(&d, "search-hit-C1-05").await?;
        check("search").await?;
        d.execute("document.activeElement.blur();", Vec::new()).await?;
        click(&d, "brief-export").await?;
        by_testid(&d, "notice-action").await?;
        check("export-notice").await?;
        click(&d, "team-indicator").await?;
        by_testid(&d, "team-join-form").await?;
        check("team-join").await?;
        click(&d, "nav-about").await?;
        by_testid(&d, "about-fonts").await?;
        check("about").await?;
        Ok(())
    })
    .await;
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.7"));
}

/// Waits until element `testid` has `data-state="state"`.
async fn wait_state(d: &WebDriver, testid: &str, state: &str) -> WebDriverResult<()> {
    d.query(By::Css(format!(
        "[data-testid=\"{testid}\"][data-state=\"{state}\"]"
    )))
    .wait(Duration::from_secs(15), Duration::from_millis(100))
    .first()
    .await?;
    Ok(())
}

// --- nothing typed is lost ------------------------------------------------------

/// Puts `text` into the field `css` as a paste does (one input event).
async fn paste(d: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    d.execute(
        "const [css, text] = arguments; const el = document.querySelector(css); el.focus(); el.value = text; \
         el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
        vec![serde_json::json!(css), serde_json::json!(text)],
    )
    .await?;
    Ok(())
}

async fn value_of(d: &WebDriver, css: &str) -> WebDriverResult<String> {
    d.execute(
        "return document.querySelector(arguments[0]).value;",
        vec![serde_json::json!(css)],
    )
    .await?
    .convert()
}

/// Asks the app's window to close as the window manager's close button does
/// (a WM_DELETE_WINDOW message on the X display).
fn request_close() {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{
        AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window,
    };
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let root = conn.setup().roots[screen].root;
    let atom = |name: &[u8]| conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
    let (protocols, delete) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"));
    let mut stack: Vec<Window> = vec![root];
    let mut sent = 0;
    while let Some(w) = stack.pop() {
        stack.extend(conn.query_tree(w).unwrap().reply().unwrap().children);
        let name = conn
            .get_property(false, w, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 64)
            .unwrap()
            .reply()
            .unwrap()
            .value;
        let viewable = conn
            .get_window_attributes(w)
            .unwrap()
            .reply()
            .unwrap()
            .map_state
            == MapState::VIEWABLE;
        if name == b"Briefdesk" && viewable {
            let event =
                ClientMessageEvent::new(32, w, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
            conn.send_event(false, w, EventMask::NO_EVENT, event)
                .unwrap();
            sent += 1;
        }
    }
    conn.flush().unwrap();
    assert!(sent > 0, "no Briefdesk window on the display");
}

#[tokio::test(flavor = "multi_thread")]
async fn text_typed_is_never_lost_to_a_limit_a_switch_or_closing_the_window() {
    let home = tempfile::tempdir().unwrap();
    let huge: String = "Quoted from the Council conclusions. ".repeat(5_406)[..200_000].to_owned();
    let (huge1, huge2) = (huge.clone(), huge.clone());
    const NOTE: &str = "Closing right after typing: still saved";
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        // 200,000 characters pasted into a note, then another commitment opened.
        open_commitment(&d, "C2-08").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        paste(&d, "[data-testid=\"annotation-note\"]", &huge1).await?;
        click(&d, "lineage-link-C1-05").await?;
        wait_text(&d, "unsaved-message", "Your note on C2-08 is not saved").await?;
        let message = text_of(&d, "unsaved-message").await?.unwrap_or_default();
        assert!(message.contains("the limit is 100000"), "{message}");
        assert!(text_of(&d, "detail-id")
            .await?
            .unwrap_or_default()
            .contains("C2-08"));
        assert_eq!(
            value_of(&d, "[data-testid=\"annotation-note\"]")
                .await?
                .chars()
                .count(),
            200_000
        );
        shot(&d, "unsaved-note").await?;
        // Shortened, it saves and the way is open.
        paste(&d, "[data-testid=\"annotation-note\"]", &huge1[..90_000]).await?;
        click(&d, "lineage-link-C1-05").await?;
        wait_text(&d, "detail-id", "C1-05").await?;
        open_commitment(&d, "C2-08").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        assert_eq!(
            value_of(&d, "[data-testid=\"annotation-note\"]")
                .await?
                .len(),
            90_000
        );

        // The same for a brief's background: the editor is not left.
        click(&d, "nav-briefs").await?;
        click(&d, "brief-create").await?;
        wait_text(&d, "preview-title", "Council").await?;
        let bg = "[data-testid=\"section-background\"][data-key=\"semiconductors\"]";
        paste(&d, bg, &huge2).await?;
        click(&d, "brief-back").await?;
        wait_text(&d, "unsaved-message", "is not saved").await?;
        let message = text_of(&d, "unsaved-message").await?.unwrap_or_default();
        assert!(
            message.contains("is 200000 characters long; the limit is 100000"),
            "{message}"
        );
        assert_eq!(value_of(&d, bg).await?.chars().count(), 200_000);
        by_testid(&d, "brief-editor").await?;
        click(&d, "unsaved-discard").await?;
        click(&d, "brief-back").await?;
        by_testid(&d, "brief-list").await?;

        // A note typed just before the window is closed is saved on the way out.
        open_commitment(&d, "C3-10").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        by_testid(&d, "annotation-note")
            .await?
            .send_keys(NOTE)
            .await?;
        request_close();
        // The app quits once it is saved: the session ends with it.
        let deadline = Instant::now() + Duration::from_secs(20);
        while d.title().await.is_ok() {
            assert!(Instant::now() < deadline, "the window did not close");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Ok(())
    })
    .await;
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        open_commitment(&d, "C3-10").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        assert_eq!(value_of(&d, "[data-testid=\"annotation-note\"]").await?, NOTE);
        // A note that cannot be saved: closing asks, and only "Quit without saving" quits.
        paste(&d, "[data-testid=\"annotation-note\"]", &"x".repeat(100_001)).await?;
        request_close();
        wait_text(&d, "unsaved-message", "Briefdesk stays open so that nothing is lost").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(d.title().await.is_ok(), "the window closed with the note unsaved");
        // Clicked from a timer: the window goes away under the click, and
        // WebDriver would report that as an error of the click itself.
        by_testid(&d, "unsaved-quit").await?;
        d.execute(
            "setTimeout(() => document.querySelector('[data-testid=\"unsaved-quit\"]').click(), 200);",
            Vec::new(),
        )
        .await?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while d.title().await.is_ok() {
            assert!(Instant::now() < deadline, "Quit without saving did not quit");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Ok(())
    })
    .await;
}

// --- the keyboard alone -----------------------------------------------------

/// What has the focus, and whether a user can see it: a focus ring
/// (outline or shadow) on an element that matches :focus-visible and is not
/// covered at its centre.
const FOCUS_CHECK: &str = "const el = document.activeElement;\
  if (!el || el === document.body) return { id: null, ok: false, why: 'nothing has the focus' };\
  el.scrollIntoView({ block: 'nearest' });\
  const s = getComputedStyle(el);\
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');\
  const r = el.getBoundingClientRect();\
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\
  const seen = hit && (hit === el || el.contains(hit));\
  const id = el.getAttribute('data-testid') || el.id || el.tagName;\
  return { id, ok: ring && el.matches(':focus-visible') && !!seen,\
    why: `${id}: outline ${s.outlineStyle} ${s.outlineWidth}, focus-visible ${el.matches(':focus-visible')}, seen ${!!seen}` };";

/// Asserts the focus is visible now; returns the focused element's testid.
async fn focus_visible(d: &WebDriver) -> WebDriverResult<String> {
    let f = d.execute(FOCUS_CHECK, Vec::new()).await?.json().clone();
    assert_eq!(f["ok"], true, "focus not visible: {}", f["why"]);
    Ok(f["id"].as_str().unwrap_or_default().to_owned())
}

/// Presses Tab until `testid` has the focus, checking at every stop that the
/// focus can be seen.
async fn tab_to(d: &WebDriver, testid: &str) -> WebDriverResult<()> {
    for _ in 0..80 {
        d.action_chain().send_keys(Key::Tab).perform().await?;
        if focus_visible(d).await? == testid {
            return Ok(());
        }
    }
    panic!("Tab never reached {testid}");
}

async fn keys(d: &WebDriver, text: &str) -> WebDriverResult<()> {
    d.action_chain().send_keys(text).perform().await
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_only_open_annotate_add_to_a_brief_and_export_with_visible_focus() {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("keyboard.pdf");
    let answers = [("BRIEFDESK_DIALOG_ANSWERS", pdf.display().to_string())];
    with_app_env(home.path(), &answers, |d| async move {
        ready(&d).await?;
        let blank = serde_json::json!({ "from": "blank" });
        invoke(
            &d,
            "create_brief",
            serde_json::json!({ "start": blank, "title": "Keyboard brief" }),
        )
        .await?;
        resize(&d, 1280, 800).await?;
        // "/" goes to the list's filter; type, ↓, Enter opens the commitment.
        keys(&d, "/").await?;
        assert_eq!(focus_visible(&d).await?, "filter-text");
        keys(&d, "C2-08").await?;
        wait_text(&d, "result-count", "1 of ").await?;
        d.action_chain().send_keys(Key::Down).perform().await?;
        d.action_chain().send_keys(Key::Enter).perform().await?;
        wait_text(&d, "detail-id", "C2-08").await?;
        // Annotate: the note and a follow-up date.
        tab_to(&d, "annotation-note").await?;
        keys(&d, "Typed with the keyboard only").await?;
        tab_to(&d, "annotation-follow-up").await?;
        keys(&d, "15/01/2027").await?;
        wait_text(&d, "annotation-state", "Saved").await?;
        // Add it to the brief, then open the brief from the notice.
        tab_to(&d, "add-to-brief-select").await?;
        tab_to(&d, "add-to-brief-add").await?;
        d.action_chain().send_keys(Key::Enter).perform().await?;
        wait_text(&d, "notice-text", "Added C2-08 to “Keyboard brief”").await?;
        tab_to(&d, "notice-action").await?;
        shot(&d, "keyboard-notice").await?;
        d.action_chain().send_keys(Key::Enter).perform().await?;
        by_testid(&d, "brief-editor").await?;
        assert_eq!(brief_items(&d, "semiconductors").await?, ["C2-08"]);
        // Export PDF… with the keyboard.
        tab_to(&d, "brief-export").await?;
        shot(&d, "keyboard-export").await?;
        d.action_chain().send_keys(Key::Enter).perform().await?;
        wait_text(&d, "notice-text", "Exported to").await?;
        // Ctrl+Z in a text field undoes the typing there, not the app's last change.
        tab_to(&d, "brief-title").await?;
        keys(&d, " draft").await?;
        d.action_chain()
            .key_down(Key::Control)
            .send_keys("z")
            .key_up(Key::Control)
            .perform()
            .await?;
        assert_eq!(
            value_of(&d, "[data-testid=\"brief-title\"]").await?,
            "Keyboard brief"
        );
        Ok(())
    })
    .await;
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.7"));
    let ws = briefdesk_core::store::Workspace::open(
        &home
            .path()
            .join("data/eu.briefdesk.desktop/workspace.sqlite"),
    )
    .unwrap();
    let a = ws.annotation("C2-08").unwrap().unwrap();
    assert_eq!(a.fields.note, "Typed with the keyboard only");
    assert_eq!(
        a.fields.follow_up.map(|d| d.to_string()).as_deref(),
        Some("2027-01-15")
    );
}

// --- languages ----------------------------------------------------------------

/// Visible text the catalogue did not give: in the pseudo-locale every word
/// of the UI is accented, so a text node with plain letters is hard-coded,
/// unless it is the record's or the user's (marked `translate="no"`).
const PSEUDO_CHECK: &str = "const plain = /[A-Za-z]/; const pseudo = /[\\u0100-\\u024F\\u1E00-\\u1EFF]/;\
  const out = []; const seen = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';\
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);\
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {\
    const text = n.textContent.trim(); const el = n.parentElement;\
    if (!text || !plain.test(text) || pseudo.test(text) || !seen(el) || el.closest('[translate=no], script, style')) continue;\
    out.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? '[' + el.dataset.testid + ']' : ''}: ${text.slice(0, 60)}`);\
  }\
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {\
    if (!seen(el) || el.closest('[translate=no]')) continue;\
    for (const a of ['placeholder', 'title', 'aria-label']) {\
      const v = el.getAttribute(a); if (v && plain.test(v) && !pseudo.test(v)) out.push(`${el.tagName.toLowerCase()}@${a}: ${v.slice(0, 60)}`);\
    }\
  }\
  return out;";

async fn hard_coded_text(d: &WebDriver) -> WebDriverResult<Vec<String>> {
    d.execute(PSEUDO_CHECK, Vec::new()).await?.convert()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_word_of_the_ui_comes_from_the_catalogue_and_fits_in_the_pseudo_locale() {
    let home = tempfile::tempdir().unwrap();
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        let fields = serde_json::json!({ "note": "Ask METI", "status": "at-risk", "tags": ["chips"], "follow_up": "2026-01-20" });
        invoke(&d, "save_annotation", serde_json::json!({ "id": "C2-08", "fields": fields })).await?;
        d.execute("localStorage.setItem('briefdesk.lang', 'en-XA'); location.reload();", Vec::new()).await?;
        ready(&d).await?;
        let mut found = Vec::new();
        let mut check = |name: &str, texts: Vec<String>| {
            found.extend(texts.into_iter().map(|t| format!("{name}: {t}")));
        };
        by_testid(&d, "overview").await?;
        check("overview", hard_coded_text(&d).await?);
        check_screen(&d, "pseudo-overview", &[(1024, 700)]).await?;
        open_commitment(&d, "C2-08").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        check("detail", hard_coded_text(&d).await?);
        check_screen(&d, "pseudo-detail", &[(1024, 700)]).await?;
        click(&d, "nav-notes").await?;
        by_testid(&d, "note-row-C2-08").await?;
        check("notes", hard_coded_text(&d).await?);
        click(&d, "nav-followups").await?;
        by_testid(&d, "followup-row-C2-08").await?;
        check("follow-ups", hard_coded_text(&d).await?);
        check_screen(&d, "pseudo-followups", &[(1024, 700)]).await?;
        click(&d, "nav-briefs").await?;
        by_testid(&d, "brief-create").await?;
        check("briefs", hard_coded_text(&d).await?);
        // The brief editor and its preview, from the template (sections,
        // "since the last council", the export bar).
        click(&d, "brief-create").await?;
        by_testid(&d, "brief-editor").await?;
        wait_shown(&d, "brief-preview").await?;
        check("brief editor", hard_coded_text(&d).await?);
        check_screen(&d, "pseudo-brief-editor", &[(1024, 700)]).await?;
        click(&d, "brief-back").await?;
        by_testid(&d, "brief-create").await?;
        click(&d, "nav-about").await?;
        by_testid(&d, "about-fonts").await?;
        check("about", hard_coded_text(&d).await?);
        assert!(found.is_empty(), "text not from the catalogue:\n{}", found.join("\n"));
        Ok(())
    })
    .await;
}

/// Waits until element `testid` is on display (not in a hidden screen).
async fn wait_shown(d: &WebDriver, testid: &str) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let shown: bool = d
            .execute(
                "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); return !!e && e.getClientRects().length > 0;",
                vec![serde_json::json!(testid)],
            )
            .await?
            .convert()?;
        if shown {
            return Ok(());
        }
        assert!(Instant::now() < deadline, "{testid} never showed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Chooses `lang` in the status line's language menu, as a user does.
async fn choose_language(d: &WebDriver, lang: &str) -> WebDriverResult<()> {
    let select =
        thirtyfour::components::SelectElement::new(&by_testid(d, "ui-language").await?).await?;
    select.select_by_value(lang).await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_speaks_italian_and_japanese_and_switches_without_a_restart() {
    let home = tempfile::tempdir().unwrap();
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        resize(&d, 1280, 800).await?;
        open_commitment(&d, "C2-08").await?;
        // Italian, chosen in the app: the same screen, in Italian, no restart.
        choose_language(&d, "it").await?;
        wait_text(&d, "nav-overview", "Panoramica").await?;
        wait_text(&d, "detail-id", "C2-08").await?;
        wait_text(&d, "commitment-detail", "Gruppo di lavoro").await?;
        wait_text(&d, "commitment-detail", "30 aprile 2024").await?;
        shot(&d, "it-detail").await?;
        click(&d, "nav-overview").await?;
        wait_text(
            &d,
            "timeline",
            "Consiglio del partenariato digitale UE-Giappone",
        )
        .await?;
        shot(&d, "it-overview").await?;
        click(&d, "nav-briefs").await?;
        click(&d, "brief-create").await?;
        by_testid(&d, "brief-editor").await?;
        wait_text(&d, "preview-title", "Preparazione del Consiglio").await?;
        wait_text(&d, "brief-preview", "Dall’ultimo Consiglio").await?;
        shot(&d, "it-brief-editor").await?;
        click(&d, "brief-back").await?;
        click(&d, "nav-overview").await?;
        // Japanese, and it is remembered across a restart.
        choose_language(&d, "ja").await?;
        wait_text(&d, "nav-overview", "概要").await?;
        wait_shown(&d, "overview").await?;
        wait_text(&d, "timeline", "第2回日EUデジタルパートナーシップ協議会").await?;
        wait_text(&d, "timeline", "2024年4月30日").await?;
        shot(&d, "ja-overview").await?;
        Ok(())
    })
    .await;
    with_app_in(home.path(), |d| async move {
        ready(&d).await?;
        wait_text(&d, "nav-overview", "概要").await?;
        let lang: String = d
            .execute("return document.documentElement.lang;", Vec::new())
            .await?
            .convert()?;
        assert_eq!(lang, "ja");
        resize(&d, 1280, 800).await?;
        open_commitment(&d, "C3-10").await?;
        wait_text(&d, "commitment-detail", "確認済み").await?;
        shot(&d, "ja-detail").await?;
        click(&d, "nav-briefs").await?;
        click(&d, "brief-create").await?;
        by_testid(&d, "brief-editor").await?;
        // The core writes the new brief in the app's language.
        wait_text(&d, "preview-title", "協議会の準備").await?;
        wait_text(&d, "brief-preview", "前回の協議会以降").await?;
        shot(&d, "ja-brief-editor").await?;
        Ok(())
    })
    .await;
}

// --- the user's own records ---------------------------------------------------

/// The sizes the record's screens are looked at: the smallest window, a
/// laptop's and a monitor's, as every other screen.
const RECORD_SIZES: [(i64, i64); 3] = [(1024, 700), (1280, 800), (1920, 1080)];

async fn type_into(d: &WebDriver, testid: &str, text: &str) -> WebDriverResult<()> {
    let e = by_testid(d, testid).await?;
    e.clear().await?;
    e.send_keys(text).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_commitment_added_through_the_form_is_found_briefed_and_exported_with_its_provenance() {
    let home = tempfile::tempdir().unwrap();
    let pdf = home.path().join("own.pdf");
    let env = [
        ("BRIEFDESK_DIALOG_ANSWERS", pdf.display().to_string()),
        ("BRIEFDESK_AUTHOR", "Erika Mustermann".to_owned()),
    ];
    const TITLE: &str = "Joint pilot on chip supply-chain mapping";
    with_app_env(home.path(), &env, |d| async move {
        ready(&d).await?;
        let blank = serde_json::json!({ "from": "blank" });
        invoke(&d, "create_brief", serde_json::json!({ "start": blank, "title": "Own records brief" })).await?;
        resize(&d, 1280, 800).await?;
        // The Record screen: the release in use, nothing of the user's yet.
        click(&d, "nav-record").await?;
        by_testid(&d, "record-none").await?;
        check_screen(&d, "record", &RECORD_SIZES).await?;
        resize(&d, 1280, 800).await?;
        // Add commitment: the form, filled in as a user does, with a new
        // source (the Council's press release on the desk).
        click(&d, "record-add-commitment").await?;
        by_testid(&d, "record-form-commitment").await?;
        // Saving an empty form names what is missing, field by field.
        click(&d, "form-submit").await?;
        by_testid(&d, "form-problem").await?;
        type_into(&d, "form-title", TITLE).await?;
        type_into(&d, "form-summary", "The Council agreed a pilot mapping the chip supply chain, to warn of shortages early.").await?;
        click(&d, "form-sectors-semiconductors").await?;
        // What was fixed no longer shows its problem.
        let left: Vec<String> = d
            .execute(
                "return ['form-title', 'form-summary', 'form-sectors'].filter(id => document.querySelector(`[data-testid=\"${id}\"]`).closest('.field').querySelector('[data-testid=\"form-problem\"]'));",
                Vec::new(),
            )
            .await?
            .convert()?;
        assert!(left.is_empty(), "problems still shown under {left:?}");
        type_into(&d, "form-verification-note", "In the Council's joint press release.").await?;
        click_css(&d, "[data-testid=\"new-source\"] summary").await?;
        type_into(&d, "new-source-id", "ec-dpc4-press").await?;
        type_into(&d, "new-source-publisher", "European Commission").await?;
        type_into(&d, "new-source-title", "Joint press release of the 4th Digital Partnership Council").await?;
        type_into(&d, "new-source-url", "https://ec.europa.eu/commission/presscorner/detail/en/ip_26_0505").await?;
        let id = value_of(&d, "[data-testid=\"form-id\"]").await?;
        assert_eq!(id, "C4-04", "the next id of the meeting is suggested");
        check_screen(&d, "record-form", &RECORD_SIZES).await?;
        resize(&d, 1280, 800).await?;
        click(&d, "form-submit").await?;
        // Saved: the detail opens on it, marked as the user's with its source.
        wait_text(&d, "commitment-detail", TITLE).await?;
        wait_text(&d, "detail-provenance", "Erika Mustermann").await?;
        wait_text(&d, "detail-sources", "Joint press release of the 4th").await?;
        check_screen(&d, "detail-own", &RECORD_SIZES).await?;
        resize(&d, 1280, 800).await?;
        // In the list (marked as the user's) and in search.
        open_commitment(&d, "C4-04").await?;
        wait_text(&d, "commitment-row-C4-04", TITLE).await?;
        let row_marked: bool = d
            .execute(
                "return !!document.querySelector('[data-testid=\"commitment-row-C4-04\"] [data-testid=\"mark-own\"]');",
                Vec::new(),
            )
            .await?
            .convert()?;
        assert!(row_marked, "the list marks C4-04 as the user's own");
        by_testid(&d, "search-input").await?.send_keys("supply-chain mapping").await?;
        by_testid(&d, "search-hit-C4-04").await?;
        shot(&d, "search-own").await?;
        click(&d, "search-hit-C4-04").await?;
        wait_text(&d, "detail-id", "C4-04").await?;
        // Into the brief, from the detail.
        click(&d, "add-to-brief-add").await?;
        wait_text(&d, "notice-text", "Added C4-04 to “Own records brief”").await?;
        click(&d, "notice-action").await?;
        by_testid(&d, "brief-editor").await?;
        assert_eq!(brief_items(&d, "semiconductors").await?, ["C4-04"]);
        wait_text(&d, "preview-provenance", "Added by Erika Mustermann").await?;
        shot(&d, "brief-own").await?;
        // Export PDF…
        click(&d, "brief-export").await?;
        wait_text(&d, "notice-text", "Exported to").await?;
        Ok(())
    })
    .await;
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (scripts/setup.sh installs it)");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(TITLE), "{text}");
    assert!(text.contains("Added by Erika Mustermann on"), "{text}");
    assert!(
        text.contains("Joint press release of the 4th Digital Partnership Council"),
        "{text}"
    );
}

// --- team sync ------------------------------------------------------------------

/// A cluster with team `unit-f4` and members alice and bob (on a thread of
/// its own: the PostgreSQL client runs a runtime of its own, not inside the
/// test's).
fn team_cluster() -> cluster::Cluster {
    std::thread::spawn(|| {
        let c = cluster::Cluster::start();
        for m in ["alice", "bob"] {
            c.create_member(m);
        }
        let members = ["alice".to_owned(), "bob".to_owned()];
        briefdesk_team::schema::init(&mut c.admin(), "e2e", "unit-f4", &members).unwrap();
        c
    })
    .join()
    .unwrap()
}

/// Joins through the Team screen as a user does: the URL and the password typed.
async fn join_team(d: &WebDriver, url: &str, password: &str) -> WebDriverResult<()> {
    click(d, "team-indicator").await?;
    by_testid(d, "team-join-form").await?;
    type_into(d, "team-url", url).await?;
    type_into(d, "team-password", password).await?;
    click(d, "team-join").await?;
    // Joined: the status replaces the form.
    by_testid(d, "team-member").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn team_a_note_written_in_one_app_appears_in_the_other_after_sync_now() {
    let c = team_cluster();
    let (home_a, home_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    const NOTE: &str = "Alice: METI confirms the expert group meets in June";
    let url_a = c.url("alice");
    with_app_in(home_a.path(), |d| async move {
        ready(&d).await?;
        resize(&d, 1280, 800).await?;
        // A wrong password: the server's words at the form, nothing joined.
        click(&d, "team-indicator").await?;
        by_testid(&d, "team-join-form").await?;
        type_into(&d, "team-url", &url_a).await?;
        type_into(&d, "team-password", "not-the-password").await?;
        click(&d, "team-join").await?;
        wait_text(&d, "team-form-error", "password authentication failed").await?;
        shot(&d, "team-join-refused").await?;
        assert_eq!(
            text_of(&d, "team-indicator").await?.as_deref(),
            Some("Team")
        );
        join_team(&d, &url_a, "pw-alice").await?;
        wait_text(&d, "team-member", "alice").await?;
        wait_text(&d, "team-team", "unit-f4").await?;
        wait_text(&d, "team-indicator", "Synced").await?;
        open_commitment(&d, "C2-08").await?;
        by_testid(&d, "annotation-note")
            .await?
            .send_keys(NOTE)
            .await?;
        wait_text(&d, "annotation-state", "Saved").await?;
        wait_text(&d, "team-indicator", "1 to send").await?;
        click(&d, "team-indicator").await?;
        wait_text(&d, "team-pending", "1 to send").await?;
        click(&d, "team-sync-now").await?;
        wait_text(&d, "team-outcome", "Sent 1").await?;
        wait_text(&d, "team-indicator", "Synced").await?;
        check_screen(&d, "team-joined", &SIZES).await?;
        resize(&d, 1280, 800).await?;
        Ok(())
    })
    .await;
    let on_disk = std::fs::read(
        home_a
            .path()
            .join("data/eu.briefdesk.desktop/workspace.sqlite"),
    )
    .expect("app 1's workspace");
    assert!(!on_disk.windows(8).any(|w| w == b"pw-alice"));
    let url_b = c.url("bob");
    with_app_in(home_b.path(), |d| async move {
        ready(&d).await?;
        resize(&d, 1280, 800).await?;
        // The commitment open, nothing on it yet; then bob joins and syncs.
        open_commitment(&d, "C2-08").await?;
        wait_state(&d, "annotation-panel", "saved").await?;
        assert_eq!(
            by_testid(&d, "annotation-note")
                .await?
                .prop("value")
                .await?
                .as_deref(),
            Some("")
        );
        join_team(&d, &url_b, "pw-bob").await?;
        wait_text(&d, "team-member", "bob").await?;
        click(&d, "team-sync-now").await?;
        wait_text(&d, "team-outcome", "Sent 0, received 0").await?;
        // Back to the commitment: alice's note is there without a restart.
        click(&d, "nav-commitments").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let value = by_testid(&d, "annotation-note")
                .await?
                .prop("value")
                .await?;
            if value.as_deref() == Some(NOTE) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the note never appeared: {value:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Who wrote it is said where it is shown, and in its history.
        wait_text(&d, "annotation-state", "Saved · from alice").await?;
        click_css(&d, "[data-testid=\"annotation-history\"] summary").await?;
        wait_text(&d, "history-list", "From alice").await?;
        shot(&d, "team-note-from-alice").await?;
        Ok(())
    })
    .await;
    drop(c);
}
