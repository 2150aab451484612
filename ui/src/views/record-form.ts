// The forms of the user's own record: "Add commitment", "Add meeting" and
// "Correct…" (a field of a record of the release, with the source that
// settles it). Each field has a visible label; dates are typed in the
// language's order (date-field.ts). Nothing is saved until the user
// submits; the core checks the record as a whole and every problem comes
// back by field, shown under the field it concerns (in the core's words,
// as data). What is typed and not saved counts as unsaved for the app.
import * as api from "../api";
import type { Unsaved } from "../app";
import type { ActorRef } from "../bindings/ActorRef";
import type { ApiError } from "../bindings/ApiError";
import type { CommitmentKind } from "../bindings/CommitmentKind";
import type { CommitmentStatus } from "../bindings/CommitmentStatus";
import type { Correction } from "../bindings/Correction";
import type { Field } from "../bindings/Field";
import type { MeetingStatus } from "../bindings/MeetingStatus";
import type { OwnRecord } from "../bindings/OwnRecord";
import type { RecordChoices } from "../bindings/RecordChoices";
import type { RecordKind } from "../bindings/RecordKind";
import type { RecordProblem } from "../bindings/RecordProblem";
import type { Verification } from "../bindings/Verification";
import { h, setChildren } from "../dom";
import { t } from "../i18n";
import { type Catalog, STATUS_ORDER } from "../state";
import { DateField } from "./date-field";

/** What a form is for. */
export type FormSpec =
  | { form: "commitment"; meeting: string | null; sector: string | null }
  | { form: "meeting" }
  | { form: "correct"; id: string; kind: RecordKind; title: string };

export interface RecordFormHandlers {
  /** Saved: the record to open afterwards (null: none) and what to tell the user. */
  onSaved(open: string | null, message: string): void;
  onCancel(): void;
  onError(error: ApiError): void;
}

const VERIFICATIONS: readonly Verification[] = ["confirmed", "partial", "seed-only", "unverified"];
const KINDS: readonly CommitmentKind[] = [
  "agreement-signed",
  "initiative",
  "research-call",
  "dialogue",
  "working-group",
  "statement",
  "next-step",
];
const MEETING_STATUSES: readonly MeetingStatus[] = ["held", "planned", "reported"];
const LANGUAGES = ["en", "ja", "it", "de", "fr"];

let uid = 0;

/** A labelled control with the message line under it. */
class Control<E extends HTMLElement> {
  readonly element: HTMLElement;
  readonly message: HTMLElement;
  constructor(
    readonly input: E,
    label: string,
    hint: string | null = null,
    wide = false,
  ) {
    const id = input.id || `rf-${++uid}`;
    input.id = id;
    this.message = h("span", { class: "field-message", id: `${id}-msg`, "aria-live": "polite" });
    input.setAttribute("aria-describedby", `${id}-msg`);
    this.element = h(
      "label",
      { class: wide ? "field wide" : "field", for: id },
      h("span", { class: "field-label" }, label, hint ? h("span", { class: "field-hint" }, " ", hint) : null),
      input,
      this.message,
    );
  }
}

/** A group of checkboxes in a box of its own (it scrolls when long). */
class Checks {
  readonly element: HTMLElement;
  readonly message: HTMLElement;
  private readonly boxes: HTMLInputElement[] = [];
  constructor(label: string, testid: string, options: { id: string; name: string; data?: boolean }[], onChange: () => void) {
    this.message = h("span", { class: "field-message", "aria-live": "polite" });
    this.element = h(
      "fieldset",
      { class: "field checks", "data-testid": testid },
      h("legend", { class: "field-label" }, label),
      h(
        "div",
        { class: "checks-box" },
        options.map((o) => {
          const box = h("input", { type: "checkbox", value: o.id, "data-testid": `${testid}-${o.id}`, onchange: onChange });
          this.boxes.push(box);
          return h("label", { class: "check" }, box, " ", h("span", { translate: o.data ? "no" : null }, o.name));
        }),
      ),
      this.message,
    );
  }

