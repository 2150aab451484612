// "Briefs": the list of briefs, starting one (blank, from the built-in
// "Council preparation" template or a saved one, or a quick brief for a
// sector), duplicate, save as template, delete (undo brings it back), and
// the editor of the open brief.
import * as api from "../api";
import type { Unsaved } from "../app";
import type { ApiError } from "../bindings/ApiError";
import type { BriefList } from "../bindings/BriefList";
import type { BriefStart } from "../bindings/BriefStart";
import type { BriefState } from "../bindings/BriefState";
import { h, setChildren } from "../dom";
import { count, formatDateTime } from "../format";
import { t, ta } from "../i18n";
import type { Catalog } from "../state";
// The editor (and its preview) is a chunk of its own, fetched beside the
// first brief the user opens: a fifth of the UI's code the first screen
// never runs (issue 17).
import type { BriefEditor } from "./brief-editor";
const editorModule = (): Promise<typeof import("./brief-editor")> => import("./brief-editor");

export interface BriefsHandlers {
  onError(error: ApiError): void;
  notice(text: string, action?: { label: string; run: () => void }): void;
  /** The open brief may be left: its text is stored (or the user was told why not). */
  mayLeave(): Promise<boolean>;
  /** The system could not open the exported file at `path`. */
  onOpenFailed(path: string): void;
}

function startValue(s: BriefStart): string {
  switch (s.from) {
    case "blank":
      return "blank";
    case "builtin":
      return `builtin:${s.template}`;
    case "template":
      return `template:${s.id}`;
    case "quick":
      return `quick:${s.sector}`;
  }
}

function parseStart(v: string): BriefStart {
  if (v.startsWith("builtin:")) return { from: "builtin", template: v.slice("builtin:".length) };
  if (v.startsWith("template:")) return { from: "template", id: Number(v.slice("template:".length)) };
  return { from: "blank" };
}

export class BriefsView {
  readonly element: HTMLElement;
  editor: BriefEditor | null = null;
  private readonly catalog: Catalog;
  private readonly handlers: BriefsHandlers;
  private readonly listPane: HTMLElement;
  private readonly editorPane: HTMLElement;
  private readonly listEl: HTMLElement;
  private readonly startSelect: HTMLSelectElement;
  private readonly titleInput: HTMLInputElement;
  private readonly quickSelect: HTMLSelectElement;
  private readonly quickNotes: HTMLInputElement;
  private disabledReason: string | null = null;
  private seq = 0;

  constructor(catalog: Catalog, handlers: BriefsHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.startSelect = h("select", { "data-testid": "brief-start", id: "brief-start" });
    this.titleInput = h("input", { type: "text", "data-testid": "brief-new-title", placeholder: t("brief-new-title-placeholder"), autocomplete: "off", id: "brief-new-title" });
    this.quickSelect = h(
      "select",
      { "data-testid": "quick-sector", id: "quick-sector" },
      catalog.overview.sectors.map((s) => h("option", { value: s.id }, catalog.sectorName(s.id))),
    );
    this.quickNotes = h("input", { type: "checkbox", "data-testid": "quick-notes" });
    this.listEl = h("ul", { class: "notes-list", "data-testid": "brief-list", "aria-label": t("briefs-list-label") });
    this.listPane = h(
      "div",
      { class: "briefs-list-pane" },
      h("div", { class: "notes-head" }, h("h2", null, t("briefs-title"))),
      h(
        "div",
        { class: "brief-new" },
        h("label", { class: "field", for: "brief-start" }, h("span", { class: "field-label" }, t("brief-new-from")), this.startSelect),
        h("label", { class: "field grow", for: "brief-new-title" }, h("span", { class: "field-label" }, t("brief-title")), this.titleInput),
        h("button", { type: "button", class: "btn", "data-testid": "brief-create", onclick: () => void this.create() }, t("brief-create")),
        h("span", { class: "brief-new-sep", "aria-hidden": "true" }),
        h("label", { class: "field", for: "quick-sector" }, h("span", { class: "field-label" }, t("brief-quick-for")), this.quickSelect),
        h(
          "button",
          {
            type: "button",
            class: "btn",
            "data-testid": "quick-create",
            title: ta("brief-quick", "title"),
            onclick: () => void this.create({ from: "quick", sector: this.quickSelect.value, notes: this.quickNotes.checked }),
          },
          t("brief-quick"),
        ),
        h("label", { class: "brief-export-opt", title: ta("brief-quick-notes", "title") }, this.quickNotes, " ", t("brief-quick-notes")),
      ),
      this.listEl,
    );
    this.editorPane = h("div", { class: "brief-editor-pane", hidden: true });
    this.element = h("section", { class: "notes briefs", "data-testid": "briefs", "aria-label": t("briefs-title"), hidden: true }, this.listPane, this.editorPane);
  }

  /** Disables the screen with an explanation (the workspace was refused), or enables it. */
  setDisabled(reason: string | null): void {
    this.disabledReason = reason;
    for (const b of this.listPane.querySelectorAll<HTMLButtonElement>("button")) b.disabled = reason !== null;
    if (reason) setChildren(this.listEl, h("li", { class: "muted" }, reason));
  }

  /** Saves the open brief's pending edits; true when all are stored. */
  flush(): Promise<boolean> {
    return this.editor ? this.editor.flush() : Promise.resolve(true);
  }

