//! Tauri commands: one-line adapters over `briefdesk_core::api::Api`.
//! No logic lives here; errors cross IPC as `ApiError {code, message}`.

use briefdesk_core::api::files::{self, BundleExported, BundleImported};
use briefdesk_core::api::{
    About, AddedToBrief, AnnotationEntry, ApiError, BriefList, BriefStart, BriefState, ErrorCode,
    ExportOptions, RecordChoices, RecordSaved, RecordStatus, Start, TeamStatus, TeamSynced,
    WorkspaceStatus,
};
use briefdesk_core::brief::BriefDoc;
use briefdesk_core::i18n::Lang;
use briefdesk_core::query::Filter;
use briefdesk_core::record::{Correction, OwnRecord, RecordShow};
use briefdesk_core::release::ChangeReport;
use briefdesk_core::store::NewsItem;
use briefdesk_core::store::{
    Annotation, AnnotationFields, AnnotationSaved, BriefHit, BriefRevision, Change, Revision,
    SearchHit,
};
use briefdesk_core::view::CommitmentDetail;
use tauri::{Runtime, State};

use crate::dialogs::Ask;
use crate::AppState;

/// Every command, for `Builder::invoke_handler`.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        start,
        filter_commitments,
        commitment,
        ui_ready,
        close_guard,
        close_requested,
        reset_workspace,
        annotation,
        save_annotation,
        annotation_history,
        restore_annotation,
        undo,
        redo,
        annotations,
        export_annotations,
        import_annotations,
        search,
        briefs,
        brief,
        create_brief,
        save_brief,
        delete_brief,
        duplicate_brief,
        brief_history,
        restore_brief,
        export_brief,
        open_export,
        search_briefs,
        add_to_brief,
        about,
        record_status,
        record_choices,
        add_records,
        correct_record,
        remove_record,
        record_show,
        update_record,
        apply_release,
        use_release,
        mark_seen,
        team_status,
        team_join,
        team_sync,
        team_leave,
    ]
}

/// Everything the first screen shows, in one round trip; `lang` is the UI's,
/// from now on the language of what the core writes for the app (new
/// briefs' titles and sections, exports that do not name their own).
///
/// Off the main thread, which serves the page's files meanwhile (the
/// first screen's fonts are fetched while this answer is made).
#[tauri::command]
pub async fn start(state: State<'_, AppState>, lang: Lang) -> Result<Start, ApiError> {
    state.trace.mark("start-in");
    let start = state.api.start(lang);
    state.trace.mark("start-out");
    start
}

#[tauri::command]
pub fn filter_commitments(
    state: State<'_, AppState>,
    filter: Filter,
) -> Result<Vec<String>, ApiError> {
    state.api.filter_commitments(&filter)
}

#[tauri::command]
pub fn commitment(state: State<'_, AppState>, id: String) -> Result<CommitmentDetail, ApiError> {
    state.api.commitment(&id)
}

/// The UI calls this once its first screen is usable and painted: logs the
/// start-up time (with the UI's `marks`, wall-clock ms, when tracing).
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>, marks: Option<Vec<(String, f64)>>) {
    state.trace.ui_ready(marks.unwrap_or_default());
    state.team.ui_ready();
}

/// The UI guards closing the window from now on (`close_guard.rs`).
#[tauri::command]
pub fn close_guard(state: State<'_, AppState>) {
    state.close_guard.arm();
}

/// Answers true when the window is asked to close (the UI then saves or asks,
/// and closes the window itself), false when a newer request replaces this one.
#[tauri::command]
pub async fn close_requested(state: State<'_, AppState>) -> Result<bool, ApiError> {
    Ok(state.close_guard.wait().await)
}

#[tauri::command]
pub fn reset_workspace(state: State<'_, AppState>) -> Result<WorkspaceStatus, ApiError> {
    state.api.reset_workspace()
}

#[tauri::command]
pub fn annotation(state: State<'_, AppState>, id: String) -> Result<Option<Annotation>, ApiError> {
    state.api.annotation(&id)
}

/// `base`: the revision the editor last read (0: none); optional. See
/// `Api::save_annotation` for what happens when it is no longer current.
#[tauri::command]
pub fn save_annotation(
    state: State<'_, AppState>,
    id: String,
    fields: AnnotationFields,
    base: Option<i64>,
) -> Result<AnnotationSaved, ApiError> {
    state.api.save_annotation(&id, fields, base)
}

