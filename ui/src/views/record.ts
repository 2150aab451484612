// The "Record" screen: which release of the record the app is on and the
// ones installed (go back with one click), "Update the record…" (the shell
// opens the file dialog; the change report is shown before anything is
// applied), what is new since the user last looked, the user's own records
// and corrections with their state, and the forms that add or correct them.
import * as api from "../api";
import type { ApiError } from "../bindings/ApiError";
import type { ChangeReport } from "../bindings/ChangeReport";
import type { EntryView } from "../bindings/EntryView";
import type { RecordStatus } from "../bindings/RecordStatus";
import type { ReleaseInfo } from "../bindings/ReleaseInfo";
import { h, setChildren } from "../dom";
import { count, formatDate, formatDateTime } from "../format";
import { t } from "../i18n";
import type { Catalog } from "../state";
// The forms are a chunk of their own, fetched beside the choices when the
// user first opens one (issue 17).
import type { FormSpec, RecordForm } from "./record-form";

export interface RecordHandlers {
  onError(error: ApiError): void;
  /** The record changed (saved, removed, a release applied): rebuild, then open `open`. */
  onRecordChanged(open: string | null, message: string): void;
  onOpen(id: string): void;
  notice(text: string): void;
}

/** How a release's origin reads: "signed by key …", "built in", … */
export function trustText(info: ReleaseInfo): string {
  const tr = info.trust;
  switch (tr.kind) {
    case "built-in":
      return t("release-built-in");
    case "signed":
      return t("release-signed", { key: tr.key_id, name: tr.key_name });
    case "accepted":
      return t("release-accepted");
    default:
      return t("release-folder");
  }
}

export class RecordView {
  readonly element: HTMLElement;
  form: RecordForm | null = null;
  private readonly catalog: Catalog;
  private readonly handlers: RecordHandlers;
  private readonly formSlot: HTMLElement;
  private readonly reportSlot: HTMLElement;
  private readonly releaseSlot: HTMLElement;
  private readonly entriesSlot: HTMLElement;
  private status: RecordStatus | null = null;

  constructor(catalog: Catalog, handlers: RecordHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.formSlot = h("div", { class: "form-slot" });
    this.reportSlot = h("div", { class: "report-slot" });
    this.releaseSlot = h("div", { class: "release-body" }, h("p", { class: "muted" }, t("save-state-loading")));
    this.entriesSlot = h("div", { class: "entries-body" });
    this.element = h(
      "section",
      { class: "notes record-screen", "data-testid": "record-screen", "aria-labelledby": "record-title", hidden: true },
      h("div", { class: "notes-head" }, h("h2", { id: "record-title" }, t("record-title"))),
      this.formSlot,
      this.reportSlot,
      h(
        "section",
        { class: "panel", "aria-labelledby": "release-h" },
        h(
          "div",
          { class: "panel-head" },
          h("h3", { id: "release-h" }, t("record-release")),
          h("button", { type: "button", class: "btn primary", "data-testid": "record-update", onclick: () => void this.update(false) }, t("record-update")),
        ),
        this.releaseSlot,
      ),
      h(
        "section",
        { class: "panel", "aria-labelledby": "entries-h" },
        h(
          "div",
          { class: "panel-head" },
          h("h3", { id: "entries-h" }, t("record-yours")),
          h(
            "span",
            { class: "notes-actions" },
            h("button", { type: "button", class: "btn", "data-testid": "record-add-commitment", onclick: () => this.openForm({ form: "commitment", meeting: null, sector: null }) }, t("record-add-commitment")),
            h("button", { type: "button", class: "btn", "data-testid": "record-add-meeting", onclick: () => this.openForm({ form: "meeting" }) }, t("record-add-meeting")),
          ),
        ),
        this.entriesSlot,
      ),
    );
  }