  /** Reloads the list (and the templates to start from). */
  async refresh(): Promise<void> {
    if (this.disabledReason) return;
    const seq = ++this.seq;
    try {
      const list = await api.briefs();
      if (seq === this.seq) this.renderList(list);
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private renderList(list: BriefList): void {
    const current = this.startSelect.value;
    setChildren(
      this.startSelect,
      h("option", { value: "blank" }, t("brief-blank")),
      list.templates.map((tp) => h("option", { value: startValue(tp.start) }, t(tp.builtin ? "template-builtin" : "template-yours", { title: tp.title }))),
    );
    if (current && [...this.startSelect.options].some((o) => o.value === current)) this.startSelect.value = current;
    else this.startSelect.value = list.templates[0] ? startValue(list.templates[0].start) : "blank";
    const templates = list.templates.filter((t) => !t.builtin);
    setChildren(
      this.listEl,
      list.briefs.length === 0 ? h("li", { class: "empty muted" }, t("briefs-empty")) : null,
      list.briefs.map((b) =>
        h(
          "li",
          { class: "brief-card", "data-testid": "brief-row", "data-id": String(b.id) },
          h(
            "button",
            { type: "button", class: "brief-card-open", "data-testid": "brief-open", onclick: () => void this.open(b.id) },
            h("span", { class: "note-title", translate: "no" }, b.title),
            h(
              "span",
              { class: "note-meta muted" },
              t("brief-card-meta", {
                sections: count("count-sections", b.sections),
                commitments: count("count-commitments", b.commitments),
                saved: formatDateTime(b.updated_at),
              }),
            ),
          ),
          h("div", { class: "brief-card-actions" }, this.rowActions(b.id, b.title)),
        ),
      ),
      templates.length > 0
        ? h(
            "li",
            { class: "muted brief-templates" },
            t("templates-yours", { titles: templates.map((tp) => tp.title).join(t("list-separator")) }),
          )
        : null,
    );
  }

  private rowActions(id: number, title: string): HTMLElement[] {
    return [
      h("button", { type: "button", class: "btn small", "data-testid": "brief-duplicate", onclick: () => void this.duplicate(id, false) }, t("brief-duplicate")),
      h("button", { type: "button", class: "btn small", "data-testid": "brief-save-template", onclick: () => void this.duplicate(id, true) }, t("brief-save-template")),
      h(
        "button",
        {
          type: "button",
          class: "btn small",
          "data-testid": "brief-delete",
          onclick: () => void this.remove(id, title),
        },
        t("brief-delete"),
      ),
    ];
  }

  /** Starts a brief (from the form's choice when `start` is not given) and opens it. */
  async create(start?: BriefStart): Promise<void> {
    const from = start ?? parseStart(this.startSelect.value);
    const title = start ? null : this.titleInput.value.trim() || null;
    try {
      const [state, module] = await Promise.all([api.createBrief(from, title), editorModule()]);
      this.titleInput.value = "";
      this.show(state, module);
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private async duplicate(id: number, asTemplate: boolean): Promise<void> {
    try {
      const state = await api.duplicateBrief(id, null, asTemplate);
      this.handlers.notice(t(asTemplate ? "brief-saved-template" : "brief-duplicated", { title: state.brief.doc.title }));
      await this.refresh();
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private async remove(id: number, title: string): Promise<void> {
    try {
      const list = await api.deleteBrief(id);
      this.renderList(list);
      this.handlers.notice(t("brief-deleted", { title }));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  /** Opens brief `id` in the editor (once the open one is saved). */
  async open(id: number): Promise<void> {
    if (this.editor?.id === id) return;
    if (!(await this.closeEditor())) return;
    try {
      const [state, module] = await Promise.all([api.brief(id), editorModule()]);
      this.show(state, module);
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private show(state: BriefState, { BriefEditor }: typeof import("./brief-editor")): void {
    this.editor = new BriefEditor(this.catalog, state, {
      onBack: () => void this.closeEditor(),
      onError: (e) => this.handlers.onError(e),
      notice: (t, action) => this.handlers.notice(t, action),
      onSaved: () => undefined,
      onOpenFailed: (path) => this.handlers.onOpenFailed(path),
    });
    setChildren(this.editorPane, this.editor.element);
    this.listPane.hidden = true;
    this.editorPane.hidden = false;
    this.element.classList.add("editing");
    this.editor.element.querySelector<HTMLInputElement>("[data-testid=brief-title]")?.focus();
  }

  /** What the open brief has that is not stored (after trying once more); null when nothing. */
  async unsaved(): Promise<Unsaved | null> {
    const editor = this.editor;
    if (!editor || (await editor.flush())) return null;
    return editor.unsaved();
  }

  /** Saves and closes the editor, back to the list; false (it stays open) when it could not be saved. */
  async closeEditor(): Promise<boolean> {
    if (this.editor && !(await this.handlers.mayLeave())) return false;
    this.leaveEditor();
    await this.refresh();
    return true;
  }

  private leaveEditor(): void {
    this.editor = null;
    this.editorPane.replaceChildren();
    this.editorPane.hidden = true;
    this.listPane.hidden = false;
    this.element.classList.remove("editing");
  }

  /** A brief changed elsewhere (undo, redo): show it as it is now. */
  async briefChanged(id: number): Promise<void> {
    if (this.editor && this.editor.id === id) {
      try {
        this.editor.replace(await api.brief(id));
      } catch {
        // Deleted (or its creation undone): back to the list.
        this.leaveEditor();
      }
    }
    await this.refresh();
  }
}
