// The only bridge to the Tauri backend: typed wrappers around the commands
// and the opener plugin. Every other module imports from here (tests mock it).
import { invoke } from "@tauri-apps/api/core";
import { openUrl as openerOpenUrl } from "@tauri-apps/plugin-opener";
import type { CommitmentDetail } from "./bindings/CommitmentDetail";
import type { CommitmentSummary } from "./bindings/CommitmentSummary";
import type { ListFilter } from "./bindings/ListFilter";
import type { Overview } from "./bindings/Overview";
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

export async function uiReady(): Promise<void> {
  await call<null>("ui_ready");
}

/** Opens a URL in the system browser (never in the webview). */
export async function openUrl(url: string): Promise<void> {
  try {
    await openerOpenUrl(url);
  } catch (e) {
    throw toApiError(e);
  }
}
