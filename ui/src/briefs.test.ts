import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import { App } from "./app";
import { SAVE_DEBOUNCE_MS } from "./autosave";
import * as mock from "./test/mock-api";
import { resetMockApi } from "./test/mock-api";
import { boot, flush, sleep, teardown } from "./test/harness";


let app: App | null = null;

const $ = <T extends HTMLElement = HTMLElement>(css: string): T | null => document.querySelector<T>(css);
const byId = <T extends HTMLElement = HTMLElement>(testid: string, extra = ""): T | null =>
  $<T>(`[data-testid="${testid}"]${extra}`);

function click(el: HTMLElement | null): void {
  if (!el) throw new Error("nothing to click");
  el.click();
}

function type(el: HTMLInputElement | HTMLTextAreaElement | null, text: string): void {
  if (!el) throw new Error("nothing to type in");
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function items(key: string): string[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-testid="brief-item"][data-key="${key}"]`)].map((e) => e.dataset.id ?? "");
}

function previewItems(key: string): string[] {
  return [...document.querySelectorAll<HTMLElement>(`[data-testid="preview-section"][data-key="${key}"] [data-testid="preview-item"]`)].map(
    (e) => e.dataset.id ?? "",
  );
}

function sections(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid="section"]')].map((e) => e.dataset.key ?? "");
}

/** Opens "Briefs" and creates a brief from the built-in template. */
async function newFromTemplate(title = "Brussels 2026"): Promise<void> {
  click(byId("nav-briefs"));
  await flush();
  type(byId<HTMLInputElement>("brief-new-title"), title);
  click(byId("brief-create"));
  await flush();
}

async function pick(key: string, id: string): Promise<void> {
  click($(`[data-testid="section"][data-key="${key}"] [data-testid="picker-add"][data-id="${id}"]`));
  await flush();
}

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

describe("briefs", () => {
  it("start from the Council preparation template with its prompts and a live preview", async () => {
    app = await boot();
    await newFromTemplate();
    expect(mock.createBrief).toHaveBeenCalledWith({ from: "builtin", template: "council-preparation" }, "Brussels 2026");
    expect(sections()).toHaveLength(13);
    expect(sections()[0]).toBe("since-last-council");
    const bg = $<HTMLTextAreaElement>('[data-testid="section-background"][data-key="semiconductors"]')!;
    expect(bg.placeholder).toContain("semiconductors");
    expect(byId("preview-title")!.textContent).toBe("Brussels 2026");
    expect(byId("brief-preview")!.textContent).toContain("What the 3rd EU–Japan Digital Partnership Council");
  });

  it("adds commitments from the section's picker, in order, saved at once", async () => {
    app = await boot();
    await newFromTemplate();
    await pick("semiconductors", "C2-08");
    await pick("semiconductors", "C1-05");
    expect(items("semiconductors")).toEqual(["C2-08", "C1-05"]);
    const saved = mock.saveBrief.mock.lastCall![1];
    expect(saved.sections[1].items.map((i) => i.commitment)).toEqual(["C2-08", "C1-05"]);
    expect(previewItems("semiconductors")).toEqual(["C2-08", "C1-05"]);
    // What is added leaves the picker.
    expect($('[data-testid="section"][data-key="semiconductors"] [data-testid="picker-add"][data-id="C2-08"]')).toBeNull();
  });

  it("picks through the search, in any sector when asked", async () => {
    app = await boot();
    await newFromTemplate();
    const box = $<HTMLElement>('[data-testid="section"][data-key="quantum"]')!;
    click(box.querySelector<HTMLInputElement>('[data-testid="picker-sector-only"]'));
    type(box.querySelector<HTMLInputElement>('[data-testid="picker-input"]'), "chip");
    await flush();
    expect(mock.search).toHaveBeenLastCalledWith("chip", expect.objectContaining({ sector: null }), 20);
    const results = [...box.querySelectorAll<HTMLElement>('[data-testid="picker-result"]')].map((e) => e.dataset.id);
    expect(results.length).toBeGreaterThan(0);
    click(box.querySelector<HTMLElement>('[data-testid="picker-add"]'));
    await flush();
    expect(items("quantum")).toEqual([results[0]]);
  });

  it("filters the picker by meeting, with or without words", async () => {
    app = await boot();
    await newFromTemplate();
    const box = $<HTMLElement>('[data-testid="section"][data-key="semiconductors"]')!;
    const meeting = box.querySelector<HTMLSelectElement>('[data-testid="picker-meeting"]')!;
    meeting.value = "dpc-2024";
    meeting.dispatchEvent(new Event("change", { bubbles: true }));
    await flush();
    const ids = [...box.querySelectorAll<HTMLElement>('[data-testid="picker-result"]')].map((e) => e.dataset.id);
    const want = mock.fixtures.commitments.filter((c) => c.meeting === "dpc-2024" && c.sectors.includes("semiconductors")).map((c) => c.id);
    expect(ids).toEqual(want);
    expect(ids.length).toBeGreaterThan(0);
    type(box.querySelector<HTMLInputElement>('[data-testid="picker-input"]'), "expert");
    await flush();
    expect(mock.search).toHaveBeenLastCalledWith("expert", expect.objectContaining({ sector: "semiconductors", meeting: "dpc-2024" }), 20);
  });

  it("reorders with the keyboard (Alt+↑/↓) and keeps focus on the moved row", async () => {
    app = await boot();
    await newFromTemplate();
    await pick("semiconductors", "C2-08");
    await pick("semiconductors", "C1-05");
    const handle = $<HTMLElement>('[data-testid="item-handle"][data-id="C1-05"]')!;
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", altKey: true, bubbles: true, cancelable: true }));
    await flush();
    expect(items("semiconductors")).toEqual(["C1-05", "C2-08"]);
    expect((document.activeElement as HTMLElement).dataset.id).toBe("C1-05");
    expect(mock.saveBrief.mock.lastCall![1].sections[1].items.map((i) => i.commitment)).toEqual(["C1-05", "C2-08"]);
    // The ↓ button does the same.
    click($('[data-testid="brief-item"][data-id="C1-05"] [data-testid="item-down"]'));
    await flush();
    expect(items("semiconductors")).toEqual(["C2-08", "C1-05"]);
    // Sections too.
    const sh = $<HTMLElement>('[data-testid="section-handle"][data-key="quantum"]')!;
    sh.focus();
    sh.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", altKey: true, bubbles: true, cancelable: true }));
    await flush();
    expect(sections().indexOf("quantum")).toBe(3);
  });

  it("reorders by drag and drop", async () => {
    app = await boot();
    await newFromTemplate();
    await pick("semiconductors", "C2-08");
    await pick("semiconductors", "C1-05");
    await pick("semiconductors", "C3-04");
    $('[data-testid="item-handle"][data-id="C3-04"]')!.dispatchEvent(new Event("dragstart", { bubbles: true }));
    const target = $('[data-testid="brief-item"][data-id="C2-08"]')!;
    const over = new Event("dragover", { bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    target.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
    await flush();
    expect(items("semiconductors")).toEqual(["C3-04", "C2-08", "C1-05"]);
    // A section dragged onto the first one.
    $('[data-testid="section-handle"][data-key="cross-cutting"]')!.dispatchEvent(new Event("dragstart", { bubbles: true }));
    $('[data-testid="section"][data-key="since-last-council"]')!.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
    await flush();
    expect(sections()[0]).toBe("cross-cutting");
  });

  it("saves texts as the user types: once, with the latest text", async () => {
    app = await boot();
    await newFromTemplate();
    mock.saveBrief.mockClear();
    const bg = $<HTMLTextAreaElement>('[data-testid="section-background"][data-key="semiconductors"]')!;
    type(bg, "Chips");
    type(bg, "Chips first: 木内稔 and the “expert team”.");
    type(byId<HTMLInputElement>("brief-title"), "Brussels, May 2026");
    expect(byId("brief-state")!.textContent).toBe("Unsaved changes");
    expect(mock.saveBrief).not.toHaveBeenCalled();
    await sleep(SAVE_DEBOUNCE_MS + 50);
    await flush();
    expect(mock.saveBrief).toHaveBeenCalledTimes(1);
    const doc = mock.saveBrief.mock.lastCall![1];
    expect(doc.title).toBe("Brussels, May 2026");
    expect(doc.sections[1].background).toBe("Chips first: 木内稔 and the “expert team”.");
    expect(byId("brief-state")!.textContent).toBe("Saved");
    expect(byId("preview-title")!.textContent).toBe("Brussels, May 2026");
    // Talking points: add, type, and they reach the preview in order.
    click($('[data-testid="add-point"][data-key="semiconductors"]'));
    await flush();
    expect((document.activeElement as HTMLElement).dataset.testid).toBe("talking-point");
    type(document.activeElement as HTMLInputElement, "Welcome the research topics");
    await app!.flushPendingSaves();
    expect(mock.saveBrief.mock.lastCall![1].sections[1].talking_points).toEqual(["Welcome the research topics"]);
  });

  it("keeps the text and says so when a save fails; the next change saves it", async () => {
    app = await boot();
    await newFromTemplate();
    mock.saveBrief.mockRejectedValueOnce({ code: "workspace_unavailable", message: "disk full" });
    type($<HTMLTextAreaElement>('[data-testid="section-background"][data-key="quantum"]'), "Quantum LoI");
    expect(await app!.flushPendingSaves()).toBe(false);
    expect(byId("brief-state")!.textContent).toContain("disk full");
    expect($<HTMLTextAreaElement>('[data-testid="section-background"][data-key="quantum"]')!.value).toBe("Quantum LoI");
    expect(await app!.flushPendingSaves()).toBe(true);
    expect(byId("brief-state")!.textContent).toBe("Saved");
  });

  it("adds, moves and removes sections; undo and redo (Ctrl+Z) show the brief as stored", async () => {
    app = await boot();
    await newFromTemplate();
    click($('[data-testid="section-remove"][data-key="ai"]'));
    await flush();
    expect(sections()).not.toContain("ai");
    expect(byId("notice-text")!.textContent).toContain("Undo brings it back");
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true, cancelable: true }));
    await flush();
    expect(sections()).toContain("ai");
    expect(byId("preview-section", '[data-key="ai"]')).not.toBeNull();
    await app!.redo();
    await flush();
    expect(sections()).not.toContain("ai");
    // Add it back at the end through the add-section control.
    const select = byId<HTMLSelectElement>("add-section-select")!;
    expect([...select.options].map((o) => o.value)).toEqual(["ai"]);
    click(byId("add-section"));
    await flush();
    expect(sections().at(-1)).toBe("ai");
    expect((document.activeElement as HTMLElement).dataset.key).toBe("ai");
  });

  it("lists, duplicates, saves as template, deletes and brings back through undo", async () => {
    app = await boot();
    await newFromTemplate("First");
    click(byId("brief-back"));
    await flush();
    expect([...document.querySelectorAll('[data-testid="brief-row"]')]).toHaveLength(1);
    click(byId("brief-duplicate"));
    await flush();
    click($('[data-testid="brief-row"][data-id="1"] [data-testid="brief-save-template"]'));
    await flush();
    const options = [...byId<HTMLSelectElement>("brief-start")!.options].map((o) => o.textContent);
    expect(options).toContain("First (your template)");
    expect(byId("brief-list")!.textContent).toContain("Copy of First");
    click($('[data-testid="brief-row"][data-id="1"] [data-testid="brief-delete"]'));
    await flush();
    expect(byId("notice-text")!.textContent).toContain("Undo (Ctrl+Z) brings it back");
    expect($('[data-testid="brief-row"][data-id="1"]')).toBeNull();
    await app!.undo();
    await flush();
    expect($('[data-testid="brief-row"][data-id="1"]')).not.toBeNull();
  });

  it("builds a quick brief for a sector and exports it where the shell's save dialog answered, then opens it", async () => {
    app = await boot();
    click(byId("nav-briefs"));
    await flush();
    const sector = byId<HTMLSelectElement>("quick-sector")!;
    sector.value = "semiconductors";
    click(byId("quick-create"));
    await flush();
    expect(mock.createBrief).toHaveBeenLastCalledWith({ from: "quick", sector: "semiconductors", notes: false }, null);
    expect(items("semiconductors").length).toBeGreaterThan(3);
    click(byId("brief-export-md"));
    await flush();
    // The webview names no path: the command asks the user itself.
    expect(mock.exportBrief).toHaveBeenCalledWith(1, { format: "markdown", date: null, draft: false, annotations: true, lang: "en" });
    expect(byId("notice-text")!.textContent).toBe("Exported to /tmp/brief.md (with your notes).");
    // Word, beside them: the same options, the format of its own.
    click(byId("brief-export-docx"));
    await flush();
    expect(mock.exportBrief).toHaveBeenLastCalledWith(1, { format: "docx", date: null, draft: false, annotations: true, lang: "en" });
    expect(byId("notice-text")!.textContent).toBe("Exported to /tmp/brief.docx (with your notes).");
    // The editor says in words whether the export carries notes.
    expect(byId("export-notes-line")!.textContent).toBe("No note of yours is shown in this brief.");
    // PDF, as a draft without my notes, in Japanese; the notice opens the file.
    click(byId("export-draft"));
    click(byId("export-notes"));
    const exportLang = byId("export-lang") as HTMLSelectElement;
    exportLang.value = "ja";
    exportLang.dispatchEvent(new Event("change"));
    click(byId("brief-export"));
    await flush();
    expect(mock.exportBrief).toHaveBeenLastCalledWith(1, { format: "pdf", date: null, draft: true, annotations: false, lang: "ja" });
    expect(byId("notice-text")!.textContent).toBe("Exported to /tmp/brief.pdf (without your notes).");
    click(byId("notice-action"));
    await flush();
    expect(mock.openExport).toHaveBeenCalledTimes(1);
    // No viewer set up: a plain message with the path to copy, not the launcher's error.
    vi.mocked(mock.openExport).mockRejectedValueOnce({ code: "internal", message: "Launcher \"gio\" \"open\" failed with ExitStatus(1)" });
    click(byId("notice-action"));
    await flush();
    expect(byId("open-failed")!.textContent).toContain("did not open the file");
    expect(byId("open-failed")!.textContent).not.toContain("gio");
    expect(byId<HTMLInputElement>("open-failed-address")!.value).toBe("/tmp/brief.pdf");
    // A cancelled dialog: no notice.
    mock.dialog.brief = null;
    click(byId("notice-dismiss"));
    click(byId("brief-export"));
    await flush();
    expect(byId("notice")!.hidden).toBe(true);
  });

  it("says in words whether the export carries the user's notes", async () => {
    mock.store.seed("C2-08", { note: "Ask METI" });
    app = await boot();
    await newFromTemplate();
    await pick("semiconductors", "C2-08");
    expect(byId("export-notes-line")!.textContent).toBe(
      "Your note on 1 commitment goes into the export; its cover says “Includes the author’s notes.”",
    );
    click(byId("export-notes"));
    byId<HTMLInputElement>("export-notes")!.dispatchEvent(new Event("change"));
    expect(byId("export-notes-line")!.textContent).toBe("Your notes are left out of the export; its cover says so.");
  });

  it("lists the brief's versions and restores one", async () => {
    app = await boot();
    await newFromTemplate("First title");
    type(byId<HTMLInputElement>("brief-title"), "Second title");
    await app!.flushPendingSaves();
    const history = byId<HTMLDetailsElement>("brief-history")!;
    history.open = true;
    history.dispatchEvent(new Event("toggle"));
    await flush();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid^="brief-revision-"]')];
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain("Second title");
    click(rows[1].querySelector<HTMLElement>('[data-testid^="brief-restore-"]'));
    await flush();
    expect(byId<HTMLInputElement>("brief-title")!.value).toBe("First title");
    expect(byId("preview-title")!.textContent).toBe("First title");
    expect(document.querySelectorAll('[data-testid^="brief-revision-"]')).toHaveLength(3);
  });

  it("the search box finds a brief by its text and opens it", async () => {
    app = await boot();
    await newFromTemplate("Brussels 2026");
    type($<HTMLTextAreaElement>('[data-testid="section-background"][data-key="quantum"]'), "Ask about synchronised calls");
    await app!.flushPendingSaves();
    click(byId("brief-back"));
    await flush();
    const input = byId<HTMLInputElement>("search-input")!;
    input.focus();
    type(input, "synchronised");
    await sleep(200);
    await flush();
    expect(mock.searchBriefs).toHaveBeenLastCalledWith("synchronised", expect.any(Number));
    click(byId("search-brief-1"));
    await flush();
    expect(byId("brief-editor")!.dataset.id).toBe("1");
    expect(byId("nav-briefs")!.getAttribute("aria-current")).toBe("page");
  });

  it("user text only ever goes in as text", async () => {
    app = await boot();
    await newFromTemplate('<img src=x onerror="alert(1)">');
    expect(document.querySelector("img")).toBeNull();
    expect(byId("preview-title")!.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});
