// Tests of the global search box: debouncing, out-of-order answers, snippet
// highlighting (never parsed as HTML), keyboard use and opening hits.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import * as api from "./api";
import { App } from "./app";
import type { SearchHit } from "./bindings/SearchHit";
import { highlightSnippet, SEARCH_DEBOUNCE_MS } from "./views/search";
import { resetMockApi } from "./test/mock-api";
import { boot, flush, sleep, teardown, $ } from "./test/harness";

const settle = async () => {
  await sleep(SEARCH_DEBOUNCE_MS + 30);
  await flush();
};

let app: App | null = null;


function input(): HTMLInputElement {
  return $<HTMLInputElement>("search-input")!;
}

function type(text: string): void {
  const el = input();
  el.focus();
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function key(k: string, target: EventTarget = input(), init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

function hit(commitment: string, over: Partial<SearchHit> = {}): SearchHit {
  return { commitment, title: `Title of ${commitment}`, fields: ["title"], snippet: `Title of ${commitment}`, score: 1, orphaned: false, ...over };
}

const hitIds = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="search-hit-"][role="option"]')).map((b) =>
    b.dataset.testid!.replace("search-hit-", ""),
  );

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

describe("the search box", () => {
  it("is in the header with its placeholder", async () => {
    app = await boot();
    const el = input();
    expect(el.closest("header")).not.toBeNull();
    expect(el.placeholder).toBe("Search commitments and your notes… (Ctrl+K)");
    expect($("search-results")!.hidden).toBe(true);
  });

  it("debounces typing and sends only the latest query, globally (all-null filter)", async () => {
    app = await boot();
    type("d");
    type("di");
    type("digital");
    await sleep(SEARCH_DEBOUNCE_MS / 2);
    expect(api.search).not.toHaveBeenCalled();
    await settle();
    expect(api.search).toHaveBeenCalledTimes(1);
    const [query, filter, limit] = vi.mocked(api.search).mock.calls[0]!;
    expect(query).toBe("digital");
    expect(Object.values(filter).every((v) => v === null)).toBe(true);
    expect(limit).toBeGreaterThan(0);
  });

  it("ignores an answer that arrives after a newer one (latest query wins)", async () => {
    app = await boot();
    let releaseOld!: (hits: SearchHit[]) => void;
    vi.mocked(api.search)
      .mockImplementationOnce(() => new Promise<SearchHit[]>((r) => (releaseOld = r)))
      .mockImplementationOnce(async () => [hit("C3-10")]);
    type("old");
    await settle();
    type("new");
    await settle();
    expect(hitIds()).toEqual(["C3-10"]);
    releaseOld([hit("C2-08")]);
    await flush();
    expect(hitIds()).toEqual(["C3-10"]);
    expect(vi.mocked(api.search).mock.calls.map((c) => c[0])).toEqual(["old", "new"]);
  });

  it("never sends a blank query, and clearing the box closes the results", async () => {
    app = await boot();
    type("   ");
    await settle();
    expect(api.search).not.toHaveBeenCalled();
    type("digital");
    await settle();
    expect($("search-results")!.hidden).toBe(false);
    type("");
    await settle();
    expect(api.search).toHaveBeenCalledTimes(1);
    expect($("search-results")!.hidden).toBe(true);
  });

  it("turns the snippet markers into <mark> text and shows HTML in the data literally", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([
      hit("C2-08", { snippet: "…the \uE000data\uE001 <b>x</b> and \uE000flows\uE001 <img src=x onerror=alert(1)>", fields: ["summary", "note"] }),
    ]);
    type("data flows");
    await settle();
    const snippet = $("search-hit-C2-08")!.querySelector<HTMLElement>('[data-testid="search-hit-snippet"]')!;
    expect(Array.from(snippet.querySelectorAll("mark")).map((m) => m.textContent)).toEqual(["data", "flows"]);
    expect(snippet.textContent).toBe("…the data <b>x</b> and flows <img src=x onerror=alert(1)>");
    expect(snippet.querySelector("b")).toBeNull();
    expect(snippet.querySelector("img")).toBeNull();
    expect(snippet.textContent).not.toMatch(/[\uE000\uE001]/);
    const chips = Array.from($("search-hit-C2-08")!.querySelectorAll(".chip")).map((c) => c.textContent);
    expect(chips).toEqual(["summary", "your note"]);
    expect($("search-hit-C2-08")!.textContent).toContain("C2-08");
    expect($("search-hit-C2-08")!.textContent).toContain("Title of C2-08");
  });

  it("highlightSnippet drops stray markers and builds only text and <mark>", () => {
    const nodes = highlightSnippet("a\uE001b\uE000c\uE000d\uE001e\uE000f");
    const box = document.createElement("div");
    box.append(...nodes);
    expect(box.textContent).toBe("abcdef");
    expect(Array.from(box.querySelectorAll("mark")).map((m) => m.textContent)).toEqual(["cd", "f"]);
    expect(Array.from(box.childNodes).every((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === "MARK")).toBe(true);
  });

  it("shows 'No matches', and the message when the search fails", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([]);
    type("zzz");
    await settle();
    expect($("search-empty")?.textContent).toBe("No matches");
    vi.mocked(api.search).mockRejectedValueOnce({ code: "internal", message: "the index is broken" });
    type("zzzz");
    await settle();
    // A headline in the UI's language by the code, then the core's own words, marked English.
    expect($("search-error")?.textContent).toBe("Something went wrong. the index is broken");
    expect($("search-error")?.querySelector("[lang=en][translate=no]")?.textContent).toBe("the index is broken");
    expect($("search-results")!.hidden).toBe(false);
  });

  it("Enter opens the first hit (loads its commitment) and closes the results", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([hit("C3-10"), hit("C2-08")]);
    type("partnership");
    await settle();
    expect(key("Enter").defaultPrevented).toBe(true);
    await flush();
    expect(api.commitment).toHaveBeenCalledWith("C3-10");
    expect($("search-results")!.hidden).toBe(true);
    expect(app!.view).toBe("list");
    expect($("detail-title")?.textContent).toBeTruthy();
  });

  it("↑/↓ move the selection and Enter opens the selected hit", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([hit("C3-10"), hit("C2-08")]);
    type("partnership");
    await settle();
    expect($("search-hit-C3-10")!.getAttribute("aria-selected")).toBe("true");
    key("ArrowDown");
    key("ArrowDown"); // stays on the last one
    expect($("search-hit-C2-08")!.getAttribute("aria-selected")).toBe("true");
    expect($("search-hit-C3-10")!.getAttribute("aria-selected")).toBe("false");
    key("ArrowUp");
    key("ArrowDown");
    key("Enter");
    await flush();
    expect(api.commitment).toHaveBeenCalledWith("C2-08");
  });

  it("Enter right after typing waits for the new results and opens the first", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([hit("C2-08")]);
    type("quick");
    key("Enter");
    await flush();
    expect(api.search).toHaveBeenCalledTimes(1);
    expect(api.commitment).toHaveBeenCalledWith("C2-08");
  });

  it("clicking a hit opens that commitment's detail", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([hit("C3-10"), hit("C2-08")]);
    type("partnership");
    await settle();
    $<HTMLButtonElement>("search-hit-C2-08")!.click();
    await flush();
    expect(api.commitment).toHaveBeenCalledWith("C2-08");
    expect(api.commitment).not.toHaveBeenCalledWith("C3-10");
  });

  it("Esc closes the results without closing the open detail", async () => {
    app = await boot();
    await app!.openCommitment("C2-08");
    await flush();
    expect(app!.detailOpen).toBe(true);
    type("digital");
    await settle();
    expect($("search-results")!.hidden).toBe(false);
    expect(key("Escape").defaultPrevented).toBe(true);
    expect($("search-results")!.hidden).toBe(true);
    expect(app!.detailOpen).toBe(true);
    // ↓ shows them again.
    key("ArrowDown");
    expect($("search-results")!.hidden).toBe(false);
  });

  it("Ctrl+K (and Cmd+K) focuses the search box from anywhere", async () => {
    app = await boot();
    expect(document.activeElement).not.toBe(input());
    const e = key("k", document.body, { ctrlKey: true });
    expect(e.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input());
    input().blur();
    app!.focusFilter();
    key("K", document.activeElement!, { metaKey: true });
    expect(document.activeElement).toBe(input());
  });

  it("an orphaned hit shows 'Orphaned note' and opens My notes", async () => {
    app = await boot();
    vi.mocked(api.search).mockResolvedValueOnce([
      hit("C9-99", { title: null, orphaned: true, fields: ["note"], snippet: "my \uE000lost\uE001 note" }),
    ]);
    type("lost");
    await settle();
    const b = $<HTMLButtonElement>("search-hit-C9-99")!;
    expect(b.querySelector('[data-testid="search-hit-title"]')?.textContent).toBe("Orphaned note");
    b.click();
    await flush();
    expect(app!.view).toBe("notes");
    expect($("notes")!.hidden).toBe(false);
    expect(api.commitment).not.toHaveBeenCalled();
  });
});
