// The application shell: loads the data, renders the header, the error
// banner and the screens, and routes between overview, list and detail.
import * as api from "./api";
import type { ApiError } from "./bindings/ApiError";
import type { ListFilter } from "./bindings/ListFilter";
import { h, setChildren } from "./dom";
import { installKeyboard, type KeyboardTarget } from "./keyboard";
import { Catalog, emptyFilter } from "./state";
import { renderDetail, renderDetailLoading, type DetailHandlers } from "./views/detail";
import { ListView } from "./views/list";
import { renderOverview } from "./views/overview";

export type ViewName = "overview" | "list";

export class App implements KeyboardTarget {
  readonly root: HTMLElement;
  catalog: Catalog | null = null;
  list: ListView | null = null;
  view: ViewName = "overview";
  private readonly banner: HTMLElement;
  private readonly content: HTMLElement;
  private readonly datasetLine: HTMLElement;
  private readonly navOverview: HTMLButtonElement;
  private readonly navList: HTMLButtonElement;
  private overviewEl: HTMLElement | null = null;
  private workspace: HTMLElement | null = null;
  private detailSlot: HTMLElement | null = null;
  private detailId: string | null = null;
  private detailSeq = 0;
  private readySignalled = false;
  private readonly uninstallKeyboard: () => void;

