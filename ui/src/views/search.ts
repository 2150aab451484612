// The global search box in the header: searches the commitments, the
// user's notes and tags, and their briefs as the user types (debounced,
// latest query wins) and shows the ranked hits in a panel under the box, with the matches of each
// snippet highlighted as <mark> text nodes (never parsed as HTML).
// ↑/↓ move the selection, Enter opens it, Esc closes the panel.
import * as api from "../api";
import type { BriefHit } from "../bindings/BriefHit";
import type { SearchField } from "../bindings/SearchField";
import type { SearchHit } from "../bindings/SearchHit";
import { type Child, h, setChildren } from "../dom";
import { errorText } from "./error-text";
import { t, ta } from "../i18n";
import { emptyFilter } from "../state";

export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_LIMIT = 30;
export const BRIEF_SEARCH_LIMIT = 8;

/** A hit of either kind, in the order shown: commitments, then briefs. */
type Found = { kind: "commitment"; hit: SearchHit } | { kind: "brief"; hit: BriefHit };

/** Snippet markers around each match (private-use characters). */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** The message naming each field a hit matched in. */
const fieldLabel = (f: SearchField): string => t(`search-field-${f}`);

export interface SearchHandlers {
  /** Opens a hit (the commitment's detail, or "My notes" for an orphan). */
  onOpen(hit: SearchHit): void;
  /** Opens a brief in the brief editor. */
  onOpenBrief(id: number): void;
}

/**
 * Splits a snippet on the match markers: plain parts become text nodes, the
 * parts between U+E000 and U+E001 become <mark> elements. Stray markers are
 * dropped; nothing is parsed as HTML.
 */
export function highlightSnippet(snippet: string): Node[] {
  const nodes: Node[] = [];
  let inMark = false;
  let buf = "";
  const emit = (): void => {
    if (buf) nodes.push(inMark ? h("mark", null, buf) : document.createTextNode(buf));
    buf = "";
  };
  for (const ch of snippet) {
    if (ch === MARK_START) {
      if (inMark) continue;
      emit();
      inMark = true;
    } else if (ch === MARK_END) {
      if (!inMark) continue;
      emit();
      inMark = false;
    } else {
      buf += ch;
    }
  }
  emit();
  return nodes;
}

