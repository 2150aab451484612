// The brief editor: cover fields, sections you add, remove and reorder,
// background and talking points, commitments picked through the search and
// the sector filter, ordered by drag and drop or from the keyboard (Alt+↑/↓
// on a row, or its ↑/↓ buttons). Everything is saved as you type (the whole
// document, debounced; structural changes at once) and the live preview
// shows the core's view of the brief as it will read.
import * as api from "../api";
import type { Unsaved } from "../app";
import { AutoSaver, type SaveState } from "../autosave";
import type { ApiError } from "../bindings/ApiError";
import type { BriefDoc } from "../bindings/BriefDoc";
import type { BriefRevision } from "../bindings/BriefRevision";
import type { BriefState } from "../bindings/BriefState";
import type { ExportFormat } from "../bindings/ExportFormat";
import type { ExportOptions } from "../bindings/ExportOptions";
import type { Section } from "../bindings/Section";
import type { SearchHit } from "../bindings/SearchHit";
import { h, setChildren } from "../dom";
import { errorText } from "./error-text";
import { count, formatDateTime } from "../format";
import { baseLang, LANGS, type Lang, t, ta } from "../i18n";
import { type Catalog, emptyFilter } from "../state";
import { fieldWords, saveStateText } from "./annotation";
import { renderPreview } from "./brief-preview";
import { DateField } from "./date-field";

export const SINCE_LAST_COUNCIL = "since-last-council";
const PICKER_LIMIT = 20;

export interface BriefEditorHandlers {
  onBack(): void;
  onError(error: ApiError): void;
  notice(text: string, action?: { label: string; run: () => void }): void;
  /** A save committed (the list shows the new title). */
  onSaved(state: BriefState): void;
  /** The system could not open the exported file at `path`. */
  onOpenFailed(path: string): void;
}

/** What is being dragged. */
type Drag = { kind: "section"; from: number } | { kind: "item"; section: number; from: number };

export function sectionKey(s: Section): string {
  return s.kind === "since-last-council" ? SINCE_LAST_COUNCIL : (s.sector ?? "");
}

/** A textarea as tall as its text. */
function fitHeight(el: HTMLTextAreaElement): void {
  el.style.height = "auto";
  if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
}

/** Moves `list[from]` to position `to` (clamped). */
export function moveInArray<T>(list: T[], from: number, to: number): void {
  if (from < 0 || from >= list.length) return;
  const [x] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(to, list.length)), 0, x);
}

export class BriefEditor {
  readonly element: HTMLElement;
  readonly id: number;
  private readonly catalog: Catalog;
  private readonly handlers: BriefEditorHandlers;
  private doc: BriefDoc;
  private readonly saver: AutoSaver<string>;
  private readonly stateEl: HTMLElement;
  private readonly coverEl: HTMLElement;
  private readonly sectionsEl: HTMLElement;
  private readonly addSectionEl: HTMLElement;
  private readonly previewEl: HTMLElement;
  private readonly previewCol: HTMLElement;
  /** The revision the form was read from: saves say so, and the core merges a change made meanwhile. */
  private base: number;
  /** The cover's date field (its text may not be a date yet). */
  private dateField: DateField | null = null;
  /** The field typed in last (where an unsaved text is). */
  private lastEdited: HTMLElement | null = null;
  private readonly history: HTMLDetailsElement;
  private readonly draft: HTMLInputElement;
  private readonly withNotes: HTMLInputElement;
  private readonly exportLang: HTMLSelectElement;
  /** Says in words whether the export carries the user's notes. */
  private readonly notesLine: HTMLElement;
  /** How many of the brief's commitments show the user's note. */
  private notedItems = 0;
  private readonly historyList: HTMLElement;
  private drag: Drag | null = null;
  /** Per section key: the picker's query and filters. */
  private readonly pickers = new Map<string, { query: string; sectorOnly: boolean; meeting: string | null; seq: number }>();

