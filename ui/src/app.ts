// The application shell: loads the data and the workspace status, renders the
// header (screens, search, undo/redo, About), the error and workspace
// banners, the notice bar and the status line, routes between the screens
// (overview, list with detail, My notes, Follow-ups, Briefs, Record, Team,
// About), shows what colleagues changed after a team sync, and
// guards what the user typed: nothing is left (another commitment, another
// brief, closing the window) until it is saved, or the user chose to discard
// it after being told why it could not be saved.
import * as api from "./api";
import type { Annotation } from "./bindings/Annotation";
import type { ApiError } from "./bindings/ApiError";
import type { Change } from "./bindings/Change";
import type { SearchHit } from "./bindings/SearchHit";
import type { Start } from "./bindings/Start";
import type { TeamStatus } from "./bindings/TeamStatus";
import type { TeamSynced } from "./bindings/TeamSynced";
import type { WorkspaceStatus } from "./bindings/WorkspaceStatus";
import type { ListFilter } from "./bindings/ListFilter";
import { setUtcOffset, todayIso } from "./dates";
import { firstScreenFonts } from "./fonts";
import { count } from "./format";
import { LANGS, baseLang, lang, setLang, t, ta, type UiLang } from "./i18n";
import { saveLang } from "./settings";
import { h, setChildren } from "./dom";
import { errorText } from "./views/error-text";
import { followUps } from "./followups";
import { installKeyboard, type KeyboardTarget } from "./keyboard";
import { Catalog, describeChange, emptyFilter } from "./state";
import { AboutView } from "./views/about";
import { AddToBrief } from "./views/add-to-brief";
import { AnnotationPanel } from "./views/annotation";
import { BriefsView } from "./views/briefs";
import { renderDetail, renderDetailLoading, type DetailHandlers } from "./views/detail";
import { FollowUpsView } from "./views/followups";
import { ListView } from "./views/list";
import { NoticeBar, type NoticeAction } from "./views/notice";
import { NotesView } from "./views/notes";
import { renderOverview } from "./views/overview";
import type { FormSpec } from "./views/record-form";
import { RecordView } from "./views/record";
import { SearchBox } from "./views/search";
import { TeamView, indicatorOf } from "./views/team";
import { mark, startupMarks } from "./trace";

export type ViewName = "overview" | "list" | "notes" | "followups" | "briefs" | "record" | "team" | "about";

export { NOTICE_MS } from "./views/notice";

/** How long the first screen may take before the loading state is shown instead of nothing. */
export const LOADING_STATE_AFTER_MS = 400;

/** How often the header's team indicator reads the status (a local read; saves elsewhere, the CLI). */
const TEAM_POLL_MS = 30_000;

/** Something the user typed that is not stored yet, and why. */
export interface Unsaved {
  /** "Your note on C2-08", "The brief “Brussels 2026”". */
  what: string;
  /** What the notice says once it is discarded. */
  discarded: string;
  /** Why the last save failed. */
  error: string | null;
  /** Puts the focus where the text is. */
  focus(): void;
  /** Throws the unsaved text away, back to what is stored. */
  discard(): void;
}

export class App implements KeyboardTarget {
  readonly root: HTMLElement;
  catalog: Catalog | null = null;
  list: ListView | null = null;
  view: ViewName = "overview";
  private readonly banner: HTMLElement;
  private readonly content: HTMLElement;
  private readonly datasetLine: HTMLElement;
  private readonly navButtons: Record<Exclude<ViewName, "about" | "record" | "team">, HTMLButtonElement>;
  /** The header's indicator of the team sync; opens the Team screen. */
  private readonly teamBtn: HTMLButtonElement;
  private readonly recordBtn: HTMLButtonElement;
  private readonly recordBtnVersion: HTMLElement;
  private readonly newsCount: HTMLElement;
  private readonly aboutBtn: HTMLButtonElement;
  private readonly followUpCount: HTMLElement;
  private readonly undoBtn: HTMLButtonElement;
  private readonly redoBtn: HTMLButtonElement;
  private readonly workspaceBanner: HTMLElement;
  readonly notices: NoticeBar;
  notes: NotesView | null = null;
  followups: FollowUpsView | null = null;
  briefs: BriefsView | null = null;
  about: AboutView | null = null;
  record: RecordView | null = null;
  team: TeamView | null = null;
  /** The annotation panel of the open commitment. */
  panel: AnnotationPanel | null = null;
  /** Why annotations cannot be edited (the workspace was refused); null when they can. */
  workspaceProblem: string | null = null;
  private unlistenClose: (() => void) | null = null;
  private unlistenTeam: (() => void) | null = null;
  private teamListening = false;
  /** Reads the team's status again now and then (what is to send grows with every save). */
  private teamPoll: ReturnType<typeof setInterval> | null = null;
  private destroyed = false;
  /** Whether the workspace is in a team (the indicator then follows every save). */
  private teamJoined = false;
  /** Resolves once the first screen is painted and reported ready. */
  private readyReported: Promise<void> = Promise.resolve();
  private overviewEl: HTMLElement | null = null;
  private workspace: HTMLElement | null = null;
  private detailSlot: HTMLElement | null = null;
  private detailId: string | null = null;
  private detailSeq = 0;
  private readySignalled = false;
  /** The start-up's deferred work: the ready report, then the team's status. */
  private deferred: Promise<void> = Promise.resolve();
  /** The header, banners, content, notices and status line, put in the page by `mount`. */
  private readonly shell: HTMLElement[];
  private mounted = false;
  /** Resolves once closing the window waits for unsaved text to be saved. */
  private readonly closeGuard: Promise<void>;
  private readonly uninstallKeyboard: () => void;
  private readonly langSelect: HTMLSelectElement;
  readonly search: SearchBox;

