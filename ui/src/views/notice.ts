// The notice bar at the foot of the window: one short message at a time, in
// the page's flow (it never covers a control). A notice that offers an
// action (Open, Undo) stays until it is dismissed or replaced; one without
// goes after NOTICE_MS, but never while the pointer or the keyboard focus is
// on it. Every notice can be dismissed (its ✕ button, or Esc inside it).
import { h, setChildren } from "../dom";
import { t, ta } from "../i18n";

export const NOTICE_MS = 8000;

export interface NoticeAction {
  label: string;
  run: () => void;
}

export class NoticeBar {
  readonly element: HTMLElement;
  private readonly textEl: HTMLElement;
  private readonly actions: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The notice shown can go by itself (it has no action). */
  private transient = false;
  private held = false;

  constructor() {
    this.textEl = h("span", { class: "notice-text", "data-testid": "notice-text" });
    this.actions = h("span", { class: "notice-actions" });
    this.element = h(
      "div",
      {
        class: "notice",
        "data-testid": "notice",
        role: "status",
        "aria-live": "polite",
        hidden: true,
        onmouseenter: () => this.hold(true),
        onmouseleave: () => this.hold(false),
        onfocusin: () => this.hold(true),
        onfocusout: (e: Event) => {
          const next = (e as FocusEvent).relatedTarget;
          if (!(next instanceof Node) || !this.element.contains(next)) this.hold(false);
        },
        onkeydown: (e: Event) => {
          if ((e as KeyboardEvent).key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            this.dismiss();
          }
        },
      },
      this.textEl,
      this.actions,
    );
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  get text(): string {
    return this.textEl.textContent ?? "";
  }

  show(text: string, action?: NoticeAction): void {
    this.textEl.textContent = text;
    setChildren(
      this.actions,
      action
        ? h(
            "button",
            {
              type: "button",
              class: "btn small primary notice-action",
              "data-testid": "notice-action",
              onclick: () => action.run(),
            },
            action.label,
          )
        : null,
      h(
        "button",
        {
          type: "button",
          class: "btn small notice-dismiss",
          "data-testid": "notice-dismiss",
          "aria-label": t("notice-dismiss"),
          title: ta("notice-dismiss", "title"),
          onclick: () => this.dismiss(),
        },
        "✕",
      ),
    );
    this.element.hidden = false;
    this.transient = !action;
    this.arm();
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const hadFocus = this.element.contains(this.element.ownerDocument.activeElement);
    this.element.hidden = true;
    this.held = false;
    if (hadFocus) this.element.ownerDocument.getElementById("content")?.focus();
  }

  destroy(): void {
    clearTimeout(this.timer);
  }

  private hold(on: boolean): void {
    this.held = on;
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.transient && !this.held && this.visible) {
      this.timer = setTimeout(() => this.dismiss(), NOTICE_MS);
    }
  }
}