  get values(): string[] {
    return this.boxes.filter((b) => b.checked).map((b) => b.value);
  }

  set values(ids: string[]) {
    for (const b of this.boxes) b.checked = ids.includes(b.value);
  }

  focus(): void {
    this.boxes[0]?.focus();
  }
}

function input(testid: string, onChange: () => void, attrs: Record<string, string> = {}): HTMLInputElement {
  return h("input", { type: "text", autocomplete: "off", "data-testid": testid, oninput: onChange, ...attrs });
}

function textarea(testid: string, onChange: () => void): HTMLTextAreaElement {
  return h("textarea", { rows: 3, "data-testid": testid, oninput: onChange });
}

function select(testid: string, onChange: () => void, options: { value: string; label: string; data?: boolean }[]): HTMLSelectElement {
  return h(
    "select",
    { "data-testid": testid, onchange: onChange },
    options.map((o) => h("option", { value: o.value, translate: o.data ? "no" : null }, o.label)),
  );
}

/** The next free id of a meeting's commitments ("C4-05" after C4-04). */
export function suggestId(catalog: Catalog, meeting: string | null): string {
  const m = catalog.meeting(meeting);
  const prefix = !m ? "U-" : m.kind === "council" ? `C${m.number}-` : "L-";
  let max = 0;
  for (const id of catalog.allIds) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n)) max = Math.max(max, n);
  }
  return `${prefix}${String(max + 1).padStart(2, "0")}`;
}

/** The form for a new source, folded away until needed. */
class NewSource {
  readonly element: HTMLDetailsElement;
  readonly id: Control<HTMLInputElement>;
  readonly title: Control<HTMLInputElement>;
  readonly publisher: Control<HTMLInputElement>;
  readonly date: DateField;
  readonly url: Control<HTMLInputElement>;
  readonly language: Control<HTMLSelectElement>;
  constructor(onChange: () => void) {
    this.id = new Control(input("new-source-id", onChange, { spellcheck: "false" }), t("rf-source-id"), t("rf-id-hint"));
    this.title = new Control(input("new-source-title", onChange), t("rf-source-title"), null, true);
    this.publisher = new Control(input("new-source-publisher", onChange), t("rf-source-publisher"));
    this.date = new DateField({ label: t("rf-source-date"), testid: "new-source-date", onChange });
    this.url = new Control(input("new-source-url", onChange, { inputmode: "url", spellcheck: "false" }), t("rf-source-url"), null, true);
    this.language = new Control(
      select("new-source-language", onChange, LANGUAGES.map((l) => ({ value: l, label: t("rf-language", { lang: l }) }))),
      t("rf-source-language"),
    );
    this.element = h(
      "details",
      { class: "new-source", "data-testid": "new-source" },
      h("summary", null, t("rf-new-source")),
      h("p", { class: "muted" }, t("rf-new-source-help")),
      h("div", { class: "form-grid" }, this.id.element, this.publisher.element, this.title.element, this.date.element, this.url.element, this.language.element),
    );
  }

  /** Filled in: the id is given. */
  get used(): boolean {
    return this.id.input.value.trim() !== "";
  }

  record(): OwnRecord {
    const opt = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());
    return {
      type: "source",
      id: this.id.input.value.trim(),
      title: this.title.input.value.trim(),
      publisher: this.publisher.input.value.trim(),
      date: this.date.value ?? opt(this.date.text),
      url: opt(this.url.input.value),
      language: this.language.input.value,
    } as OwnRecord;
  }

  /** Where a problem with the new source belongs. */
  slot(field: string): HTMLElement | null {
    const f = field.split(/[.[]/)[0];
    switch (f) {
      case "id":
        return this.id.message;
      case "title":
        return this.title.message;
      case "publisher":
        return this.publisher.message;
      case "date":
        return this.date.element.querySelector(".field-message");
      case "url":
        return this.url.message;
      case "language":
        return this.language.message;
      default:
        return null;
    }
  }
}