  constructor(root: HTMLElement) {
    this.root = root;
    this.datasetLine = h("span", { class: "dataset-line", "data-testid": "dataset-line" }, t("loading-record"));
    const nav = (testid: string, label: string, go: () => void, ...extra: HTMLElement[]) =>
      h("button", { type: "button", class: "nav-btn", "data-testid": testid, disabled: true, onclick: go }, label, ...extra);
    this.followUpCount = h("span", { class: "nav-count", "data-testid": "followups-due", hidden: true });
    this.navButtons = {
      overview: nav("nav-overview", t("nav-overview"), () => void this.showOverview()),
      list: nav("nav-commitments", t("nav-commitments"), () => void this.showList()),
      notes: nav("nav-notes", t("nav-notes"), () => void this.showNotes()),
      followups: nav("nav-followups", t("nav-followups"), () => void this.showFollowUps(), this.followUpCount),
      briefs: nav("nav-briefs", t("nav-briefs"), () => void this.showBriefs()),
    };
    this.aboutBtn = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-about", disabled: true, onclick: () => void this.showAbout() },
      t("nav-about"),
    );
    this.recordBtnVersion = h("span", { class: "nav-release", "data-testid": "release-indicator", translate: "no" });
    this.newsCount = h("span", { class: "nav-count", "data-testid": "news-count", hidden: true });
    this.recordBtn = h(
      "button",
      { type: "button", class: "nav-btn", "data-testid": "nav-record", disabled: true, title: ta("nav-record", "title"), onclick: () => void this.showRecord() },
      t("nav-record"),
      " ",
      this.recordBtnVersion,
      this.newsCount,
    );
    this.teamBtn = h(
      "button",
      { type: "button", class: "nav-btn team-indicator", "data-testid": "team-indicator", "data-state": "none", disabled: true, onclick: () => void this.showTeam() },
      t("team-indicator-none"),
    );
    this.undoBtn = h(
      "button",
      {
        type: "button",
        class: "btn small",
        "data-testid": "undo",
        title: ta("undo-button", "title"),
        onclick: () => void this.undo(),
      },
      t("undo-button"),
    );
    this.redoBtn = h(
      "button",
      {
        type: "button",
        class: "btn small",
        "data-testid": "redo",
        title: ta("redo-button", "title"),
        onclick: () => void this.redo(),
      },
      t("redo-button"),
    );
    this.search = new SearchBox({
      onOpen: (hit) => this.openSearchHit(hit),
      onOpenBrief: (id) => void this.openBrief(id),
    });
    this.search.setDisabled(true);
    this.banner = h("div", { class: "banner-slot" });
    this.workspaceBanner = h("div", { class: "banner-slot" });
    this.notices = new NoticeBar();
    this.langSelect = h(
      "select",
      { id: "ui-language", "data-testid": "ui-language", onchange: () => void this.switchLanguage(this.langSelect.value as UiLang) },
      LANGS.map((l) => h("option", { value: l.lang, lang: l.lang, selected: l.lang === baseLang() }, l.name)),
    );
    this.content = h(
      "main",
      { class: "content", id: "content", tabindex: "-1" },
      h("div", { class: "loading-state", "data-testid": "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("loading-record")),
    );
    this.shell = [
      h(
        "header",
        { class: "topbar" },
        h("div", { class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }), h("span", { class: "app-name" }, t("app-name"))),
        h("nav", { class: "nav", "aria-label": t("nav-label") }, Object.values(this.navButtons), this.recordBtn),
        this.search.element,
        h("div", { class: "history-btns", role: "group", "aria-label": t("history-label") }, this.undoBtn, this.redoBtn),
        this.teamBtn,
        this.aboutBtn,
      ),
      this.workspaceBanner,
      this.banner,
      this.content,
      this.notices.element,
      h(
        "footer",
        { class: "statusbar" },
        this.datasetLine,
        h("label", { class: "ui-language", for: "ui-language" }, t("language"), " ", this.langSelect),
      ),
    ];
    this.uninstallKeyboard = installKeyboard(root.ownerDocument, this);
    this.closeGuard = api
      .onCloseRequested(() => this.beforeClose())
      .then((unlisten) => {
        this.unlistenClose = unlisten;
      })
      .catch(() => {
        /* outside the app window (e.g. a browser preview): nothing to listen to */
      });
  }

