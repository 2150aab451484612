//! The save and open dialogs, opened by the shell itself: the paths the
//! export and import commands use come only from what the user chose here,
//! never from the webview.
//!
//! Automated tests cannot click a native GTK dialog, so
//! `BRIEFDESK_DIALOG_ANSWERS` (read once at start-up) lists the answers the
//! dialogs give instead, in order, separated like `PATH` (`:` on Linux); an
//! empty entry is a cancelled dialog. Without it the native dialog is shown.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// What a dialog asks.
pub struct Ask<'a> {
    pub title: &'a str,
    /// The file name offered (save dialogs).
    pub file_name: &'a str,
    /// The filter's name and extensions ("PDF", ["pdf"]).
    pub filter: (&'a str, &'a [&'a str]),
}

/// Where the dialogs' answers come from.
pub enum Chooser {
    Native,
    /// Answers given in advance (tests): each dialog takes the next one.
    Scripted(Mutex<VecDeque<Option<PathBuf>>>),
}

impl Chooser {
    /// The native dialogs, or the answers in `BRIEFDESK_DIALOG_ANSWERS`.
    pub fn from_env() -> Self {
        match std::env::var_os("BRIEFDESK_DIALOG_ANSWERS") {
            Some(list) => Self::scripted(
                std::env::split_paths(&list)
                    .map(|p| (!p.as_os_str().is_empty()).then_some(p))
                    .collect(),
            ),
            None => Self::Native,
        }
    }

    pub fn scripted(answers: Vec<Option<PathBuf>>) -> Self {
        Self::Scripted(Mutex::new(answers.into()))
    }

    /// Asks where to write a file; `None` when the user cancels.
    pub fn save<R: Runtime>(&self, app: &AppHandle<R>, ask: &Ask<'_>) -> Option<PathBuf> {
        match self {
            Self::Native => app
                .dialog()
                .file()
                .set_title(ask.title)
                .set_file_name(ask.file_name)
                .add_filter(ask.filter.0, ask.filter.1)
                .blocking_save_file()
                .and_then(|p| p.into_path().ok()),
            Self::Scripted(answers) => next(answers),
        }
    }

    /// Asks which file to read; `None` when the user cancels.
    pub fn open<R: Runtime>(&self, app: &AppHandle<R>, ask: &Ask<'_>) -> Option<PathBuf> {
        match self {
            Self::Native => app
                .dialog()
                .file()
                .set_title(ask.title)
                .add_filter(ask.filter.0, ask.filter.1)
                .blocking_pick_file()
                .and_then(|p| p.into_path().ok()),
            Self::Scripted(answers) => next(answers),
        }
    }
}

fn next(answers: &Mutex<VecDeque<Option<PathBuf>>>) -> Option<PathBuf> {
    answers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .pop_front()
        .flatten()
}