let uid = 0;

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The panel under the box: the list of hits, or a message. */
  readonly results: HTMLElement;
  private readonly listbox: HTMLElement;
  private readonly message: HTMLElement;
  private readonly handlers: SearchHandlers;
  private readonly listId: string;
  private hits: Found[] = [];
  private buttons: HTMLButtonElement[] = [];
  private selected = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every query typed; only the latest one's answer is shown. */
  private seq = 0;
  /** The query whose results are shown (`seq` of it). */
  private shownSeq = 0;
  /** The query waiting for its debounce, if any. */
  private pending: { query: string; seq: number } | null = null;
  /** Enter was pressed before the latest results arrived: open the first one then. */
  private openOnResult = false;

  constructor(handlers: SearchHandlers) {
    this.handlers = handlers;
    this.listId = `search-results-${++uid}`;
    this.input = h("input", {
      type: "search",
      class: "search-input",
      "data-testid": "search-input",
      placeholder: t("search-placeholder"),
      "aria-label": t("search-label"),
      title: ta("search-label", "title"),
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": this.listId,
      autocomplete: "off",
      spellcheck: "false",
      oninput: () => this.schedule(),
      onkeydown: (e) => this.onKey(e as KeyboardEvent),
      onfocus: () => {
        if (this.input.value.trim() && this.hasContent) this.show();
      },
      onblur: () => this.close(),
    });
    window.addEventListener("resize", this.onResize);
    this.listbox = h("div", { class: "search-list", id: this.listId, role: "listbox", "aria-label": t("search-results"), hidden: true });
    this.message = h("div", { class: "search-message-slot", hidden: true });
    this.results = h(
      "div",
      {
        class: "search-results",
        "data-testid": "search-results",
        // A pop-up: it may cover the page under it while it is open.
        "data-overlay": "search",
        hidden: true,
        // Keep the focus in the box so a click on a hit is not lost to the blur.
        onmousedown: (e) => e.preventDefault(),
      },
      this.listbox,
      this.message,
    );
    this.element = h("div", { class: "search", role: "search" }, this.input, this.results);
  }

  get isOpen(): boolean {
    return !this.results.hidden;
  }

  /** Hits or a message are there to show. */
  private get hasContent(): boolean {
    return !this.listbox.hidden || !this.message.hidden;
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  setDisabled(disabled: boolean): void {
    this.input.disabled = disabled;
    if (disabled) this.close();
  }

  close(): void {
    this.results.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  private readonly onResize = (): void => {
    if (this.isOpen) this.place();
  };

  destroy(): void {
    window.removeEventListener("resize", this.onResize);
    clearTimeout(this.timer);
    this.seq++;
  }

  private show(): void {
    this.results.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.place();
  }

  /** At least as wide as the box (480 px when there is room), and inside the window. */
  private place(): void {
    const view = this.element.ownerDocument.documentElement.clientWidth;
    if (!view) return;
    const box = this.element.getBoundingClientRect();
    const width = Math.min(Math.max(box.width, 480), view - 16);
    const left = Math.min(0, view - 8 - width - box.left);
    this.results.style.width = `${width}px`;
    this.results.style.left = `${left}px`;
  }

  /** Runs the search after a pause in typing; a blank query is never sent. */
  private schedule(): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const query = this.input.value.trim();
    this.pending = null;
    this.openOnResult = false;
    if (!query) {
      this.shownSeq = seq;
      this.hits = [];
      this.buttons = [];
      this.selected = -1;
      this.listbox.replaceChildren();
      this.listbox.hidden = true;
      this.message.replaceChildren();
      this.message.hidden = true;
      this.close();
      return;
    }
    this.pending = { query, seq };
    this.timer = setTimeout(() => this.runPending(), SEARCH_DEBOUNCE_MS);
  }

  private runPending(): void {
    clearTimeout(this.timer);
    const p = this.pending;
    this.pending = null;
    if (p) void this.run(p.query, p.seq);
  }

  private async run(query: string, seq: number): Promise<void> {
    let hits: SearchHit[];
    let briefs: BriefHit[];
    try {
      [hits, briefs] = await Promise.all([
        api.search(query, emptyFilter(), SEARCH_LIMIT),
        // Brief hits are a bonus: their failure never hides the commitments.
        api.searchBriefs(query, BRIEF_SEARCH_LIMIT).catch((): BriefHit[] => []),
      ]);
    } catch (e) {
      if (seq !== this.seq) return;
      this.shownSeq = seq;
      this.openOnResult = false;
      this.renderMessage("search-error", errorText(api.toApiError(e)), true);
      return;
    }
    if (seq !== this.seq) return; // a newer query was typed meanwhile
    this.shownSeq = seq;
    this.render([
      ...hits.map((hit): Found => ({ kind: "commitment", hit })),
      ...briefs.map((hit): Found => ({ kind: "brief", hit })),
    ]);
    if (this.openOnResult) {
      this.openOnResult = false;
      if (this.hits.length > 0) this.open(0);
    }
  }

  private renderMessage(testid: string, text: Child, isError: boolean): void {
    this.hits = [];
    this.buttons = [];
    this.selected = -1;
    this.listbox.replaceChildren();
    this.listbox.hidden = true;
    setChildren(
      this.message,
      h("div", { class: isError ? "search-message error" : "search-message", "data-testid": testid, role: isError ? "alert" : "status" }, text),
    );
    this.message.hidden = false;
    this.input.removeAttribute("aria-activedescendant");
    if (this.input.ownerDocument.activeElement === this.input) this.show();
  }

  private render(found: Found[]): void {
    if (found.length === 0) {
      this.renderMessage("search-empty", t("search-empty"), false);
      return;
    }
    this.hits = found;
    this.buttons = found.map((f, i) => (f.kind === "commitment" ? this.renderHit(f.hit, i) : this.renderBrief(f.hit, i)));
    setChildren(this.listbox, this.buttons);
    this.listbox.hidden = false;
    this.message.replaceChildren();
    this.message.hidden = true;
    this.select(0);
    if (this.input.ownerDocument.activeElement === this.input) this.show();
  }

  /** One option of the results list: selected on hover, opened on click. */
  private option(index: number, cls: string, testid: string, ...children: Child[]): HTMLButtonElement {
    return h(
      "button",
      {
        type: "button",
        class: cls,
        id: `${this.listId}-${index}`,
        role: "option",
        "aria-selected": "false",
        tabindex: -1,
        "data-testid": testid,
        onclick: () => this.open(index),
        onmousemove: () => {
          if (this.selected !== index) this.select(index);
        },
      },
      ...children,
    );
  }

  private renderHit(hit: SearchHit, index: number): HTMLButtonElement {
    return this.option(
      index,
      hit.orphaned ? "search-hit orphaned" : "search-hit",
      `search-hit-${hit.commitment}`,
      h(
        "span",
        { class: "search-hit-head" },
        h("span", { class: "search-hit-id", translate: "no" }, hit.commitment),
        hit.title
          ? h("span", { class: "search-hit-title", "data-testid": "search-hit-title", translate: "no" }, hit.title)
          : h("span", { class: "search-hit-title", "data-testid": "search-hit-title" }, t("search-orphaned")),
      ),
      hit.snippet ? h("span", { class: "search-hit-snippet", "data-testid": "search-hit-snippet", translate: "no" }, highlightSnippet(hit.snippet)) : null,
      hit.fields.length > 0
        ? h(
            "span",
            { class: "chips search-hit-fields" },
            hit.fields.map((f) => h("span", { class: `chip field-${f}`, "data-testid": `search-field-${f}` }, fieldLabel(f))),
          )
        : null,
    );
  }

  private renderBrief(hit: BriefHit, index: number): HTMLButtonElement {
    return this.option(
      index,
      "search-hit brief",
      `search-brief-${hit.brief}`,
      h(
        "span",
        { class: "search-hit-head" },
        h("span", { class: "search-hit-id" }, t("search-brief")),
        h("span", { class: "search-hit-title", "data-testid": "search-hit-title", translate: "no" }, hit.title),
      ),
      hit.snippet ? h("span", { class: "search-hit-snippet", "data-testid": "search-hit-snippet", translate: "no" }, highlightSnippet(hit.snippet)) : null,
    );
  }

  private select(index: number): void {
    if (this.buttons.length === 0) return;
    const i = Math.max(0, Math.min(index, this.buttons.length - 1));
    this.buttons[this.selected]?.setAttribute("aria-selected", "false");
    this.buttons[this.selected]?.classList.remove("selected");
    this.selected = i;
    const b = this.buttons[i]!;
    b.setAttribute("aria-selected", "true");
    b.classList.add("selected");
    this.input.setAttribute("aria-activedescendant", b.id);
    if (typeof b.scrollIntoView === "function") b.scrollIntoView({ block: "nearest" });
  }

  private open(index: number): void {
    const found = this.hits[index];
    if (!found) return;
    this.close();
    if (found.kind === "commitment") this.handlers.onOpen(found.hit);
    else this.handlers.onOpenBrief(found.hit.brief);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        e.preventDefault();
        if (!this.isOpen) {
          if (this.input.value.trim() && this.hasContent) this.show();
          return;
        }
        this.select(this.selected + (e.key === "ArrowDown" ? 1 : -1));
        return;
      }
      case "Enter":
        e.preventDefault();
        if (this.shownSeq !== this.seq) {
          // The results shown are for an older query: open the first of the new ones.
          this.openOnResult = true;
          this.runPending();
          return;
        }
        if (this.hits.length > 0) this.open(Math.max(this.selected, 0));
        return;
      case "Escape":
        // Handled here so the global Esc (close the detail) does not also run.
        e.preventDefault();
        if (this.isOpen) this.close();
        else this.input.blur();
        return;
    }
  }
}
