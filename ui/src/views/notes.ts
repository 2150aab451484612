// "My notes": every annotation in the workspace (orphaned ones flagged, never
// dropped), and sharing bundles: export and import, with the import report.
// exportTo/importFrom are the dialog-free actions (end-to-end tests call them).
import * as api from "../api";
import type { AnnotationEntry } from "../bindings/AnnotationEntry";
import type { ApiError } from "../bindings/ApiError";
import type { ImportReport } from "../bindings/ImportReport";
import { h, setChildren } from "../dom";
import { formatDate, formatDateTime, plural } from "../format";
import { type Catalog, firstLine } from "../state";

export interface NotesHandlers {
  onOpen(id: string): void;
  onError(error: ApiError): void;
  /** Saves pending edits before a bundle is written. */
  beforeExport(): Promise<unknown>;
  /** After an import changed the workspace. */
  onImported(report: ImportReport): void;
}

let active: NotesView | null = null;

/** Writes a bundle to `path` (no dialog); resolves to the revisions written. */
export async function exportTo(path: string): Promise<number> {
  if (!active) throw new Error("the notes view is not ready");
  return active.exportTo(path);
}

/** Imports the bundle at `path` (no dialog); resolves to the report. */
export async function importFrom(path: string): Promise<ImportReport> {
  if (!active) throw new Error("the notes view is not ready");
  return active.importFrom(path);
}

export class NotesView {
  readonly element: HTMLElement;
  private readonly catalog: Catalog;
  private readonly handlers: NotesHandlers;
  private readonly listEl: HTMLElement;
  private readonly reportEl: HTMLElement;
  private readonly exportBtn: HTMLButtonElement;
  private readonly importBtn: HTMLButtonElement;
  private disabledReason: string | null = null;
  private seq = 0;

  constructor(catalog: Catalog, handlers: NotesHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.exportBtn = h(
      "button",
      { type: "button", class: "btn", "data-testid": "export-annotations", onclick: () => void this.chooseExport() },
      "Export…",
    );
    this.importBtn = h(
      "button",
      { type: "button", class: "btn", "data-testid": "import-annotations", onclick: () => void this.chooseImport() },
      "Import…",
    );
    this.listEl = h("ul", { class: "notes-list", "data-testid": "notes-list", "aria-label": "Your notes" });
    this.reportEl = h("div", { class: "import-report-slot", "aria-live": "polite" });
    this.element = h(
      "section",
      { class: "notes", "data-testid": "notes", "aria-labelledby": "notes-title", hidden: true },
      h(
        "div",
        { class: "notes-head" },
        h("h2", { id: "notes-title" }, "My notes"),
        h("div", { class: "notes-actions" }, this.exportBtn, this.importBtn),
      ),
      h(
        "p",
        { class: "muted" },
        "Share your notes with a colleague as a file; importing merges theirs with yours and never deletes anything.",
      ),
      this.reportEl,
      this.listEl,
    );
    active = this;
  }

  /** Disables the workspace actions with an explanation (null: enabled). */
  setDisabled(reason: string | null): void {
    this.disabledReason = reason;
    this.exportBtn.disabled = reason !== null;
    this.importBtn.disabled = reason !== null;
  }

  /** Reloads the list of annotations. */
  async refresh(): Promise<void> {
    const seq = ++this.seq;
    if (this.disabledReason) {
      setChildren(this.listEl, h("li", { class: "empty muted" }, this.disabledReason));
      return;
    }
    try {
      const entries = await api.annotations();
      if (seq !== this.seq) return;
      this.render(entries);
    } catch (e) {
      if (seq === this.seq) this.handlers.onError(api.toApiError(e));
    }
  }

  async exportTo(path: string): Promise<number> {
    await this.handlers.beforeExport();
    try {
      const n = await api.exportAnnotations(path);
      setChildren(
        this.reportEl,
        h("p", { class: "report", "data-testid": "export-report", role: "status" }, `Exported ${plural(n, "revision")} to ${path}.`),
      );
      return n;
    } catch (e) {
      const err = api.toApiError(e);
      this.handlers.onError(err);
      throw err;
    }
  }

  async importFrom(path: string): Promise<ImportReport> {
    await this.handlers.beforeExport();
    let report: ImportReport;
    try {
      report = await api.importAnnotations(path);
    } catch (e) {
      const err = api.toApiError(e);
      this.handlers.onError(err);
      throw err;
    }
    setChildren(this.reportEl, this.renderReport(path, report));
    this.handlers.onImported(report);
    await this.refresh();
    return report;
  }

  private async chooseExport(): Promise<void> {
    try {
      const path = await api.chooseExportPath();
      if (path) await this.exportTo(path);
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private async chooseImport(): Promise<void> {
    try {
      const path = await api.chooseImportPath();
      if (path) await this.importFrom(path);
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private render(entries: AnnotationEntry[]): void {
    if (entries.length === 0) {
      setChildren(
        this.listEl,
        h("li", { class: "empty muted" }, "No notes yet. Open a commitment and write in “Your notes”."),
      );
      return;
    }
    setChildren(this.listEl, entries.map((e) => this.renderEntry(e)));
  }

  private renderEntry(e: AnnotationEntry): HTMLElement {
    const a = e.annotation;
    const id = a.commitment;
    const f = a.fields;
    const body = [
      h("span", { class: "note-id" }, id),
      h(
        "span",
        { class: "note-main" },
        h("span", { class: "note-title" }, e.title ?? id),
        e.orphaned
          ? h(
              "span",
              { class: "badge orphaned", "data-testid": "orphaned", title: "The annotation is kept" },
              "No longer in the dataset",
            )
          : null,
        h("span", { class: "note-line muted" }, firstLine(f.note)),
        h(
          "span",
          { class: "note-meta" },
          f.status
            ? h("span", { class: `badge ustatus us-${f.status}`, "data-user-status": f.status }, this.catalog.userStatusLabel(f.status))
            : null,
          f.tags.map((t) => h("span", { class: "chip tag" }, t)),
          f.follow_up ? h("span", { class: "follow-up" }, `Follow up ${formatDate(f.follow_up)}`) : null,
          h("time", { class: "muted", datetime: a.updated_at }, formatDateTime(a.updated_at)),
        ),
      ),
    ];
    return h(
      "li",
      { class: e.orphaned ? "note-row orphaned" : "note-row", "data-testid": `note-row-${id}` },
      e.orphaned
        ? h("div", { class: "note-body" }, body)
        : h("button", { type: "button", class: "note-body", onclick: () => this.handlers.onOpen(id) }, body),
    );
  }

  private renderReport(path: string, r: ImportReport): HTMLElement {
    const group = (title: string, testid: string, ids: string[], hint: string): HTMLElement | null =>
      ids.length === 0
        ? null
        : h(
            "div",
            { class: "report-group", "data-testid": testid },
            h("h4", null, `${title} (${ids.length})`, h("span", { class: "muted" }, ` · ${hint}`)),
            h("ul", { class: "chips" }, ids.map((id) => h("li", { class: "chip" }, id))),
          );
    return h(
      "div",
      { class: "report", "data-testid": "import-report", role: "status" },
      h("p", null, `Imported ${path}: ${plural(r.revisions_added, "new revision")}, ${r.revisions_already_present} already here.`),
      group("Added", "import-added", r.added, "annotated for the first time"),
      group("Updated", "import-updated", r.updated, "the colleague's newer version is now current"),
      group("Kept", "import-kept", r.kept, "your newer version stays current"),
      r.added.length + r.updated.length + r.kept.length === 0 ? h("p", { class: "muted" }, "Nothing changed.") : null,
    );
  }
}
