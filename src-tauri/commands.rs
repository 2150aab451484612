//! Tauri commands: one-line adapters over `briefdesk_core::api::Api`.
//! No logic lives here; errors cross IPC as `ApiError {code, message}`.

use briefdesk_core::api::{ApiError, Overview};
use briefdesk_core::query::Filter;
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
