// The annotation panel of the commitment detail: the user's note, status,
// tags and follow-up date, saved as they type (debounced, one save in flight,
// latest content wins, failures keep the text), plus the revision history.
import * as api from "../api";
import { AutoSaver, type SaveState } from "../autosave";
import type { Annotation } from "../bindings/Annotation";
import type { AnnotationFields } from "../bindings/AnnotationFields";
import type { Revision } from "../bindings/Revision";
import type { UserStatus } from "../bindings/UserStatus";
import type { Unsaved } from "../app";
import { h, setChildren } from "../dom";
import { errorText } from "./error-text";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import { type Catalog, emptyFields, firstLine, parseTags, sameFields } from "../state";
import { DateField } from "./date-field";

export { SAVE_DEBOUNCE_MS } from "../autosave";

export interface AnnotationHandlers {
  /** A save or restore committed (the list updates its markers). */
  onSaved(annotation: Annotation): void;
  /** A save found the annotation changed elsewhere since it was read; both were kept. */
  onConcurrent(message: string): void;
}

type FieldName = keyof AnnotationFields;
const FIELDS: readonly FieldName[] = ["note", "status", "tags", "follow_up"];

export class AnnotationPanel {
  readonly element: HTMLElement;
  readonly commitmentId: string;
  private readonly catalog: Catalog;
  private readonly handlers: AnnotationHandlers;
  private readonly note: HTMLTextAreaElement;
  private readonly status: HTMLSelectElement;
  private readonly tags: HTMLInputElement;
  private readonly chips: HTMLElement;
  private readonly followUp: DateField;
  private readonly stateEl: HTMLElement;
  private readonly history: HTMLDetailsElement;
  private readonly historyList: HTMLElement;
  private readonly saver: AutoSaver<AnnotationFields>;
  private loaded = false;
  private disabledReason: string | null;
  /** The revision the form was read from (0: none yet): saves say so, and the core merges a change made meanwhile. */
  private base = 0;
  /** Who wrote what is shown, when a colleague did (through the team's server); null: the user. */
  private from: string | null = null;

  constructor(catalog: Catalog, id: string, handlers: AnnotationHandlers, disabledReason: string | null = null) {
    this.catalog = catalog;
    this.commitmentId = id;
    this.handlers = handlers;
    this.disabledReason = disabledReason;
    this.saver = new AutoSaver<AnnotationFields>(
      {
        read: () => this.read(),
        same: sameFields,
        check: () => this.check(),
        save: async (fields) => {
          const saved = await api.saveAnnotation(this.commitmentId, fields, this.base);
          this.base = saved.revision;
          this.from = null;
          this.handlers.onSaved(saved);
          if (this.history.open) void this.loadHistory();
          const c = saved.concurrent;
          if (!c || c.kept_theirs.length + c.overridden.length === 0) return;
          this.handlers.onConcurrent(
            c.overridden.length > 0
              ? t("concurrent-overridden", { what: t("unsaved-note", { id: this.commitmentId }), fields: fieldWords(c.overridden) })
              : t("concurrent-kept", { what: t("unsaved-note", { id: this.commitmentId }), fields: fieldWords(c.kept_theirs) }),
          );
          return this.adopt(fields, saved.fields);
        },
        render: (state, error) => this.render(state, error),
      },
      emptyFields(),
    );
    const onChange = (): void => this.changed();
    this.note = h("textarea", {
      class: "annotation-note",
      "data-testid": "annotation-note",
      id: "annotation-note",
      rows: 5,
      placeholder: t("annotation-note-placeholder"),
      oninput: onChange,
    });
    this.status = h(
      "select",
      { "data-testid": "annotation-status", id: "annotation-status", onchange: onChange },
      h("option", { value: "" }, t("annotation-status-none")),
      catalog.overview.labels.user_statuses.map((c) => h("option", { value: c.keyword }, catalog.userStatusLabel(c.keyword))),
    );
    this.tags = h("input", {
      type: "text",
      "data-testid": "annotation-tags",
      id: "annotation-tags",
      placeholder: t("annotation-tags-placeholder"),
      autocomplete: "off",
      oninput: onChange,
    });
    this.chips = h("span", { class: "chips tag-chips", "data-testid": "annotation-tag-chips" });
    this.followUp = new DateField({ label: t("annotation-follow-up"), testid: "annotation-follow-up", onChange });
    this.stateEl = h("span", { class: "annotation-state", "data-testid": "annotation-state", role: "status", "aria-live": "polite" });
    this.historyList = h("ol", { class: "history-list", "data-testid": "history-list" });
    this.history = h(
      "details",
      { class: "annotation-history", "data-testid": "annotation-history", ontoggle: () => this.onToggleHistory() },
      h("summary", null, t("history")),
      this.historyList,
    );
    this.element = h(
      "section",
      { class: "detail-section annotation", "data-testid": "annotation-panel", "aria-label": t("annotation-label") },
      h("div", { class: "annotation-head" }, h("h3", null, t("annotation-title")), this.stateEl),
      h("label", { class: "field wide", for: "annotation-note" }, h("span", { class: "field-label" }, t("annotation-note"))),
      this.note,
      h(
        "div",
        { class: "annotation-row" },
        h("label", { class: "field", for: "annotation-status" }, h("span", { class: "field-label" }, t("annotation-status")), this.status),
        this.followUp.element,
        h(
          "label",
          { class: "field grow", for: "annotation-tags" },
          h("span", { class: "field-label" }, t("annotation-tags"), h("span", { class: "field-hint" }, " ", t("annotation-tags-hint"))),
          this.tags,
        ),
      ),
      this.chips,
      this.history,
    );
    this.setEnabled(false);
    this.render(disabledReason ? "disabled" : "loading");
  }

