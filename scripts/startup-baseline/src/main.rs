//! The start-up baseline: an empty Tauri 2 app. It logs "ready after N ms"
//! (from `main`) and the wall-clock time of that moment when its page,
//! painted, calls `ready` — the same line Briefdesk logs at its `ui_ready`.

use std::sync::Once;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

struct Started(Instant);

/// `navigation`: when the page's navigation started (the webview's
/// `performance.timeOrigin`, wall-clock ms), printed in ms from `main` as
/// Briefdesk's trace prints its own, to tell the shell's part from the page's.
#[tauri::command]
fn ready(started: tauri::State<'_, Started>, navigation: Option<f64>) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let ms = started.0.elapsed().as_millis();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        let at = now as u64;
        println!("baseline: ready after {ms} ms (at {at})");
        if let Some(nav) = navigation {
            let from_main = ms as f64 - (now - nav);
            println!("baseline: startup trace: navigation={from_main:.0} ready={ms}");
        }
    });
}

fn main() {
    let started = Instant::now();
    // The renderer setting Briefdesk applies (src-tauri/startup.rs).
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    tauri::Builder::default()
        .manage(Started(started))
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the baseline app runs");
}