  constructor(catalog: Catalog, state: BriefState, handlers: BriefEditorHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.id = state.brief.id;
    this.base = state.brief.revision;
    this.doc = structuredClone(state.brief.doc);
    this.saver = new AutoSaver<string>(
      {
        read: () => JSON.stringify(this.doc),
        same: (a, b) => a === b,
        check: () => {
          const error = this.dateField?.error;
          return error ? t("brief-date-invalid", { text: this.dateField?.text.trim() ?? "", error }) : null;
        },
        save: async (json) => {
          const saved = await api.saveBrief(this.id, JSON.parse(json) as BriefDoc, this.base);
          this.base = saved.brief.revision;
          this.showPreview(saved);
          this.handlers.onSaved(saved);
          const c = saved.concurrent;
          if (!c || c.kept_theirs.length + c.overridden.length === 0) return;
          const what = t("unsaved-brief", { title: saved.brief.doc.title });
          this.handlers.notice(
            c.overridden.length > 0
              ? t("concurrent-overridden", { what, fields: fieldWords(c.overridden) })
              : t("concurrent-kept", { what, fields: fieldWords(c.kept_theirs) }),
          );
          // The merged brief, unless the user typed on meanwhile (saved next, from it).
          if (JSON.stringify(this.doc) !== json) return JSON.stringify(saved.brief.doc);
          this.showDoc(saved.brief.doc);
          return JSON.stringify(this.doc);
        },
        render: (s, error) => this.renderState(s, error),
      },
      JSON.stringify(this.doc),
    );
    this.saver.active = true;
    this.stateEl = h("span", { class: "annotation-state", "data-testid": "brief-state", role: "status", "aria-live": "polite" }, saveStateText("saved", null));
    this.coverEl = h("div", { class: "brief-cover" });
    this.sectionsEl = h("ol", { class: "brief-sections", "data-testid": "brief-sections", "aria-label": t("brief-sections-label") });
    this.addSectionEl = h("div", { class: "brief-add-section" });
    this.previewEl = h("div", { class: "brief-preview-slot" });
    this.draft = h("input", { type: "checkbox", "data-testid": "export-draft" });
    this.withNotes = h("input", { type: "checkbox", "data-testid": "export-notes", checked: true, onchange: () => this.renderNotesLine() });
    // The export's own language: a brief for the Japanese side, in Japanese, from an English app.
    this.exportLang = h(
      "select",
      { class: "export-lang", "data-testid": "export-lang", "aria-label": t("export-lang") },
      LANGS.map((l) => h("option", { value: l.lang, lang: l.lang, selected: l.lang === baseLang() }, l.name)),
    );
    this.notesLine = h("p", { class: "brief-notes-line muted", "data-testid": "export-notes-line", "aria-live": "polite" });
    this.previewCol = h(
      "section",
      { class: "brief-preview-col", "data-testid": "brief-preview-col", tabindex: "0", "aria-labelledby": `preview-head-${this.id}` },
      h(
        "div",
        { class: "preview-bar" },
        h("h3", { class: "preview-head", id: `preview-head-${this.id}` }, t("preview")),
        h(
          "button",
          { type: "button", class: "btn small preview-jump", "data-testid": "preview-back", onclick: () => this.jumpTo(this.coverEl) },
          t("preview-back"),
        ),
      ),
      this.previewEl,
    );
    this.historyList = h("ol", { class: "history-list", "data-testid": "brief-history-list" });
    this.history = h(
      "details",
      {
        class: "annotation-history brief-history",
        "data-testid": "brief-history",
        ontoggle: () => {
          if (this.history.open) void this.loadHistory();
        },
      },
      h("summary", null, t("history")),
      this.historyList,
    );
    this.element = h(
      "div",
      { class: "brief-editor", "data-testid": "brief-editor", "data-id": String(this.id) },
      h(
        "div",
        { class: "brief-toolbar" },
        h("button", { type: "button", class: "btn small", "data-testid": "brief-back", onclick: () => this.handlers.onBack() }, t("brief-back")),
        this.stateEl,
        h("span", { class: "grow" }),
        h(
          "button",
          { type: "button", class: "btn small preview-jump", "data-testid": "preview-jump", onclick: () => this.jumpTo(this.previewCol) },
          t("preview-jump"),
        ),
        h(
          "span",
          { class: "brief-export", role: "group", "aria-label": t("export-group") },
          h("label", { class: "brief-export-opt", title: t("export-draft-title") }, this.draft, " ", t("export-draft")),
          h("label", { class: "brief-export-opt", title: t("export-notes-title") }, this.withNotes, " ", t("export-notes")),
          h("label", { class: "brief-export-opt", title: t("export-lang-title") }, t("export-lang"), " ", this.exportLang),
          h("button", { type: "button", class: "btn small", "data-testid": "brief-export-md", onclick: () => void this.chooseExport("markdown") }, t("export-markdown")),
          h("button", { type: "button", class: "btn small", "data-testid": "brief-export-docx", onclick: () => void this.chooseExport("docx") }, t("export-word")),
          h("button", { type: "button", class: "btn small primary", "data-testid": "brief-export", onclick: () => void this.chooseExport("pdf") }, t("export-pdf")),
        ),
      ),
      this.notesLine,
      this.history,
      h(
        "div",
        { class: "brief-columns" },
        h(
          "div",
          {
            class: "brief-edit-col",
            oninput: (e: Event) => {
              if (e.target instanceof HTMLElement) this.lastEdited = e.target;
            },
          },
          this.coverEl,
          this.sectionsEl,
          this.addSectionEl,
        ),
        this.previewCol,
      ),
    );
    this.renderCover();
    this.renderSections();
    this.showPreview(state);
  }

