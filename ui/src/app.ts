// The application shell: loads the data and the workspace status, renders the
// header (with undo/redo), the error and workspace banners, the notices and the
// screens and the global search box, routes between overview, list, detail
// and "My notes" (search hits open there too), and saves
// pending annotation edits before switching commitments or closing the window.
import * as api from "./api";
import type { Annotation } from "./bindings/Annotation";
import type { ApiError } from "./bindings/ApiError";
import type { Change } from "./bindings/Change";
import type { SearchHit } from "./bindings/SearchHit";
import type { WorkspaceStatus } from "./bindings/WorkspaceStatus";
import type { ListFilter } from "./bindings/ListFilter";
import { h, setChildren } from "./dom";
import { installKeyboard, type KeyboardTarget } from "./keyboard";
import { Catalog, describeChange, emptyFilter } from "./state";
import { AnnotationPanel } from "./views/annotation";
import { BriefsView } from "./views/briefs";
import { renderDetail, renderDetailLoading, type DetailHandlers } from "./views/detail";
import { ListView } from "./views/list";
import { NotesView } from "./views/notes";
import { renderOverview } from "./views/overview";
import { SearchBox } from "./views/search";

export type ViewName = "overview" | "list" | "notes" | "briefs";

export const NOTICE_MS = 4000;

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
  private readonly navNotes: HTMLButtonElement;
  private readonly navBriefs: HTMLButtonElement;
  private readonly undoBtn: HTMLButtonElement;
  private readonly redoBtn: HTMLButtonElement;
  private readonly workspaceBanner: HTMLElement;
  private readonly noticeEl: HTMLElement;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  notes: NotesView | null = null;
  briefs: BriefsView | null = null;
  /** The annotation panel of the open commitment. */
  panel: AnnotationPanel | null = null;
  /** Flushes of panels that were closed while still saving. */
  private readonly retiring = new Set<Promise<boolean>>();
  /** Why annotations cannot be edited (the workspace was refused); null when they can. */
  workspaceProblem: string | null = null;
  private unlistenClose: (() => void) | null = null;
  private closeWarned = false;
  private overviewEl: HTMLElement | null = null;
  private workspace: HTMLElement | null = null;
  private detailSlot: HTMLElement | null = null;
  private detailId: string | null = null;
  private detailSeq = 0;
  private readySignalled = false;
  private readonly uninstallKeyboard: () => void;
  readonly search: SearchBox;

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
    this.navNotes = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-notes", disabled: true, onclick: () => this.showNotes() },
      "My notes",
    );
    this.navBriefs = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-briefs", disabled: true, onclick: () => this.showBriefs() },
      "Briefs",
    );
    this.undoBtn = h(
      "button",
      {
        type: "button",
        class: "btn small",
        "data-testid": "undo",
        title: "Undo your last change to notes or briefs (Ctrl+Z)",
        onclick: () => void this.undo(),
      },
      "↶ Undo",
    );
    this.redoBtn = h(
      "button",
      {
        type: "button",
        class: "btn small",
        "data-testid": "redo",
        title: "Redo (Ctrl+Shift+Z)",
        onclick: () => void this.redo(),
      },
      "↷ Redo",
    );
    this.search = new SearchBox({
      onOpen: (hit) => this.openSearchHit(hit),
      onOpenBrief: (id) => void this.openBrief(id),
    });
    this.search.setDisabled(true);
    this.banner = h("div", { class: "banner-slot" });
    this.workspaceBanner = h("div", { class: "banner-slot" });
    this.noticeEl = h("div", { class: "notice", "data-testid": "notice", role: "status", "aria-live": "polite", hidden: true });
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
        this.search.element,
        h("nav", { class: "nav", "aria-label": "Screens" }, this.navOverview, this.navList, this.navNotes, this.navBriefs),
        h("div", { class: "history-btns", role: "group", "aria-label": "Undo and redo" }, this.undoBtn, this.redoBtn),
      ),
      this.workspaceBanner,
      this.banner,
      this.noticeEl,
      this.content,
    );
    this.uninstallKeyboard = installKeyboard(root.ownerDocument, this);
    api
      .onCloseRequested(() => this.beforeClose())
      .then((unlisten) => {
        this.unlistenClose = unlisten;
      })
      .catch(() => {
        /* outside the app window (e.g. a browser preview): nothing to listen to */
      });
  }

  /** Loads the overview and all summaries, then shows the overview. */
  async start(): Promise<void> {
    this.clearError();
    try {
      const [overview, summaries, workspace] = await Promise.all([
        api.overview(),
        api.commitments(),
        api.workspaceStatus().catch((e: unknown): WorkspaceStatus => ({
          path: null,
          problem: api.toApiError(e).message,
          set_aside: null,
        })),
      ]);
      this.catalog = new Catalog(overview, summaries);
      this.applyWorkspace(workspace);
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
    this.navNotes.disabled = false;
    this.navBriefs.disabled = false;
    this.search.setDisabled(false);
    this.overviewEl = renderOverview(catalog, {
      onSector: (id) => this.showList({ ...emptyFilter(), sector: id }),
      onMeeting: (id) => this.showList({ ...emptyFilter(), meeting: id }),
    });
    this.list = new ListView(catalog, {
      onOpen: (id) => void this.openCommitment(id),
      onError: (err) => this.showError(err),
    });
    this.notes = new NotesView(catalog, {
      onOpen: (id) => void this.openCommitment(id),
      onError: (err) => this.showError(err),
      beforeExport: () => this.flushPendingSaves(),
      onImported: () => void this.reloadAnnotations(),
    });
    this.notes.setDisabled(this.workspaceProblem);
    this.briefs = new BriefsView(catalog, {
      onError: (err) => this.showError(err),
      notice: (text, action) => this.notice(text, action),
    });
    this.briefs.setDisabled(this.workspaceProblem);
    this.detailSlot = h("aside", { class: "detail-slot", "aria-label": "Commitment detail", hidden: true });
    this.workspace = h("div", { class: "workspace" }, this.list.element, this.detailSlot);
    setChildren(this.content, this.overviewEl, this.workspace, this.notes.element, this.briefs.element);
    void this.reloadAnnotations();
    this.showOverview();
    this.signalReady();
  }

  destroy(): void {
    this.uninstallKeyboard();
    this.search.destroy();
    this.unlistenClose?.();
    clearTimeout(this.noticeTimer);
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

  focusSearch(): void {
    if (this.search.input.disabled) return;
    this.search.focus();
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
    if (this.notes) this.notes.element.hidden = true;
    if (this.briefs) this.briefs.element.hidden = true;
    this.markNav(this.navOverview);
  }

  /** Shows "My notes" (reloading the list). */
  showNotes(): void {
    if (!this.overviewEl || !this.workspace || !this.notes) return;
    this.view = "notes";
    this.overviewEl.hidden = true;
    this.workspace.hidden = true;
    this.notes.element.hidden = false;
    if (this.briefs) this.briefs.element.hidden = true;
    this.markNav(this.navNotes);
    void this.flushPendingSaves().then(() => this.notes?.refresh());
  }

  /** Shows "Briefs" (reloading the list unless a brief is open). */
  showBriefs(): void {
    if (!this.overviewEl || !this.workspace || !this.notes || !this.briefs) return;
    this.view = "briefs";
    this.overviewEl.hidden = true;
    this.workspace.hidden = true;
    this.notes.element.hidden = true;
    this.briefs.element.hidden = false;
    this.markNav(this.navBriefs);
    if (!this.briefs.editor) void this.briefs.refresh();
  }

  private markNav(current: HTMLButtonElement): void {
    for (const b of [this.navOverview, this.navList, this.navNotes, this.navBriefs]) {
      if (b === current) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
  }

  /** Shows the list; with a filter, replaces the current one. */
  showList(filter?: ListFilter): void {
    if (!this.overviewEl || !this.workspace || !this.list) return;
    this.view = "list";
    this.overviewEl.hidden = true;
    this.workspace.hidden = false;
    if (this.notes) this.notes.element.hidden = true;
    if (this.briefs) this.briefs.element.hidden = true;
    this.markNav(this.navList);
    if (filter) {
      this.closeDetail(false);
      this.list.setFilter(filter);
    }
    this.list.virtual.refresh();
  }

  /** Opens brief `id` in the brief editor. */
  async openBrief(id: number): Promise<void> {
    this.showBriefs();
    await this.briefs?.open(id);
  }

  /** Opens a search hit: its commitment's detail, or "My notes" for an orphaned note. */
  openSearchHit(hit: SearchHit): void {
    if (hit.orphaned) this.showNotes();
    else void this.openCommitment(hit.commitment, true);
  }

  /** Loads and shows one commitment (or context item) in the detail panel. */
  async openCommitment(id: string, focusDetail = false): Promise<void> {
    if (!this.catalog || !this.detailSlot || !this.workspace || !this.list) return;
    if (this.view !== "list") this.showList();
    this.retirePanel();
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
      const panel = new AnnotationPanel(
        this.catalog,
        detail.id,
        { onSaved: (a) => this.annotationSaved(a) },
        this.workspaceProblem,
      );
      this.panel = panel;
      setChildren(this.detailSlot, renderDetail(this.catalog, detail, handlers, panel.element));
      void panel.load();
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
    this.retirePanel();
    this.detailSeq++;
    this.detailId = null;
    this.detailSlot.hidden = true;
    this.detailSlot.replaceChildren();
    this.workspace.classList.remove("has-detail");
    this.list.setOpen(null);
    if (wasOpen && restoreFocus && this.view === "list") this.list.virtual.element.focus();
  }

  // --- annotations --------------------------------------------------------

  /** Saves every pending edit now; true when all of them are stored. */
  async flushPendingSaves(): Promise<boolean> {
    const all = [...this.retiring];
    if (this.panel) all.push(this.panel.flush());
    if (this.briefs) all.push(this.briefs.flush());
    const results = await Promise.all(all);
    return results.every(Boolean);
  }

  /** The close-requested handler: false keeps the window open (once) when text could not be saved. */
  async beforeClose(): Promise<boolean> {
    const saved = await this.flushPendingSaves();
    if (saved || this.closeWarned) return true;
    this.closeWarned = true;
    this.showError({
      code: "workspace_unavailable",
      message: "Your latest note could not be saved (see the note's panel). Close the window again to quit without it.",
    });
    return false;
  }

  /** Starts saving the open panel's pending edits (without waiting) and lets it go. */
  private retirePanel(): void {
    const panel = this.panel;
    if (!panel) return;
    this.panel = null;
    const flushing = panel.flush();
    this.retiring.add(flushing);
    void flushing.finally(() => this.retiring.delete(flushing));
  }

  private annotationSaved(a: Annotation): void {
    this.list?.updateAnnotation(a.commitment, a);
  }

  /** Reloads every annotation (list markers, tag filter). */
  async reloadAnnotations(): Promise<void> {
    if (!this.list || this.workspaceProblem) return;
    try {
      const entries = await api.annotations();
      this.list.setAnnotations(entries.map((e) => e.annotation));
    } catch (e) {
      this.showError(api.toApiError(e));
      return;
    }
    if (this.panel && !this.panel.isDirty()) {
      const id = this.panel.commitmentId;
      this.panel.replace(this.list.annotationOf(id));
    }
  }

  async undo(): Promise<void> {
    await this.step("undo");
  }

  async redo(): Promise<void> {
    await this.step("redo");
  }

  private async step(which: "undo" | "redo"): Promise<void> {
    if (this.workspaceProblem) {
      this.notice(this.workspaceProblem);
      return;
    }
    if (!(await this.flushPendingSaves())) {
      // Undoing now would replace text that is not stored yet.
      this.notice(`Your latest change is not saved yet, so nothing was ${which === "undo" ? "undone" : "redone"}.`);
      return;
    }
    let change: Change;
    try {
      change = which === "undo" ? await api.undo() : await api.redo();
    } catch (e) {
      const err = api.toApiError(e);
      if (err.code === "invalid_input") this.notice(which === "undo" ? "Nothing to undo." : "Nothing to redo.");
      else this.showError(err);
      return;
    }
    const done = which === "undo" ? "Undone" : "Redone";
    if (change.target === "brief") {
      this.onBriefChanged(change.brief);
      this.notice(
        change.current
          ? `${done}: a change to the brief “${change.current.doc.title}”`
          : `${done}: the brief is deleted now`,
      );
      return;
    }
    const before = this.list?.annotationOf(change.commitment) ?? null;
    const what = describeChange(before?.fields ?? null, change.current?.fields ?? null);
    this.list?.updateAnnotation(change.commitment, change.current);
    if (this.panel && this.panel.commitmentId === change.commitment) this.panel.replace(change.current);
    if (this.view === "notes") void this.notes?.refresh();
    this.notice(`${done}: ${what} on ${change.commitment}`);
  }

  /** A brief changed outside its editor (undo, redo): show it as it is now. */
  onBriefChanged(brief: number): void {
    void this.briefs?.briefChanged(brief);
  }

  /** A brief message under the header. */
  notice(text: string, action?: { label: string; run: () => void }): void {
    setChildren(
      this.noticeEl,
      text,
      action
        ? h("button", { type: "button", class: "btn small notice-action", "data-testid": "notice-action", onclick: () => action.run() }, action.label)
        : null,
    );
    this.noticeEl.hidden = false;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.noticeEl.hidden = true;
    }, NOTICE_MS);
  }

  // --- the workspace --------------------------------------------------------

  private applyWorkspace(w: WorkspaceStatus): void {
    if (w.problem) {
      // The problem already names the file.
      this.workspaceProblem = `Editing notes and briefs is off: ${w.problem}`;
      this.renderWorkspaceProblem(w);
    } else {
      this.workspaceProblem = null;
      if (w.set_aside) this.renderWorkspaceReset(w);
      else this.workspaceBanner.replaceChildren();
    }
    this.undoBtn.disabled = this.workspaceProblem !== null;
    this.redoBtn.disabled = this.workspaceProblem !== null;
    this.notes?.setDisabled(this.workspaceProblem);
    this.briefs?.setDisabled(this.workspaceProblem);
    this.panel?.setDisabled(this.workspaceProblem);
  }

  private renderWorkspaceProblem(w: WorkspaceStatus): void {
    setChildren(
      this.workspaceBanner,
      h(
        "div",
        { class: "workspace-banner", role: "alert", "data-testid": "workspace-banner" },
        h("h2", null, "Your notes workspace could not be opened"),
        h("p", { class: "ws-problem" }, w.problem ?? ""),
        h(
          "p",
          null,
          "You can still browse the record, but writing notes is turned off until you start a fresh workspace. " +
            "The old file is renamed and kept, never deleted, so nothing in it is lost.",
        ),
        h(
          "button",
          { type: "button", class: "btn primary", "data-testid": "workspace-reset", onclick: () => void this.resetWorkspace() },
          "Start a fresh workspace",
        ),
      ),
    );
  }

  private renderWorkspaceReset(w: WorkspaceStatus): void {
    setChildren(
      this.workspaceBanner,
      h(
        "div",
        { class: "workspace-banner done", role: "status", "data-testid": "workspace-banner" },
        h("p", null, "A fresh workspace is open; you can write notes again."),
        h("p", { "data-testid": "workspace-set-aside" }, `Your old file was kept as ${w.set_aside ?? "(unknown)"}.`),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "workspace-dismiss", onclick: () => this.workspaceBanner.replaceChildren() },
          "Dismiss",
        ),
      ),
    );
  }

  async resetWorkspace(): Promise<void> {
    try {
      const w = await api.resetWorkspace();
      this.applyWorkspace(w);
      await this.reloadAnnotations();
      if (this.view === "notes") await this.notes?.refresh();
    } catch (e) {
      this.showError(api.toApiError(e));
    }
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