  /** Loads the stored annotation (nothing when editing is disabled). */
  async load(): Promise<void> {
    if (this.disabledReason) return;
    try {
      const a = await api.annotation(this.commitmentId);
      this.show(a);
      this.loaded = true;
      this.saver.active = !this.disabledReason;
      this.setEnabled(true);
      this.render("saved");
    } catch (e) {
      this.render("error", api.toApiError(e).message);
    }
  }

  /** Disables editing with an explanation, or (null) enables it again and reloads. */
  setDisabled(reason: string | null): void {
    this.disabledReason = reason;
    this.saver.active = this.loaded && !reason;
    if (reason) {
      this.setEnabled(false);
      this.render("disabled");
    } else if (!this.loaded) {
      this.render("loading");
      void this.load();
    } else {
      this.setEnabled(true);
      this.render(this.isDirty() ? "unsaved" : "saved");
    }
  }

  /** Shows an annotation that changed elsewhere (undo, redo, restore, import). */
  replace(a: Annotation | null): void {
    this.show(a);
    if (this.loaded) this.render("saved");
    if (this.history.open) void this.loadHistory();
  }

  /** The fields as the form says (a follow-up date that is not a date yet: as typed; `check` stops it being saved). */
  read(): AnnotationFields {
    const date = this.followUp.value;
    return {
      note: this.note.value,
      status: this.status.value === "" ? null : (this.status.value as UserStatus),
      tags: parseTags(this.tags.value),
      follow_up: date === undefined ? this.followUp.text : date,
    };
  }

  /** Why the form cannot be saved as it is; null when it can. */
  private check(): string | null {
    const error = this.followUp.error;
    return error ? t("annotation-date-invalid", { text: this.followUp.text.trim(), error }) : null;
  }

  /** What is not saved, for the app's message (call after a failed flush). */
  unsaved(): Unsaved {
    return {
      what: t("unsaved-note", { id: this.commitmentId }),
      discarded: t("discarded-note", { id: this.commitmentId }),
      error: this.saver.lastError,
      focus: () => {
        const target = this.followUp.error ? this.followUp.input : this.note;
        target.scrollIntoView?.({ block: "center" });
        target.focus();
      },
      discard: () => {
        this.showFields(this.saver.storedValue);
        this.render("saved");
      },
    };
  }

  isDirty(): boolean {
    return this.saver.isDirty();
  }

  /**
   * Saves now whatever is pending and waits for saves in flight; resolves to
   * true when everything the form shows is stored.
   */
  flush(): Promise<boolean> {
    return this.saver.flush();
  }

  private changed(): void {
    this.renderChips();
    this.saver.changed();
  }

  private show(a: Annotation | null): void {
    this.base = a?.revision ?? 0;
    this.from = a?.from ?? null;
    this.showFields(a?.fields ?? emptyFields());
  }

  /**
   * After a merge: the fields the user has not touched since `sent` show
   * the merged value; returns what is stored now (fields typed since stay
   * unsaved, and are saved next).
   */
  private adopt(sent: AnnotationFields, merged: AnnotationFields): AnnotationFields {
    const now = this.read();
    const untouched = (f: FieldName): boolean => JSON.stringify(now[f]) === JSON.stringify(sent[f]);
    if (untouched("note")) this.note.value = merged.note;
    if (untouched("status")) this.status.value = merged.status ?? "";
    if (untouched("tags")) this.tags.value = merged.tags.join(", ");
    if (untouched("follow_up")) this.followUp.set(merged.follow_up ?? null);
    this.renderChips();
    // As the form reads them back, so that nothing differs by a normalisation alone.
    const shown = this.read();
    const stored = { ...merged, tags: [...merged.tags] };
    for (const f of FIELDS) if (untouched(f)) (stored as Record<FieldName, unknown>)[f] = shown[f];
    return stored;
  }

