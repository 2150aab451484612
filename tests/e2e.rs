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

/// A running tauri-driver, stopped with SIGTERM when dropped (a killed one
/// leaves WebKitWebDriver holding its port).
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// Start tauri-driver; the app it launches keeps its data in `home`.
    fn start(home: &std::path::Path) -> Driver {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the e2e tests need a display: run them under `xvfb-run -a`"
        );
        let port = free_port();
        let native_port = free_port();
        let child = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("BRIEFDESK_HOME", home)
            .env("GSETTINGS_BACKEND", "memory")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver --locked)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not start");
            std::thread::sleep(Duration::from_millis(100));
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

fn tauri_driver() -> PathBuf {
    let in_cargo_bin = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"))
        .filter(|p| p.exists());
    in_cargo_bin.unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
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
    // One app at a time: they share the single-instance lock and the display.
    static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _serial = SERIAL.lock().await;
    let driver = Driver::start(home);
    let mut caps = Capabilities::new();
    caps.set("browserName", "wry").unwrap();
    caps.set("tauri:options", serde_json::json!({ "application": APP }))
        .unwrap();
    let session = WebDriver::new(format!("http://127.0.0.1:{}", driver.port), caps)
        .await
        .expect("a WebDriver session with the app");
    let outcome = std::panic::AssertUnwindSafe(body(session.clone()))
        .catch_unwind()
        .await;
    let _ = session.quit().await;
    drop(driver);
    match outcome {
        Ok(result) => result.expect("webdriver command"),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

async fn by_testid(d: &WebDriver, id: &str) -> WebDriverResult<WebElement> {
    d.query(By::Css(format!("[data-testid=\"{id}\"]")))
        .wait(Duration::from_secs(15), Duration::from_millis(100))
        .first()
        .await
}

/// With `BRIEFDESK_SCREENSHOTS=DIR`, save what the window shows as DIR/NAME.png.
async fn shot(d: &WebDriver, name: &str) -> WebDriverResult<()> {
    if let Some(dir) = std::env::var_os("BRIEFDESK_SCREENSHOTS") {
        std::fs::create_dir_all(&dir)?;
        // Screenshots are for people to look at; never fail a test on one.
        let path = PathBuf::from(dir).join(format!("{name}.png"));
        let taking = d.screenshot(&path);
        match tokio::time::timeout(Duration::from_secs(10), taking).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("screenshot {name}: {e}"),
            Err(_) => eprintln!("screenshot {name}: timed out"),
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
    wait_text(d, "result-count", "1 of ").await?;
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
        // The built-in template is the default choice.
        let start = text_of(&d, "brief-start").await?.unwrap_or_default();
        assert_eq!(start, "builtin:council-preparation");
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
    std::fs::create_dir_all(pdf.parent().unwrap()).unwrap();
    let pdf_path = pdf.display().to_string();
    with_app_in(home.path(), |d| async move {
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
        // Export to PDF through the app's own IPC (the save dialog is native
        // and out of WebDriver's reach; the button calls the same command).
        let id: i64 = d
            .execute(
                "return Number(document.querySelector('[data-testid=\"brief-editor\"]').dataset.id);",
                Vec::new(),
            )
            .await?
            .convert()?;
        let written: String = d
            .execute(
                "const [id, path] = arguments; return window.__TAURI_INTERNALS__.invoke('export_brief', \
                 { id, path, options: { format: 'pdf', date: '2026-11-25', draft: true, annotations: true } });",
                vec![serde_json::json!(id), serde_json::json!(pdf_path)],
            )
            .await?
            .convert()?;
        assert_eq!(written, pdf_path);
        Ok(())
    })
    .await;
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
}
