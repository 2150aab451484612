// "Add to a brief" in a commitment's detail: pick one of the user's briefs
// and the core puts the commitment in the section of its sector (made when
// the brief has none); undone like any other change.
import * as api from "../api";
import type { AddedToBrief } from "../bindings/AddedToBrief";
import type { ApiError } from "../bindings/ApiError";
import { h, setChildren } from "../dom";
import { errorText } from "./error-text";
import { t } from "../i18n";

export interface AddToBriefHandlers {
  onAdded(added: AddedToBrief): void;
  onError(error: ApiError): void;
  /** Shows the Briefs screen (to start one). */
  onShowBriefs(): void;
}

export class AddToBrief {
  readonly element: HTMLElement;
  private readonly commitment: string;
  private readonly handlers: AddToBriefHandlers;
  private readonly body: HTMLElement;

  constructor(commitment: string, handlers: AddToBriefHandlers) {
    this.commitment = commitment;
    this.handlers = handlers;
    this.body = h("div", { class: "add-to-brief-body" });
    this.element = h(
      "section",
      { class: "detail-section add-to-brief", "data-testid": "add-to-brief", "aria-labelledby": `add-to-brief-${commitment}` },
      h("h3", { id: `add-to-brief-${commitment}` }, t("add-to-brief")),
      this.body,
    );
  }

  /** Lists the briefs to choose from (nothing when the workspace is refused). */
  async load(disabledReason: string | null): Promise<void> {
    if (disabledReason) {
      setChildren(this.body, h("p", { class: "muted" }, disabledReason));
      return;
    }
    let briefs;
    try {
      briefs = (await api.briefs()).briefs;
    } catch (e) {
      setChildren(this.body, h("p", { class: "error-text" }, errorText(api.toApiError(e))));
      return;
    }
    if (briefs.length === 0) {
      setChildren(
        this.body,
        h("p", { class: "muted" }, t("add-to-brief-none")),
        h("button", { type: "button", class: "btn small", "data-testid": "add-to-brief-start", onclick: () => this.handlers.onShowBriefs() }, t("add-to-brief-start")),
      );
      return;
    }
    const id = `add-to-brief-select-${this.commitment}`;
    const select = h(
      "select",
      { id, "data-testid": "add-to-brief-select" },
      briefs.map((b) => h("option", { value: String(b.id), translate: "no" }, b.title)),
    );
    setChildren(
      this.body,
      h(
        "div",
        { class: "add-to-brief-row" },
        h("label", { class: "field", for: id }, h("span", { class: "field-label" }, t("add-to-brief-brief")), select),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "add-to-brief-add", onclick: () => void this.add(Number(select.value)) },
          t("picker-add"),
        ),
      ),
    );
  }

  private async add(brief: number): Promise<void> {
    try {
      this.handlers.onAdded(await api.addToBrief(brief, this.commitment));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }
}