  /** Puts the shell in the page (once): the first screen, or the loading state when the data is slow. */
  private mount(): void {
    if (this.mounted) return;
    this.mounted = true;
    setChildren(this.root, ...this.shell);
  }

  /**
   * Shows the first screen, from `first` (the `start` answer main.ts asked
   * for before the shell was built) or a new request: the overview, the
   * list with the user's annotations, the workspace's state, with every
   * control enabled, in one render once the data and the fonts are there
   * (the loading state shows only when they are slow).
   */
  async start(first?: Promise<Start>, fonts?: Promise<void>): Promise<void> {
    this.clearError();
    const slow = setTimeout(() => this.mount(), LOADING_STATE_AFTER_MS);
    let data: Start;
    try {
      [data] = await Promise.all([first ?? api.start(baseLang()), fonts ?? firstScreenFonts()]);
      mark("data");
      setUtcOffset(data.utc_offset_minutes);
      this.catalog = new Catalog(data.overview, data.commitments);
      mark("catalog");
      const status = data.record;
      if (status) {
        this.catalog.setNews(status.news);
        this.recordBtnVersion.textContent = status.release.dataset_version;
      }
      this.applyWorkspace(data.workspace);
    } catch (e) {
      clearTimeout(slow);
      const err = api.toApiError(e);
      this.mount();
      this.showError(err);
      setChildren(
        this.content,
        h(
          "div",
          { class: "loading-state failed" },
          h("p", null, t("record-failed")),
          h("button", { type: "button", class: "btn", "data-testid": "retry", onclick: () => void this.start() }, t("retry")),
        ),
      );
      return;
    }
    clearTimeout(slow);
    const catalog = this.catalog;
    this.datasetLine.textContent = catalog.datasetLine();
    for (const b of [...Object.values(this.navButtons), this.aboutBtn, this.recordBtn, this.teamBtn]) b.disabled = false;
    this.updateNewsCount();
    this.search.setDisabled(false);
    const onError = (err: ApiError): void => this.showError(err);
    this.overviewEl = renderOverview(catalog, {
      onSector: (id) => void this.showList({ ...emptyFilter(), sector: id }),
      onMeeting: (id) => void this.showList({ ...emptyFilter(), meeting: id }),
      onAddCommitment: (meeting) => void this.openRecordForm({ form: "commitment", meeting, sector: null }),
      onCorrectMeeting: (m) => void this.openRecordForm({ form: "correct", id: m.id, kind: "meeting", title: catalog.meetingTitle(m) }),
      onAddMeeting: () => void this.openRecordForm({ form: "meeting" }),
    });
    mark("overview");
    this.list = new ListView(catalog, {
      onOpen: (id) => void this.openCommitment(id),
      onError,
    });
    mark("list");
    this.notes = new NotesView(catalog, {
      onOpen: (id) => void this.openCommitment(id),
      onError,
      beforeExport: () => this.saveAllOrSay(),
      onImported: () => void this.reloadAnnotations(),
    });
    this.notes.setDisabled(this.workspaceProblem);
    this.followups = new FollowUpsView(catalog, { onOpen: (id) => void this.openCommitment(id), onError });
    this.followups.setDisabled(this.workspaceProblem);
    this.briefs = new BriefsView(catalog, {
      onError,
      notice: (text, action) => this.notice(text, action),
      mayLeave: () => this.mayLeaveBrief(),
      onOpenFailed: (path) => this.showOpenFailed("file", path),
    });
    this.briefs.setDisabled(this.workspaceProblem);
    this.about = new AboutView(catalog, { onError });
    this.record = new RecordView(catalog, {
      onError,
      onRecordChanged: (open, message) => void this.recordChanged(open, message),
      onOpen: (id) => void this.openRecordTarget(id),
      notice: (text) => this.notice(text),
    });
    this.team = new TeamView({
      onSynced: (synced) => void this.teamSynced(synced),
      onStatus: (status) => this.showTeamStatus(status),
    });
    mark("views");
    this.detailSlot = h("aside", { class: "detail-slot", "aria-label": t("detail-label"), hidden: true });
    this.workspace = h("div", { class: "workspace" }, this.list.element, this.detailSlot);
    setChildren(
      this.content,
      this.overviewEl,
      this.workspace,
      this.notes.element,
      this.followups.element,
      this.briefs.element,
      this.record.element,
      this.team.element,
      this.about.element,
    );
    if (!this.workspaceProblem) {
      this.list.setAnnotations(data.annotations.map((e) => e.annotation));
      this.updateFollowUpCount();
      if (data.annotations_error) this.showError(data.annotations_error);
    }
    mark("annotations");
    this.showOverview();
    this.mount();
    mark("rendered");
    this.signalReady();
    this.deferred = this.startTeam();
  }