  /** Saves now whatever is pending; true when everything shown is stored. */
  flush(): Promise<boolean> {
    return this.saver.flush();
  }

  isDirty(): boolean {
    return this.saver.isDirty();
  }

  /** What is not saved, for the app's message (call after a failed flush). */
  unsaved(): Unsaved {
    return {
      what: t("unsaved-brief", { title: this.doc.title || t("brief-untitled") }),
      discarded: t("discarded-brief", { title: this.doc.title || t("brief-untitled") }),
      error: this.saver.lastError,
      focus: () => {
        const target = this.lastEdited?.isConnected ? this.lastEdited : this.coverEl.querySelector<HTMLElement>("input");
        target?.scrollIntoView?.({ block: "center" });
        target?.focus();
      },
      discard: () => {
        this.doc = JSON.parse(this.saver.storedValue) as BriefDoc;
        this.saver.setStored(this.saver.storedValue);
        this.renderState("saved", null);
        this.renderCover();
        this.renderSections();
      },
    };
  }

  /** Scrolls `el` into view and moves the focus there (the preview and the editor, when they are stacked). */
  private jumpTo(el: HTMLElement): void {
    el.scrollIntoView?.({ block: "start" });
    (el.matches("[tabindex]") ? el : el.querySelector<HTMLElement>("input, textarea, select, button"))?.focus();
  }

  /** The brief changed elsewhere (undo, redo, restore): show it as stored. */
  replace(state: BriefState): void {
    this.base = state.brief.revision;
    this.showDoc(state.brief.doc);
    this.saver.setStored(JSON.stringify(this.doc));
    this.renderState("saved", null);
    this.showPreview(state);
    if (this.history.open) void this.loadHistory();
  }

  /** Shows `doc` in the form, the focus staying on the field that had it. */
  private showDoc(doc: BriefDoc): void {
    const active = this.element.ownerDocument.activeElement;
    const key =
      active instanceof HTMLElement && this.element.contains(active)
        ? ["testid", "key", "index", "id"].map((k) => active.dataset[k] ?? "").join("|")
        : null;
    this.doc = structuredClone(doc);
    this.renderCover();
    this.renderSections();
    if (key === null) return;
    for (const el of this.element.querySelectorAll<HTMLElement>("[data-testid]")) {
      if (["testid", "key", "index", "id"].map((k) => el.dataset[k] ?? "").join("|") === key) {
        el.focus();
        return;
      }
    }
  }

  /** Loads and renders the brief's versions, newest first, each restorable. */
  async loadHistory(): Promise<void> {
    try {
      const revisions = await api.briefHistory(this.id);
      setChildren(this.historyList, revisions.map((r) => this.renderRevision(r)));
    } catch (e) {
      setChildren(this.historyList, h("li", { class: "error-text" }, errorText(api.toApiError(e))));
    }
  }

