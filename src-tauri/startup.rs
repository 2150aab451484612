//! Start-up: where the app keeps its data, which dataset it loads, and how
//! long each phase took until the UI was ready.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, Once, OnceLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

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
/// is kept. Must run before the webview is created (its processes inherit
/// the environment).
pub fn prefer_lean_rendering() {
    set_unless_set("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    // The page's JavaScript is glue between the DOM and the shell (the work
    // is in the core): JavaScriptCore's optimizing DFG tier compiled some
    // thirty functions during start-up, on the second core the page needs,
    // for 4–5 MiB more in the web process and no faster start
    // (`scripts/measure-startup.sh`, issue 17). The interpreter and the
    // baseline JIT stay.
    set_unless_set("JSC_useDFGJIT", "false");
    // Nor a compiler thread for the baseline JIT: its few start-up
    // compilations are quick on the page's own thread, and the thread and
    // its buffers were 0.8 MiB of the web process (issue 17).
    set_unless_set("JSC_useConcurrentJIT", "false");
}

fn set_unless_set(var: &str, value: &str) {
    if std::env::var_os(var).is_none() {
        std::env::set_var(var, value);
    }
}

/// The API (dataset and workspace), loaded on a thread of its own while GTK
/// starts and the window and its webview are made: the first command that
/// needs it waits for the load to end (by then it has, as the webview takes
/// longer to start); a command that comes first loads it itself. The
/// workspace's checks (format, `quick_check`) are part of the load, so a
/// damaged workspace is still known, and refused, before the UI shows any
/// control to edit it.
pub struct LoadedApi {
    api: OnceLock<Api>,
    trace: Arc<Trace>,
}

impl LoadedApi {
    /// Starts loading now, on another thread. Call it after every
    /// environment variable is set.
    pub fn start(trace: Arc<Trace>) -> Arc<LoadedApi> {
        let loaded = Arc::new(LoadedApi {
            api: OnceLock::new(),
            trace,
        });
        let on_thread = Arc::clone(&loaded);
        let spawned = std::thread::Builder::new()
            .name("load".into())
            .spawn(move || {
                on_thread.get();
            });
        if let Err(e) = spawned {
            log::warn!("loading the dataset on the calling thread: {e}");
        }
        loaded
    }

    /// An API loaded already (tests).
    #[cfg(test)]
    pub fn ready(api: Api) -> Arc<LoadedApi> {
        Arc::new(LoadedApi {
            api: OnceLock::from(api),
            trace: Arc::new(Trace::start()),
        })
    }

    /// The API, once loaded.
    pub fn get(&self) -> &Api {
        self.api.get_or_init(|| load_api(&self.trace))
    }
}

impl std::ops::Deref for LoadedApi {
    type Target = Api;

    fn deref(&self) -> &Api {
        self.get()
    }
}

/// The user's workspace (shared with the CLI: `store::default_path`) and
/// the record it uses: its release in use (the newest valid one
/// installed beside it, the built-in one counting as installed), or the
/// dataset folder in `BRIEFDESK_DATA` when set; with the user's own
/// records and corrections folded in.
pub fn load_api(trace: &Trace) -> Api {
    let data = std::env::var_os("BRIEFDESK_DATA").map(PathBuf::from);
    let api = match briefdesk_core::store::default_path() {
        Some(path) => Api::for_workspace(data.as_deref(), &path),
        None => Api::new(match &data {
            Some(dir) => Dataset::load_dir(dir),
            None => Dataset::embedded(),
        }),
    };
    trace.mark("workspace");
    api
}

/// The phases of the start, in ms from `main`: the shell's own marks and,
/// with `ui_ready`, the webview's. Logged once the UI is ready: the total
/// always, every phase when `BRIEFDESK_STARTUP_TRACE` is set (as
/// `scripts/measure-startup.sh` does).
pub struct Trace {
    started: Instant,
    /// Wall-clock ms at `started`: the webview reports its marks in
    /// wall-clock time.
    epoch_ms: f64,
    marks: Mutex<Vec<(String, f64)>>,
    enabled: bool,
}

fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

impl Trace {
    pub fn start() -> Trace {
        Trace {
            started: Instant::now(),
            epoch_ms: epoch_ms(),
            marks: Mutex::new(Vec::new()),
            enabled: std::env::var_os("BRIEFDESK_STARTUP_TRACE").is_some_and(|v| !v.is_empty()),
        }
    }

    /// Notes that phase `name` ended now.
    pub fn mark(&self, name: &str) {
        if self.enabled {
            let ms = self.started.elapsed().as_secs_f64() * 1000.0;
            self.marks
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((name.to_owned(), ms));
        }
    }

    /// Logs, once, the time from `main` to the UI's first usable screen
    /// (and the wall-clock time of that moment, which the measurement
    /// compares with its launch time); with tracing on, every phase, the
    /// webview's `ui` marks (wall-clock ms) among the shell's.
    pub fn ui_ready(&self, ui: Vec<(String, f64)>) {
        static ONCE: Once = Once::new();
        ONCE.call_once(|| {
            let ms = self.started.elapsed().as_millis();
            let at = epoch_ms() as u64;
            log::info!("ui ready after {ms} ms (at {at})");
            println!("briefdesk: ui ready after {ms} ms (at {at})");
            if !self.enabled {
                return;
            }
            let mut all = self.marks.lock().unwrap_or_else(|e| e.into_inner()).clone();
            all.extend(ui.into_iter().map(|(name, at)| (name, at - self.epoch_ms)));
            all.push(("ready".into(), ms as f64));
            all.sort_by(|a, b| a.1.total_cmp(&b.1));
            let line: Vec<String> = all
                .iter()
                .map(|(name, ms)| format!("{}={ms:.0}", name.replace(char::is_whitespace, "_")))
                .collect();
            log::info!("startup trace: {}", line.join(" "));
            println!("briefdesk: startup trace: {}", line.join(" "));
        });
    }
}
