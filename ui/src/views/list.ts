// The commitment list: combinable filters (evaluated by the core through
// filterCommitments), a result count and a virtualised, keyboard-navigable list
// whose rows mark the commitments the user annotated (✎ and their status).
import * as api from "../api";
import type { Annotation } from "../bindings/Annotation";
import type { ApiError } from "../bindings/ApiError";
import type { CommitmentStatus } from "../bindings/CommitmentStatus";
import type { ListFilter } from "../bindings/ListFilter";
import type { UserStatus } from "../bindings/UserStatus";
import type { Verification } from "../bindings/Verification";
import { h, setChildren } from "../dom";
import { count, formatDate, group } from "../format";
import { t } from "../i18n";
import { Catalog, emptyFilter, filterIsEmpty } from "../state";
import type { RecordMark } from "../bindings/RecordMark";
import { statusBadge, verificationBadge } from "./badges";
import { VirtualList } from "./virtual-list";

export const ROW_HEIGHT = 60;
export const TEXT_DEBOUNCE_MS = 120;

export interface ListHandlers {
  onOpen(id: string): void;
  onError(error: ApiError): void;
}

type SelectKey = "sector" | "meeting" | "status" | "verification" | "user_status" | "tag";

export class ListView {
  readonly element: HTMLElement;
  readonly textInput: HTMLInputElement;
  readonly virtual: VirtualList;
  private readonly catalog: Catalog;
  private readonly handlers: ListHandlers;
  private readonly selects = new Map<SelectKey, HTMLSelectElement>();
  private readonly countEl: HTMLElement;
  private readonly emptyEl: HTMLElement;
  private filter: ListFilter = emptyFilter();
  private ids: string[];
  private selected = -1;
  private openId: string | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The user's current annotations, by commitment. */
  private readonly annotations = new Map<string, Annotation>();

  constructor(catalog: Catalog, handlers: ListHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.ids = [...catalog.allIds];
    const ov = catalog.overview;

    const sel = (
      key: SelectKey,
      label: string,
      allLabel: string,
      options: { value: string; label: string }[],
    ): HTMLElement => {
      const select = h(
        "select",
        { "data-testid": `filter-${key.replace("_", "-")}`, id: `filter-${key}`, onchange: () => this.onSelect(key) },
        h("option", { value: "" }, allLabel),
        options.map((o) => h("option", { value: o.value }, o.label)),
      );
      this.selects.set(key, select);
      return h("label", { class: "field" }, h("span", { class: "field-label" }, label), select);
    };

    this.textInput = h("input", {
      type: "text",
      class: "filter-text",
      "data-testid": "filter-text",
      placeholder: t("filter-placeholder"),
      "aria-label": t("filter-label"),
      autocomplete: "off",
      spellcheck: "false",
      oninput: () => this.onText(),
    });

    this.countEl = h("span", { class: "result-count", "data-testid": "result-count", "aria-live": "polite" });

    this.virtual = new VirtualList({
      rowHeight: ROW_HEIGHT,
      overscan: 6,
      renderRow: (i) => this.renderRow(i),
      afterRender: () => this.markActive(),
      attrs: {
        role: "listbox",
        tabindex: "0",
        "aria-label": t("list-label"),
        "data-testid": "commitment-rows",
      },
    });
    this.virtual.element.addEventListener("click", (e) => this.onRowClick(e));

    this.emptyEl = h(
      "div",
      { class: "empty", hidden: true },
      h("p", null, t("list-empty")),
      h("button", { type: "button", class: "btn", onclick: () => this.clear() }, t("filter-clear")),
    );

    this.element = h(
      "section",
      { class: "list", "data-testid": "commitment-list", "aria-label": t("list-label") },
      h(
        "div",
        { class: "filters", role: "search" },
        h("div", { class: "filter-search" }, this.textInput),
        h(
          "div",
          { class: "filter-selects" },
          sel("sector", t("filter-sector"), t("filter-sector-all"), ov.sectors.map((s) => ({ value: s.id, label: catalog.sectorName(s.id) }))),
          sel(
            "meeting",
            t("filter-meeting"),
            t("filter-meeting-all"),
            ov.meetings.map((m) => ({ value: m.id, label: catalog.meetingOption(m) })),
          ),
          sel(
            "status",
            t("filter-status"),
            t("filter-status-all"),
            ov.labels.statuses.map((c) => ({ value: c.keyword, label: catalog.statusLabel(c.keyword) })),
          ),
          sel(
            "verification",
            t("filter-verification"),
            t("filter-verification-all"),
            ov.labels.verifications.map((c) => ({ value: c.keyword, label: catalog.verificationLabel(c.keyword) })),
          ),
          sel(
            "user_status",
            t("filter-user-status"),
            t("filter-user-status-all"),
            (ov.labels.user_statuses ?? []).map((c) => ({ value: c.keyword, label: catalog.userStatusLabel(c.keyword) })),
          ),
          sel("tag", t("filter-tag"), t("filter-tag-all"), []),
        ),
        h(
          "div",
          { class: "filter-foot" },
          this.countEl,
          h(
            "button",
            { type: "button", class: "btn link", "data-testid": "filter-clear", onclick: () => this.clear() },
            t("filter-clear"),
          ),
        ),
      ),
      this.virtual.element,
      this.emptyEl,
    );
    this.showIds(this.ids, false);
  }