  private renderRevision(r: BriefRevision): HTMLElement {
    const what = r.doc
      ? t("brief-revision", {
          title: r.doc.title,
          sections: count("count-sections", r.doc.sections.length),
          commitments: count("count-commitments", r.doc.sections.reduce((n, s) => n + s.items.length, 0)),
        })
      : t("brief-revision-deleted");
    return h(
      "li",
      { class: r.current ? "revision current" : "revision", "data-testid": `brief-revision-${r.id}` },
      h("time", { datetime: r.updated_at }, formatDateTime(r.updated_at)),
      h("span", { class: "rev-origin" }, briefOrigin(r.origin)),
      h("span", { class: "rev-note" }, what),
      r.current
        ? h("span", { class: "badge current" }, t("history-current"))
        : r.doc
          ? h(
              "button",
              { type: "button", class: "btn small", "data-testid": `brief-restore-${r.id}`, onclick: () => void this.restore(r.id) },
              t("history-restore"),
            )
          : null,
    );
  }

  private async restore(revision: number): Promise<void> {
    await this.flush();
    try {
      this.replace(await api.restoreBrief(this.id, revision));
      this.handlers.notice(t("brief-restored"));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  /** The export options the toolbar shows. */
  private exportOptions(format: ExportFormat): ExportOptions {
    return { format, date: null, draft: this.draft.checked, annotations: this.withNotes.checked, lang: this.exportLang.value as Lang };
  }

  /** Export → the shell's save dialog → the core writes the file → a notice with "Open". */
  private async chooseExport(format: ExportFormat): Promise<void> {
    try {
      if (!(await this.flush())) {
        this.handlers.notice(t("export-not-saved"));
        return;
      }
      this.element.dataset.exporting = "true";
      const options = this.exportOptions(format);
      const written = await api.exportBrief(this.id, options);
      if (!written) return;
      this.handlers.notice(t("exported", { path: written, notes: options.annotations ? "yes" : "no" }), {
        label: t("exported-open"),
        run: () => void api.openExport().catch(() => this.handlers.onOpenFailed(written)),
      });
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    } finally {
      delete this.element.dataset.exporting;
    }
  }

  // --- editing ------------------------------------------------------------

  /** A text edit: saved after a pause. */
  private edit(change: (doc: BriefDoc) => void): void {
    change(this.doc);
    this.saver.changed();
  }

  /** A structural edit: re-rendered and saved at once; `focus` picks what gets focus after. */
  private mutate(change: (doc: BriefDoc) => void, focus?: string): void {
    change(this.doc);
    this.renderSections();
    this.saver.changed();
    void this.saver.flush();
    if (focus) this.sectionsEl.querySelector<HTMLElement>(focus)?.focus();
  }

  private renderNotesLine(): void {
    const n = this.notedItems;
    this.notesLine.textContent =
      n === 0
        ? t("export-notes-none")
        : this.withNotes.checked
          ? t("export-notes-in", { count: n, number: String(n) })
          : t("export-notes-out");
  }

  private showPreview(state: BriefState): void {
    this.notedItems = state.view.sections.reduce((n, s) => n + s.items.filter((i) => i.annotation !== null).length, 0);
    this.renderNotesLine();
    setChildren(this.previewEl, renderPreview(this.catalog, state.view));
  }

  private renderState(state: SaveState, error: string | null): void {
    this.stateEl.textContent = saveStateText(state, error);
    this.stateEl.classList.toggle("error", state === "error");
    this.element.dataset.state = state;
  }

  // --- cover ----------------------------------------------------------------

  private renderCover(): void {
    const d = this.doc;
    const field = (label: string, input: HTMLElement): HTMLElement =>
      h("label", { class: "field" }, h("span", { class: "field-label" }, label), input);
    const text = (testid: string, value: string, set: (v: string) => void, placeholder = ""): HTMLInputElement =>
      h("input", {
        type: "text",
        "data-testid": testid,
        value,
        placeholder,
        autocomplete: "off",
        oninput: (e: Event) => this.edit(() => set((e.target as HTMLInputElement).value)),
      });
    const otherText = d.meeting?.kind === "other" ? d.meeting.text : "";
    const meetingText = text("brief-meeting-text", otherText, (v) => {
      this.doc.meeting = { kind: "other", text: v };
    }, t("brief-meeting-other-placeholder"));
    meetingText.hidden = d.meeting?.kind !== "other";
    const meeting = h(
      "select",
      {
        "data-testid": "brief-meeting",
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          meetingText.hidden = v !== "other";
          this.edit((doc) => {
            if (v === "") doc.meeting = null;
            else if (v === "other") doc.meeting = { kind: "other", text: meetingText.value };
            else doc.meeting = { kind: "dataset", id: v };
          });
        },
      },
      h("option", { value: "" }, t("brief-meeting-none")),
      this.catalog.overview.meetings.map((m) => h("option", { value: m.id }, this.catalog.meetingOption(m))),
      h("option", { value: "other" }, t("brief-meeting-other")),
    );
    meeting.value = d.meeting === null ? "" : d.meeting.kind === "other" ? "other" : d.meeting.id;
    // A title of one paragraph that wraps, so a long one is read whole.
    const title = h("textarea", {
      class: "brief-title-input",
      "data-testid": "brief-title",
      rows: 1,
      autocomplete: "off",
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === "Enter") e.preventDefault();
      },
      oninput: () => {
        const flat = title.value.replace(/\s*[\r\n]+\s*/g, " ");
        if (flat !== title.value) title.value = flat;
        fitHeight(title);
        this.edit((doc) => {
          doc.title = flat;
        });
      },
    });
    title.value = d.title;
    // Once it is laid out, and again whenever its width changes.
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => fitHeight(title)).observe(title);
    const date = new DateField({
      label: t("brief-date"),
      testid: "brief-date",
      onChange: () =>
        this.edit((doc) => {
          const v = date.value;
          // A date that is not one yet stays in the field (and is not saved) until it is.
          if (v !== undefined) doc.date = v;
        }),
    });
    date.set(d.date ?? null);
    this.dateField = date;
    setChildren(
      this.coverEl,
      h("label", { class: "field wide" }, h("span", { class: "field-label" }, t("brief-title")), title),
      h(
        "div",
        { class: "brief-cover-row" },
        field(t("brief-meeting"), meeting),
        meetingText,
        date.element,
      ),
      h(
        "div",
        { class: "brief-cover-row" },
        field(t("brief-author"), text("brief-author", d.author, (v) => {
          this.doc.author = v;
        })),
        field(t("brief-audience"), text("brief-audience", d.audience, (v) => {
          this.doc.audience = v;
        })),
        field(t("brief-marking"), text("brief-marking", d.marking, (v) => {
          this.doc.marking = v;
        }, t("brief-marking-placeholder"))),
      ),
    );
  }

  // --- sections -------------------------------------------------------------

  private heading(s: Section): string {
    return s.kind === "since-last-council" ? t("since-last-council") : this.catalog.sectorName(s.sector ?? "");
  }

  renderSections(): void {
    const n = this.doc.sections.length;
    setChildren(
      this.sectionsEl,
      n === 0 ? h("li", { class: "empty muted" }, t("sections-empty")) : null,
      this.doc.sections.map((s, i) => this.renderSection(s, i, n)),
    );
    this.renderAddSection();
  }

  private moveButtons(testid: string, key: string, i: number, n: number, move: (to: number) => void): HTMLElement[] {
    return [
      h("button", { type: "button", class: "btn icon", "data-testid": `${testid}-up`, "data-key": key, title: ta("move-up", "title"), "aria-label": t("move-up"), disabled: i === 0, onclick: () => move(i - 1) }, "↑"),
      h("button", { type: "button", class: "btn icon", "data-testid": `${testid}-down`, "data-key": key, title: ta("move-down", "title"), "aria-label": t("move-down"), disabled: i === n - 1, onclick: () => move(i + 1) }, "↓"),
    ];
  }

  /** Alt+↑/↓ on a row moves it. */
  private onRowKey(e: KeyboardEvent, i: number, move: (to: number) => void): void {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(e.key === "ArrowUp" ? i - 1 : i + 1);
  }

  private renderSection(s: Section, i: number, n: number): HTMLElement {
    const key = sectionKey(s);
    const moveSection = (to: number): void =>
      this.mutate((d) => moveInArray(d.sections, i, to), `[data-testid=section-handle][data-key="${key}"]`);
    const background = h("textarea", {
      class: "brief-text",
      "data-testid": "section-background",
      "data-key": key,
      rows: 3,
      placeholder: s.prompts?.background || t("section-background-placeholder"),
      // The brief's own prompts are its text (written in the language it was started in).
      translate: s.prompts?.background ? "no" : null,
      oninput: (e: Event) => this.edit(() => {
        s.background = (e.target as HTMLTextAreaElement).value;
      }),
    });
    background.value = s.background;
    const el = h(
      "li",
      {
        class: "brief-section",
        "data-testid": "section",
        "data-key": key,
        ondragover: (e: Event) => {
          if (this.drag?.kind === "section") e.preventDefault();
        },
        ondrop: (e: Event) => {
          if (this.drag?.kind !== "section") return;
          e.preventDefault();
          const from = this.drag.from;
          this.drag = null;
          this.mutate((d) => moveInArray(d.sections, from, i));
        },
      },
      h(
        "div",
        { class: "brief-section-head" },
        h(
          "button",
          {
            type: "button",
            class: "drag-handle",
            draggable: "true",
            "data-testid": "section-handle",
            "data-key": key,
            title: t("drag-title"),
            "aria-label": t("section-handle-label", { position: String(i + 1), total: String(n), heading: this.heading(s) }),
            ondragstart: (e: Event) => {
              this.drag = { kind: "section", from: i };
              (e as DragEvent).dataTransfer?.setData("text/plain", key);
            },
            ondragend: () => {
              this.drag = null;
            },
            onkeydown: (e: Event) => this.onRowKey(e as KeyboardEvent, i, moveSection),
          },
          "⠿",
        ),
        h("h3", { class: "brief-section-title" }, `${i + 1}. ${this.heading(s)}`),
        this.moveButtons("section", key, i, n, moveSection),
        h(
          "button",
          {
            type: "button",
            class: "btn small",
            "data-testid": "section-remove",
            "data-key": key,
            onclick: () => {
              this.mutate((d) => d.sections.splice(i, 1));
              this.handlers.notice(t("section-removed", { heading: this.heading(s) }));
            },
          },
          t("remove"),
        ),
      ),
      s.kind === "since-last-council" ? h("p", { class: "muted" }, t("since-last-council-help")) : null,
      h("label", { class: "field wide" }, h("span", { class: "field-label" }, t("section-background")), background),
      this.renderPoints(s, key),
      s.kind === "sector" ? this.renderItems(s, i, key) : null,
    );
    return el;
  }

  private renderPoints(s: Section, key: string): HTMLElement {
    const n = s.talking_points.length;
    return h(
      "div",
      { class: "brief-points" },
      h("span", { class: "field-label" }, t("talking-points")),
      h(
        "ol",
        { class: "brief-point-list" },
        s.talking_points.map((p, j) => {
          const move = (to: number): void =>
            this.mutate(() => moveInArray(s.talking_points, j, to), `[data-testid=talking-point][data-key="${key}"][data-index="${Math.max(0, Math.min(to, n - 1))}"]`);
          const input = h("input", {
            type: "text",
            class: "brief-point",
            "data-testid": "talking-point",
            "data-key": key,
            "data-index": String(j),
            value: p,
            placeholder: s.prompts?.talking_points || t("talking-point-placeholder"),
            translate: s.prompts?.talking_points ? "no" : null,
            oninput: (e: Event) => this.edit(() => {
              s.talking_points[j] = (e.target as HTMLInputElement).value;
            }),
            onkeydown: (e: Event) => this.onRowKey(e as KeyboardEvent, j, move),
          });
          return h(
            "li",
            { class: "brief-point-row" },
            input,
            this.moveButtons("point", key, j, n, move),
            h("button", { type: "button", class: "btn icon", "data-testid": "point-remove", "aria-label": t("talking-point-remove"), onclick: () => this.mutate(() => s.talking_points.splice(j, 1)) }, "✕"),
          );
        }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "btn small",
          "data-testid": "add-point",
          "data-key": key,
          onclick: () =>
            this.mutate(() => s.talking_points.push(""), `[data-testid=talking-point][data-key="${key}"][data-index="${n}"]`),
        },
        t("talking-point-add"),
      ),
    );
  }

  private renderItems(s: Section, si: number, key: string): HTMLElement {
    const n = s.items.length;
    const list = h(
      "ol",
      { class: "brief-items", "data-testid": "brief-items", "data-key": key },
      n === 0 ? h("li", { class: "muted" }, t("items-empty")) : null,
      s.items.map((it, j) => {
        const move = (to: number): void =>
          this.mutate(() => moveInArray(s.items, j, to), `[data-testid=item-handle][data-key="${key}"][data-id="${it.commitment}"]`);
        const summary = this.catalog.summaries.get(it.commitment);
        return h(
          "li",
          {
            class: summary ? "brief-item" : "brief-item missing",
            "data-testid": "brief-item",
            "data-key": key,
            "data-id": it.commitment,
            ondragover: (e: Event) => {
              if (this.drag?.kind === "item" && this.drag.section === si) e.preventDefault();
            },
            ondrop: (e: Event) => {
              if (this.drag?.kind !== "item" || this.drag.section !== si) return;
              e.preventDefault();
              const from = this.drag.from;
              this.drag = null;
              this.mutate(() => moveInArray(s.items, from, j));
            },
          },
          h(
            "button",
            {
              type: "button",
              class: "drag-handle",
              draggable: "true",
              "data-testid": "item-handle",
              "data-key": key,
              "data-id": it.commitment,
              title: t("drag-title"),
              "aria-label": t("item-handle-label", { id: it.commitment, position: String(j + 1), total: String(n) }),
              ondragstart: (e: Event) => {
                this.drag = { kind: "item", section: si, from: j };
                (e as DragEvent).dataTransfer?.setData("text/plain", it.commitment);
              },
              ondragend: () => {
                this.drag = null;
              },
              onkeydown: (e: Event) => this.onRowKey(e as KeyboardEvent, j, move),
            },
            "⠿",
          ),
          h("span", { class: "crow-id", translate: "no" }, it.commitment),
          summary
            ? h("span", { class: "brief-item-title", translate: "no" }, summary.title)
            : h("span", { class: "brief-item-title" }, t("item-missing")),
          h(
            "label",
            { class: "brief-item-note", title: t("item-note-title") },
            h("input", {
              type: "checkbox",
              "data-testid": "include-annotation",
              checked: it.include_annotation,
              onchange: (e: Event) => this.mutate(() => {
                it.include_annotation = (e.target as HTMLInputElement).checked;
              }),
            }),
            " ",
            t("item-note"),
          ),
          this.moveButtons("item", key, j, n, move),
          h("button", { type: "button", class: "btn icon", "data-testid": "item-remove", "aria-label": t("item-remove", { id: it.commitment }), onclick: () => this.mutate(() => s.items.splice(j, 1)) }, "✕"),
        );
      }),
    );
    return h("div", { class: "brief-items-block" }, h("span", { class: "field-label" }, t("items")), list, this.renderPicker(s, key));
  }

  /** Picks commitments: the section's sector by default, or a search anywhere. */
  private renderPicker(s: Section, key: string): HTMLElement {
    const state = this.pickers.get(key) ?? { query: "", sectorOnly: true, meeting: null, seq: 0 };
    this.pickers.set(key, state);
    const results = h("ul", { class: "picker-results", "data-testid": "picker-results", "data-key": key });
    const input = h("input", {
      type: "search",
      class: "picker-input",
      "data-testid": "picker-input",
      "data-key": key,
      value: state.query,
      placeholder: t("picker-placeholder"),
      "aria-label": t("picker-label"),
      autocomplete: "off",
      oninput: (e: Event) => {
        state.query = (e.target as HTMLInputElement).value;
        void this.fillPicker(s, key, results);
      },
    });
    const only = h("input", {
      type: "checkbox",
      "data-testid": "picker-sector-only",
      checked: state.sectorOnly,
      onchange: (e: Event) => {
        state.sectorOnly = (e.target as HTMLInputElement).checked;
        void this.fillPicker(s, key, results);
      },
    });
    const meeting = h(
      "select",
      {
        "data-testid": "picker-meeting",
        "aria-label": t("brief-meeting"),
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          state.meeting = v === "" ? null : v;
          void this.fillPicker(s, key, results);
        },
      },
      h("option", { value: "" }, t("picker-any-meeting")),
      this.catalog.overview.meetings.map((m) => h("option", { value: m.id }, this.catalog.meetingOption(m))),
    );
    meeting.value = state.meeting ?? "";
    void this.fillPicker(s, key, results);
    return h(
      "div",
      { class: "picker" },
      h("div", { class: "picker-row" }, input, meeting, h("label", { class: "picker-only" }, only, " ", t("picker-only", { sector: this.heading(s) }))),
      results,
    );
  }

  private async fillPicker(s: Section, key: string, results: HTMLElement): Promise<void> {
    const state = this.pickers.get(key);
    if (!state) return;
    const seq = ++state.seq;
    const taken = new Set(s.items.map((i) => i.commitment));
    let ids: { id: string; title: string }[];
    const query = state.query.trim();
    if (query === "") {
      // No words: the commitments the filters select, in council order.
      ids =
        state.sectorOnly || state.meeting
          ? this.catalog.allIds
              .map((id) => this.catalog.summaries.get(id))
              .filter((c) => c !== undefined)
              .filter((c) => !state.sectorOnly || c.sectors.includes(s.sector ?? ""))
              .filter((c) => !state.meeting || c.meeting === state.meeting)
              .map((c) => ({ id: c.id, title: c.title }))
          : [];
    } else {
      let hits: SearchHit[];
      try {
        hits = await api.search(
          query,
          { ...emptyFilter(), sector: state.sectorOnly ? s.sector : null, meeting: state.meeting },
          PICKER_LIMIT,
        );
      } catch (e) {
        if (seq === state.seq) setChildren(results, h("li", { class: "error-text" }, errorText(api.toApiError(e))));
        return;
      }
      ids = hits.filter((hit) => !hit.orphaned).map((hit) => ({ id: hit.commitment, title: hit.title ?? hit.commitment }));
    }
    if (seq !== state.seq) return;
    const open = ids.filter((c) => !taken.has(c.id));
    setChildren(
      results,
      open.length === 0
        ? h("li", { class: "muted" }, t(query === "" && !state.sectorOnly && !state.meeting ? "picker-hint" : "picker-nothing-more"))
        : null,
      open.map((c) =>
        h(
          "li",
          { class: "picker-result", "data-testid": "picker-result", "data-id": c.id },
          h("span", { class: "crow-id", translate: "no" }, c.id),
          h("span", { class: "brief-item-title", translate: "no" }, c.title),
          h(
            "button",
            {
              type: "button",
              class: "btn small",
              "data-testid": "picker-add",
              "data-id": c.id,
              onclick: () =>
                this.mutate(() => {
                  if (!s.items.some((x) => x.commitment === c.id)) s.items.push({ commitment: c.id, include_annotation: true });
                }, `[data-testid=picker-input][data-key="${key}"]`),
            },
            t("picker-add"),
          ),
        ),
      ),
    );
  }

  private renderAddSection(): void {
    const present = new Set(this.doc.sections.map(sectionKey));
    const options = [
      ...(present.has(SINCE_LAST_COUNCIL) ? [] : [{ key: SINCE_LAST_COUNCIL, label: t("since-last-council") }]),
      ...this.catalog.overview.sectors.filter((s) => !present.has(s.id)).map((s) => ({ key: s.id, label: this.catalog.sectorName(s.id) })),
    ];
    const select = h(
      "select",
      { "data-testid": "add-section-select", "aria-label": t("section-add-label") },
      options.map((o) => h("option", { value: o.key }, o.label)),
    );
    setChildren(
      this.addSectionEl,
      options.length === 0
        ? h("p", { class: "muted" }, t("section-add-none"))
        : [
            select,
            h(
              "button",
              {
                type: "button",
                class: "btn",
                "data-testid": "add-section",
                onclick: () => {
                  const key = select.value;
                  if (!key) return;
                  this.mutate((d) => {
                    d.sections.push({
                      kind: key === SINCE_LAST_COUNCIL ? "since-last-council" : "sector",
                      sector: key === SINCE_LAST_COUNCIL ? null : key,
                      background: "",
                      talking_points: [],
                      items: [],
                      prompts: null,
                    });
                  }, `[data-testid=section-handle][data-key="${key}"]`);
                },
              },
              t("section-add"),
            ),
          ],
    );
  }
}

/** Who made a brief's revision: here, a colleague (team sync), or as the core names it. */
function briefOrigin(origin: string): string {
  if (origin === "local") return t("brief-origin-local");
  if (origin.startsWith("team:")) return t("origin-team", { who: origin.slice("team:".length) });
  return origin;
}