#[tauri::command]
pub fn annotation_history(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<Revision>, ApiError> {
    state.api.annotation_history(&id)
}

#[tauri::command]
pub fn restore_annotation(
    state: State<'_, AppState>,
    id: String,
    revision: i64,
) -> Result<Annotation, ApiError> {
    state.api.restore_annotation(&id, revision)
}

#[tauri::command]
pub fn undo(state: State<'_, AppState>) -> Result<Change, ApiError> {
    state.api.undo()
}

#[tauri::command]
pub fn redo(state: State<'_, AppState>) -> Result<Change, ApiError> {
    state.api.redo()
}

#[tauri::command]
pub fn annotations(state: State<'_, AppState>) -> Result<Vec<AnnotationEntry>, ApiError> {
    state.api.annotations()
}

/// Asks where to write a notes bundle (the shell's own save dialog) and
/// writes it there; `None` when the user cancels.
#[tauri::command]
pub async fn export_annotations<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<BundleExported>, ApiError> {
    let ask = Ask {
        title: "Export notes",
        file_name: files::BUNDLE_FILE_NAME,
        filter: files::BUNDLE_FILTER,
    };
    let Some(path) = state.chooser.save(&app, &ask) else {
        return Ok(None);
    };
    let revisions = state.api.export_annotations(&path)?;
    Ok(Some(BundleExported {
        path: path.display().to_string(),
        revisions,
    }))
}

/// Asks which notes bundle to import (the shell's own open dialog) and
/// merges it; `None` when the user cancels. A bundle made against another
/// dataset version is refused with `needs_confirmation`; when the user
/// confirms, the same call with `accept_other_dataset` imports the file
/// they chose then, without asking again (the webview still names none).
#[tauri::command]
pub async fn import_annotations<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    accept_other_dataset: Option<bool>,
) -> Result<Option<BundleImported>, ApiError> {
    let accept = accept_other_dataset.unwrap_or(false);
    let pending = state
        .pending_import
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take();
    let path = match pending.filter(|_| accept) {
        Some(path) => path,
        None => {
            let ask = Ask {
                title: "Import notes",
                file_name: "",
                filter: files::BUNDLE_FILTER,
            };
            let Some(path) = state.chooser.open(&app, &ask) else {
                return Ok(None);
            };
            path
        }
    };
    match state.api.import_annotations(&path, accept) {
        Ok(report) => Ok(Some(BundleImported {
            path: path.display().to_string(),
            report,
        })),
        Err(e) => {
            if e.code == ErrorCode::NeedsConfirmation {
                *state
                    .pending_import
                    .lock()
                    .unwrap_or_else(|e| e.into_inner()) = Some(path);
            }
            Err(e)
        }
    }
}

#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    query: String,
    filter: Filter,
    limit: u32,
) -> Result<Vec<SearchHit>, ApiError> {
    state.api.search(&query, &filter, limit)
}

#[tauri::command]
pub fn briefs(state: State<'_, AppState>) -> Result<BriefList, ApiError> {
    state.api.briefs()
}

#[tauri::command]
pub fn brief(state: State<'_, AppState>, id: i64) -> Result<BriefState, ApiError> {
    state.api.brief(id)
}

#[tauri::command]
pub fn create_brief(
    state: State<'_, AppState>,
    start: BriefStart,
    title: Option<String>,
) -> Result<BriefState, ApiError> {
    state.api.create_brief(&start, title.as_deref())
}

/// `base`: the revision the editor last read; optional. See
/// `Api::save_brief` for what happens when it is no longer current.
#[tauri::command]
pub fn save_brief(
    state: State<'_, AppState>,
    id: i64,
    doc: BriefDoc,
    base: Option<i64>,
) -> Result<BriefState, ApiError> {
    state.api.save_brief(id, doc, base)
}

#[tauri::command]
pub fn delete_brief(state: State<'_, AppState>, id: i64) -> Result<BriefList, ApiError> {
    state.api.delete_brief(id)
}

#[tauri::command]
pub fn duplicate_brief(
    state: State<'_, AppState>,
    id: i64,
    title: Option<String>,
    as_template: bool,
) -> Result<BriefState, ApiError> {
    state.api.duplicate_brief(id, title.as_deref(), as_template)
}

#[tauri::command]
pub fn brief_history(state: State<'_, AppState>, id: i64) -> Result<Vec<BriefRevision>, ApiError> {
    state.api.brief_history(id)
}

#[tauri::command]
pub fn restore_brief(
    state: State<'_, AppState>,
    id: i64,
    revision: i64,
) -> Result<BriefState, ApiError> {
    state.api.restore_brief(id, revision)
}

/// Asks where to write the brief (the shell's own save dialog, offering a
/// name made from its title) and exports it there; resolves to the path
/// written, or `None` when the user cancels.
#[tauri::command]
pub async fn export_brief<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    options: ExportOptions,
) -> Result<Option<String>, ApiError> {
    let title = state.api.brief(id)?.brief.doc.title;
    let file_name = files::export_file_name(&title, options.format);
    let filter = files::export_filter(options.format);
    let ask = Ask {
        title: &format!("Export the brief as {}", filter.0),
        file_name: &file_name,
        filter,
    };
    let Some(path) = state.chooser.save(&app, &ask) else {
        return Ok(None);
    };
    state.api.export_brief(id, &options, &path).map(Some)
}

/// Opens the file the last export wrote with the system's viewer: the
/// webview names no path, so it cannot open anything else.
#[tauri::command]
pub fn open_export<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), ApiError> {
    use tauri_plugin_opener::OpenerExt;
    let path = state.api.last_export()?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            log::warn!("opening {}: {e}", path.display());
            ApiError::new(
                ErrorCode::Internal,
                format!(
                    "No program on this computer opened the file (is a viewer for this kind of file installed?). The file is at {}",
                    path.display()
                ),
            )
        })
}