  /** The ids currently listed, in order. */
  get listed(): readonly string[] {
    return this.ids;
  }

  get selectedId(): string | null {
    return this.ids[this.selected] ?? null;
  }

  currentFilter(): ListFilter {
    return { ...this.filter };
  }

  /** Replaces the whole filter (e.g. from the overview) and applies it now. */
  setFilter(filter: ListFilter): void {
    this.filter = { ...filter };
    for (const [key, select] of this.selects) select.value = (this.filter[key] as string | null) ?? "";
    this.textInput.value = this.filter.text ?? "";
    void this.apply();
  }

  clear(): void {
    this.setFilter(emptyFilter());
  }

  focusText(): void {
    this.textInput.focus();
    this.textInput.select();
  }

  /** Moves the selection by `delta` rows, scrolling it into view. */
  moveSelection(delta: number): void {
    if (this.ids.length === 0) return;
    const next =
      this.selected < 0
        ? delta > 0
          ? 0
          : this.ids.length - 1
        : Math.min(this.ids.length - 1, Math.max(0, this.selected + delta));
    this.select(next);
  }

  /** Opens the selected commitment; false when nothing is selected. */
  openSelected(): boolean {
    const id = this.selectedId;
    if (!id) return false;
    this.handlers.onOpen(id);
    return true;
  }

  /** Marks the commitment shown in the detail panel (and selects it if listed). */
  setOpen(id: string | null): void {
    this.openId = id;
    if (id) {
      const i = this.ids.indexOf(id);
      if (i >= 0) this.select(i);
    }
    this.virtual.refresh(true);
  }

  /** Renders the row of `id` again (its marks changed). */
  refreshRow(id: string): void {
    const i = this.ids.indexOf(id);
    if (i >= 0) this.virtual.refreshRow(i);
  }

  /** Replaces the known annotations (markers and the tag filter's options). */
  setAnnotations(list: readonly Annotation[]): void {
    this.annotations.clear();
    for (const a of list) this.annotations.set(a.commitment, a);
    this.annotationsChanged();
  }

  /** One annotation changed (null: the commitment has none any more). */
  updateAnnotation(id: string, a: Annotation | null): void {
    if (a) this.annotations.set(id, a);
    else this.annotations.delete(id);
    this.annotationsChanged();
  }

  annotationOf(id: string): Annotation | null {
    return this.annotations.get(id) ?? null;
  }

  /** Every annotation the list knows. */
  allAnnotations(): Annotation[] {
    return [...this.annotations.values()];
  }

  /** Every tag in use (case-insensitively distinct), sorted. */
  tags(): string[] {
    const seen = new Map<string, string>();
    for (const a of this.annotations.values()) {
      for (const t of a.fields.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
    }
    // Letters compared without case or accents, as a collator's "base"
    // sensitivity would, but without one: a collator loads ICU's collation
    // data, and this runs while the first screen is built (issue 17).
    const key = (t: string): string => t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    return [...seen.values()]
      .map((t) => [key(t), t] as const)
      .sort(([a, ta], [b, tb]) => (a < b ? -1 : a > b ? 1 : ta < tb ? -1 : ta > tb ? 1 : 0))
      .map(([, t]) => t);
  }

  private annotationsChanged(): void {
    const select = this.selects.get("tag");
    if (select) {
      const tags = this.tags();
      const chosen = this.filter.tag;
      if (chosen && !tags.some((t) => t.toLowerCase() === chosen.toLowerCase())) tags.push(chosen);
      setChildren(select, h("option", { value: "" }, t("filter-tag-all")), tags.map((tag) => h("option", { value: tag }, tag)));
      select.value = chosen ?? "";
    }
    this.virtual.refresh(true);
  }

  private select(index: number): void {
    const previous = this.selected;
    this.selected = index;
    this.virtual.scrollToIndex(index);
    // Only the rows whose selection state changed are re-rendered.
    if (previous >= 0 && previous !== index) this.virtual.refreshRow(previous);
    this.virtual.refreshRow(index);
    this.markActive();
  }

  /** aria-activedescendant names the selected row while it is rendered (never a row scrolled out of the DOM). */
  private markActive(): void {
    const row = this.selected >= 0 ? this.virtual?.rowElement(this.selected) : null;
    if (row?.id) this.virtual.element.setAttribute("aria-activedescendant", row.id);
    else this.virtual?.element.removeAttribute("aria-activedescendant");
  }

  private onSelect(key: SelectKey): void {
    const value = this.selects.get(key)?.value ?? "";
    const v = value === "" ? null : value;
    if (key === "status") this.filter.status = v as CommitmentStatus | null;
    else if (key === "verification") this.filter.verification = v as Verification | null;
    else if (key === "user_status") this.filter.user_status = v as UserStatus | null;
    else this.filter[key] = v;
    void this.apply();
  }

  private onText(): void {
    const text = this.textInput.value;
    this.filter.text = text.trim() === "" ? null : text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.apply(), TEXT_DEBOUNCE_MS);
  }