  async refresh(): Promise<void> {
    try {
      this.status = await api.recordStatus();
      this.render();
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  /** Opens a form (replacing a form left untouched; one with typed text stays until saved or discarded). */
  async openForm(spec: FormSpec): Promise<boolean> {
    if (this.form && this.form.isDirty()) {
      this.form.focus();
      return false;
    }
    try {
      const [choices, { RecordForm }] = await Promise.all([api.recordChoices(), import("./record-form")]);
      if (this.form && this.form.isDirty()) {
        // Typed into while the choices were on their way (a second click).
        this.form.focus();
        return false;
      }
      this.form = new RecordForm(this.catalog, choices, spec, {
        onSaved: (open, message) => {
          this.closeForm();
          this.handlers.onRecordChanged(open, message);
        },
        onCancel: () => this.closeForm(),
        onError: (err) => this.handlers.onError(err),
      });
      setChildren(this.formSlot, this.form.element);
      this.form.element.querySelector<HTMLElement>("#record-form-title")?.focus();
      this.form.element.scrollIntoView?.({ block: "start" });
      return true;
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
      return false;
    }
  }

  closeForm(): void {
    this.form = null;
    this.formSlot.replaceChildren();
  }

  // --- releases -------------------------------------------------------------

  /** "Update the record…": the shell asks for the file; the report comes back here. */
  async update(acceptUnverified: boolean): Promise<void> {
    let report: ChangeReport | null;
    try {
      report = await api.updateRecord(acceptUnverified);
    } catch (e) {
      const err = api.toApiError(e);
      if (err.code === "needs_confirmation") {
        this.renderRefusal(err.message, true);
        return;
      }
      if (err.code === "release_refused" || err.code === "file") {
        this.renderRefusal(err.message, false);
        return;
      }
      this.handlers.onError(err);
      return;
    }
    if (report) this.renderReport(report);
  }

  private renderRefusal(message: string, canAccept: boolean): void {
    setChildren(
      this.reportSlot,
      h(
        "section",
        { class: "panel report refused", "data-testid": "release-refused", role: "alert" },
        h("h3", null, t("release-refused-title")),
        h("p", { class: "ws-problem", translate: "no", "data-testid": "release-refused-message" }, message),
        h(
          "div",
          { class: "form-actions" },
          canAccept
            ? h("button", { type: "button", class: "btn", "data-testid": "release-accept", onclick: () => void this.update(true) }, t("release-accept"))
            : null,
          h("button", { type: "button", class: "btn", "data-testid": "release-dismiss", onclick: () => this.reportSlot.replaceChildren() }, t("dismiss")),
        ),
      ),
    );
  }

  private renderReport(r: ChangeReport): void {
    const retire = h("input", { type: "checkbox", id: "report-retire", "data-testid": "report-retire" });
    const list = (title: string, testid: string, items: HTMLElement[]): HTMLElement | null =>
      items.length === 0
        ? null
        : h("div", { class: "report-part", "data-testid": testid }, h("h4", null, title), h("ul", { class: "report-list" }, items));
    const ref = (sign: string, kind: string, id: string, title: string): HTMLElement =>
      h("li", null, `${sign} `, t("record-kind", { kind }), " ", h("span", { translate: "no" }, `${id} · ${title}`));
    const MAX = 200;
    const added = r.added.slice(0, MAX).map((x) => ref("+", x.kind, x.id, x.title));
    if (r.added.length > MAX) added.push(h("li", { class: "muted" }, count("report-more", r.added.length - MAX)));
    setChildren(
      this.reportSlot,
      h(
        "section",
        { class: "panel report", "data-testid": "change-report", "aria-labelledby": "report-h" },
        h("h3", { id: "report-h", tabindex: "-1" }, t("report-title", { version: r.to.dataset_version })),
        h(
          "p",
          { "data-testid": "report-head" },
          t("report-head", { from: r.from.dataset_version, to: r.to.dataset_version, date: formatDate(r.to.date) }),
          " ",
          h("span", { translate: "no" }, r.to.publisher),
          " · ",
          trustText(r.to),
        ),
        h(
          "p",
          { class: "report-counts", "data-testid": "report-counts" },
          count("report-added", r.added.length),
          " · ",
          count("report-removed", r.removed.length),
          " · ",
          count("report-changed", r.changed.length),
        ),
        list(t("report-added-title"), "report-added", added),
        list(t("report-removed-title"), "report-removed", r.removed.map((x) => ref("−", x.kind, x.id, x.title))),
        list(
          t("report-changed-title"),
          "report-changed",
          r.changed.slice(0, MAX).map((c) =>
            h(
              "li",
              null,
              "~ ",
              t("record-kind", { kind: c.kind }),
              " ",
              h("span", { translate: "no" }, `${c.id} · ${c.title}`),
              h(
                "ul",
                { class: "report-fields" },
                c.fields.map((f) =>
                  h("li", null, h("code", { translate: "no" }, f.field), ": ", h("span", { translate: "no" }, `${short(f.before)} → ${short(f.after)}`)),
                ),
              ),
            ),
          ),
        ),
        list(t("report-covered-title"), "report-covered", r.covered.map((c) => h("li", { translate: "no" }, c.problems[0]?.message ? `${c.key}: ${c.problems[0].message}` : c.key))),
        list(t("report-unfit-title"), "report-unfit", r.unfit.map((c) => h("li", { translate: "no" }, c.problems[0] ? `${c.key}: ${c.problems[0].message}` : c.key))),
        list(t("report-orphans-title"), "report-orphans", [
          ...r.orphaned_annotations.map((id) => h("li", null, t("report-orphan-note", { id }))),
          ...r.orphaned_brief_items.map((b) => h("li", null, t("report-orphan-item", { id: b.commitment }), " ", h("span", { translate: "no" }, b.title))),
        ]),
        r.covered.length > 0 ? h("label", { class: "check", for: "report-retire" }, retire, " ", t("report-retire")) : null,
        h(
          "div",
          { class: "form-actions" },
          h("button", { type: "button", class: "btn primary", "data-testid": "report-apply", onclick: () => void this.apply(retire.checked) }, t("report-apply")),
          h("button", { type: "button", class: "btn", "data-testid": "report-cancel", onclick: () => this.reportSlot.replaceChildren() }, t("report-cancel")),
        ),
      ),
    );
    this.reportSlot.querySelector<HTMLElement>("#report-h")?.focus();
  }

  private async apply(retire: boolean): Promise<void> {
    try {
      const s = await api.applyRelease(retire);
      this.reportSlot.replaceChildren();
      this.handlers.onRecordChanged(null, t("release-applied", { version: s.release.dataset_version }));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private async use(version: string): Promise<void> {
    try {
      const s = await api.useRelease(version);
      this.handlers.onRecordChanged(null, t("release-now", { version: s.release.dataset_version }));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private async remove(e: EntryView): Promise<void> {
    try {
      const r = await api.removeRecord(e.key);
      if (r.problems.length > 0) {
        this.handlers.notice(t("record-remove-refused", { problems: r.problems.map((p) => `${p.record}: ${p.message}`).join("; ") }));
        return;
      }
      this.handlers.onRecordChanged(null, t("record-removed", { id: e.record }));
    } catch (err) {
      this.handlers.onError(api.toApiError(err));
    }
  }

  private async markAllSeen(): Promise<void> {
    try {
      await api.markSeen(null);
      this.handlers.onRecordChanged(null, t("news-seen"));
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  // --- rendering ------------------------------------------------------------

  private render(): void {
    const s = this.status;
    if (!s) return;
    setChildren(
      this.releaseSlot,
      h(
        "p",
        { "data-testid": "record-release-line" },
        t("record-on-release", { version: s.release.dataset_version, date: formatDate(s.release.date) }),
        " ",
        h("span", { translate: "no" }, s.release.publisher),
        " · ",
        trustText(s.release),
      ),
      s.warnings.map((w) => h("p", { class: "error-text", translate: "no" }, w)),
      s.news.length > 0
        ? h(
            "p",
            { class: "news-line", "data-testid": "record-news" },
            count("news-count", s.news.length),
            " ",
            h("button", { type: "button", class: "btn small", "data-testid": "news-seen", onclick: () => void this.markAllSeen() }, t("news-mark-seen")),
          )
        : null,
      h(
        "ul",
        { class: "release-list", "data-testid": "release-list" },
        s.releases.map((r) =>
          h(
            "li",
            { class: r.in_use ? "release in-use" : "release", "data-testid": `release-${r.info.dataset_version}` },
            h("span", { class: "rel-version", translate: "no" }, r.info.dataset_version),
            h("span", { class: "rel-meta muted" }, formatDate(r.info.date), " · ", h("span", { translate: "no" }, r.info.publisher), " · ", trustText(r.info)),
            r.in_use
              ? h("span", { class: "badge current" }, t("release-in-use"))
              : h(
                  "button",
                  { type: "button", class: "btn small", "data-testid": `release-use-${r.info.dataset_version}`, onclick: () => void this.use(r.info.dataset_version) },
                  t("release-use"),
                ),
          ),
        ),
      ),
    );
    setChildren(
      this.entriesSlot,
      s.entries.length === 0
        ? h("p", { class: "muted", "data-testid": "record-none" }, t("record-none"))
        : h(
            "ul",
            { class: "notes-list", "data-testid": "record-entries" },
            s.entries.map((e) => this.renderEntry(e)),
          ),
    );
  }

  private renderEntry(e: EntryView): HTMLElement {
    const isRecord = "record" in e.entry;
    const what = "correction" in e.entry ? e.entry.correction : null;
    return h(
      "li",
      { class: `entry st-${e.state}`, "data-testid": `entry-${e.key}` },
      h(
        "div",
        { class: "entry-main" },
        h(
          "button",
          { type: "button", class: "btn link", onclick: () => this.handlers.onOpen(e.record) },
          h("span", { translate: "no" }, e.record),
        ),
        " ",
        isRecord ? t("entry-own", { kind: e.kind }) : t("entry-correction", { field: what?.field ?? "" }),
        " · ",
        h("span", { translate: "no" }, e.title),
      ),
      h(
        "div",
        { class: "entry-meta muted" },
        t("entry-by", { author: e.author, date: formatDateTime(e.updated_at) }),
        " · ",
        h("span", { class: `badge entry-state es-${e.state}` }, t("entry-state", { state: e.state })),
      ),
      e.problems.length > 0 ? h("p", { class: "entry-problem", translate: "no" }, e.problems.map((p) => p.message).join("; ")) : null,
      h(
        "button",
        { type: "button", class: "btn small", "data-testid": `entry-remove-${e.key}`, onclick: () => void this.remove(e) },
        isRecord ? t("entry-remove") : t("entry-retire"),
      ),
    );
  }
}

/** A value of a change report on one line. */
function short(v: unknown): string {
  const s = typeof v === "string" ? v : v === null || v === undefined ? "—" : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