  private showFields(f: AnnotationFields): void {
    this.saver.setStored({ ...f, tags: [...f.tags] });
    this.note.value = f.note;
    this.status.value = f.status ?? "";
    this.tags.value = f.tags.join(", ");
    this.followUp.set(f.follow_up ?? null);
    this.renderChips();
  }

  private setEnabled(on: boolean): void {
    for (const el of [this.note, this.status, this.tags, this.followUp.input]) el.disabled = !on;
  }

  private renderChips(): void {
    setChildren(
      this.chips,
      parseTags(this.tags.value).map((tag) => h("span", { class: "chip tag", "data-testid": "annotation-tag-chip", translate: "no" }, tag)),
    );
  }

  private render(state: SaveState, error: string | null = this.saver.lastError): void {
    this.element.dataset.state = state;
    const text =
      state === "disabled"
        ? (this.disabledReason ?? t("save-state-disabled"))
        : state === "saved" && this.from !== null
          ? t("save-state-saved-from", { who: this.from })
          : saveStateText(state, error);
    this.stateEl.textContent = text;
    this.stateEl.classList.toggle("error", state === "error" || state === "disabled");
  }

  private onToggleHistory(): void {
    if (this.history.open) void this.loadHistory();
  }

  /** Loads and renders the revisions, newest first. */
  async loadHistory(): Promise<void> {
    if (this.disabledReason) {
      setChildren(this.historyList, h("li", { class: "muted" }, this.disabledReason));
      return;
    }
    try {
      const revisions = await api.annotationHistory(this.commitmentId);
      setChildren(
        this.historyList,
        revisions.length === 0
          ? h("li", { class: "muted" }, t("history-empty"))
          : revisions.map((r) => this.renderRevision(r)),
      );
    } catch (e) {
      setChildren(this.historyList, h("li", { class: "error-text" }, errorText(api.toApiError(e))));
    }
  }

  private renderRevision(r: Revision): HTMLElement {
    const line = firstLine(r.fields.note);
    return h(
      "li",
      { class: r.current ? "revision current" : "revision", "data-testid": `revision-${r.id}` },
      h("time", { datetime: r.updated_at }, formatDateTime(r.updated_at)),
      h("span", { class: "rev-origin" }, originLabel(r.origin)),
      h("span", { class: "rev-note", translate: line ? "no" : null }, line || (r.fields.status ? this.catalog.userStatusLabel(r.fields.status) : t("history-empty-note"))),
      r.current
        ? h("span", { class: "badge current" }, t("history-current"))
        : h(
            "button",
            { type: "button", class: "btn small", "data-testid": `restore-${r.id}`, onclick: () => void this.restore(r.id) },
            t("history-restore"),
          ),
    );
  }

  private async restore(revision: number): Promise<void> {
    if (this.disabledReason) return;
    await this.flush();
    try {
      const a = await api.restoreAnnotation(this.commitmentId, revision);
      this.replace(a);
      this.handlers.onSaved(a);
      await this.loadHistory();
    } catch (e) {
      this.render("error", api.toApiError(e).message);
    }
  }
}

function originLabel(origin: string): string {
  if (origin === "local") return t("origin-local");
  if (origin === "restore") return t("origin-restore");
  if (origin.startsWith("import:")) return t("origin-import", { from: origin.slice("import:".length) });
  // A colleague's revision, taken in by team sync: its author as the server vouches for it.
  if (origin.startsWith("team:")) return t("origin-team", { who: origin.slice("team:".length) });
  return origin;
}

/** The fields a merge names ("note", "tags", "sections[quantum].background"), in words. */
export function fieldWords(fields: string[]): string {
  const word = (f: string): string => {
    switch (f) {
      case "note":
        return t("field-note");
      case "status":
        return t("field-status");
      case "tags":
        return t("field-tags");
      case "follow_up":
        return t("field-follow-up");
      default:
        return f;
    }
  };
  return fields.map(word).join(t("list-separator"));
}

/** What the save state line says (the annotation panel's and the brief editor's). */
export function saveStateText(state: SaveState, error: string | null): string {
  switch (state) {
    case "loading":
      return t("save-state-loading");
    case "saving":
      return t("save-state-saving");
    case "unsaved":
      return t("save-state-unsaved");
    case "error":
      return t("save-state-error", { error: error ?? t("save-state-unknown-error") });
    case "disabled":
      return t("save-state-disabled");
    default:
      return t("save-state-saved");
  }
}
