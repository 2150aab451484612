// The only bridge to the Tauri backend: typed wrappers around the commands,
// the opener and dialog plugins and the window's close request. Every other
// module imports from here (tests mock it).
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { open as dialogOpen, save as dialogSave } from "@tauri-apps/plugin-dialog";
import { openUrl as openerOpenUrl } from "@tauri-apps/plugin-opener";
import type { Annotation } from "./bindings/Annotation";
import type { AnnotationEntry } from "./bindings/AnnotationEntry";
import type { AnnotationFields } from "./bindings/AnnotationFields";
import type { Change } from "./bindings/Change";
import type { CommitmentDetail } from "./bindings/CommitmentDetail";
import type { CommitmentSummary } from "./bindings/CommitmentSummary";
import type { ImportReport } from "./bindings/ImportReport";
import type { ListFilter } from "./bindings/ListFilter";
import type { Overview } from "./bindings/Overview";
import type { Revision } from "./bindings/Revision";
import type { SearchHit } from "./bindings/SearchHit";
import type { WorkspaceStatus } from "./bindings/WorkspaceStatus";
import { toApiError } from "./errors";

export { toApiError } from "./errors";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function overview(): Promise<Overview> {
  return call<Overview>("overview");
}

export function commitments(): Promise<CommitmentSummary[]> {
  return call<CommitmentSummary[]>("commitments");
}

export function filterCommitments(filter: ListFilter): Promise<string[]> {
  return call<string[]>("filter_commitments", { filter });
}

export function commitment(id: string): Promise<CommitmentDetail> {
  return call<CommitmentDetail>("commitment", { id });
}

/**
 * Full-text search over the commitments and the user's notes and tags, best
 * first. Rejects with invalid_input for a blank query (callers never send one).
 */
export function search(query: string, filter: ListFilter, limit: number): Promise<SearchHit[]> {
  return call<SearchHit[]>("search", { query, filter, limit });
}

export async function uiReady(): Promise<void> {
  await call<null>("ui_ready");
}

// --- the workspace (annotations) -------------------------------------------

export function workspaceStatus(): Promise<WorkspaceStatus> {
  return call<WorkspaceStatus>("workspace_status");
}

/** Renames a refused workspace file aside (never deletes it) and opens a fresh one. */
export function resetWorkspace(): Promise<WorkspaceStatus> {
  return call<WorkspaceStatus>("reset_workspace");
}

export function annotation(id: string): Promise<Annotation | null> {
  return call<Annotation | null>("annotation", { id });
}

/** Saves a new revision (none when the fields are unchanged). */
export function saveAnnotation(id: string, fields: AnnotationFields): Promise<Annotation> {
  return call<Annotation>("save_annotation", { id, fields });
}

/** Revisions, newest first. */
export function annotationHistory(id: string): Promise<Revision[]> {
  return call<Revision[]>("annotation_history", { id });
}

export function restoreAnnotation(id: string, revision: number): Promise<Annotation> {
  return call<Annotation>("restore_annotation", { id, revision });
}

/** Rejects with invalid_input when there is nothing to undo. */
export function undo(): Promise<Change> {
  return call<Change>("undo");
}

/** Rejects with invalid_input when there is nothing to redo. */
export function redo(): Promise<Change> {
  return call<Change>("redo");
}

export function annotations(): Promise<AnnotationEntry[]> {
  return call<AnnotationEntry[]>("annotations");
}

/** Writes a sharing bundle; resolves to the number of revisions written. */
export function exportAnnotations(path: string): Promise<number> {
  return call<number>("export_annotations", { path });
}

export function importAnnotations(path: string): Promise<ImportReport> {
  return call<ImportReport>("import_annotations", { path });
}

// --- dialogs, window, browser ---------------------------------------------

const BUNDLE_FILTERS = [{ name: "Briefdesk notes (JSON)", extensions: ["json"] }];

/** Asks where to write a bundle; null when the user cancels. */
export async function chooseExportPath(): Promise<string | null> {
  try {
    return await dialogSave({ title: "Export notes", defaultPath: "briefdesk-notes.json", filters: BUNDLE_FILTERS });
  } catch (e) {
    throw toApiError(e);
  }
}

/** Asks which bundle to import; null when the user cancels. */
export async function chooseImportPath(): Promise<string | null> {
  try {
    const chosen = await dialogOpen({ title: "Import notes", multiple: false, directory: false, filters: BUNDLE_FILTERS });
    return typeof chosen === "string" ? chosen : null;
  } catch (e) {
    throw toApiError(e);
  }
}

/**
 * Runs `handler` (awaited) before the main window closes; when it resolves to
 * false the window stays open. Resolves to an unlisten function.
 */
export async function onCloseRequested(handler: () => Promise<boolean>): Promise<() => void> {
  return getCurrentWindow().onCloseRequested(async (event) => {
    let close = true;
    try {
      close = await handler();
    } catch {
      close = true; // never trap the user in the window
    }
    if (!close) event.preventDefault();
  });
}

/** Opens a URL in the system browser (never in the webview). */
export async function openUrl(url: string): Promise<void> {
  try {
    await openerOpenUrl(url);
  } catch (e) {
    throw toApiError(e);
  }
}