  /**
   * Settles once what start-up deferred past the first screen (the ready
   * report, the team's status and its listener) has run; for the tests.
   */
  get settled(): Promise<void> {
    return this.deferred;
  }

  // --- the team -----------------------------------------------------------

  /**
   * Once the first screen is reported ready (start-up is never slowed): the
   * header's indicator, and — once the workspace is in a team — what each
   * background sync did. A workspace in no team never listens: a listener
   * starts JavaScriptCore in the app process (see api.onCloseRequested).
   */
  private async startTeam(): Promise<void> {
    await this.readyReported;
    if (this.destroyed || this.workspaceProblem) return;
    await this.readTeamStatus();
    if (!this.destroyed) this.teamPoll = setInterval(() => void this.readTeamStatus(), TEAM_POLL_MS);
  }

  /** Hears the background syncs from now on (once). */
  private listenToTeam(): void {
    if (this.teamListening || this.destroyed) return;
    this.teamListening = true;
    api
      .onTeamSynced((synced) => void this.teamSynced(synced))
      .then((unlisten) => {
        if (this.destroyed) unlisten();
        else this.unlistenTeam = unlisten;
      })
      .catch(() => {
        /* outside the app window (a browser preview): no background sync to hear */
      });
  }

  /** The header's indicator from the status as stored now. */
  private async readTeamStatus(): Promise<void> {
    if (this.destroyed || this.workspaceProblem) return;
    try {
      this.showTeamStatus(await api.teamStatus());
    } catch {
      /* the Team screen says why when opened */
    }
  }

  /** The header's indicator (and the Team screen) show `status`. */
  private showTeamStatus(status: TeamStatus): void {
    this.teamJoined = status.link !== null;
    if (this.teamJoined) this.listenToTeam();
    const i = indicatorOf(status);
    this.teamBtn.dataset.state = i.state;
    this.teamBtn.textContent = i.text;
    if (i.name !== i.text) {
      this.teamBtn.setAttribute("aria-label", i.name);
      this.teamBtn.title = i.name;
    } else {
      this.teamBtn.removeAttribute("aria-label");
      this.teamBtn.title = t("team-indicator-title");
    }
    if (this.team && this.view === "team") this.team.show(status);
  }

  /**
   * A sync ended (Sync now, a join, the background one): the status, and
   * what colleagues changed shown without a restart — reloaded the way an
   * import's changes are, so an editor holding unsaved text keeps it (the
   * save that follows merges from the revision it read).
   */
  async teamSynced(synced: TeamSynced): Promise<void> {
    if (this.destroyed) return;
    this.showTeamStatus(synced.status);
    if (synced.pulled === 0) return;
    const kinds = new Set(synced.changed.map((c) => c.split(":")[0]));
    if (kinds.has("record")) {
      await this.recordChanged(null, count("team-received", synced.pulled));
      return;
    }
    if (kinds.has("annotation")) {
      await this.reloadAnnotations();
      if (this.view === "notes") void this.notes?.refresh();
      if (this.view === "followups") void this.followups?.refresh();
    }
    if (kinds.has("brief") && this.briefs) {
      const editor = this.briefs.editor;
      if (editor && !editor.isDirty()) await this.briefs.briefChanged(editor.id);
      else if (!editor) await this.briefs.refresh();
    }
    if (synced.changed.length > 0) this.notice(count("team-received", synced.pulled));
  }

  /** Shows "Team": joining, or how the sync goes. */
  showTeam(): void {
    if (!this.show("team")) return;
    void this.team?.refresh();
  }

  /** Where the user is, to come back to after the shell is rebuilt. */
  private place(): { view: ViewName; commitment: string | null; brief: number | null } {
    return { view: this.view, commitment: this.detailId, brief: this.briefs?.editor?.id ?? null };
  }

  /**
   * Speaks `next` from now on: once what the user typed is saved, the shell
   * is rebuilt in the new language on the same screen, commitment and brief.
   */
  async switchLanguage(next: UiLang): Promise<void> {
    if (next === lang()) return;
    if (!(await this.saveAllOrSay())) {
      this.langSelect.value = baseLang();
      return;
    }
    const place = this.place();
    saveLang(next);
    await setLang(next);
    this.destroy();
    const app = new App(this.root);
    await app.start();
    await app.goTo(place);
  }

