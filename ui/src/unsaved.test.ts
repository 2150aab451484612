// Nothing the user typed is lost: an over-long note or background, a date
// that is not one, a failed save — the text stays where it was typed, leaving
// is refused with the reason, and only an explicit "Discard" throws it away.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import * as api from "./api";
import { App } from "./app";
import * as mock from "./test/mock-api";
import { resetMockApi } from "./test/mock-api";
import { $, boot, flush, teardown } from "./test/harness";

let app: App | null = null;

function type(testid: string, text: string): void {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(testid)!;
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

async function open(id: string): Promise<void> {
  await app!.openCommitment(id);
  await flush();
}

const shown = (): string => $("detail-id")!.textContent ?? "";

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

describe("a note that cannot be saved", () => {
  it("is kept, and opening another commitment is refused with the reason until it is shortened", async () => {
    app = await boot();
    await open("C2-08");
    const long = "x".repeat(200_000);
    type("annotation-note", long);
    await open("C3-10");
    // Still on C2-08, with every character, and the reason in words.
    expect(shown()).toContain("C2-08");
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe(long);
    expect($("unsaved-message")!.textContent).toBe(
      "Your note on C2-08 is not saved: the note is 200000 characters long; the limit is 100000. " +
        "It stays where you typed it; Briefdesk does not leave it until it is saved or you discard it.",
    );
    expect($("annotation-state")!.textContent).toContain("the limit is 100000");
    expect(document.activeElement).toBe($("annotation-note"));
    // Closing the detail and the list filters from the overview are refused too.
    $<HTMLButtonElement>("detail-close")!.click();
    await flush();
    expect(shown()).toContain("C2-08");
    // Shortened: it saves, and the way is open.
    type("annotation-note", long.slice(0, 90_000));
    await open("C3-10");
    expect(shown()).toContain("C3-10");
    expect(mock.store.current("C2-08")!.fields.note).toHaveLength(90_000);
  });

  it("is thrown away only when the user says so", async () => {
    mock.store.seed("C2-08", { note: "stored words" });
    app = await boot();
    await open("C2-08");
    type("annotation-note", "y".repeat(100_001));
    await open("C3-10");
    expect(shown()).toContain("C2-08");
    $<HTMLButtonElement>("unsaved-discard")!.click();
    await flush();
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("stored words");
    expect($("notice-text")!.textContent).toBe("Discarded the unsaved changes to your note on C2-08.");
    await open("C3-10");
    expect(shown()).toContain("C3-10");
    expect(mock.store.current("C2-08")!.fields.note).toBe("stored words");
  });

  it("keeps a follow-up date that is not a date, says why, and saves nothing until it is one", async () => {
    app = await boot();
    await open("C2-08");
    type("annotation-note", "ask METI");
    type("annotation-follow-up", "31/02/2026");
    expect($("annotation-follow-up-message")!.textContent).toBe("Not a date yet: February 2026 has no day 31.");
    expect(await app!.flushPendingSaves()).toBe(false);
    expect(api.saveAnnotation).not.toHaveBeenCalled();
    expect($("annotation-state")!.textContent).toContain("the follow-up date “31/02/2026” is not a date");
    await open("C3-10");
    expect(shown()).toContain("C2-08");
    expect(document.activeElement).toBe($("annotation-follow-up"));
    // Year 0001 is refused the same way.
    type("annotation-follow-up", "15/01/0001");
    expect(await app!.flushPendingSaves()).toBe(false);
    type("annotation-follow-up", "28/02/2026");
    expect(await app!.flushPendingSaves()).toBe(true);
    expect(mock.store.current("C2-08")!.fields).toMatchObject({ note: "ask METI", follow_up: "2026-02-28" });
  });

  it("asks before the window closes, and quits without it only when told", async () => {
    app = await boot();
    await open("C2-08");
    type("annotation-follow-up", "soon");
    expect(await mock.closeRequested!()).toBe(false);
    expect($("unsaved-message")!.textContent).toContain("Briefdesk stays open so that nothing is lost");
    expect(api.quitNow).not.toHaveBeenCalled();
    $<HTMLButtonElement>("unsaved-quit")!.click();
    await flush();
    expect(api.quitNow).toHaveBeenCalledTimes(1);
  });
});

describe("a brief's text that cannot be saved", () => {
  it("keeps the editor open: back to the list and opening another brief are refused", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-briefs")!.click();
    await flush();
    $<HTMLButtonElement>("brief-create")!.click();
    await flush();
    const other = await mock.createBrief({ from: "blank" }, "Another brief");
    const bg = document.querySelector<HTMLTextAreaElement>('[data-testid="section-background"][data-key="semiconductors"]')!;
    const long = "z".repeat(200_000);
    bg.value = long;
    bg.dispatchEvent(new Event("input", { bubbles: true }));
    $<HTMLButtonElement>("brief-back")!.click();
    await flush();
    expect($("brief-editor")).not.toBeNull();
    expect($("unsaved-message")!.textContent).toContain("the background of section 2 (semiconductors) is 200000 characters long; the limit is 100000");
    await app!.openBrief(other.brief.id);
    await flush();
    expect($("brief-title") && $<HTMLTextAreaElement>("brief-title")!.value).not.toBe("Another brief");
    const again = document.querySelector<HTMLTextAreaElement>('[data-testid="section-background"][data-key="semiconductors"]')!;
    expect(again.value).toBe(long);
    expect(document.activeElement).toBe(again);
    // Other screens keep it as it is (the editor waits, hidden).
    $<HTMLButtonElement>("nav-overview")!.click();
    $<HTMLButtonElement>("nav-briefs")!.click();
    await flush();
    expect(document.querySelector<HTMLTextAreaElement>('[data-testid="section-background"][data-key="semiconductors"]')!.value).toBe(long);
  });
});

