//! Tauri commands: one-line adapters over `briefdesk_core::api::Api`.
//! No logic lives here; errors cross IPC as `ApiError {code, message}`.

use std::path::PathBuf;

use briefdesk_core::api::{AnnotationEntry, ApiError, Overview, WorkspaceStatus};
use briefdesk_core::query::Filter;
use briefdesk_core::store::{
    Annotation, AnnotationFields, Change, ImportReport, Revision, SearchHit,
};
use briefdesk_core::view::{CommitmentDetail, CommitmentSummary};
use tauri::State;

use crate::AppState;

#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> Result<Overview, ApiError> {
    state.api.overview()
}

#[tauri::command]
pub fn commitments(state: State<'_, AppState>) -> Result<Vec<CommitmentSummary>, ApiError> {
    state.api.commitments()
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

/// The UI calls this once its first screen is on display: logs the startup time.
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>) {
    crate::startup::ui_ready(&state.started);
}

#[tauri::command]
pub fn workspace_status(state: State<'_, AppState>) -> WorkspaceStatus {
    state.api.workspace_status()
}

#[tauri::command]
pub fn reset_workspace(state: State<'_, AppState>) -> Result<WorkspaceStatus, ApiError> {
    state.api.reset_workspace()
}

#[tauri::command]
pub fn annotation(state: State<'_, AppState>, id: String) -> Result<Option<Annotation>, ApiError> {
    state.api.annotation(&id)
}

#[tauri::command]
pub fn save_annotation(
    state: State<'_, AppState>,
    id: String,
    fields: AnnotationFields,
) -> Result<Annotation, ApiError> {
    state.api.save_annotation(&id, fields)
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

#[tauri::command]
pub fn export_annotations(state: State<'_, AppState>, path: PathBuf) -> Result<u32, ApiError> {
    state.api.export_annotations(&path)
}

#[tauri::command]
pub fn import_annotations(
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<ImportReport, ApiError> {
    state.api.import_annotations(&path)
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