  /**
   * The record changed (a record of one's own or a correction saved,
   * undone or redone, a release applied): once what the user typed is
   * saved, the shell is rebuilt on the same screen, with commitment `open`
   * (or the one that was open) and `message` in the notice bar.
   */
  async recordChanged(open: string | null, message: string | null = null): Promise<boolean> {
    if (!(await this.saveAllOrSay())) return false;
    const place = this.place();
    if (open !== null) {
      place.commitment = open;
      place.view = "list";
    }
    this.destroy();
    const app = new App(this.root);
    await app.start();
    await app.goTo(place);
    if (message) app.notice(message);
    return true;
  }

  /** Shows a screen, the commitment and the brief that were open. */
  async goTo(place: { view: ViewName; commitment: string | null; brief: number | null }): Promise<void> {
    if (place.brief !== null) await this.briefs?.open(place.brief);
    if (place.commitment !== null) await this.openCommitment(place.commitment, false, false);
    switch (place.view) {
      case "overview":
        this.showOverview();
        break;
      case "list":
        await this.showList();
        break;
      case "notes":
        this.showNotes();
        break;
      case "followups":
        this.showFollowUps();
        break;
      case "briefs":
        this.showBriefs();
        break;
      case "record":
        this.showRecord();
        break;
      case "team":
        this.showTeam();
        break;
      case "about":
        this.showAbout();
        break;
    }
    this.langSelect.focus();
  }

