// A date field typed in the user's order (see dates.ts): a plain text input
// with the format as its placeholder and in its visible label, so an empty
// field looks empty, typing digits works, and no spin button can produce
// year 0001. A date it cannot read is kept as typed and explained under it.
import { type DateOrder, appDateOrder, datePlaceholder, formatDateInput, parseDateInput } from "../dates";
import { h } from "../dom";
import { t } from "../i18n";

let uid = 0;

export interface DateFieldOptions {
  label: string;
  testid: string;
  /** Called on every change of the text (valid or not). */
  onChange(): void;
  order?: DateOrder;
}

export class DateField {
  /** The label with the input and its message, ready to place in a form. */
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly order: DateOrder;

  constructor(opts: DateFieldOptions) {
    this.order = opts.order ?? appDateOrder();
    const id = `date-field-${++uid}`;
    const hint = datePlaceholder(this.order);
    this.message = h("span", { class: "field-message", id: `${id}-msg`, "data-testid": `${opts.testid}-message`, "aria-live": "polite" });
    this.input = h("input", {
      type: "text",
      id,
      class: "date-input",
      inputmode: "numeric",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: hint,
      "data-testid": opts.testid,
      "aria-describedby": `${id}-msg`,
      oninput: () => {
        this.check();
        opts.onChange();
      },
      onblur: () => this.tidy(),
    });
    this.element = h(
      "label",
      { class: "field date-field", for: id },
      h("span", { class: "field-label" }, opts.label, h("span", { class: "field-hint" }, ` (${hint})`)),
      this.input,
      this.message,
    );
  }

  /** The ISO date shown, or null for an empty field; undefined while the text is not a date. */
  get value(): string | null | undefined {
    const p = parseDateInput(this.input.value, this.order);
    return p.ok ? p.iso : undefined;
  }

  /** Why the text is not a date; null when it is one (or empty). */
  get error(): string | null {
    const p = parseDateInput(this.input.value, this.order);
    return p.ok ? null : p.error;
  }

  /** The text as typed. */
  get text(): string {
    return this.input.value;
  }

  /** Shows a stored date (ISO or null). */
  set(iso: string | null): void {
    this.input.value = formatDateInput(iso, this.order);
    this.check();
  }

  set disabled(on: boolean) {
    this.input.disabled = on;
  }

  private check(): void {
    const error = this.error;
    this.message.textContent = error ? t("date-not-yet", { error }) : "";
    this.input.setAttribute("aria-invalid", error ? "true" : "false");
    this.element.classList.toggle("invalid", error !== null);
  }

  /** On leaving the field: a readable date is shown in the field's own form ("1/2/2026" → "01/02/2026"). */
  private tidy(): void {
    const v = this.value;
    if (v) {
      const shown = formatDateInput(v, this.order);
      if (shown !== this.input.value) this.input.value = shown;
    }
  }
}
