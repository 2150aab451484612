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
import { formatDateTime } from "../format";
import { type Catalog, emptyFields, firstLine, parseTags, sameFields } from "../state";
import { DateField } from "./date-field";

export { SAVE_DEBOUNCE_MS } from "../autosave";

export interface AnnotationHandlers {
  /** A save or restore committed (the list updates its markers). */
  onSaved(annotation: Annotation): void;
}

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
          const a = await api.saveAnnotation(this.commitmentId, fields);
          this.handlers.onSaved(a);
          if (this.history.open) void this.loadHistory();
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
      placeholder: "Your note (plain text; **bold**, - lists and links are fine)",
      oninput: onChange,
    });
    this.status = h(
      "select",
      { "data-testid": "annotation-status", id: "annotation-status", onchange: onChange },
      h("option", { value: "" }, "None"),
      catalog.overview.labels.user_statuses.map((c) => h("option", { value: c.keyword }, c.label)),
    );
    this.tags = h("input", {
      type: "text",
      "data-testid": "annotation-tags",
      id: "annotation-tags",
      placeholder: "e.g. chips, ask METI",
      autocomplete: "off",
      oninput: onChange,
    });
    this.chips = h("span", { class: "chips tag-chips", "data-testid": "annotation-tag-chips" });
    this.followUp = new DateField({ label: "Follow up on", testid: "annotation-follow-up", onChange });
    this.stateEl = h("span", { class: "annotation-state", "data-testid": "annotation-state", role: "status", "aria-live": "polite" });
    this.historyList = h("ol", { class: "history-list", "data-testid": "history-list" });
    this.history = h(
      "details",
      { class: "annotation-history", "data-testid": "annotation-history", ontoggle: () => this.onToggleHistory() },
      h("summary", null, "History"),
      this.historyList,
    );
    this.element = h(
      "section",
      { class: "detail-section annotation", "data-testid": "annotation-panel", "aria-label": "Your annotation" },
      h("div", { class: "annotation-head" }, h("h3", null, "Your notes"), this.stateEl),
      h("label", { class: "field wide", for: "annotation-note" }, h("span", { class: "field-label" }, "Note")),
      this.note,
      h(
        "div",
        { class: "annotation-row" },
        h("label", { class: "field", for: "annotation-status" }, h("span", { class: "field-label" }, "Your status"), this.status),
        this.followUp.element,
        h(
          "label",
          { class: "field grow", for: "annotation-tags" },
          h("span", { class: "field-label" }, "Tags", h("span", { class: "field-hint" }, " (separated by commas)")),
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
    return error ? `the follow-up date “${this.followUp.text.trim()}” is not a date (${error})` : null;
  }

  /** What is not saved, for the app's message (call after a failed flush). */
  unsaved(): Unsaved {
    return {
      what: `your note on ${this.commitmentId}`,
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
    this.showFields(a?.fields ?? emptyFields());
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
      parseTags(this.tags.value).map((t) => h("span", { class: "chip tag", "data-testid": "annotation-tag-chip" }, t)),
    );
  }

  private render(state: SaveState, error: string | null = this.saver.lastError): void {
    this.element.dataset.state = state;
    let text: string;
    switch (state) {
      case "loading":
        text = "Loading…";
        break;
      case "saving":
        text = "Saving…";
        break;
      case "unsaved":
        text = "Unsaved changes";
        break;
      case "error":
        text = `Not saved: ${error ?? "unknown error"}. Your text is kept here; it is saved as soon as it can be.`;
        break;
      case "disabled":
        text = this.disabledReason ?? "Editing is not available.";
        break;
      default:
        text = "Saved";
    }
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
          ? h("li", { class: "muted" }, "No revisions yet.")
          : revisions.map((r) => this.renderRevision(r)),
      );
    } catch (e) {
      setChildren(this.historyList, h("li", { class: "error-text" }, api.toApiError(e).message));
    }
  }

  private renderRevision(r: Revision): HTMLElement {
    const line = firstLine(r.fields.note);
    return h(
      "li",
      { class: r.current ? "revision current" : "revision", "data-testid": `revision-${r.id}` },
      h("time", { datetime: r.updated_at }, formatDateTime(r.updated_at)),
      h("span", { class: "rev-origin" }, originLabel(r.origin)),
      h("span", { class: "rev-note" }, line || (r.fields.status ? this.catalog.userStatusLabel(r.fields.status) : "(empty note)")),
      r.current
        ? h("span", { class: "badge current" }, "Current")
        : h(
            "button",
            { type: "button", class: "btn small", "data-testid": `restore-${r.id}`, onclick: () => void this.restore(r.id) },
            "Restore",
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
  if (origin === "local") return "Edited here";
  if (origin === "restore") return "Restored";
  if (origin.startsWith("import:")) return `Imported from ${origin.slice("import:".length)}`;
  return origin;
}
