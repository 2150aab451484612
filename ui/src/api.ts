// The only bridge to the Tauri backend: typed wrappers around the commands,
// the opener plugin and the window's close request. Every other module
// imports from here (tests mock it). File paths never go from here to the
// backend: the commands that write or read a file ask the user with the
// shell's own dialog.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { openUrl as openerOpenUrl } from "@tauri-apps/plugin-opener";
import type { About } from "./bindings/About";
import type { AddedToBrief } from "./bindings/AddedToBrief";
import type { Annotation } from "./bindings/Annotation";
import type { AnnotationEntry } from "./bindings/AnnotationEntry";
import type { AnnotationFields } from "./bindings/AnnotationFields";
import type { AnnotationSaved } from "./bindings/AnnotationSaved";
import type { BriefDoc } from "./bindings/BriefDoc";
import type { BundleExported } from "./bindings/BundleExported";
import type { BundleImported } from "./bindings/BundleImported";
import type { BriefHit } from "./bindings/BriefHit";
import type { BriefList } from "./bindings/BriefList";
import type { BriefRevision } from "./bindings/BriefRevision";
import type { BriefStart } from "./bindings/BriefStart";
import type { BriefState } from "./bindings/BriefState";
import type { ExportOptions } from "./bindings/ExportOptions";
import type { Change } from "./bindings/Change";
import type { CommitmentDetail } from "./bindings/CommitmentDetail";
import type { Lang } from "./bindings/Lang";
import type { ListFilter } from "./bindings/ListFilter";
import type { Revision } from "./bindings/Revision";
import type { SearchHit } from "./bindings/SearchHit";
import type { Start } from "./bindings/Start";
import type { WorkspaceStatus } from "./bindings/WorkspaceStatus";
import type { ChangeReport } from "./bindings/ChangeReport";
import type { Correction } from "./bindings/Correction";
import type { NewsItem } from "./bindings/NewsItem";
import type { OwnRecord } from "./bindings/OwnRecord";
import type { RecordChoices } from "./bindings/RecordChoices";
import type { RecordSaved } from "./bindings/RecordSaved";
import type { RecordShow } from "./bindings/RecordShow";
import type { RecordStatus } from "./bindings/RecordStatus";
import type { TeamStatus } from "./bindings/TeamStatus";
import type { TeamSynced } from "./bindings/TeamSynced";
import { toApiError } from "./errors";

export { toApiError } from "./errors";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

/**
 * Everything the first screen shows, in one round trip: the overview, every
 * commitment, the workspace's status and the user's annotations. `lang` is
 * the UI's: from now on the core writes in it for the app (new briefs,
 * exports that name no language). Rejects only when the dataset cannot be
 * used.
 */
