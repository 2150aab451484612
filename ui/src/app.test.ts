import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import * as api from "./api";
import { App } from "./app";
import { setLang } from "./i18n";
import { fakeStart, fixtures, resetMockApi, store } from "./test/mock-api";
import { boot, flush, teardown, $ } from "./test/harness";
import { TEXT_DEBOUNCE_MS } from "./views/list";


let app: App | null = null;

const $$ = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));

function key(k: string, target: EventTarget = document.body): KeyboardEvent {
  const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
}

function visibleRowIds(): string[] {
  return $$('[data-testid^="commitment-row-"]')
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
    .map((r) => r.dataset.testid!.replace("commitment-row-", ""));
}

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

describe("startup", () => {
  it("renders the header, marks the body ready and calls uiReady once", async () => {
    app = await boot();
    expect(document.querySelector(".app-name")?.textContent).toBe("Briefdesk");
    expect($("dataset-line")?.textContent).toBe(
      "EU–Japan Digital Partnership · dataset 2026.11.1 · as of 25 November 2026",
    );
    expect(document.body.dataset.ready).toBe("true");
    expect(api.uiReady).toHaveBeenCalledTimes(1);
    expect($("overview")).not.toBeNull();
    expect($("overview")!.hidden).toBe(false);
  });

  it("asks for the first screen once, in the UI's language, and shows the annotations that answer carries", async () => {
    store.save("C2-08", { note: "ask METI", status: null, tags: [], follow_up: "2020-01-01" });
    app = await boot();
    expect(api.start).toHaveBeenCalledTimes(1);
    expect(api.start).toHaveBeenCalledWith("en");
    // No second round trip for the annotations: the follow-up count comes from `start`.
    expect(api.annotations).not.toHaveBeenCalled();
    expect($("followups-due")!.hidden).toBe(false);
    expect($("followups-due")!.textContent).toContain("1");
    // Nor for the record's release: the header's Record button has it from `start`.
    expect(api.recordStatus).not.toHaveBeenCalled();
    expect($("nav-record")!.textContent).toContain("2026.11.1");
    teardown();
    // In another language, the core is told in the same request.
    await setLang("ja");
    try {
      app = await boot();
      expect(api.start).toHaveBeenLastCalledWith("ja");
    } finally {
      await setLang("en");
    }
  });

  it("counts follow-ups due by the shell's local date, not the page's time zone", async () => {
    // Tomorrow in UTC is today where the shell is 14 hours ahead, from 10:00 UTC on.
    const now = Date.UTC(2026, 11, 1, 10, 30);
    vi.useFakeTimers({ now, toFake: ["Date"] });
    try {
      store.save("C2-08", { note: "ask METI", status: null, tags: [], follow_up: "2026-12-02" });
      vi.mocked(api.start).mockImplementation(async () => ({ ...fakeStart(), utc_offset_minutes: 14 * 60 }));
      app = await boot();
      expect($("followups-due")!.hidden).toBe(false);
      teardown();
      vi.mocked(api.start).mockImplementation(async () => ({ ...fakeStart(), utc_offset_minutes: -10 * 60 }));
      app = await boot();
      expect($("followups-due")!.hidden).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows the error banner when loading fails, without crashing", async () => {
    vi.mocked(api.start).mockRejectedValueOnce({ code: "dataset_invalid", message: "commitments.json: bad status" });
    app = await boot();
    const banner = $("error-banner");
    expect(banner).not.toBeNull();
    expect(banner!.textContent).toContain("commitments.json: bad status");
    expect(document.body.dataset.ready).toBeUndefined();
    expect(api.uiReady).not.toHaveBeenCalled();
    // Retry recovers.
    $<HTMLButtonElement>("retry")!.click();
    await flush();
    expect($("error-banner")).toBeNull();
    expect($("overview")).not.toBeNull();
  });

  it("normalises unexpected rejections into an internal error", async () => {
    app = await boot();
    vi.mocked(api.filterCommitments).mockRejectedValueOnce(new Error("boom"));
    $<HTMLButtonElement>("sector-ai")!.click();
    await flush();
    expect($("error-banner")!.textContent).toContain("boom");
    expect($("error-banner")!.dataset.code).toBe("internal");
  });
});

describe("overview", () => {
  it("renders all 12 sectors with bar segments summing to the total", async () => {
    app = await boot();
    const sectors = fixtures.overview.sectors;
    expect(sectors).toHaveLength(12);
    for (const s of sectors) {
      const row = $(`sector-${s.id}`)!;
      expect(row, s.id).not.toBeNull();
      expect(row.tagName).toBe("BUTTON");
      expect(row.textContent).toContain(s.name);
      expect(row.querySelector('[data-testid="sector-total"]')!.textContent).toBe(String(s.total));
      const segs = Array.from(row.querySelectorAll<HTMLElement>(".seg"));
      const sum = segs.reduce((n, seg) => n + Number(seg.dataset.count), 0);
      expect(sum).toBe(s.total);
      for (const seg of segs) {
        expect(seg.getAttribute("title")).toMatch(/^[A-Z][a-z ]+: \d+$/);
        expect(seg.style.width).toMatch(/%$/);
      }
    }
    expect($$('[data-testid^="sector-"]').filter((e) => e.tagName === "BUTTON")).toHaveLength(12);
    expect($("sector-quantum")!.querySelector('[title="Delivered: 3"]')).not.toBeNull();
  });

  it("lists the 5 meetings in order and marks the 2026 one unverified", async () => {
    app = await boot();
    const items = Array.from($("timeline")!.querySelectorAll<HTMLElement>('[data-testid^="meeting-"]')).filter(
      (e) => e.dataset.testid !== "meeting-warning",
    );
    expect(items.map((e) => e.dataset.testid)).toEqual([
      "meeting-launch-2022",
      "meeting-dpc-2023",
      "meeting-dpc-2024",
      "meeting-dpc-2025",
      "meeting-dpc-2026",
    ]);
    const last = $("meeting-dpc-2026")!;
    expect(last.dataset.uncertain).toBe("true");
    expect(last.textContent).toContain("Reported · unverified");
    expect(last.textContent).toContain("Brussels");
    expect(last.textContent).toContain("3 commitments");
    expect($("meeting-dpc-2025")!.dataset.uncertain).toBeUndefined();
    expect($("meeting-dpc-2025")!.querySelector('[data-testid="meeting-warning"]')).toBeNull();
  });

  it("clicking a sector opens the list filtered to it", async () => {
    app = await boot();
    $<HTMLButtonElement>("sector-semiconductors")!.click();
    await flush();
    expect(api.filterCommitments).toHaveBeenLastCalledWith({
      sector: "semiconductors",
      meeting: null,
      status: null,
      verification: null,
      kind: null,
      text: null,
      tag: null,
      user_status: null,
    });
    expect($("overview")!.hidden).toBe(true);
    expect($<HTMLSelectElement>("filter-sector")!.value).toBe("semiconductors");
    expect($("result-count")!.textContent).toBe("8 of 64 commitments");
    const ids = visibleRowIds();
    expect(ids).toHaveLength(8);
    expect(ids).toContain("C2-08");
  });

  it("clicking a meeting opens the list filtered to it", async () => {
    app = await boot();
    $<HTMLButtonElement>("meeting-dpc-2026")!.click();
    await flush();
    expect(vi.mocked(api.filterCommitments).mock.lastCall?.[0].meeting).toBe("dpc-2026");
    expect($("result-count")!.textContent).toBe("3 of 64 commitments");
  });
});

describe("commitment list", () => {
  it("shows all commitments with rows carrying the summary fields", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    expect($("commitment-list")).not.toBeNull();
    expect($("result-count")!.textContent).toBe("64 commitments");
    const row = $("commitment-row-L-01")!;
    expect(row.textContent).toContain("Digital Partnership launched");
    expect(row.textContent).toContain("12 May 2022");
    expect(row.textContent).toContain("28th Summit");
    expect(row.textContent).toContain("Delivered");
    expect(row.textContent).toContain("Confirmed");
    expect(row.textContent).toContain("Cross-cutting & governance");
  });

  it("debounces the text filter and sends the text to the core", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    vi.mocked(api.filterCommitments).mockClear();
    const input = $<HTMLInputElement>("filter-text")!;
    // The debounce's clock only: a loaded machine cannot stretch 20 ms past it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      for (const t of ["q", "qu", "quantum"]) {
        input.value = t;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await vi.advanceTimersByTimeAsync(TEXT_DEBOUNCE_MS - 20);
      }
      expect(api.filterCommitments).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(20);
      expect(api.filterCommitments).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
    expect(vi.mocked(api.filterCommitments).mock.calls[0][0].text).toBe("quantum");
    await flush();
    const n = visibleRowIds().length;
    expect(n).toBeGreaterThan(0);
    expect($("result-count")!.textContent).toBe(`${n} of 64 commitments`);
  });

  it("combines filters and ignores out-of-order responses", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    let releaseSlow: (ids: string[]) => void = () => {};
    vi.mocked(api.filterCommitments).mockImplementationOnce(
      () => new Promise<string[]>((r) => (releaseSlow = r)),
    );
    const sector = $<HTMLSelectElement>("filter-sector")!;
    sector.value = "quantum";
    sector.dispatchEvent(new Event("change"));
    const status = $<HTMLSelectElement>("filter-status")!;
    status.value = "delivered";
    status.dispatchEvent(new Event("change"));
    await flush();
    expect(vi.mocked(api.filterCommitments).mock.lastCall?.[0]).toMatchObject({
      sector: "quantum",
      status: "delivered",
    });
    expect($("result-count")!.textContent).toBe("3 of 64 commitments");
    releaseSlow(["L-01"]); // the stale answer arrives late
    await flush();
    expect($("result-count")!.textContent).toBe("3 of 64 commitments");
    $<HTMLButtonElement>("filter-clear")!.click();
    await flush();
    expect($("result-count")!.textContent).toBe("64 commitments");
    expect(sector.value).toBe("");
  });
});