  destroy(): void {
    this.uninstallKeyboard();
    this.search.destroy();
    this.destroyed = true;
    this.unlistenClose?.();
    this.unlistenTeam?.();
    if (this.teamPoll !== null) clearInterval(this.teamPoll);
    this.notices.destroy();
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

  /** Shows one screen; the others stay as they are, hidden (nothing typed in them is lost). */
  private show(view: ViewName): boolean {
    if (!this.overviewEl || !this.workspace || !this.notes || !this.followups || !this.briefs || !this.about || !this.record || !this.team) return false;
    this.view = view;
    this.overviewEl.hidden = view !== "overview";
    this.workspace.hidden = view !== "list";
    this.notes.element.hidden = view !== "notes";
    this.followups.element.hidden = view !== "followups";
    this.briefs.element.hidden = view !== "briefs";
    this.about.element.hidden = view !== "about";
    this.record.element.hidden = view !== "record";
    this.team.element.hidden = view !== "team";
    for (const [name, b] of Object.entries(this.navButtons)) {
      if (name === view) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
    if (view === "about") this.aboutBtn.setAttribute("aria-current", "page");
    else this.aboutBtn.removeAttribute("aria-current");
    if (view === "record") this.recordBtn.setAttribute("aria-current", "page");
    else this.recordBtn.removeAttribute("aria-current");
    if (view === "team") this.teamBtn.setAttribute("aria-current", "page");
    else this.teamBtn.removeAttribute("aria-current");
    return true;
  }

  showOverview(): void {
    this.show("overview");
  }

  /** Shows "My notes" (reloading the list). */
  showNotes(): void {
    if (!this.show("notes")) return;
    void this.flushPendingSaves().then(() => this.notes?.refresh());
  }

  /** Shows "Follow-ups" (reloading it). */
  showFollowUps(): void {
    if (!this.show("followups")) return;
    void this.flushPendingSaves().then(() => this.followups?.refresh());
  }

  /** Shows "Briefs" (reloading the list unless a brief is open). */
  showBriefs(): void {
    if (!this.show("briefs") || !this.briefs) return;
    if (!this.briefs.editor) void this.briefs.refresh();
  }

  showAbout(): void {
    if (!this.show("about")) return;
    void this.about?.refresh();
  }

  /** Shows "Record": the release, what is new, the user's own records and corrections. */
  showRecord(): void {
    if (!this.show("record")) return;
    void this.record?.refresh();
  }

  /** Opens a form of the user's own record on the Record screen. */
  async openRecordForm(spec: FormSpec): Promise<void> {
    if (!this.record || this.workspaceProblem) {
      if (this.workspaceProblem) this.notice(this.workspaceProblem);
      return;
    }
    this.showRecord();
    await this.record.openForm(spec);
  }

  /** Opens a record the Record screen names: a commitment in the detail, a meeting in the list. */
  async openRecordTarget(id: string): Promise<void> {
    if (!this.catalog) return;
    if (this.catalog.meeting(id)) await this.showList({ ...emptyFilter(), meeting: id });
    else if (this.catalog.summaries.has(id)) await this.openCommitment(id, true);
  }

  /** The header's count of records new since the user last looked. */
  private updateNewsCount(): void {
    const n = this.catalog?.news.size ?? 0;
    this.newsCount.hidden = n === 0;
    this.newsCount.textContent = n === 0 ? "" : count("nav-news", n);
  }

  /** Shows the list; with a filter, replaces the current one (closing the detail first). */
  async showList(filter?: ListFilter): Promise<void> {
    if (!this.list) return;
    if (filter && !(await this.closeDetail(false))) {
      this.show("list");
      return;
    }
    if (!this.show("list")) return;
    if (filter) this.list.setFilter(filter);
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

  /** Loads and shows one commitment (or context item) in the detail panel (and the list, unless `reveal` is false). */
  async openCommitment(id: string, focusDetail = false, reveal = true): Promise<void> {
    if (!this.catalog || !this.detailSlot || !this.workspace || !this.list) return;
    if (reveal && this.view !== "list") this.show("list");
    if (this.panel && this.detailId === id) {
      if (focusDetail) this.detailSlot.querySelector<HTMLElement>("[data-testid=detail-title]")?.focus();
      return;
    }
    if (!(await this.releasePanel())) return;
    const seq = ++this.detailSeq;
    this.detailId = id;
    this.list.setOpen(id);
    this.workspace.classList.add("has-detail");
    this.detailSlot.hidden = false;
    const handlers = this.detailHandlers();
    setChildren(this.detailSlot, renderDetailLoading(id, handlers));
    if (this.catalog.news.has(id)) {
      this.catalog.news.delete(id);
      this.list.refreshRow(id);
      this.updateNewsCount();
      void api.markSeen([id]).catch(() => undefined);
    }
    try {
      const detail = await api.commitment(id);
      if (seq !== this.detailSeq) return;
      const panel = new AnnotationPanel(
        this.catalog,
        detail.id,
        { onSaved: (a) => this.annotationSaved(a), onConcurrent: (message) => this.notice(message) },
        this.workspaceProblem,
      );
      this.panel = panel;
      const add = detail.record === "commitment" ? this.addToBrief(detail.id) : null;
      setChildren(this.detailSlot, renderDetail(this.catalog, detail, handlers, panel.element, add?.element ?? null));
      void panel.load();
      void add?.load(this.workspaceProblem);
      this.detailSlot.scrollTop = 0;
      if (focusDetail) this.detailSlot.querySelector<HTMLElement>("[data-testid=detail-title]")?.focus();
    } catch (e) {
      if (seq !== this.detailSeq) return;
      void this.closeDetail(false);
      this.showError(api.toApiError(e));
    }
  }

  private addToBrief(id: string): AddToBrief {
    return new AddToBrief(id, {
      onError: (err) => this.showError(err),
      onShowBriefs: () => this.showBriefs(),
      onAdded: (added) => {
        const brief = added.state.brief;
        const section = this.catalog?.sectorName(added.section) ?? added.section;
        void this.briefs?.briefChanged(brief.id);
        this.notice(
          t("added-to-brief", { id, title: brief.doc.title, section, created: added.created_section ? "yes" : "no" }),
          { label: t("added-to-brief-open"), run: () => void this.openBrief(brief.id) },
        );
      },
    });
  }

  /** Closes the detail panel once its note is saved; false (and it stays open) when it could not be. */
  async closeDetail(restoreFocus = true): Promise<boolean> {
    if (!this.detailSlot || !this.workspace || !this.list) return true;
    const wasOpen = this.detailId !== null;
    if (!(await this.releasePanel())) return false;
    this.detailSeq++;
    this.detailId = null;
    this.detailSlot.hidden = true;
    this.detailSlot.replaceChildren();
    this.workspace.classList.remove("has-detail");
    this.list.setOpen(null);
    if (wasOpen && restoreFocus && this.view === "list") this.list.virtual.element.focus();
    return true;
  }

  // --- what the user typed ------------------------------------------------

  /** Saves every pending edit now; true when all of them are stored. */
  async flushPendingSaves(): Promise<boolean> {
    const all: Promise<boolean>[] = [];
    if (this.panel) all.push(this.panel.flush());
    if (this.briefs) all.push(this.briefs.flush());
    const results = await Promise.all(all);
    return results.every(Boolean);
  }

  /** What is typed and not stored, after trying once more to store it. */
  private async unsaved(): Promise<Unsaved[]> {
    const out: Unsaved[] = [];
    if (this.panel && !(await this.panel.flush())) out.push(this.panel.unsaved());
    const brief = await this.briefs?.unsaved();
    if (brief) out.push(brief);
    const form = this.record?.form;
    if (form?.isDirty()) {
      const u = form.unsaved();
      out.push({
        ...u,
        focus: () => {
          this.showRecord();
          u.focus();
        },
      });
    }
    return out;
  }

  /** Saves the open panel and lets it go; false (it stays, and the user is told why) when it could not be saved. */
  private async releasePanel(): Promise<boolean> {
    const panel = this.panel;
    if (!panel) return true;
    if (!(await panel.flush())) {
      if (this.panel === panel) this.showUnsaved([panel.unsaved()]);
      return false;
    }
    if (this.panel === panel) this.panel = null;
    return true;
  }

  /** The brief editor may be left (its text is stored), or the user was told why not. */
  private async mayLeaveBrief(): Promise<boolean> {
    const u = await this.briefs?.unsaved();
    if (!u) return true;
    this.showUnsaved([u]);
    return false;
  }

  /** Saves everything pending; when something could not be saved, says so and resolves to false. */
  async saveAllOrSay(): Promise<boolean> {
    const u = await this.unsaved();
    if (u.length === 0) return true;
    this.showUnsaved(u);
    return false;
  }

  /** Tells the user what could not be saved and why, with a way back to it and an explicit way to discard it. */
  private showUnsaved(items: Unsaved[], quit = false): void {
    const first = items[0];
    if (!first) return;
    const message = t(quit ? "unsaved-quit-message" : "unsaved-leave-message", {
      what: first.what,
      reason: first.error ?? "none",
    });
    setChildren(
      this.banner,
      h(
        "div",
        { class: "error-banner unsaved", role: "alert", "data-testid": "unsaved-banner" },
        h("span", { class: "error-icon", "aria-hidden": "true" }, "!"),
        h("span", { class: "error-message", "data-testid": "unsaved-message" }, message),
        h("span", { class: "banner-actions" },
          h("button", { type: "button", class: "btn small primary", "data-testid": "unsaved-show", onclick: () => first.focus() }, t("unsaved-show")),
          quit
            ? h(
                "button",
                { type: "button", class: "btn small", "data-testid": "unsaved-quit", onclick: () => void api.quitNow() },
                t("unsaved-quit"),
              )
            : h(
                "button",
                {
                  type: "button",
                  class: "btn small",
                  "data-testid": "unsaved-discard",
                  onclick: () => {
                    for (const u of items) u.discard();
                    this.clearError();
                    this.notice(items.map((u) => u.discarded).join(" "));
                  },
                },
                t("unsaved-discard"),
              ),
        ),
      ),
    );
    first.focus();
  }

  /** The close-requested handler: false keeps the window open when text could not be saved. */
  async beforeClose(): Promise<boolean> {
    const u = await this.unsaved();
    if (u.length === 0) return true;
    this.showUnsaved(u, true);
    return false;
  }

  private annotationSaved(a: Annotation): void {
    this.list?.updateAnnotation(a.commitment, a);
    this.updateFollowUpCount();
    if (this.teamJoined) void this.readTeamStatus();
  }

  /** Reloads every annotation (list markers, tag filter, follow-ups due). */
  async reloadAnnotations(): Promise<void> {
    if (!this.list || this.workspaceProblem) return;
    try {
      const entries = await api.annotations();
      this.list.setAnnotations(entries.map((e) => e.annotation));
    } catch (e) {
      this.showError(api.toApiError(e));
      return;
    }
    this.updateFollowUpCount();
    if (this.panel && !this.panel.isDirty()) {
      const id = this.panel.commitmentId;
      this.panel.replace(this.list.annotationOf(id));
    }
  }

  /** The header's count of follow-ups due (overdue or today). */
  private updateFollowUpCount(): void {
    if (!this.list) return;
    const today = todayIso();
    const entries = this.list.allAnnotations().map((annotation) => ({ annotation, title: null, orphaned: false }));
    const due = followUps(entries, today).filter((f) => f.days <= 0).length;
    this.followUpCount.hidden = due === 0;
    this.followUpCount.textContent = due === 0 ? "" : count("nav-followups-due", due);
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
    const unsaved = await this.unsaved();
    if (unsaved.length > 0) {
      // Undoing now would replace text that is not stored yet.
      this.showUnsaved(unsaved);
      this.notice(t("undo-not-saved", { which }));
      return;
    }
    let change: Change;
    try {
      change = which === "undo" ? await api.undo() : await api.redo();
    } catch (e) {
      const err = api.toApiError(e);
      if (err.code === "invalid_input") this.notice(t("undo-nothing", { which }));
      else this.showError(err);
      return;
    }
    if (change.target === "brief") {
      this.onBriefChanged(change.brief);
      this.notice(
        change.current
          ? t("undo-brief", { which, title: change.current.doc.title })
          : t("undo-brief-deleted", { which }),
      );
      return;
    }
    if (change.target === "record") {
      await this.recordChanged(null, t("undo-record", { which }));
      return;
    }
    const before = this.list?.annotationOf(change.commitment) ?? null;
    const what = describeChange(before?.fields ?? null, change.current?.fields ?? null);
    this.list?.updateAnnotation(change.commitment, change.current);
    this.updateFollowUpCount();
    if (this.panel && this.panel.commitmentId === change.commitment) this.panel.replace(change.current);
    if (this.view === "notes") void this.notes?.refresh();
    if (this.view === "followups") void this.followups?.refresh();
    this.notice(t("undo-annotation", { which, what, id: change.commitment }));
  }

  /** A brief changed outside its editor (undo, redo): show it as it is now. */
  onBriefChanged(brief: number): void {
    void this.briefs?.briefChanged(brief);
  }

  /** A short message in the notice bar; one with an action stays until dismissed. */
  notice(text: string, action?: NoticeAction): void {
    this.notices.show(text, action);
  }

  // --- the workspace --------------------------------------------------------

  private applyWorkspace(w: WorkspaceStatus): void {
    if (w.problem) {
      // The problem already names the file.
      this.workspaceProblem = t("workspace-off", { problem: w.problem });
      this.renderWorkspaceProblem(w);
    } else {
      this.workspaceProblem = null;
      if (w.set_aside) this.renderWorkspaceReset(w);
      else this.workspaceBanner.replaceChildren();
    }
    this.undoBtn.disabled = this.workspaceProblem !== null;
    this.redoBtn.disabled = this.workspaceProblem !== null;
    this.notes?.setDisabled(this.workspaceProblem);
    this.followups?.setDisabled(this.workspaceProblem);
    this.briefs?.setDisabled(this.workspaceProblem);
    this.panel?.setDisabled(this.workspaceProblem);
  }

  private renderWorkspaceProblem(w: WorkspaceStatus): void {
    setChildren(
      this.workspaceBanner,
      h(
        "div",
        { class: "workspace-banner", role: "alert", "data-testid": "workspace-banner" },
        h("h2", null, t("workspace-refused-title")),
        h("p", { class: "ws-problem", translate: "no" }, w.problem ?? ""),
        h("p", null, t("workspace-refused-help")),
        h(
          "button",
          { type: "button", class: "btn primary", "data-testid": "workspace-reset", onclick: () => void this.resetWorkspace() },
          t("workspace-reset"),
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
        h("p", null, t("workspace-fresh")),
        h("p", { "data-testid": "workspace-set-aside" }, t("workspace-kept-as", { path: w.set_aside ?? "?" })),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "workspace-dismiss", onclick: () => this.workspaceBanner.replaceChildren() },
          t("dismiss"),
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
        h("span", { class: "error-message" }, errorText(err)),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "error-dismiss", onclick: () => this.clearError() },
          t("dismiss"),
        ),
      ),
    );
  }

  /**
   * The system could not open something (no browser or viewer set up): says
   * so in plain words, with the address or path in a field to copy.
   */
  showOpenFailed(what: "link" | "file", address: string): void {
    setChildren(
      this.banner,
      h(
        "div",
        { class: "error-banner", role: "alert", "data-testid": "open-failed" },
        h("span", { class: "error-icon", "aria-hidden": "true" }, "!"),
        h(
          "span",
          { class: "error-message" },
          t("open-failed", { what }),
          h("input", {
            type: "text",
            class: "copy-field",
            readonly: true,
            value: address,
            "aria-label": t("open-failed-address", { what }),
            "data-testid": "open-failed-address",
            onfocus: (e: Event) => (e.target as HTMLInputElement).select(),
          }),
        ),
        h(
          "button",
          { type: "button", class: "btn small", "data-testid": "error-dismiss", onclick: () => this.clearError() },
          t("dismiss"),
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
      onClose: () => void this.closeDetail(),
      onOpenUrl: (url) => {
        api.openUrl(url).catch(() => this.showOpenFailed("link", url));
      },
      onCorrect: (d) => void this.openRecordForm({ form: "correct", id: d.id, kind: d.record === "commitment" ? "commitment" : "context", title: d.title }),
      onAddCommitment: (d) =>
        void this.openRecordForm({ form: "commitment", meeting: d.meeting?.id ?? null, sector: d.sectors[0]?.id ?? null }),
    };
  }

  /**
   * Marks the first screen usable (data rendered, controls enabled):
   * body[data-ready] at once, and the backend's `ui_ready` once that screen
   * is painted and closing the window guards unsaved text.
   */
  private signalReady(): void {
    if (this.readySignalled) return;
    this.readySignalled = true;
    const body = this.root.ownerDocument.body;
    const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (f: () => void) => setTimeout(f, 0);
    body.dataset.ready = "true";
    // A task queued from the frame callback runs once that frame is drawn.
    const painted = new Promise<void>((resolve) => raf(() => setTimeout(resolve, 0)));
    this.readyReported = Promise.all([painted.then(() => mark("painted")), this.closeGuard]).then(() => {
      // A window torn down before its first frame reports nothing.
      if (this.destroyed) return;
      return api.uiReady(startupMarks()).catch(() => {
        /* measurement only: never bother the user */
      });
    });
  }
}