export function start(lang: Lang): Promise<Start> {
  return call<Start>("start", { lang });
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

/** The first screen is usable and painted; `marks`: when the start's phases happened (wall-clock ms). */
export async function uiReady(marks: [string, number][]): Promise<void> {
  await call<null>("ui_ready", { marks });
}

// --- the workspace (annotations) -------------------------------------------

/** Renames a refused workspace file aside (never deletes it) and opens a fresh one. */
export function resetWorkspace(): Promise<WorkspaceStatus> {
  return call<WorkspaceStatus>("reset_workspace");
}

export function annotation(id: string): Promise<Annotation | null> {
  return call<Annotation | null>("annotation", { id });
}

/**
 * Saves a new revision (none when the fields are unchanged), from `base`:
 * the revision the form was read from (0: none). When someone else changed
 * it meanwhile, both are kept and `concurrent` says how.
 */
export function saveAnnotation(id: string, fields: AnnotationFields, base: number): Promise<AnnotationSaved> {
  return call<AnnotationSaved>("save_annotation", { id, fields, base });
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

/** Asks where (save dialog) and writes a sharing bundle there; null when the user cancels. */
export function exportAnnotations(): Promise<BundleExported | null> {
  return call<BundleExported | null>("export_annotations");
}

/**
 * Asks which bundle (open dialog) and merges it; null when the user cancels.
 * A bundle of another dataset version is refused with needs_confirmation;
 * `acceptOtherDataset` then imports the file chosen (no second dialog).
 */
export function importAnnotations(acceptOtherDataset = false): Promise<BundleImported | null> {
  return call<BundleImported | null>("import_annotations", { acceptOtherDataset });
}

// --- briefs ----------------------------------------------------------------

/** Every brief, and the templates a new one can start from. */
export function briefs(): Promise<BriefList> {
  return call<BriefList>("briefs");
}

export function brief(id: number): Promise<BriefState> {
  return call<BriefState>("brief", { id });
}

export function createBrief(start: BriefStart, title: string | null): Promise<BriefState> {
  return call<BriefState>("create_brief", { start, title });
}

/** Saves the whole document as a new revision (none when unchanged), from revision `base` (see saveAnnotation). */
export function saveBrief(id: number, doc: BriefDoc, base: number): Promise<BriefState> {
  return call<BriefState>("save_brief", { id, doc, base });
}

/** Deletes a brief (undo brings it back); resolves to the list as it is now. */
export function deleteBrief(id: number): Promise<BriefList> {
  return call<BriefList>("delete_brief", { id });
}

export function duplicateBrief(id: number, title: string | null, asTemplate: boolean): Promise<BriefState> {
  return call<BriefState>("duplicate_brief", { id, title, asTemplate });
}

/** Revisions, newest first. */
export function briefHistory(id: number): Promise<BriefRevision[]> {
  return call<BriefRevision[]>("brief_history", { id });
}

export function restoreBrief(id: number, revision: number): Promise<BriefState> {
  return call<BriefState>("restore_brief", { id, revision });
}

/** Adds a commitment to a brief, in the section of its sector (made when missing). */
export function addToBrief(id: number, commitment: string): Promise<AddedToBrief> {
  return call<AddedToBrief>("add_to_brief", { id, commitment });
}

/** Briefs whose title, cover or texts hold every word of `query`, best first. */
export function searchBriefs(query: string, limit: number): Promise<BriefHit[]> {
  return call<BriefHit[]>("search_briefs", { query, limit });
}

/** Asks where (save dialog) and exports the brief there; resolves to the path written, null when the user cancels. */
export function exportBrief(id: number, options: ExportOptions): Promise<string | null> {
  return call<string | null>("export_brief", { id, options });
}

/** Opens the file the last export wrote in the system's viewer. */
export function openExport(): Promise<void> {
  return call<void>("open_export");
}

/** The versions, the workspace file and the font licences. */
export function about(): Promise<About> {
  return call<About>("about");
}

// --- the record: own records, corrections, releases --------------------------

/** The release the record is on, the installed ones, what is new, and the user's own records and corrections. */
export function recordStatus(): Promise<RecordStatus> {
  return call<RecordStatus>("record_status");
}

/** What the forms of own records and corrections offer (actors, sources, records, fields). */
export function recordChoices(): Promise<RecordChoices> {
  return call<RecordChoices>("record_choices");
}

/** Adds records of the user's own; a refusal resolves with every problem by field (nothing saved). */
export function addRecords(records: OwnRecord[]): Promise<RecordSaved> {
  return call<RecordSaved>("add_records", { records });
}

/** Corrects a field of a record of the release (the shipped value is kept), with the user's new source (`records`) in the same change. */
export function correctRecord(correction: Correction, records: OwnRecord[]): Promise<RecordSaved> {
  return call<RecordSaved>("correct_record", { correction, records });
}

/** Removes an own record or retires a correction, by entry key (undoable). */
export function removeRecord(key: string): Promise<RecordSaved> {
  return call<RecordSaved>("remove_record", { key });
}

/** One record: as shipped, the user's own or corrections, as shown. */
export function recordShow(id: string): Promise<RecordShow> {
  return call<RecordShow>("record_show", { id });
}

/**
 * "Update the record…": asks which release file (open dialog), checks it and
 * resolves to its change report; null when the user cancels. A release not
 * signed by a trusted key is refused with needs_confirmation;
 * `acceptUnverified` then reads the file chosen (no second dialog).
 */
export function updateRecord(acceptUnverified = false): Promise<ChangeReport | null> {
  return call<ChangeReport | null>("update_record", { acceptUnverified });
}

/** Applies the release whose report was shown; the earlier release stays installed. */
export function applyRelease(retireCovered: boolean): Promise<RecordStatus> {
  return call<RecordStatus>("apply_release", { retireCovered });
}

/** Goes back (or forward) to an installed release. */
export function useRelease(version: string): Promise<RecordStatus> {
  return call<RecordStatus>("use_release", { version });
}

/** The user looked at `records` (null: at everything new); resolves to what is still new. */
export function markSeen(records: string[] | null): Promise<NewsItem[]> {
  return call<NewsItem[]>("mark_seen", { records });
}

// --- the team: sync through the organisation's PostgreSQL ------------------

/** The team the workspace syncs with (link null: none), and how its sync goes. */
export function teamStatus(): Promise<TeamStatus> {
  return call<TeamStatus>("team_status");
}

/**
 * Joins the team at `url` (a libpq URL; `team` when the member is in several)
 * and syncs once. `password`, when typed, is kept in memory by the app for
 * this session only (never stored); without it, PGPASSWORD or ~/.pgpass.
 */
export function teamJoin(url: string, team: string | null, password: string | null): Promise<TeamSynced> {
  return call<TeamSynced>("team_join", { url, team, password });
}

/** Syncs now: sends what the server lacks, takes in what the workspace lacks. */
export function teamSync(password: string | null = null): Promise<TeamSynced> {
  return call<TeamSynced>("team_sync", { password });
}

/** Leaves the team; every revision stays in the workspace. */
export function teamLeave(): Promise<TeamStatus> {
  return call<TeamStatus>("team_leave");
}

/** Runs `handler` after every background sync. Resolves to an unlisten function. */
export async function onTeamSynced(handler: (synced: TeamSynced) => void): Promise<() => void> {
  return listen<TeamSynced>("team-synced", (event) => handler(event.payload));
}

// --- window, browser ------------------------------------------------------

/**
 * Runs `handler` (awaited) before the main window closes; when it resolves to
 * false the window stays open. Resolves, once the shell guards closing, to a
 * function that stops the guard.
 *
 * No event listener: a `listen` makes the shell evaluate a script in the
 * webview, which starts JavaScriptCore in the app process (~5 MiB at
 * start-up, issue 17). The shell answers a pending request instead
 * (src-tauri/close_guard.rs): `close_requested` resolves true when the
 * window is asked to close, false when a newer guard took over.
 */
export async function onCloseRequested(handler: () => Promise<boolean>): Promise<() => void> {
  await call<void>("close_guard");
  let active = true;
  void (async () => {
    for (;;) {
      let requested: boolean;
      try {
        requested = await call<boolean>("close_requested");
      } catch {
        return; // the shell no longer guards: the window closes as usual
      }
      if (!requested) return; // a newer guard answers from now on
      let close = true;
      if (active) {
        try {
          close = await handler();
        } catch {
          close = true; // never trap the user in the window
        }
      }
      if (close) {
        await quitNow().catch(() => undefined);
        return;
      }
    }
  })();
  return () => {
    active = false;
  };
}

/** Closes the window without asking again (after the user chose to quit without saving). */
export async function quitNow(): Promise<void> {
  try {
    await getCurrentWindow().destroy();
  } catch (e) {
    throw toApiError(e);
  }
}

/** Opens a URL in the system browser (never in the webview). */
export async function openUrl(url: string): Promise<void> {
  try {
    await openerOpenUrl(url);
  } catch (e) {
    throw toApiError(e);
  }
}