  /** Asks the core for the matching ids; stale responses are dropped. */
  private async apply(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const seq = ++this.seq;
    const filter: ListFilter = { ...this.filter, text: this.filter.text?.trim() || null };
    this.element.setAttribute("aria-busy", "true");
    try {
      const ids = await api.filterCommitments(filter);
      if (seq !== this.seq) return;
      this.showIds(ids, true);
    } catch (e) {
      if (seq === this.seq) this.handlers.onError(api.toApiError(e));
    } finally {
      if (seq === this.seq) this.element.removeAttribute("aria-busy");
    }
  }

  private showIds(ids: string[], resetScroll: boolean): void {
    const keep = this.selectedId;
    this.ids = ids.filter((id) => this.catalog.summaries.has(id));
    this.selected = keep ? this.ids.indexOf(keep) : -1;
    this.virtual.setCount(this.ids.length);
    if (resetScroll) {
      if (this.selected >= 0) this.virtual.scrollToIndex(this.selected);
      else this.virtual.scrollToTop();
    }
    const total = this.catalog.total;
    this.countEl.textContent = filterIsEmpty(this.filter)
      ? count("count-commitments", total)
      : t("list-count-of", { shown: group(this.ids.length), total: count("count-commitments", total) });
    this.emptyEl.hidden = this.ids.length > 0;
    this.virtual.element.hidden = this.ids.length === 0;
  }

  private onRowClick(e: Event): void {
    const row = (e.target as Element | null)?.closest<HTMLElement>("[data-index]");
    if (!row) return;
    const index = Number(row.dataset.index);
    this.select(index);
    const id = this.ids[index];
    if (id) this.handlers.onOpen(id);
  }

  private renderRow(index: number): HTMLElement {
    const id = this.ids[index] ?? "";
    const s = this.catalog.summaries.get(id);
    const selected = index === this.selected;
    const classes = ["crow"];
    if (selected) classes.push("selected");
    if (id === this.openId) classes.push("open");
    if (!s) return h("div", { class: classes.join(" "), "data-index": index }, id);
    const sectors = s.sectors.map((x) => this.catalog.sectorName(x)).join(", ");
    return h(
      "div",
      {
        class: classes.join(" "),
        id: rowDomId(id),
        role: "option",
        "aria-selected": selected ? "true" : "false",
        "data-index": index,
        "data-testid": `commitment-row-${id}`,
      },
      h("span", { class: "crow-id", translate: "no" }, s.id),
      h(
        "span",
        { class: "crow-main" },
        h("span", { class: "crow-title", translate: "no", title: s.title }, s.title),
        h(
          "span",
          { class: "crow-meta" },
          this.marks(id, s.mark),
          h("time", { datetime: s.date }, formatDate(s.date)),
          " · ",
          h("span", { class: "crow-meeting" }, this.catalog.meetingShort(s.meeting)),
          " · ",
          h("span", { class: "crow-sectors" }, sectors),
        ),
      ),
      h(
        "span",
        { class: "crow-badges" },
        this.annotationBadges(id),
        statusBadge(this.catalog, s.status),
        verificationBadge(this.catalog, s.verification),
      ),
    );
  }

  /** "Yours", "Corrected", "New", "Changed" at the start of the meta line (words, not only a colour). */
  private marks(id: string, mark: RecordMark | null | undefined): (HTMLElement | string)[] {
    const out: (HTMLElement | string)[] = [];
    if (mark) out.push(h("span", { class: `crow-mark mark-${mark}`, "data-testid": `mark-${mark}` }, t("record-mark", { mark })), " · ");
    const news = this.catalog.news.get(id);
    if (news) out.push(h("span", { class: "crow-mark mark-news", "data-testid": "mark-news" }, t("news-mark", { change: news })), " · ");
    return out;
  }

  private annotationBadges(id: string): HTMLElement[] {
    const a = this.annotations.get(id);
    if (!a) return [];
    const out = [
      h("span", { class: "note-marker", "data-testid": "note-marker", title: t("note-marker"), role: "img", "aria-label": t("note-marker") }, "✎"),
    ];
    if (a.fields.status) {
      out.push(
        h(
          "span",
          { class: `badge ustatus us-${a.fields.status}`, "data-user-status": a.fields.status, title: t("annotation-status") },
          t("user-status-yours", { status: this.catalog.userStatusLabel(a.fields.status) }),
        ),
      );
    }
    return out;
  }
}

function rowDomId(id: string): string {
  return `crow-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