#[tauri::command]
pub fn search_briefs(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> Result<Vec<BriefHit>, ApiError> {
    state.api.search_briefs(&query, limit)
}

#[tauri::command]
pub fn add_to_brief(
    state: State<'_, AppState>,
    id: i64,
    commitment: String,
) -> Result<AddedToBrief, ApiError> {
    state.api.add_to_brief(id, &commitment)
}

/// The versions, the workspace file and the font licences, for the About panel.
#[tauri::command]
pub fn about(state: State<'_, AppState>) -> About {
    state.api.about(env!("CARGO_PKG_VERSION"))
}

/// The release the record is on, the installed ones, what is new, and
/// the user's own records and corrections.
#[tauri::command]
pub fn record_status(state: State<'_, AppState>) -> Result<RecordStatus, ApiError> {
    state.api.record_status()
}

/// What the forms of own records and corrections offer.
#[tauri::command]
pub fn record_choices(state: State<'_, AppState>) -> Result<RecordChoices, ApiError> {
    state.api.record_choices()
}

/// Add records of the user's own; refusals come back as problems by field.
#[tauri::command]
pub fn add_records(
    state: State<'_, AppState>,
    records: Vec<OwnRecord>,
) -> Result<RecordSaved, ApiError> {
    state.api.add_records(records)
}

/// Correct a field of a record of the release, with the user's new
/// source (`records`) added in the same change.
#[tauri::command]
pub fn correct_record(
    state: State<'_, AppState>,
    correction: Correction,
    records: Option<Vec<OwnRecord>>,
) -> Result<RecordSaved, ApiError> {
    state
        .api
        .correct_record(correction, records.unwrap_or_default())
}

/// Remove an own record or retire a correction (by entry key).
#[tauri::command]
pub fn remove_record(state: State<'_, AppState>, key: String) -> Result<RecordSaved, ApiError> {
    state.api.remove_record(&key)
}

/// One record: as shipped, the user's own or corrections, as shown.
#[tauri::command]
pub fn record_show(state: State<'_, AppState>, id: String) -> Result<RecordShow, ApiError> {
    state.api.record_show(&id)
}

/// "Update the record…": asks which release file (the shell's own open
/// dialog), reads, verifies and validates it, and returns the change
/// report; `None` when the user cancels. A release not signed by a trusted
/// key is refused with `needs_confirmation`; when the user confirms, the
/// same call with `accept_unverified` reads the file they chose then,
/// without asking again (the webview names no file).
#[tauri::command]
pub async fn update_record<R: Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    accept_unverified: Option<bool>,
) -> Result<Option<ChangeReport>, ApiError> {
    let accept = accept_unverified.unwrap_or(false);
    let path = match state.api.pending_release_path().filter(|_| accept) {
        Some(path) => path,
        None => {
            let ask = Ask {
                title: "Update the record",
                file_name: "",
                filter: files::RELEASE_FILTER,
            };
            let Some(path) = state.chooser.open(&app, &ask) else {
                return Ok(None);
            };
            path
        }
    };
    match state.api.prepare_release(&path, accept) {
        Ok(report) => Ok(Some(report)),
        Err(e) => {
            if e.code == ErrorCode::NeedsConfirmation {
                state.api.keep_pending_path(&path);
            }
            Err(e)
        }
    }
}

/// Apply the release whose report was shown (installed; the earlier one stays).
#[tauri::command]
pub fn apply_release(
    state: State<'_, AppState>,
    retire_covered: bool,
) -> Result<RecordStatus, ApiError> {
    state.api.apply_release(retire_covered)
}

/// Go back (or forward) to an installed release.
#[tauri::command]
pub fn use_release(state: State<'_, AppState>, version: String) -> Result<RecordStatus, ApiError> {
    state.api.use_release(&version)
}

/// The user looked at `records` (absent: at everything new).
#[tauri::command]
pub fn mark_seen(
    state: State<'_, AppState>,
    records: Option<Vec<String>>,
) -> Result<Vec<NewsItem>, ApiError> {
    state.api.mark_seen(records)
}

/// The team the workspace syncs with, and how its sync goes.
#[tauri::command]
pub fn team_status(state: State<'_, AppState>) -> Result<TeamStatus, ApiError> {
    state.team.status(&state.api)
}

/// Join the team at `url` (a libpq URL; `team` when the member is in
/// several) and sync once, off the UI thread. `password`, when typed, is
/// kept in memory for this session only.
#[tauri::command]
pub async fn team_join(
    state: State<'_, AppState>,
    url: String,
    team: Option<String>,
    password: Option<String>,
) -> Result<TeamSynced, ApiError> {
    let (t, api) = (state.team.clone(), state.api.clone());
    crate::team::off_ui(move || t.join(&api, &url, team.as_deref(), password)).await
}

/// Sync now, off the UI thread (`password`: as for `team_join`).
#[tauri::command]
pub async fn team_sync(
    state: State<'_, AppState>,
    password: Option<String>,
) -> Result<TeamSynced, ApiError> {
    let (t, api) = (state.team.clone(), state.api.clone());
    crate::team::off_ui(move || t.sync(&api, password)).await
}

/// Leave the team: every revision stays in the workspace.
#[tauri::command]
pub fn team_leave(state: State<'_, AppState>) -> Result<TeamStatus, ApiError> {
    state.team.leave(&state.api)
}

/// The commands through Tauri's IPC (mock runtime, the real config and
/// capabilities): arguments as the UI sends them, results and `{code,
/// message}` errors as it receives them.
#[cfg(test)]
mod tests {
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::{WebviewWindow, WebviewWindowBuilder};