  constructor(root: HTMLElement) {
    this.root = root;
    this.datasetLine = h("span", { class: "dataset-line", "data-testid": "dataset-line" }, "Loading the record…");
    this.navOverview = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-overview", disabled: true, onclick: () => this.showOverview() },
      "Overview",
    );
    this.navList = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-commitments", disabled: true, onclick: () => this.showList() },
      "Commitments",
    );
    this.banner = h("div", { class: "banner-slot" });
    this.content = h(
      "main",
      { class: "content", id: "content" },
      h("div", { class: "loading-state", "data-testid": "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading the record…"),
    );
    setChildren(
      root,
      h(
        "header",
        { class: "topbar" },
        h("div", { class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }), h("span", { class: "app-name" }, "Briefdesk")),
        this.datasetLine,
        h("nav", { class: "nav", "aria-label": "Screens" }, this.navOverview, this.navList),
      ),
      this.banner,
      this.content,
    );
    this.uninstallKeyboard = installKeyboard(root.ownerDocument, this);
  }

  /** Loads the overview and all summaries, then shows the overview. */
  async start(): Promise<void> {
    this.clearError();
    try {
      const [overview, summaries] = await Promise.all([api.overview(), api.commitments()]);
      this.catalog = new Catalog(overview, summaries);
    } catch (e) {
      const err = api.toApiError(e);
      this.showError(err);
      setChildren(
        this.content,
        h(
          "div",
          { class: "loading-state failed" },
          h("p", null, "The record could not be loaded."),
          h("button", { type: "button", class: "btn", "data-testid": "retry", onclick: () => void this.start() }, "Try again"),
        ),
      );
      return;
    }
    const catalog = this.catalog;
    this.datasetLine.textContent = catalog.datasetLine();
    this.navOverview.disabled = false;
    this.navList.disabled = false;
    this.overviewEl = renderOverview(catalog, {
      onSector: (id) => this.showList({ ...emptyFilter(), sector: id }),
      onMeeting: (id) => this.showList({ ...emptyFilter(), meeting: id }),
    });
    this.list = new ListView(catalog, {
      onOpen: (id) => void this.openCommitment(id),
      onError: (err) => this.showError(err),
    });
    this.detailSlot = h("aside", { class: "detail-slot", "aria-label": "Commitment detail", hidden: true });
    this.workspace = h("div", { class: "workspace" }, this.list.element, this.detailSlot);
    setChildren(this.content, this.overviewEl, this.workspace);
    this.showOverview();
    this.signalReady();
  }

  destroy(): void {
    this.uninstallKeyboard();
  }

  // --- KeyboardTarget ---------------------------------------------------

  get listVisible(): boolean {
    return this.view === "list" && this.list !== null;
  }

  get detailOpen(): boolean {
    return this.detailId !== null;
  }

  get filterInput(): HTMLInputElement | null {
    return this.list?.textInput ?? null;
  }

  focusFilter(): void {
    if (!this.list) return;
    if (this.view !== "list") this.showList();
    this.list.focusText();
  }

  moveSelection(delta: number): void {
    this.list?.moveSelection(delta);
  }

  openSelected(): boolean {
    return this.list?.openSelected() ?? false;
  }

  // --- navigation -------------------------------------------------------

  showOverview(): void {
    if (!this.overviewEl || !this.workspace) return;
    this.view = "overview";
    this.overviewEl.hidden = false;
    this.workspace.hidden = true;
    this.navOverview.setAttribute("aria-current", "page");
    this.navList.removeAttribute("aria-current");
  }

  /** Shows the list; with a filter, replaces the current one. */
  showList(filter?: ListFilter): void {
    if (!this.overviewEl || !this.workspace || !this.list) return;
    this.view = "list";
    this.overviewEl.hidden = true;
    this.workspace.hidden = false;
    this.navList.setAttribute("aria-current", "page");
    this.navOverview.removeAttribute("aria-current");
    if (filter) {
      this.closeDetail(false);
      this.list.setFilter(filter);
    }
    this.list.virtual.refresh();
  }

  /** Loads and shows one commitment (or context item) in the detail panel. */
  async openCommitment(id: string, focusDetail = false): Promise<void> {
    if (!this.catalog || !this.detailSlot || !this.workspace || !this.list) return;
    if (this.view !== "list") this.showList();
    const seq = ++this.detailSeq;
    this.detailId = id;
    this.list.setOpen(id);
    this.workspace.classList.add("has-detail");
    this.detailSlot.hidden = false;
    const handlers = this.detailHandlers();
    setChildren(this.detailSlot, renderDetailLoading(id, handlers));
    try {
      const detail = await api.commitment(id);
      if (seq !== this.detailSeq) return;
      setChildren(this.detailSlot, renderDetail(this.catalog, detail, handlers));
      this.detailSlot.scrollTop = 0;
      if (focusDetail) this.detailSlot.querySelector<HTMLElement>("[data-testid=detail-title]")?.focus();
    } catch (e) {
      if (seq !== this.detailSeq) return;
      this.closeDetail(false);
      this.showError(api.toApiError(e));
    }
  }

  closeDetail(restoreFocus = true): void {
    if (!this.detailSlot || !this.workspace || !this.list) return;
    const wasOpen = this.detailId !== null;
    this.detailSeq++;
    this.detailId = null;
    this.detailSlot.hidden = true;
    this.detailSlot.replaceChildren();
    this.workspace.classList.remove("has-detail");
    this.list.setOpen(null);
    if (wasOpen && restoreFocus && this.view === "list") this.list.virtual.element.focus();
  }

  // --- errors -----------------------------------------------------------

  showError(err: ApiError): void {
    setChildren(
      this.banner,
      h(
        "div",
        { class: "error-banner", role: "alert", "data-testid": "error-banner", "data-code": err.code },
        h("span", { class: "error-icon", "aria-hidden": "true" }, "!"),
        h("span", { class: "error-message" }, err.message),
        h("span", { class: "error-code" }, err.code.replace(/_/g, " ")),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "error-dismiss", onclick: () => this.clearError() },
          "Dismiss",
        ),
      ),
    );
  }

  clearError(): void {
    this.banner.replaceChildren();
  }

  private detailHandlers(): DetailHandlers {
    return {
      onOpen: (id) => void this.openCommitment(id, true),
      onClose: () => this.closeDetail(),
      onOpenUrl: (url) => {
        api.openUrl(url).catch((e: unknown) => this.showError(api.toApiError(e)));
      },
    };
  }

  /** Marks the first data render: body[data-ready] and the backend's ui_ready. */
  private signalReady(): void {
    if (this.readySignalled) return;
    this.readySignalled = true;
    const body = this.root.ownerDocument.body;
    const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (f: () => void) => setTimeout(f, 0);
    body.dataset.ready = "true";
    raf(() => {
      api.uiReady().catch(() => {
        /* measurement only: never bother the user */
      });
    });
  }
}
