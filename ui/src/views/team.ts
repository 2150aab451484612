// "Team": syncing the workspace with colleagues through the organisation's
// PostgreSQL. Not in a team: a form to join (the server's libpq URL, the
// team when the member is in several, the password for this session only),
// its errors at the form in the server's own words. In a team: the server,
// team and member, the last sync, what is still to send, the last error,
// what was refused, "Sync now" and "Leave team". Also the header's
// indicator of how the sync goes, which opens this screen.
import * as api from "../api";
import type { ApiError } from "../bindings/ApiError";
import type { TeamLinked } from "../bindings/TeamLinked";
import type { TeamStatus } from "../bindings/TeamStatus";
import type { TeamSynced } from "../bindings/TeamSynced";
import { h, setChildren, type Child } from "../dom";
import { count, formatDateTime } from "../format";
import { t } from "../i18n";
import { errorText } from "./error-text";

export interface TeamHandlers {
  /** A join or a sync ended well: the status, and what colleagues changed. */
  onSynced(synced: TeamSynced): void;
  /** The status changed (a failed sync, leaving). */
  onStatus(status: TeamStatus): void;
}

/** The indicator's state and words for a status (null: not known yet). */
export function indicatorOf(status: TeamStatus | null): { state: string; text: string; name: string } {
  const link = status?.link ?? null;
  if (!link) return { state: "none", text: t("team-indicator-none"), name: t("team-indicator-none") };
  if (link.last_error !== null) {
    if (link.last_error_code === "offline") {
      const text = t("team-indicator-offline");
      return { state: "offline", text, name: t("team-indicator-with", { state: text, message: link.last_error }) };
    }
    const text = t("team-indicator-error");
    return { state: "error", text, name: t("team-indicator-with", { state: text, message: link.last_error }) };
  }
  if (link.pending > 0) {
    const text = count("team-indicator-pending", link.pending);
    return { state: "pending", text, name: text };
  }
  return { state: "synced", text: t("team-indicator-synced"), name: t("team-indicator-synced") };
}

export class TeamView {
  readonly element: HTMLElement;
  private readonly handlers: TeamHandlers;
  private readonly body: HTMLElement;
  private status: TeamStatus | null = null;
  private busy = false;
  /** What the last action said (a sync's counts, an error), under the buttons. */
  private outcome: Child[] | null = null;

  constructor(handlers: TeamHandlers) {
    this.handlers = handlers;
    this.body = h("div", { class: "team-body" }, h("p", { class: "muted" }, t("save-state-loading")));
    this.element = h(
      "section",
      { class: "notes team", "data-testid": "team", "aria-labelledby": "team-title", hidden: true },
      h("div", { class: "notes-head" }, h("h2", { id: "team-title" }, t("team-title"))),
      this.body,
    );
  }

  /** Reads the status again and shows it. */
  async refresh(): Promise<void> {
    try {
      const status = await api.teamStatus();
      this.handlers.onStatus(status);
      this.show(status);
    } catch (e) {
      this.showFailure(api.toApiError(e));
    }
  }

  /** Shows `status` (unless a join or a sync of this screen is under way). */
  show(status: TeamStatus): void {
    this.status = status;
    if (this.busy) return;
    if (status.link) this.renderJoined(status.link);
    else this.renderJoin();
  }

  private showFailure(err: ApiError): void {
    setChildren(this.body, h("p", { class: "error-text", role: "alert", "data-testid": "team-error" }, errorText(err)));
  }

  // --- not in a team: the form -------------------------------------------