export class RecordForm {
  readonly element: HTMLElement;
  readonly spec: FormSpec;
  private readonly catalog: Catalog;
  private readonly choices: RecordChoices;
  private readonly handlers: RecordFormHandlers;
  private readonly general: HTMLElement;
  private readonly submitBtn: HTMLButtonElement;
  private readonly source: NewSource;
  private readonly slots = new Map<string, HTMLElement>();
  private readonly focusTargets: HTMLElement[] = [];
  private initial = "";
  private busy = false;
  /** What the form reads as, for the unsaved check. */
  private readonly readAll: () => unknown;
  /** Builds what is submitted. */
  private readonly submitNow: () => Promise<void>;

  constructor(catalog: Catalog, choices: RecordChoices, spec: FormSpec, handlers: RecordFormHandlers) {
    this.catalog = catalog;
    this.choices = choices;
    this.spec = spec;
    this.handlers = handlers;
    const onChange = (): void => this.changed();
    this.source = new NewSource(onChange);
    this.general = h("ul", { class: "form-problems", "data-testid": "form-problems", role: "alert", hidden: true });
    this.submitBtn = h(
      "button",
      { type: "submit", class: "btn primary", "data-testid": "form-submit" },
      spec.form === "correct" ? t("rf-save-correction") : spec.form === "meeting" ? t("rf-add-meeting") : t("rf-add-commitment"),
    );
    let body: HTMLElement[];
    if (spec.form === "commitment") {
      const built = this.commitmentForm(spec, onChange);
      body = built.body;
      this.readAll = built.read;
      this.submitNow = built.submit;
    } else if (spec.form === "meeting") {
      const built = this.meetingForm(onChange);
      body = built.body;
      this.readAll = built.read;
      this.submitNow = built.submit;
    } else {
      const built = this.correctForm(spec, onChange);
      body = built.body;
      this.readAll = built.read;
      this.submitNow = built.submit;
    }
    const heading =
      spec.form === "correct"
        ? [t("rf-correct-title"), " ", h("span", { translate: "no" }, `${spec.id} · ${spec.title}`)]
        : spec.form === "meeting"
          ? t("rf-meeting-title")
          : t("rf-commitment-title");
    this.element = h(
      "form",
      {
        class: "panel record-form",
        "data-testid": `record-form-${spec.form}`,
        "aria-labelledby": "record-form-title",
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.submit();
        },
      },
      h("h2", { id: "record-form-title", tabindex: "-1" }, heading),
      h("p", { class: "muted" }, spec.form === "correct" ? t("rf-correct-help") : t("rf-add-help")),
      this.general,
      body,
      h(
        "div",
        { class: "form-actions" },
        this.submitBtn,
        h("button", { type: "button", class: "btn", "data-testid": "form-cancel", onclick: () => this.cancel() }, t("rf-cancel")),
      ),
    );
    // A problem the core named goes away once its field is changed: what is
    // left is what still stands in the way (the next save checks it all again).
    const edited = (e: Event): void => this.clearFieldProblem(e.target);
    this.element.addEventListener("input", edited);
    this.element.addEventListener("change", edited);
    this.initial = JSON.stringify(this.readAll());
  }

  /** Clears the core's problems shown under the field `target` belongs to (the field's own date hints stay). */
  private clearFieldProblem(target: EventTarget | null): void {
    const field = target instanceof Element ? target.closest(".field") : null;
    const slot = field?.querySelector<HTMLElement>(":scope > .field-message[data-problem], .field-message[data-problem]");
    if (!slot) return;
    for (const p of slot.querySelectorAll(".problem")) p.remove();
    if ((slot.textContent ?? "").trim() === "") slot.textContent = "";
    delete slot.dataset.problem;
  }

  // --- the three forms ----------------------------------------------------

  private sourceChecks(onChange: () => void): Checks {
    return new Checks(
      t("rf-sources"),
      "form-sources",
      this.choices.sources.map((s) => ({ id: s.id, name: s.name, data: true })),
      onChange,
    );
  }

  private commitmentForm(
    spec: { meeting: string | null; sector: string | null },
    onChange: () => void,
  ): { body: HTMLElement[]; read: () => unknown; submit: () => Promise<void> } {
    const meetings = this.catalog.overview.meetings;
    const meeting = new Control(
      select("form-meeting", () => {
        if (!idTouched) id.input.value = suggestId(this.catalog, meeting.input.value);
        onChange();
      }, meetings.map((m) => ({ value: m.id, label: this.catalog.meetingOption(m) }))),
      t("rf-meeting"),
    );
    meeting.input.value = spec.meeting ?? meetings[meetings.length - 1]?.id ?? "";
    let idTouched = false;
    const id = new Control(
      input("form-id", () => {
        idTouched = true;
        onChange();
      }, { spellcheck: "false" }),
      t("rf-id"),
      t("rf-id-hint"),
    );
    id.input.value = suggestId(this.catalog, meeting.input.value);
    const date = new DateField({ label: t("rf-own-date"), testid: "form-date", onChange });
    const sectors = new Checks(
      t("rf-sectors"),
      "form-sectors",
      this.catalog.overview.sectors.map((s) => ({ id: s.id, name: this.catalog.sectorName(s.id) })),
      onChange,
    );
    if (spec.sector) sectors.values = [spec.sector];
    const kind = new Control(select("form-kind", onChange, KINDS.map((k) => ({ value: k, label: this.catalog.kindLabel(k) }))), t("rf-kind"));
    kind.input.value = "initiative";
    const title = new Control(input("form-title", onChange), t("rf-title"), null, true);
    const summary = new Control(textarea("form-summary", onChange), t("rf-summary"), null, true);
    const actors = new Checks(t("rf-actors"), "form-actors", this.choices.actors.map((a) => ({ id: a.id, name: a.name, data: true })), onChange);
    const status = new Control(select("form-status", onChange, STATUS_ORDER.map((s) => ({ value: s, label: this.catalog.statusLabel(s) }))), t("rf-status"));
    status.input.value = "announced";
    const verification = new Control(
      select("form-verification", onChange, VERIFICATIONS.map((v) => ({ value: v, label: this.catalog.verificationLabel(v) }))),
      t("rf-verification"),
    );
    const note = new Control(textarea("form-verification-note", onChange), t("rf-verification-note"), null, true);
    const sources = this.sourceChecks(onChange);
    const buildsOn = new Checks(t("rf-builds-on"), "form-builds-on", this.choices.records.map((r) => ({ id: r.id, name: `${r.id} · ${r.name}`, data: true })), onChange);
    this.slots.set("id", id.message);
    this.slots.set("meeting", meeting.message);
    this.slots.set("date", date.element.querySelector(".field-message") as HTMLElement);
    this.slots.set("sectors", sectors.message);
    this.slots.set("kind", kind.message);
    this.slots.set("title", title.message);
    this.slots.set("summary", summary.message);
    this.slots.set("actors", actors.message);
    this.slots.set("status", status.message);
    this.slots.set("verification", verification.message);
    this.slots.set("verification_note", note.message);
    this.slots.set("sources", sources.message);
    this.slots.set("related", buildsOn.message);
    this.focusTargets.push(title.input, id.input);
    const read = (): OwnRecord => {
      const src = this.source.used ? [this.source.record().id, ...sources.values] : sources.values;
      return {
        type: "commitment",
        id: id.input.value.trim(),
        meeting: meeting.input.value,
        date: date.value ?? (date.text.trim() === "" ? undefined : date.text.trim()),
        sectors: sectors.values,
        kind: kind.input.value as CommitmentKind,
        title: title.input.value.trim(),
        summary: summary.input.value.trim(),
        actors: actors.values.map((a): ActorRef => ({ actor: a })),
        status: status.input.value as CommitmentStatus,
        verification: verification.input.value as Verification,
        verification_note: note.input.value.trim(),
        sources: src,
        related: buildsOn.values.map((r) => ({ id: r, relation: "builds-on" as const })),
      } as OwnRecord;
    };
    return {
      body: [
        h(
          "div",
          { class: "form-grid" },
          meeting.element,
          id.element,
          date.element,
          kind.element,
          status.element,
          verification.element,
          title.element,
          summary.element,
        ),
        sectors.element,
        actors.element,
        note.element,
        sources.element,
        this.source.element,
        buildsOn.element,
      ],
      read: () => [read(), this.source.used ? this.source.record() : null],
      submit: async () => {
        const rec = read();
        const records = this.source.used ? [this.source.record(), rec] : [rec];
        const saved = await api.addRecords(records);
        if (saved.problems.length > 0) return this.show(saved.problems, rec.id);
        this.done(rec.id, t("rf-saved-commitment", { id: rec.id }));
      },
    };
  }

  private meetingForm(onChange: () => void): { body: HTMLElement[]; read: () => unknown; submit: () => Promise<void> } {
    const councils = this.catalog.overview.meetings.filter((m) => m.kind === "council");
    const next = Math.max(0, ...councils.map((m) => m.number)) + 1;
    const id = new Control(input("form-id", onChange, { spellcheck: "false", placeholder: "dpc-2027" }), t("rf-id"), t("rf-id-hint"));
    const kind = new Control(
      select("form-meeting-kind", onChange, [
        { value: "council", label: t("rf-meeting-kind", { kind: "council" }) },
        { value: "summit", label: t("rf-meeting-kind", { kind: "summit" }) },
      ]),
      t("rf-meeting-kind-label"),
    );
    const number = new Control(input("form-number", onChange, { inputmode: "numeric" }), t("rf-number"));
    number.input.value = String(next);
    const title = new Control(input("form-title", onChange), t("rf-title"), null, true);
    const date = new DateField({ label: t("rf-meeting-date"), testid: "form-date", onChange });
    const place = new Control(input("form-place", onChange), t("rf-place"));
    const venue = new Control(input("form-venue", onChange), t("rf-venue"), t("rf-optional"));
    const status = new Control(
      select("form-meeting-status", onChange, MEETING_STATUSES.map((s) => ({ value: s, label: t("meeting-status", { status: s }) }))),
      t("rf-status"),
    );
    const participants = new Checks(t("rf-participants"), "form-participants", this.choices.actors.map((a) => ({ id: a.id, name: a.name, data: true })), onChange);
    const summary = new Control(textarea("form-summary", onChange), t("rf-summary"), null, true);
    const verification = new Control(
      select("form-verification", onChange, VERIFICATIONS.map((v) => ({ value: v, label: this.catalog.verificationLabel(v) }))),
      t("rf-verification"),
    );
    const note = new Control(textarea("form-verification-note", onChange), t("rf-verification-note"), t("rf-optional"), true);
    const sources = this.sourceChecks(onChange);
    for (const [k, c] of [
      ["id", id.message],
      ["kind", kind.message],
      ["number", number.message],
      ["title", title.message],
      ["date", date.element.querySelector(".field-message") as HTMLElement],
      ["place", place.message],
      ["venue", venue.message],
      ["status", status.message],
      ["participants", participants.message],
      ["summary", summary.message],
      ["verification", verification.message],
      ["verification_note", note.message],
      ["sources", sources.message],
    ] as const) {
      this.slots.set(k, c);
    }
    this.focusTargets.push(id.input);
    const read = (): OwnRecord => {
      const opt = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());
      return {
        type: "meeting",
        id: id.input.value.trim(),
        kind: kind.input.value as "council" | "summit",
        number: Number(number.input.value.trim()) || 0,
        title: title.input.value.trim(),
        date: date.value ?? date.text.trim(),
        place: place.input.value.trim(),
        venue: opt(venue.input.value),
        status: status.input.value as MeetingStatus,
        participants: participants.values.map((a): ActorRef => ({ actor: a })),
        summary: summary.input.value.trim(),
        sources: this.source.used ? [this.source.record().id, ...sources.values] : sources.values,
        verification: verification.input.value as Verification,
        verification_note: opt(note.input.value),
      } as OwnRecord;
    };
    return {
      body: [
        h(
          "div",
          { class: "form-grid" },
          id.element,
          kind.element,
          number.element,
          date.element,
          place.element,
          venue.element,
          status.element,
          verification.element,
          title.element,
          summary.element,
        ),
        participants.element,
        note.element,
        sources.element,
        this.source.element,
      ],
      read: () => [read(), this.source.used ? this.source.record() : null],
      submit: async () => {
        const rec = read();
        const records = this.source.used ? [this.source.record(), rec] : [rec];
        const saved = await api.addRecords(records);
        if (saved.problems.length > 0) return this.show(saved.problems, rec.id);
        this.done(null, t("rf-saved-meeting", { id: rec.id }));
      },
    };
  }

  private correctForm(
    spec: { id: string; kind: RecordKind },
    onChange: () => void,
  ): { body: HTMLElement[]; read: () => unknown; submit: () => Promise<void> } {
    const fields = this.choices.fields.find((f) => f.kind === spec.kind)?.fields ?? [];
    const valueSlot = h("div", { class: "correct-value" });
    const field = new Control(
      select("form-field", () => {
        renderValue();
        onChange();
      }, fields.map((f) => ({ value: f, label: t("rf-field", { field: f }) }))),
      t("rf-field-label"),
    );
    const asOf = new DateField({ label: t("rf-as-of"), testid: "form-as-of", onChange });
    const asOfWrap = h("div", { class: "as-of" }, asOf.element);
    const settles = new Control(
      select("form-settling-source", onChange, [
        { value: "", label: t("rf-pick-source") },
        ...this.choices.sources.map((s) => ({ value: s.id, label: s.name, data: true })),
      ]),
      t("rf-settling-source"),
      t("rf-settling-source-hint"),
      true,
    );
    // The value's control, by field.
    let readValue: () => unknown = () => "";
    let valueMessage: HTMLElement = h("span");
    const statuses =
      spec.kind === "meeting"
        ? MEETING_STATUSES.map((s) => ({ value: s, label: t("meeting-status", { status: s }) }))
        : STATUS_ORDER.map((s) => ({ value: s, label: this.catalog.statusLabel(s) }));
    const renderValue = (): void => {
      const f = field.input.value as Field;
      asOfWrap.hidden = f !== "status";
      let control: HTMLElement;
      switch (f) {
        case "status":
        case "verification": {
          const c = new Control(select("form-value", onChange, f === "status" ? statuses : VERIFICATIONS.map((v) => ({ value: v, label: this.catalog.verificationLabel(v) }))), t("rf-new-value"));
          readValue = () => c.input.value;
          valueMessage = c.message;
          control = c.element;
          break;
        }
        case "date": {
          const d = new DateField({ label: t("rf-new-value"), testid: "form-value", onChange });
          readValue = () => d.value ?? d.text.trim();
          valueMessage = d.element.querySelector(".field-message") as HTMLElement;
          control = d.element;
          break;
        }
        case "participants": {
          const c = new Checks(t("rf-participants"), "form-value", this.choices.actors.map((a) => ({ id: a.id, name: a.name, data: true })), onChange);
          readValue = () => c.values.map((a) => ({ actor: a }));
          valueMessage = c.message;
          control = c.element;
          break;
        }
        case "source": {
          const c = new Control(
            select("form-value", onChange, this.choices.sources.map((s) => ({ value: s.id, label: s.name, data: true }))),
            t("rf-new-value"),
            null,
            true,
          );
          readValue = () => c.input.value;
          valueMessage = c.message;
          control = c.element;
          break;
        }
        case "builds-on":
        case "see-also": {
          const c = new Control(
            select("form-value", onChange, this.choices.records.filter((r) => r.id !== spec.id).map((r) => ({ value: r.id, label: `${r.id} · ${r.name}`, data: true }))),
            t("rf-new-value"),
            null,
            true,
          );
          readValue = () => c.input.value;
          valueMessage = c.message;
          control = c.element;
          break;
        }
        default: {
          const c = new Control(input("form-value", onChange), t("rf-new-value"), null, true);
          readValue = () => c.input.value.trim();
          valueMessage = c.message;
          control = c.element;
        }
      }
      setChildren(valueSlot, control);
      this.slots.set("value", valueMessage);
    };
    renderValue();
    this.slots.set("field", field.message);
    this.slots.set("as_of", asOf.element.querySelector(".field-message") as HTMLElement);
    this.slots.set("source", settles.message);
    this.slots.set("target", this.general);
    this.focusTargets.push(field.input);
    const read = (): Correction => {
      const f = field.input.value as Field;
      const src = this.source.used ? this.source.record().id : settles.input.value;
      const c: Correction = { target: spec.id, field: f, value: readValue(), source: src };
      if (f === "status") c.as_of = asOf.value ?? asOf.text.trim();
      return c;
    };
    return {
      body: [h("div", { class: "form-grid" }, field.element, asOfWrap), valueSlot, settles.element, this.source.element],
      read: () => [read(), this.source.used ? this.source.record() : null],
      submit: async () => {
        const c = read();
        const saved = await api.correctRecord(c, this.source.used ? [this.source.record()] : []);
        if (saved.problems.length > 0) return this.show(saved.problems, null);
        this.done(spec.kind === "meeting" ? null : spec.id, t("rf-saved-correction", { id: spec.id, field: t("rf-field", { field: c.field }) }));
      },
    };
  }

  // --- state ------------------------------------------------------------

  private changed(): void {
    this.element.dataset.dirty = this.isDirty() ? "true" : "false";
  }

  /** Something is typed and not saved. */
  isDirty(): boolean {
    return JSON.stringify(this.readAll()) !== this.initial;
  }

  focus(): void {
    const first = this.focusTargets[0];
    first?.scrollIntoView?.({ block: "center" });
    first?.focus();
  }

  /** What the app says when it cannot leave this form. */
  unsaved(): Unsaved {
    return {
      what: t("unsaved-record-form"),
      discarded: t("discarded-record-form"),
      error: null,
      focus: () => this.focus(),
      discard: () => {
        this.initial = JSON.stringify(this.readAll());
        this.handlers.onCancel();
      },
    };
  }

  private cancel(): void {
    this.initial = JSON.stringify(this.readAll());
    this.handlers.onCancel();
  }

  private done(open: string | null, message: string): void {
    this.initial = JSON.stringify(this.readAll());
    this.handlers.onSaved(open, message);
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.submitBtn.disabled = true;
    this.clearProblems();
    try {
      await this.submitNow();
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    } finally {
      this.busy = false;
      this.submitBtn.disabled = false;
    }
  }

  private clearProblems(): void {
    for (const m of this.element.querySelectorAll<HTMLElement>(".field-message[data-problem]")) {
      m.textContent = "";
      delete m.dataset.problem;
    }
    this.general.replaceChildren();
    this.general.hidden = true;
  }

  /** Shows every problem under the field it concerns (the rest above the form). */
  private show(problems: RecordProblem[], mainId: string | null): void {
    this.clearProblems();
    let first: HTMLElement | null = null;
    for (const p of problems) {
      const top = p.field.split(/[.[]/)[0] ?? "";
      const inSource = this.source.used && p.record.startsWith("source ") && !(mainId !== null && p.record.includes(`\`${mainId}\``));
      const slot = inSource ? this.source.slot(p.field) : this.slots.get(top) ?? null;
      const text = p.value ? `${p.message} (${p.value})` : p.message;
      if (slot && slot !== this.general) {
        const line = h("span", { class: "problem", "data-testid": "form-problem", translate: "no" }, text);
        if (slot.dataset.problem) slot.append(" ", line);
        else slot.replaceChildren(line);
        slot.dataset.problem = "true";
        if (inSource) this.source.element.open = true;
        first ??= slot;
      } else {
        this.general.append(h("li", { "data-testid": "form-problem", translate: "no" }, `${p.record}${p.field ? `: ${p.field}` : ""}: ${text}`));
        this.general.hidden = false;
        first ??= this.general;
      }
    }
    first?.scrollIntoView?.({ block: "center" });
    this.element.dataset.state = "refused";
  }
}