describe("commitment detail", () => {
  it("shows C2-08 with numbered sources and lineage in order; lineage links load", async () => {
    app = await boot();
    await app!.openCommitment("C2-08");
    await flush();
    const detail = $("commitment-detail")!;
    expect($("detail-title")!.textContent).toBe("Expert team to design chip research programme");
    expect(detail.textContent).toContain("2nd EU–Japan Digital Partnership Council");
    expect(detail.textContent).toContain("Brussels");
    expect(detail.textContent).toContain("30 April 2024");
    expect(detail.textContent).toContain("Working group");
    expect(detail.textContent).toContain("In progress");
    expect(detail.textContent).toContain("as of 25 November 2026");
    const sources = $("detail-sources")!;
    for (let n = 1; n <= 5; n++) {
      const s = sources.querySelector<HTMLElement>(`[data-testid="source-${n}"]`)!;
      expect(s, `source ${n}`).not.toBeNull();
      expect(s.textContent).toContain(`[${n}]`);
    }
    expect(sources.querySelector('[data-testid="source-1"]')!.textContent).toContain(
      "https://digital-strategy.ec.europa.eu/",
    );
    // Opening a source goes through openUrl, never through the webview.
    sources.querySelector<HTMLButtonElement>('[data-testid="source-open-2"]')!.click();
    expect(api.openUrl).toHaveBeenCalledWith("https://www.soumu.go.jp/menu_news/s-news/01tsushin08_02000175.html");

    const lineage = $("detail-lineage")!;
    const links = Array.from(lineage.querySelectorAll<HTMLElement>('[data-testid^="lineage-link-"]')).map(
      (e) => e.dataset.testid,
    );
    expect(links).toEqual([
      "lineage-link-L-05",
      "lineage-link-C1-05",
      "lineage-link-C1-06",
      "lineage-link-C3-04",
    ]);
    const text = lineage.textContent!;
    expect(text.indexOf("C1-05")).toBeLessThan(text.indexOf("C2-08"));
    expect(text.indexOf("C2-08")).toBeLessThan(text.indexOf("C3-04"));
    expect($("detail-conflicts")!.textContent).toContain("expert team");

    $<HTMLButtonElement>("lineage-link-C3-04")!.click();
    await flush();
    expect(api.commitment).toHaveBeenLastCalledWith("C3-04");
    expect($("detail-title")!.textContent).toBe(fixtures.commitments.find((c) => c.id === "C3-04")!.title);
    expect($("commitment-row-C3-04")!.getAttribute("aria-selected")).toBe("true");
  });

  it("shows the C3-10 conflict with the used claim, and 木内稔", async () => {
    app = await boot();
    await app!.openCommitment("C3-10");
    await flush();
    const conflicts = $("detail-conflicts")!;
    expect(conflicts.textContent).toContain("Date of signature");
    expect(conflicts.textContent).toContain("2025-05-13");
    expect(conflicts.textContent).toContain("2025-05-14");
    expect(conflicts.textContent).toContain("settles on 13 May 2025");
    const used = Array.from(conflicts.querySelectorAll('[data-testid="claim-used"]'));
    // Only conflicts about this record: the meeting-level one stays with C3-01.
    expect(used.length).toBe(1);
    expect(used[0].closest(".claim")!.textContent).toContain("2025-05-13");
    // Claim sources are cited by their numbers in this view.
    expect(used[0].closest(".claim")!.textContent).toContain("[4]");
    expect($("commitment-detail")!.textContent).toContain("木内稔");
    expect($("commitment-detail")!.textContent).toContain("Minister of State for Science and Technology Policy");
    $<HTMLButtonElement>("see-also-link-C3-09")!.click();
    await flush();
    expect(api.commitment).toHaveBeenLastCalledWith("C3-09");
  });

  it("shows an error banner when a commitment cannot be loaded", async () => {
    app = await boot();
    vi.mocked(api.commitment).mockRejectedValueOnce({ code: "not_found", message: "No commitment X-99" });
    await app!.openCommitment("X-99");
    await flush();
    expect($("error-banner")!.textContent).toContain("No commitment X-99");
    expect($("commitment-detail")).toBeNull();
    $<HTMLButtonElement>("error-dismiss")!.click();
    expect($("error-banner")).toBeNull();
  });

  it("closes with the close button", async () => {
    app = await boot();
    await app!.openCommitment("C2-08");
    await flush();
    $<HTMLButtonElement>("detail-close")!.click();
    await flush();
    expect($("commitment-detail")).toBeNull();
  });
});

