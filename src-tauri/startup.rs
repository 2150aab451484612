//! Start-up: where the app keeps its data, which dataset it loads, and how
//! long it took until the UI was ready.

use std::path::PathBuf;
use std::sync::Once;
use std::time::Instant;

use briefdesk_core::api::Api;
use briefdesk_core::Dataset;

/// `BRIEFDESK_HOME`, when set, holds everything the app writes (settings,
/// logs, WebView data): tests and development never touch the user's own
/// folders. Must run before any other thread starts.
pub fn apply_home_override() -> Option<PathBuf> {
    let home = PathBuf::from(std::env::var_os("BRIEFDESK_HOME")?);
    for (var, sub) in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ] {
        std::env::set_var(var, home.join(sub));
    }
    Some(home)
}

/// WebKitGTK's DMA-BUF renderer costs about 125 MiB (PSS) and ~150 ms of
/// start-up on machines that render in software (measured with
/// `scripts/measure-startup.sh` under Xvfb: 374 → 247 MiB); the older
/// shared-memory path draws this app just as well. A value the user has set
/// is kept. Must run before the webview is created.
pub fn prefer_lean_rendering() {
    const VAR: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VAR).is_none() {
        std::env::set_var(VAR, "1");
    }
}

/// The shipped dataset, or the one in `BRIEFDESK_DATA` (a folder) when set,
/// and the user's workspace (shared with the CLI: `store::default_path`).
pub fn load_api() -> Api {
    let dataset = match std::env::var_os("BRIEFDESK_DATA") {
        Some(dir) => Dataset::load_dir(&PathBuf::from(dir)),
        None => Dataset::embedded(),
    };
    match briefdesk_core::store::default_path() {
        Some(path) => Api::with_workspace(dataset, &path),
        None => Api::new(dataset),
    }
}

/// Log, once, the time from process start to the UI's first render.
pub fn ui_ready(started: &Instant) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let ms = started.elapsed().as_millis();
        log::info!("ui ready after {ms} ms");
        println!("briefdesk: ui ready after {ms} ms");
    });
}