describe("Follow-ups and About", () => {
  it("lists follow-ups overdue first from the header, and a row opens the commitment", async () => {
    const today = new Date();
    const iso = (days: number): string => {
      const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    mock.store.seed("C1-05", { note: "later", follow_up: iso(40) });
    mock.store.seed("C2-08", { note: "Ask METI\nsecond line", status: "at-risk", follow_up: iso(-3) });
    mock.store.seed("C3-10", { note: "soon", follow_up: iso(2) });
    mock.store.seed("L-01", { note: "no date" });
    app = await boot();
    expect($("followups-due")!.textContent).toBe("1 due");
    $<HTMLButtonElement>("nav-followups")!.click();
    await flush();
    const rows = [...document.querySelectorAll<HTMLElement>("[data-testid^=followup-row-]")].map((r) => [r.dataset.testid, r.dataset.group]);
    expect(rows).toEqual([
      ["followup-row-C2-08", "overdue"],
      ["followup-row-C3-10", "soon"],
      ["followup-row-C1-05", "later"],
    ]);
    const overdue = $("followup-row-C2-08")!;
    expect(overdue.textContent).toContain("3 days overdue");
    expect(overdue.textContent).toContain("Ask METI");
    expect(overdue.textContent).not.toContain("second line");
    expect(overdue.textContent).toContain("At risk");
    overdue.querySelector("button")!.click();
    await flush();
    expect(shown()).toContain("C2-08");
  });

  it("shows the versions, the workspace file and the font licences", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-about")!.click();
    await flush();
    expect($("about-version")!.textContent).toBe("0.1.0");
    expect($("about-dataset")!.textContent).toContain(mock.fixtures.overview.dataset.dataset_version);
    expect($<HTMLInputElement>("about-workspace-path")!.value).toContain("workspace");
    expect($<HTMLInputElement>("about-workspace-path")!.readOnly).toBe(true);
    expect($("about-fonts")!.textContent).toContain("SIL Open Font License 1.1");
  });

  it("says in words when no browser opened a source link, with the address to copy", async () => {
    vi.mocked(api.openUrl).mockRejectedValueOnce({ code: "internal", message: 'Launcher "gio" "open" failed with ExitStatus(unix_wait_status(1))' });
    app = await boot();
    await open("C2-08");
    $<HTMLButtonElement>("source-open-1")!.click();
    await flush();
    const banner = $("open-failed")!;
    expect(banner.textContent).toContain("did not open the link");
    expect(banner.textContent).not.toContain("Launcher");
    expect($<HTMLInputElement>("open-failed-address")!.value).toMatch(/^https:\/\//);
  });
});

describe("add to a brief from the detail", () => {
  it("puts the commitment in its sector's section, says where, and opens the brief from the notice", async () => {
    app = await boot();
    const made = await mock.createBrief({ from: "blank" }, "Chips");
    await open("C2-08");
    await flush();
    const select = $<HTMLSelectElement>("add-to-brief-select")!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Chips"]);
    $<HTMLButtonElement>("add-to-brief-add")!.click();
    await flush();
    expect(mock.addToBrief).toHaveBeenCalledWith(made.brief.id, "C2-08");
    expect($("notice-text")!.textContent).toBe("Added C2-08 to “Chips”, in the section Semiconductors (new). Undo takes it out again.");
    $<HTMLButtonElement>("notice-action")!.click();
    await flush();
    expect($("brief-editor")).not.toBeNull();
    expect(document.querySelector('[data-testid="brief-item"][data-id="C2-08"]')).not.toBeNull();
  });

  it("offers to start a brief when there is none", async () => {
    app = await boot();
    await open("C2-08");
    await flush();
    $<HTMLButtonElement>("add-to-brief-start")!.click();
    await flush();
    expect(app!.view).toBe("briefs");
  });
});