describe("keyboard", () => {
  it('"/" focuses the filter, Esc leaves it', async () => {
    app = await boot();
    const e = key("/");
    expect(e.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($("filter-text"));
    expect($("overview")!.hidden).toBe(true);
    // "/" typed inside the filter is just text.
    expect(key("/", $("filter-text")!).defaultPrevented).toBe(false);
    key("Escape", $("filter-text")!);
    expect(document.activeElement).not.toBe($("filter-text"));
  });

  it("ArrowDown + Enter opens a commitment, Esc closes it", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    key("ArrowDown");
    key("ArrowDown");
    const row = $("commitment-row-L-02")!;
    expect(row.getAttribute("aria-selected")).toBe("true");
    expect(row.classList.contains("selected")).toBe(true);
    expect($("commitment-row-L-01")!.getAttribute("aria-selected")).toBe("false");
    key("ArrowUp");
    key("ArrowDown");
    key("Enter");
    await flush();
    expect(api.commitment).toHaveBeenLastCalledWith("L-02");
    expect($("commitment-detail")).not.toBeNull();
    expect($("detail-title")!.textContent).toBe("Annual Digital Partnership Council created");
    key("Escape");
    await flush();
    expect($("commitment-detail")).toBeNull();
  });

  it("arrows scroll the selection through a long list", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    for (let i = 0; i < 60; i++) key("ArrowDown");
    const id = fixtures.commitments[59].id;
    expect($(`commitment-row-${id}`)!.getAttribute("aria-selected")).toBe("true");
    expect(app!.list!.selectedId).toBe(id);
  });
});
