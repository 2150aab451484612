// "Follow-ups": the commitments the user set a follow-up date on, overdue
// first, then due soon, then later (see followups.ts), each with its date,
// the user's status and the first line of the note; a row opens the
// commitment.
import * as api from "../api";
import type { ApiError } from "../bindings/ApiError";
import { h, setChildren } from "../dom";
import { todayIso } from "../dates";
import { t } from "../i18n";
import { DUE_SOON_DAYS, type FollowUp, type FollowUpGroup, dueText, followUps } from "../followups";
import { formatDate } from "../format";
import { type Catalog, firstLine } from "../state";

export interface FollowUpsHandlers {
  onOpen(id: string): void;
  onError(error: ApiError): void;
}


export class FollowUpsView {
  readonly element: HTMLElement;
  private readonly catalog: Catalog;
  private readonly handlers: FollowUpsHandlers;
  private readonly body: HTMLElement;
  private disabledReason: string | null = null;
  private seq = 0;

  constructor(catalog: Catalog, handlers: FollowUpsHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.body = h("div", { class: "followup-groups", "data-testid": "followups-list" });
    this.element = h(
      "section",
      { class: "notes followups", "data-testid": "followups", "aria-labelledby": "followups-title", hidden: true },
      h("div", { class: "notes-head" }, h("h2", { id: "followups-title" }, t("nav-followups"))),
      h("p", { class: "muted" }, t("followups-help")),
      this.body,
    );
  }

  setDisabled(reason: string | null): void {
    this.disabledReason = reason;
  }

  /** Reloads the annotations and lists their follow-ups as of today. */
  async refresh(today: string = todayIso()): Promise<void> {
    const seq = ++this.seq;
    if (this.disabledReason) {
      setChildren(this.body, h("p", { class: "empty muted" }, this.disabledReason));
      return;
    }
    try {
      const entries = await api.annotations();
      if (seq !== this.seq) return;
      this.render(followUps(entries, today));
    } catch (e) {
      if (seq === this.seq) this.handlers.onError(api.toApiError(e));
    }
  }

  private render(items: FollowUp[]): void {
    if (items.length === 0) {
      setChildren(this.body, h("p", { class: "empty muted", "data-testid": "followups-empty" }, t("followups-empty")));
      return;
    }
    const groups: FollowUpGroup[] = ["overdue", "soon", "later"];
    setChildren(
      this.body,
      groups.map((g) => {
        const of = items.filter((i) => i.group === g);
        if (of.length === 0) return null;
        const id = `followups-${g}`;
        return h(
          "section",
          { class: `followup-group ${g}`, "data-testid": id, "aria-labelledby": `${id}-h` },
          h("h3", { id: `${id}-h` }, t("followups-group", { group: g, days: String(DUE_SOON_DAYS), count: String(of.length) })),
          h("ul", { class: "notes-list" }, of.map((f) => this.renderItem(f))),
        );
      }),
    );
  }

  private renderItem(f: FollowUp): HTMLElement {
    const a = f.entry.annotation;
    const id = a.commitment;
    const note = firstLine(a.fields.note);
    const body = [
      h("span", { class: "note-id", translate: "no" }, id),
      h(
        "span",
        { class: "note-main" },
        h("span", { class: "note-title", translate: "no" }, f.entry.title ?? id),
        f.entry.orphaned ? h("span", { class: "badge orphaned" }, t("orphaned")) : null,
        note ? h("span", { class: "note-line muted", translate: "no" }, note) : null,
        h(
          "span",
          { class: "note-meta" },
          h("span", { class: `due due-${f.group}`, "data-testid": "followup-due" }, `${formatDate(f.date)} · ${dueText(f.days)}`),
          a.fields.status
            ? h("span", { class: `badge ustatus us-${a.fields.status}` }, this.catalog.userStatusLabel(a.fields.status))
            : null,
          a.fields.tags.map((tag) => h("span", { class: "chip tag", translate: "no" }, tag)),
        ),
      ),
    ];
    return h(
      "li",
      { class: "note-row", "data-testid": `followup-row-${id}`, "data-group": f.group },
      f.entry.orphaned
        ? h("div", { class: "note-body" }, body)
        : h("button", { type: "button", class: "note-body", onclick: () => this.handlers.onOpen(id) }, body),
    );
  }
}