    use crate::AppState;

    /// The app on a workspace in `home`, its dialogs answering `answers` in turn.
    fn app_answering(
        home: &std::path::Path,
        answers: Vec<Option<std::path::PathBuf>>,
    ) -> (
        tauri::App<tauri::test::MockRuntime>,
        WebviewWindow<tauri::test::MockRuntime>,
    ) {
        let api = crate::startup::LoadedApi::ready(briefdesk_core::api::Api::for_workspace(
            None,
            &home.join("workspace.sqlite"),
        ));
        let app = mock_builder()
            .manage(AppState {
                api,
                trace: std::sync::Arc::new(crate::startup::Trace::start()),
                chooser: crate::dialogs::Chooser::scripted(answers),
                pending_import: Default::default(),
                team: crate::team::Team::new(),
                close_guard: Default::default(),
            })
            .invoke_handler(super::handler())
            .build(tauri::generate_context!())
            .expect("the app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window");
        (app, window)
    }

    fn app(
        home: &std::path::Path,
    ) -> (
        tauri::App<tauri::test::MockRuntime>,
        WebviewWindow<tauri::test::MockRuntime>,
    ) {
        app_answering(home, Vec::new())
    }

    fn invoke(
        w: &WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        get_ipc_response(
            w,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().unwrap())
    }

    /// The close guard through IPC: armed by `close_guard`, a pending
    /// `close_requested` answers true when the window is asked to close.
    #[test]
    fn close_guard_answers_the_pending_request() {
        use tauri::Manager;
        let home = tempfile::tempdir().unwrap();
        let (app, w) = app(home.path());
        let state = app.state::<AppState>();
        assert!(
            !state.close_guard.intercept(),
            "nothing armed: closes as usual"
        );
        invoke(&w, "close_guard", json!({})).unwrap();
        let pending = {
            let w = w.clone();
            std::thread::spawn(move || invoke(&w, "close_requested", json!({})))
        };
        // The request is pending until the window is asked to close.
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(!pending.is_finished());
        assert!(state.close_guard.intercept(), "armed: the UI decides");
        assert_eq!(pending.join().unwrap().unwrap(), json!(true));
        // The UI kept the window open and asks again: a second close is heard too.
        let again = {
            let w = w.clone();
            std::thread::spawn(move || invoke(&w, "close_requested", json!({})))
        };
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(state.close_guard.intercept());
        assert_eq!(again.join().unwrap().unwrap(), json!(true));
    }

    #[test]
    fn browsing_commands() {
        let home = tempfile::tempdir().unwrap();
        let (_app, w) = app(home.path());
        let start = invoke(&w, "start", json!({ "lang": "en" })).unwrap();
        assert_eq!(start["overview"]["sectors"].as_array().unwrap().len(), 12);
        assert!(start["commitments"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "C2-08"));
        assert!(start["workspace"]["problem"].is_null());
        assert_eq!(start["annotations"], json!([]));
        let ids = invoke(
            &w,
            "filter_commitments",
            json!({ "filter": { "sector": "semiconductors" } }),
        )
        .unwrap();
        assert!(ids.as_array().unwrap().contains(&json!("C2-08")));
        let detail = invoke(&w, "commitment", json!({ "id": "C2-08" })).unwrap();
        assert_eq!(detail["meeting"]["id"], "dpc-2024");
        let err = invoke(&w, "commitment", json!({ "id": "nope" })).unwrap_err();
        assert_eq!(err["code"], "not_found");
        assert!(err["message"].as_str().unwrap().contains("nope"));
        let err = invoke(
            &w,
            "filter_commitments",
            json!({ "filter": { "sector": "chips" } }),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input");
    }

    #[test]
    fn annotate_restore_undo_import_and_their_errors() {
        let home = tempfile::tempdir().unwrap();
        let (_app, w) = app(home.path());
        let fields = json!({ "note": "Ask METI", "status": "at-risk", "tags": ["chips"], "follow_up": "2026-06-01" });
        let saved = invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": fields }),
        )
        .unwrap();
        assert_eq!(saved["fields"]["status"], "at-risk");
        let second =
            json!({ "note": "The team met", "status": null, "tags": [], "follow_up": null });
        invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": second }),
        )
        .unwrap();
        let history = invoke(&w, "annotation_history", json!({ "id": "C2-08" })).unwrap();
        let first = history[1]["id"].clone();
        let restored = invoke(
            &w,
            "restore_annotation",
            json!({ "id": "C2-08", "revision": first }),
        )
        .unwrap();
        assert_eq!(restored["fields"]["note"], "Ask METI");
        let undone = invoke(&w, "undo", json!({})).unwrap();
        assert_eq!(undone["current"]["fields"]["note"], "The team met");
        invoke(&w, "redo", json!({})).unwrap();
        let hits = invoke(
            &w,
            "search",
            json!({ "query": "METI", "filter": {}, "limit": 10 }),
        )
        .unwrap();
        assert_eq!(hits[0]["commitment"], "C2-08");

