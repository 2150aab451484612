// "My notes": every annotation in the workspace (orphaned ones flagged, never
// dropped), and sharing bundles: export and import (the shell asks where,
// with its own dialog), with the import report.
import * as api from "../api";
import type { AnnotationEntry } from "../bindings/AnnotationEntry";
import type { BundleImported } from "../bindings/BundleImported";
import type { ApiError } from "../bindings/ApiError";
import type { ImportReport } from "../bindings/ImportReport";
import { h, setChildren } from "../dom";
import { count, formatDate, formatDateTime } from "../format";
import { t, ta } from "../i18n";
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
      t("notes-export"),
    );
    this.importBtn = h(
      "button",
      { type: "button", class: "btn", "data-testid": "import-annotations", onclick: () => void this.importBundle() },
      t("notes-import"),
    );
    this.listEl = h("ul", { class: "notes-list", "data-testid": "notes-list", "aria-label": t("notes-list-label") });
    this.reportEl = h("div", { class: "import-report-slot", "aria-live": "polite" });
    this.element = h(
      "section",
      { class: "notes", "data-testid": "notes", "aria-labelledby": "notes-title", hidden: true },
      h(
        "div",
        { class: "notes-head" },
        h("h2", { id: "notes-title" }, t("nav-notes")),
        h("div", { class: "notes-actions" }, this.exportBtn, this.importBtn),
      ),
      h(
        "p",
        { class: "muted" },
        t("notes-help"),
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
          t("notes-exported", { revisions: count("count-revisions", done.revisions), path: done.path }),
        ),
      );
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  /**
   * Import… : the shell asks which file, then merges it. A bundle made
   * against another dataset version waits for the user to confirm
   * (`accept`), without a second dialog.
   */
  async importBundle(accept = false): Promise<void> {
    if (!(await this.handlers.beforeExport())) return;
    let done: BundleImported | null;
    try {
      done = await api.importAnnotations(accept);
    } catch (e) {
      const err = api.toApiError(e);
      if (err.code === "needs_confirmation") this.askToConfirm(err.message);
      else this.handlers.onError(err);
      return;
    }
    if (!done) return;
    setChildren(this.reportEl, this.renderReport(done.path, done.report));
    this.handlers.onImported(done.report);
    await this.refresh();
  }

  private askToConfirm(message: string): void {
    setChildren(
      this.reportEl,
      h(
        "div",
        { class: "report confirm", "data-testid": "import-confirm", role: "alert" },
        h("p", { translate: "no" }, message),
        h(
          "div",
          { class: "notes-actions" },
          h("button", { type: "button", class: "btn primary", "data-testid": "import-confirm-yes", onclick: () => void this.importBundle(true) }, t("import-anyway")),
          h("button", { type: "button", class: "btn", "data-testid": "import-confirm-no", onclick: () => this.reportEl.replaceChildren() }, t("import-cancel")),
        ),
      ),
    );
    this.reportEl.querySelector<HTMLElement>("[data-testid=import-confirm-yes]")?.focus();
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
      h("span", { class: "note-id", translate: "no" }, id),
      h(
        "span",
        { class: "note-main" },
        h("span", { class: "note-title", translate: "no" }, e.title ?? id),
        e.orphaned
          ? h(
              "span",
              { class: "badge orphaned", "data-testid": "orphaned", title: ta("orphaned", "title") },
              t("orphaned"),
            )
          : null,
        h("span", { class: "note-line muted", translate: "no" }, firstLine(f.note)),
        h(
          "span",
          { class: "note-meta" },
          f.status
            ? h("span", { class: `badge ustatus us-${f.status}`, "data-user-status": f.status }, this.catalog.userStatusLabel(f.status))
            : null,
          f.tags.map((tag) => h("span", { class: "chip tag", translate: "no" }, tag)),
          f.follow_up ? h("span", { class: "follow-up" }, t("notes-follow-up", { date: formatDate(f.follow_up) })) : null,
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
            h("h4", null, t("import-group", { title, count: String(ids.length) }), h("span", { class: "muted" }, ` · ${hint}`)),
            h("ul", { class: "chips", translate: "no" }, ids.map((id) => h("li", { class: "chip" }, id))),
          );
    return h(
      "div",
      { class: "report", "data-testid": "import-report", role: "status" },
      h(
        "p",
        null,
        t("import-summary", {
          path,
          added: count("count-new-revisions", r.revisions_added),
          present: String(r.revisions_already_present),
        }),
      ),
      group(t("import-added"), "import-added", r.added, t("import-added-hint")),
      group(t("import-updated"), "import-updated", r.updated, t("import-updated-hint")),
      group(t("import-kept"), "import-kept", r.kept, t("import-kept-hint")),
      r.added.length + r.updated.length + r.kept.length === 0 ? h("p", { class: "muted" }, t("import-nothing")) : null,
    );
  }
}