  private renderJoin(): void {
    const field = (
      id: string,
      label: string,
      hint: string | null,
      attrs: Record<string, string | boolean>,
    ): { wrap: HTMLElement; input: HTMLInputElement } => {
      const input = h("input", { id, "aria-describedby": hint ? `${id}-hint` : null, ...attrs });
      const wrap = h(
        "label",
        { class: "field wide", for: id },
        h("span", { class: "field-label" }, label),
        input,
        hint ? h("span", { class: "field-hint team-hint", id: `${id}-hint` }, hint) : null,
      );
      return { wrap, input };
    };
    const url = field("team-url", t("team-url"), t("team-url-hint"), {
      type: "text",
      "data-testid": "team-url",
      placeholder: "postgres://you@db.example.org:5432/briefdesk?sslmode=verify-full",
      autocomplete: "off",
      spellcheck: "false",
      autocapitalize: "off",
      translate: "no",
      required: true,
    });
    const team = field("team-name", t("team-name"), t("team-name-hint"), {
      type: "text",
      "data-testid": "team-name",
      autocomplete: "off",
      spellcheck: "false",
    });
    const password = field("team-password", t("team-password"), t("team-password-hint"), {
      type: "password",
      "data-testid": "team-password",
      autocomplete: "off",
    });
    const problem = h("div", { class: "form-problems team-problem", "data-testid": "team-form-error", role: "alert", hidden: true });
    const submit = h("button", { type: "submit", class: "btn primary", "data-testid": "team-join" }, t("team-join"));
    const form = h(
      "form",
      {
        class: "record-form team-form",
        "data-testid": "team-join-form",
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          void join();
        },
      },
      h("div", { class: "form-grid" }, url.wrap, team.wrap, password.wrap),
      problem,
      h("div", { class: "form-actions" }, submit),
    );
    const join = async (): Promise<void> => {
      if (this.busy) return;
      if (url.input.value.trim() === "") {
        problem.hidden = false;
        setChildren(problem, t("team-url-missing"));
        url.input.focus();
        return;
      }
      this.busy = true;
      submit.disabled = true;
      submit.textContent = t("team-joining");
      problem.hidden = true;
      let synced: TeamSynced | null = null;
      try {
        synced = await api.teamJoin(url.input.value.trim(), team.input.value.trim() || null, password.input.value || null);
      } catch (e) {
        problem.hidden = false;
        setChildren(problem, errorText(api.toApiError(e)));
      } finally {
        this.busy = false;
        submit.disabled = false;
        submit.textContent = t("team-join");
      }
      // The password goes only to the app's memory for this session.
      password.input.value = "";
      if (synced) {
        this.outcome = [h("span", null, t("team-joined", { team: synced.status.link?.team ?? "" })), " ", this.counts(synced)];
        this.handlers.onSynced(synced);
        this.show(synced.status);
        this.body.querySelector<HTMLElement>("[data-testid=team-sync-now]")?.focus();
      }
    };
    setChildren(this.body, h("p", null, t("team-intro")), form);
  }

  // --- in a team: the status -------------------------------------------------

  private counts(s: TeamSynced): string {
    return t("team-sync-result", { sent: s.pushed, received: s.pulled });
  }

  private renderJoined(link: TeamLinked): void {
    const row = (label: string, value: HTMLElement | string, testid: string): HTMLElement[] => [
      h("dt", null, label),
      h("dd", { "data-testid": testid }, value),
    ];
    const lastError =
      link.last_error === null
        ? t("team-no-error")
        : h(
            "span",
            { class: "error-text" },
            link.last_error_code === "offline" ? t("team-indicator-offline") : t("team-indicator-error"),
            " ",
            h("span", { class: "error-detail", lang: "en", translate: "no" }, link.last_error),
          );
    const needsPassword = link.last_error_code === "password_needed";
    const password = needsPassword
      ? h("input", { id: "team-sync-password", type: "password", autocomplete: "off", "data-testid": "team-sync-password", "aria-describedby": "team-sync-password-hint" })
      : null;
    const syncNow = h(
      "button",
      { type: "button", class: "btn primary", "data-testid": "team-sync-now", onclick: () => void this.syncNow(password) },
      t("team-sync-now"),
    );
    const leave = h(
      "button",
      { type: "button", class: "btn", "data-testid": "team-leave", onclick: () => void this.leave() },
      t("team-leave"),
    );
    setChildren(
      this.body,
      h(
        "dl",
        { class: "facts team-facts" },
        row(t("team-server"), h("span", { class: "team-url", translate: "no" }, link.url), "team-server"),
        row(t("team-name"), h("span", { translate: "no" }, link.team), "team-team"),
        row(t("team-member"), h("span", { translate: "no" }, link.member), "team-member"),
        row(t("team-last-sync"), link.last_sync ? formatDateTime(link.last_sync) : t("team-never"), "team-last-sync"),
        row(t("team-pending"), link.pending === 0 ? t("team-pending-none") : count("team-indicator-pending", link.pending), "team-pending"),
        row(t("team-last-error"), lastError, "team-last-error"),
        row(t("team-refused"), link.refused === 0 ? t("team-refused-none") : count("team-refused-count", link.refused), "team-refused"),
      ),
      password
        ? h(
            "label",
            { class: "field team-sync-password", for: "team-sync-password" },
            h("span", { class: "field-label" }, t("team-password")),
            password,
            h("span", { class: "field-hint team-hint", id: "team-sync-password-hint" }, t("team-password-hint")),
          )
        : null,
      h("div", { class: "form-actions" }, syncNow, leave),
      h("p", { class: "team-outcome", "data-testid": "team-outcome", "aria-live": "polite" }, this.outcome),
      h("p", { class: "muted" }, t("team-background")),
    );
  }

  private async syncNow(password: HTMLInputElement | null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const button = this.body.querySelector<HTMLButtonElement>("[data-testid=team-sync-now]");
    if (button) {
      button.disabled = true;
      button.textContent = t("team-syncing");
    }
    let synced: TeamSynced | null = null;
    let failure: ApiError | null = null;
    try {
      synced = await api.teamSync(password?.value || null);
    } catch (e) {
      failure = api.toApiError(e);
    } finally {
      this.busy = false;
    }
    if (synced) {
      this.outcome = [this.counts(synced)];
      this.handlers.onSynced(synced);
      this.show(synced.status);
    } else if (failure) {
      this.outcome = [h("span", { class: "error-text", role: "alert" }, errorText(failure))];
      await this.refresh();
    }
    this.body.querySelector<HTMLElement>("[data-testid=team-sync-now]")?.focus();
  }

  private async leave(): Promise<void> {
    if (this.busy) return;
    try {
      const status = await api.teamLeave();
      this.outcome = null;
      this.handlers.onStatus(status);
      this.show(status);
      const left = this.body.querySelector("form");
      left?.insertAdjacentElement("beforebegin", h("p", { class: "team-outcome", "data-testid": "team-left", role: "status" }, t("team-left")));
    } catch (e) {
      this.outcome = [h("span", { class: "error-text", role: "alert" }, errorText(api.toApiError(e)))];
      if (this.status?.link) this.renderJoined(this.status.link);
    }
  }
}