        // Errors keep their codes across IPC.
        let bad = json!({ "note": "x", "status": "fine", "tags": [], "follow_up": null });
        assert!(invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": bad })
        )
        .is_err());
        let unknown = json!({ "note": "x", "status": null, "tags": [], "follow_up": null });
        let err = invoke(
            &w,
            "save_annotation",
            json!({ "id": "C9-99", "fields": unknown }),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input");
        let err = invoke(
            &w,
            "search",
            json!({ "query": "  ", "filter": {}, "limit": 10 }),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input");

        assert_eq!(
            invoke(&w, "about", json!({})).unwrap()["fonts"][0]["name"],
            "Noto Sans"
        );
    }

    #[test]
    fn bundles_go_only_where_the_dialog_answered() {
        let home = tempfile::tempdir().unwrap();
        let bundle = home.path().join("mine.json");
        let evil = home.path().join("evil.json");
        let answers = vec![
            Some(bundle.clone()),
            None,
            Some(evil.clone()),
            Some(bundle.clone()),
        ];
        let (_app, w) = app_answering(home.path(), answers);
        let fields = json!({ "note": "Ask METI", "status": null, "tags": [], "follow_up": null });
        invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": fields }),
        )
        .unwrap();
        // A path from the webview is not an argument any more: it is ignored.
        let elsewhere = home.path().join("elsewhere.json");
        let done = invoke(&w, "export_annotations", json!({ "path": elsewhere })).unwrap();
        assert_eq!(done["path"], bundle.display().to_string());
        assert_eq!(done["revisions"], 1);
        assert!(bundle.exists() && !elsewhere.exists());
        // A cancelled dialog writes nothing and says so with null.
        assert!(invoke(&w, "export_annotations", json!({}))
            .unwrap()
            .is_null());
        // A hostile bundle is refused and changes nothing.
        std::fs::write(
            &evil,
            "{\"format\": \"briefdesk-annotations\", \"version\": 99}",
        )
        .unwrap();
        let err = invoke(&w, "import_annotations", json!({})).unwrap_err();
        assert_eq!(err["code"], "file");
        assert!(err["message"]
            .as_str()
            .unwrap()
            .contains("nothing was imported"));
        let done = invoke(&w, "import_annotations", json!({})).unwrap();
        assert_eq!(done["report"]["revisions_already_present"], 1);
        assert_eq!(done["path"], bundle.display().to_string());
        // No answer left: the dialog is cancelled.
        assert!(invoke(&w, "import_annotations", json!({}))
            .unwrap()
            .is_null());
    }

    /// The app saves from the revision it read; a change made meanwhile by
    /// another writer (the CLI) is kept and reported, and the app's undo
    /// undoes only the app's own change.
    #[test]
    fn saves_from_a_stale_base_keep_both_and_undo_is_the_apps_own() {
        let home = tempfile::tempdir().unwrap();
        let (_app, w) = app(home.path());
        let first = json!({ "note": "app note", "status": null, "tags": [], "follow_up": null });
        let saved = invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": first, "base": 0 }),
        )
        .unwrap();
        assert!(saved["concurrent"].is_null(), "{saved}");
        let base = saved["revision"].clone();
        // The CLI (another session) adds a tag and changes the note.
        let mut cli = briefdesk_core::store::Workspace::open(&home.path().join("workspace.sqlite"))
            .unwrap()
            .with_session("named:cli");
        let edit = briefdesk_core::store::AnnotationEdit {
            note: Some("cli note".into()),
            add_tags: vec!["cli".into()],
            ..Default::default()
        };
        cli.edit("C2-08", &edit).unwrap();
        // The app, still on its base, saves a status and its own note.
        let mine = json!({ "note": "app note, longer", "status": "at-risk", "tags": [], "follow_up": null });
        let saved = invoke(
            &w,
            "save_annotation",
            json!({ "id": "C2-08", "fields": mine, "base": base }),
        )
        .unwrap();
        let c = &saved["concurrent"];
        assert_eq!(c["base"], base);
        assert_eq!(c["overridden"], json!(["note"]));
        assert_eq!(c["kept_theirs"], json!(["tags"]));
        assert_eq!(saved["fields"]["note"], "app note, longer");
        assert_eq!(saved["fields"]["tags"], json!(["cli"]));
        assert_eq!(saved["fields"]["status"], "at-risk");
        let theirs = c["theirs"].as_i64().unwrap();
        let history = invoke(&w, "annotation_history", json!({ "id": "C2-08" })).unwrap();
        assert!(history
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == theirs && r["fields"]["note"] == "cli note"));
        // Undo: the app's last change only (status and note back), the
        // CLI's tag stays.
        let undone = invoke(&w, "undo", json!({})).unwrap();
        assert_eq!(undone["current"]["fields"]["tags"], json!(["cli"]));
        assert_eq!(undone["current"]["fields"]["status"], json!(null));
        // A brief saved from a stale base: both kept, reported.
        let created = invoke(
            &w,
            "create_brief",
            json!({ "start": { "from": "blank" }, "title": "B" }),
        )
        .unwrap();
        let id = created["brief"]["id"].as_i64().unwrap();
        let base = created["brief"]["revision"].clone();
        cli.edit_brief(id, |d| {
            d.author = "CLI author".into();
            Ok::<(), briefdesk_core::store::StoreError>(())
        })
        .unwrap();
        let mut doc = created["brief"]["doc"].clone();
        doc["title"] = json!("App title");
        let state = invoke(
            &w,
            "save_brief",
            json!({ "id": id, "doc": doc, "base": base }),
        )
        .unwrap();
        assert_eq!(state["brief"]["doc"]["title"], "App title");
        assert_eq!(state["brief"]["doc"]["author"], "CLI author");
        assert_eq!(state["concurrent"]["kept_theirs"], json!(["author"]));
        // Without a base, as before: no check, no report.
        let state = invoke(&w, "save_brief", json!({ "id": id, "doc": doc })).unwrap();
        assert!(state["concurrent"].is_null());
    }

    #[test]
    fn every_brief_command_and_its_undo_through_ipc() {
        let home = tempfile::tempdir().unwrap();
        let (out, pdf) = (home.path().join("brief.md"), home.path().join("brief.pdf"));
        let docx = home.path().join("brief.docx");
        let answers = vec![
            Some(home.path().join("x.sh")),
            Some(out.clone()),
            Some(pdf.clone()),
            Some(docx.clone()),
        ];
        let (_app, w) = app_answering(home.path(), answers);
        let list = invoke(&w, "briefs", json!({})).unwrap();
        assert_eq!(
            list["templates"][0]["start"]["template"],
            "council-preparation"
        );
        let start = list["templates"][0]["start"].clone();
        let created = invoke(
            &w,
            "create_brief",
            json!({ "start": start, "title": "Brussels 2026" }),
        )
        .unwrap();
        let id = created["brief"]["id"].as_i64().unwrap();
        // The editor sends the whole document back, changed.
        let mut doc = created["brief"]["doc"].clone();
        doc["sections"][1]["items"] = json!([
            { "commitment": "C2-08", "include_annotation": true },
            { "commitment": "C1-05", "include_annotation": true }
        ]);
        doc["sections"][1]["background"] = json!("Chips first.");
        let saved = invoke(&w, "save_brief", json!({ "id": id, "doc": doc })).unwrap();
        assert_eq!(
            saved["view"]["sections"][1]["items"][1]["commitment"],
            "C1-05"
        );
        assert_eq!(saved["view"]["sections"][1]["background"], "Chips first.");
        let undone = invoke(&w, "undo", json!({})).unwrap();
        assert_eq!(undone["target"], "brief");
        assert_eq!(undone["current"]["doc"]["sections"][1]["items"], json!([]));
        invoke(&w, "redo", json!({})).unwrap();
        let again = invoke(&w, "brief", json!({ "id": id })).unwrap();
        assert_eq!(again["brief"]["doc"], doc);
        // Duplicate as a template, history, restore, delete and undo.
        let t = invoke(
            &w,
            "duplicate_brief",
            json!({ "id": id, "title": "Mine", "asTemplate": true }),
        )
        .unwrap();
        assert_eq!(t["brief"]["template"], true);
        let history = invoke(&w, "brief_history", json!({ "id": id })).unwrap();
        let first = history.as_array().unwrap().last().unwrap()["id"].clone();
        invoke(&w, "restore_brief", json!({ "id": id, "revision": first })).unwrap();
        let after_delete = invoke(&w, "delete_brief", json!({ "id": id })).unwrap();
        assert_eq!(after_delete["briefs"], json!([]));
        invoke(&w, "undo", json!({})).unwrap();
        assert_eq!(
            invoke(&w, "briefs", json!({})).unwrap()["briefs"][0]["id"],
            id
        );
        // Export where the dialog answered; an unknown extension is refused.
        let md = json!({ "format": "markdown", "date": null, "draft": false, "annotations": true });
        let err = invoke(
            &w,
            "export_brief",
            json!({ "id": id, "options": md, "path": home.path().join("ignored.md") }),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input");
        assert!(err["message"].as_str().unwrap().contains("x.sh"), "{err}");
        let written = invoke(&w, "export_brief", json!({ "id": id, "options": md })).unwrap();
        assert_eq!(written, out.display().to_string());
        assert!(std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Brussels 2026"));
        assert!(!home.path().join("ignored.md").exists());
        // A PDF through IPC; then a cancelled dialog.
        let opts =
            json!({ "format": "pdf", "date": "2026-11-25", "draft": false, "annotations": true });
        let written = invoke(&w, "export_brief", json!({ "id": id, "options": opts })).unwrap();
        assert_eq!(written, pdf.display().to_string());
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.7"));
        // Word, the same way: a zip whose main part is a Word document.
        let opts_docx =
            json!({ "format": "docx", "date": "2026-11-25", "draft": true, "annotations": false });
        let written = invoke(
            &w,
            "export_brief",
            json!({ "id": id, "options": opts_docx }),
        )
        .unwrap();
        assert_eq!(written, docx.display().to_string());
        let bytes = std::fs::read(&docx).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"));
        assert!(bytes.windows(17).any(|w| w == b"word/document.xml"));
        assert!(
            invoke(&w, "export_brief", json!({ "id": id, "options": opts }))
                .unwrap()
                .is_null()
        );
        // Errors keep their codes.
        let err = invoke(&w, "brief", json!({ "id": 999 })).unwrap_err();
        assert_eq!(err["code"], "not_found");
        let mut bad = doc.clone();
        bad["title"] = json!("");
        let err = invoke(&w, "save_brief", json!({ "id": id, "doc": bad })).unwrap_err();
        assert_eq!(err["code"], "invalid_input");
        let err = invoke(
            &w,
            "create_brief",
            json!({ "start": { "from": "quick", "sector": "nope" } }),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalid_input");
        // The app's language is the core's for what it writes: a new brief in Japanese.
        invoke(&w, "start", json!({ "lang": "ja" })).unwrap();
        let quick = invoke(
            &w,
            "create_brief",
            json!({ "start": { "from": "quick", "sector": "semiconductors", "notes": false } }),
        )
        .unwrap();
        assert_eq!(quick["view"]["lang"], "ja");
        assert_eq!(quick["brief"]["doc"]["title"], "半導体：クイックブリーフ");
        assert!(invoke(&w, "start", json!({ "lang": "fr" })).is_err());
    }

    /// Own records and corrections with problems by field, then "Update the
    /// record…": the dialog answered once, the refusal confirmed without a
    /// second dialog, the report, apply, go back.
    #[test]
    fn own_records_and_a_release_through_ipc() {
        let home = tempfile::tempdir().unwrap();
        let release = home.path().join("unit.json");
        let (_app, w) = app_answering(home.path(), vec![Some(release.clone())]);
        let source = json!({ "type": "source", "id": "ec-dpc4-press", "title": "Joint press release",
            "publisher": "European Commission", "date": "2026-05-05",
            "url": "https://ec.europa.eu/x", "language": "en" });
        let mut c = json!({ "type": "commitment", "id": "C4-04", "meeting": "dpc-2026",
            "sectors": ["semiconductors"], "kind": "research-call", "title": "Second chip call",
            "summary": "S.", "actors": [], "status": "announced", "verification": "confirmed",
            "verification_note": "N.", "sources": [] });
        let refused = invoke(&w, "add_records", json!({ "records": [source, c] })).unwrap();
        assert_eq!(refused["problems"][0]["field"], "sources");
        assert_eq!(refused["written"], json!([]));
        c["sources"] = json!(["ec-dpc4-press"]);
        let saved = invoke(&w, "add_records", json!({ "records": [source, c] })).unwrap();
        assert_eq!(saved["written"].as_array().unwrap().len(), 2);
        let fix = json!({ "target": "C4-03", "field": "verification", "value": "confirmed", "source": "ec-dpc4-press" });
        invoke(&w, "correct_record", json!({ "correction": fix })).unwrap();
        let d = invoke(&w, "commitment", json!({ "id": "C4-03" })).unwrap();
        assert_eq!(d["provenance"]["corrections"][0]["shipped"], "unverified");
        let status = invoke(&w, "record_status", json!({})).unwrap();
        assert_eq!(status["entries"].as_array().unwrap().len(), 3);
        // A release of this record, unsigned.
        let ds = briefdesk_core::release::built_in().unwrap().dataset;
        let bytes = briefdesk_core::release::release_bytes(
            &ds,
            &briefdesk_core::release::BuildOptions {
                dataset_version: "2026.12.1".into(),
                date: chrono_day(),
                publisher: "Unit F4".into(),
            },
        )
        .unwrap();
        std::fs::write(&release, bytes).unwrap();
        let e = invoke(&w, "update_record", json!({})).unwrap_err();
        assert_eq!(e["code"], "needs_confirmation");
        assert!(e["message"].as_str().unwrap().contains("not signed"), "{e}");
        let report = invoke(&w, "update_record", json!({ "acceptUnverified": true })).unwrap();
        assert_eq!(report["to"]["dataset_version"], "2026.12.1");
        assert_eq!(report["to"]["trust"]["kind"], "accepted");
        let status = invoke(&w, "apply_release", json!({ "retireCovered": false })).unwrap();
        assert_eq!(status["release"]["dataset_version"], "2026.12.1");
        assert_eq!(status["releases"].as_array().unwrap().len(), 2);
        // Own records stay, on the new release too.
        assert_eq!(
            invoke(&w, "commitment", json!({ "id": "C4-04" })).unwrap()["id"],
            "C4-04"
        );
        let back = invoke(&w, "use_release", json!({ "version": "2026.11.1" })).unwrap();
        assert_eq!(back["release"]["dataset_version"], "2026.11.1");
        // A cancelled dialog changes nothing.
        assert_eq!(invoke(&w, "update_record", json!({})).unwrap(), Value::Null);
        assert_eq!(invoke(&w, "mark_seen", json!({})).unwrap(), json!([]));
    }

    fn chrono_day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn a_refused_workspace_through_ipc() {
        let home = tempfile::tempdir().unwrap();
        std::fs::write(home.path().join("workspace.sqlite"), "not a database").unwrap();
        let (_app, w) = app(home.path());
        let start = invoke(&w, "start", json!({ "lang": "en" })).unwrap();
        assert!(start["workspace"]["problem"]
            .as_str()
            .unwrap()
            .contains("not a Briefdesk workspace"));
        assert_eq!(start["overview"]["sectors"].as_array().unwrap().len(), 12);
        let err = invoke(&w, "annotation", json!({ "id": "C2-08" })).unwrap_err();
        assert_eq!(err["code"], "workspace_unavailable");
        let status = invoke(&w, "reset_workspace", json!({})).unwrap();
        assert!(status["set_aside"]
            .as_str()
            .unwrap()
            .contains(".unreadable-"));
        assert!(invoke(&w, "annotation", json!({ "id": "C2-08" }))
            .unwrap()
            .is_null());
    }

    /// Team sync through the commands, against a PostgreSQL cluster of the
    /// test's own: the errors a user meets joining (a bad URL, no password,
    /// a wrong one), a join, what is to send, Sync now with the password
    /// typed at the join (kept in memory, never in the workspace), a
    /// colleague's app taking the note in with its author, the server gone
    /// (offline), and leaving.
    #[test]
    fn team_join_status_sync_and_leave_through_ipc() {
        let c = crate::cluster::Cluster::start();
        for m in ["alice", "bob"] {
            c.create_member(m);
        }
        briefdesk_team::schema::init(
            &mut c.admin(),
            "test",
            "unit-f4",
            &["alice".to_owned(), "bob".to_owned()],
        )
        .unwrap();
        let (home_a, home_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (_a, a) = app(home_a.path());
        let (_b, b) = app(home_b.path());
        assert_eq!(
            invoke(&a, "team_status", json!({})).unwrap(),
            json!({ "link": null })
        );
        let err = invoke(&a, "team_join", json!({ "url": "http://db.example.org/x" })).unwrap_err();
        assert_eq!(err["code"], "invalid_input", "{err}");
        let url = c.url("alice");
        let err = invoke(&a, "team_join", json!({ "url": url })).unwrap_err();
        assert_eq!(err["code"], "password_needed", "{err}");
        let err = invoke(
            &a,
            "team_join",
            json!({ "url": url, "team": null, "password": "wrong" }),
        )
        .unwrap_err();
        // The server answered and refused: not "offline", and its own
        // words reach the form.
        assert_eq!(err["code"], "server_refused", "{err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("password authentication failed"),
            "{err}"
        );
        assert!(invoke(&a, "team_status", json!({})).unwrap()["link"].is_null());
        let joined = invoke(
            &a,
            "team_join",
            json!({ "url": url, "team": "unit-f4", "password": "pw-alice" }),
        )
        .unwrap();
        let link = &joined["status"]["link"];
        assert_eq!(link["team"], "unit-f4");
        assert_eq!(link["member"], "alice");
        assert_eq!(link["pending"], 0);
        assert!(link["last_sync"].is_string(), "{joined}");
        // A note is to send until Sync now, which uses the password typed
        // at the join.
        let fields =
            json!({ "note": "Alice: ask METI", "status": null, "tags": [], "follow_up": null });
        invoke(
            &a,
            "save_annotation",
            json!({ "id": "C2-08", "fields": fields }),
        )
        .unwrap();
        let status = invoke(&a, "team_status", json!({})).unwrap();
        assert_eq!(status["link"]["pending"], 1, "{status}");
        let synced = invoke(&a, "team_sync", json!({})).unwrap();
        assert_eq!(synced["pushed"], 1, "{synced}");
        assert_eq!(synced["status"]["link"]["pending"], 0);
        // Bob's app takes it in, attributed to alice.
        let joined = invoke(
            &b,
            "team_join",
            json!({ "url": c.url("bob"), "password": "pw-bob" }),
        )
        .unwrap();
        assert_eq!(joined["pulled"], 1, "{joined}");
        assert_eq!(joined["changed"], json!(["annotation:C2-08"]));
        let note = invoke(&b, "annotation", json!({ "id": "C2-08" })).unwrap();
        assert_eq!(note["fields"]["note"], "Alice: ask METI");
        let history = invoke(&b, "annotation_history", json!({ "id": "C2-08" })).unwrap();
        assert_eq!(history[0]["origin"], "team:alice", "{history}");
        // Nothing new: a second sync changes nothing.
        let again = invoke(&b, "team_sync", json!({})).unwrap();
        assert_eq!(
            (again["pushed"].clone(), again["pulled"].clone()),
            (json!(0), json!(0))
        );
        // The password is nowhere in the workspace.
        let file = std::fs::read(home_a.path().join("workspace.sqlite")).unwrap();
        assert!(!file.windows(8).any(|w| w == b"pw-alice"));
        // The server gone: offline, said in the status; the note stays to send.
        drop(c);
        let fields = json!({ "note": "Alice: METI answered", "status": null, "tags": [], "follow_up": null });
        invoke(
            &a,
            "save_annotation",
            json!({ "id": "C2-08", "fields": fields }),
        )
        .unwrap();
        let err = invoke(&a, "team_sync", json!({})).unwrap_err();
        assert_eq!(err["code"], "offline", "{err}");
        let status = invoke(&a, "team_status", json!({})).unwrap();
        assert_eq!(status["link"]["last_error_code"], "offline", "{status}");
        assert!(status["link"]["last_error"].is_string());
        assert_eq!(status["link"]["pending"], 1);
        // Leaving keeps every note.
        let left = invoke(&a, "team_leave", json!({})).unwrap();
        assert!(left["link"].is_null());
        let note = invoke(&a, "annotation", json!({ "id": "C2-08" })).unwrap();
        assert_eq!(note["fields"]["note"], "Alice: METI answered");
        let err = invoke(&a, "team_sync", json!({})).unwrap_err();
        assert_eq!(err["code"], "not_found", "{err}");
    }
}
