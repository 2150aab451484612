//! Briefdesk desktop app: the Tauri shell around `briefdesk-core`.
//! Plugins, state and command registration; the logic is in the core.

// Prevents an additional console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod close_guard;
mod commands;
mod dialogs;
mod startup;
mod team;

/// The throw-away PostgreSQL clusters of the team crate's tests.
#[cfg(test)]
#[path = "../crates/briefdesk-team/tests/cluster/mod.rs"]
mod cluster;

use std::sync::Arc;

use tauri::{Emitter, Manager};

// The system's allocator, not the CLI's mimalloc: the app loads the shipped
// record (small), and mimalloc's per-thread pages kept ~2 MiB more of the
// app's memory resident at start-up across its fifteen threads (issue 17;
// scripts/measure-startup.sh). The CLI, which loads large datasets in its
// benchmarks, keeps mimalloc.

/// What every command can reach.
pub struct AppState {
    /// Loaded on a thread of its own; commands wait for it (see `LoadedApi`).
    pub api: Arc<startup::LoadedApi>,
    /// The phases of the start, logged when the UI is ready.
    pub trace: Arc<startup::Trace>,
    /// Where export and import paths come from: the user's answer to a dialog.
    pub chooser: dialogs::Chooser,
    /// A bundle the user chose whose import waits for their confirmation
    /// (it was made against another dataset version).
    pub pending_import: std::sync::Mutex<Option<std::path::PathBuf>>,
    /// Team sync: the password typed this session, the background sync.
    pub team: Arc<team::Team>,
    /// Closing the window lets the UI save or ask first.
    pub close_guard: close_guard::CloseGuard,
}

fn main() {
    let trace = Arc::new(startup::Trace::start());
    let home = startup::apply_home_override();
    startup::prefer_lean_rendering();
    // Every environment variable is set: the load may run beside GTK.
    let api = startup::LoadedApi::start(Arc::clone(&trace));

    let mut log = tauri_plugin_log::Builder::new().level(log::LevelFilter::Info);
    if let Some(home) = &home {
        log = log
            .clear_targets()
            .target(tauri_plugin_log::Target::new(
                tauri_plugin_log::TargetKind::Folder {
                    path: home.join("logs"),
                    file_name: None,
                },
            ))
            .target(tauri_plugin_log::Target::new(
                tauri_plugin_log::TargetKind::Stdout,
            ));
    }

    let app = tauri::Builder::default()
        // A second launch focuses the running window instead of opening another.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(log.build())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState {
            api,
            trace,
            chooser: dialogs::Chooser::from_env(),
            pending_import: Default::default(),
            team: team::Team::new(),
            close_guard: Default::default(),
        })
        .invoke_handler(commands::handler())
        .setup(|app| {
            let state = app.state::<AppState>();
            state.trace.mark("window");
            // Waits for the first screen, then syncs every few minutes.
            let handle = app.handle().clone();
            state
                .team
                .start_background(Arc::clone(&state.api), move |synced| {
                    if let Err(e) = handle.emit(team::SYNCED_EVENT, synced) {
                        log::warn!("telling the window about a sync: {e}");
                    }
                });
            Ok(())
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if window.state::<AppState>().close_guard.intercept() {
                    api.prevent_close();
                }
            }
        })
        .on_page_load(|webview, payload| {
            let state = webview.state::<AppState>();
            let phase = match payload.event() {
                tauri::webview::PageLoadEvent::Started => {
                    state.close_guard.disarm();
                    "page-started"
                }
                tauri::webview::PageLoadEvent::Finished => "page-finished",
            };
            state.trace.mark(phase);
        })
        .build(tauri::generate_context!())
        .expect("error while building the Briefdesk application");
    app.state::<AppState>().trace.mark("built");
    app.run(|_, _| {});
}
