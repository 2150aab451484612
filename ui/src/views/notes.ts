// "My notes": every annotation in the workspace (orphaned ones flagged, never
// dropped), and sharing bundles: export and import (the shell asks where,
// with its own dialog), with the import report.
import * as api from "../api";
import type { AnnotationEntry } from "../bindings/AnnotationEntry";
import type { BundleImported } from "../bindings/BundleImported";
import type { ApiError } from "../bindings/ApiError";
import type { ImportReport } from "../bindings/ImportReport";
import { h, setChildren } from "../dom";
import { formatDate, formatDateTime, plural } from "../format";
import { type Catalog, firstLine } from "../state";

export interface NotesHandlers {
  onOpen(id: string): void;
  onError(error: ApiError): void;
  /** Saves pending edits before a bundle is written or merged; false when they could not be (nothing happens then). */
  beforeExport(): Promise<boolean>;
  /** After an import changed the workspace. */
  onImported(report: ImportReport): void;
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
      { type: "button", class: "btn", "data-testid": "export-annotations", onclick: () => void this.exportBundle() },
      "Export…",
    );
    this.importBtn = h(
      "button",
      { type: "button", class: "btn", "data-testid": "import-annotations", onclick: () => void this.importBundle() },
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

  /** Export… : the shell asks where, then writes the bundle. */
  async exportBundle(): Promise<void> {
    if (!(await this.handlers.beforeExport())) return;
    try {
      const done = await api.exportAnnotations();
      if (!done) return;
      setChildren(
        this.reportEl,
        h(
          "p",
          { class: "report", "data-testid": "export-report", role: "status" },
          `Exported ${plural(done.revisions, "revision")} to ${done.path}.`,
        ),
      );
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  /** Import… : the shell asks which file, then merges it. */
  async importBundle(): Promise<void> {
    if (!(await this.handlers.beforeExport())) return;
    let done: BundleImported | null;
    try {
      done = await api.importAnnotations();
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
      return;
    }
    if (!done) return;
    setChildren(this.reportEl, this.renderReport(done.path, done.report));
    this.handlers.onImported(done.report);
    await this.refresh();
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
