import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import * as api from "./api";
import { App } from "./app";
import * as mock from "./test/mock-api";
import { resetMockApi } from "./test/mock-api";
import { SAVE_DEBOUNCE_MS } from "./views/annotation";
import { boot, flush, sleep, teardown, $ } from "./test/harness";


let app: App | null = null;


function type(text: string): void {
  const note = $<HTMLTextAreaElement>("annotation-note")!;
  note.value = text;
  note.dispatchEvent(new Event("input", { bubbles: true }));
}

function key(k: string, opts: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...opts });
  target.dispatchEvent(e);
  return e;
}

async function open(id: string): Promise<void> {
  await app!.openCommitment(id);
  await flush();
}

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

describe("autosave", () => {
  it("saves once, with the latest text, after the typing stops", async () => {
    app = await boot();
    await open("C2-08");
    expect($("annotation-panel")).not.toBeNull();
    expect($("annotation-state")!.textContent).toBe("Saved");
    // The debounce's clock only: a loaded machine cannot stretch the typing past it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      for (const t of ["F", "Fo", "Follow up with METI"]) {
        type(t);
        await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 50);
      }
      expect($("annotation-state")!.textContent).toBe("Unsaved changes");
      expect(api.saveAnnotation).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(50);
    } finally {
      vi.useRealTimers();
    }
    await flush();
    expect(api.saveAnnotation).toHaveBeenCalledTimes(1);
    expect(api.saveAnnotation).toHaveBeenCalledWith(
      "C2-08",
      { note: "Follow up with METI", status: null, tags: [], follow_up: null },
      // From no revision: the panel had read none.
      0,
    );
    expect($("annotation-state")!.textContent).toBe("Saved");
    // The row is marked as annotated.
    expect($("commitment-row-C2-08")!.querySelector('[data-testid="note-marker"]')).not.toBeNull();
  });

  it("does not save identical content", async () => {
    mock.store.seed("C2-08", { note: "kept", tags: ["chips"] });
    app = await boot();
    await open("C2-08");
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("kept");
    expect($<HTMLInputElement>("annotation-tags")!.value).toBe("chips");
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      type("kept!");
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 100);
      type("kept");
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 50);
    } finally {
      vi.useRealTimers();
    }
    await flush();
    expect(api.saveAnnotation).not.toHaveBeenCalled();
    expect($("annotation-state")!.textContent).toBe("Saved");
  });

  it("sends status, tags (as chips) and follow-up", async () => {
    app = await boot();
    await open("C3-10");
    const status = $<HTMLSelectElement>("annotation-status")!;
    expect(Array.from(status.options).map((o) => o.textContent)).toContain("At risk");
    status.value = "at-risk";
    status.dispatchEvent(new Event("change"));
    const tags = $<HTMLInputElement>("annotation-tags")!;
    tags.value = "chips, Council , chips,";
    tags.dispatchEvent(new Event("input"));
    expect(Array.from(document.querySelectorAll('[data-testid="annotation-tag-chip"]')).map((c) => c.textContent)).toEqual([
      "chips",
      "Council",
    ]);
    const date = $<HTMLInputElement>("annotation-follow-up")!;
    // A text field in day/month/year order that looks empty when it is.
    expect(date.type).toBe("text");
    expect(date.value).toBe("");
    expect(date.placeholder).toBe("dd/mm/yyyy");
    date.value = "1/12/2026";
    date.dispatchEvent(new Event("input"));
    await app!.flushPendingSaves();
    expect(api.saveAnnotation).toHaveBeenCalledTimes(1);
    expect(api.saveAnnotation).toHaveBeenLastCalledWith(
      "C3-10",
      { note: "", status: "at-risk", tags: ["chips", "Council"], follow_up: "2026-12-01" },
      0,
    );
    const row = $("commitment-row-C3-10")!;
    expect(row.querySelector('[data-user-status="at-risk"]')!.textContent).toBe("You: At risk");
  });

  it("flushes immediately when switching to another commitment", async () => {
    app = await boot();
    await open("C2-08");
    type("draft on C2-08");
    await open("C3-10");
    expect(api.saveAnnotation).toHaveBeenCalledWith("C2-08", expect.objectContaining({ note: "draft on C2-08" }), 0);
    expect(mock.store.current("C2-08")!.fields.note).toBe("draft on C2-08");
    // No second save when the debounce would have fired.
    await sleep(SAVE_DEBOUNCE_MS + 50);
    expect(api.saveAnnotation).toHaveBeenCalledTimes(1);
  });

  it("flushes when the detail closes and before the window closes", async () => {
    app = await boot();
    await open("C2-08");
    type("closing");
    $<HTMLButtonElement>("detail-close")!.click();
    await flush();
    expect(mock.store.current("C2-08")!.fields.note).toBe("closing");

    await open("C3-10");
    type("window closing");
    expect(mock.closeRequested).not.toBeNull();
    const close = await mock.closeRequested!();
    expect(close).toBe(true);
    expect(mock.store.current("C3-10")!.fields.note).toBe("window closing");
  });

  it("keeps the text and shows the error when a save fails, and retries on the next change", async () => {
    app = await boot();
    await open("C2-08");
    vi.mocked(api.saveAnnotation).mockRejectedValueOnce({ code: "internal", message: "disk full" });
    type("precious words");
    await app!.flushPendingSaves();
    expect($("annotation-state")!.textContent).toContain("disk full");
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("precious words");
    expect(mock.store.current("C2-08")).toBeNull();
    // A failed save keeps the window open, says why and offers to quit without it.
    vi.mocked(api.saveAnnotation).mockRejectedValueOnce({ code: "internal", message: "disk full" });
    expect(await mock.closeRequested!()).toBe(false);
    expect($("unsaved-message")!.textContent).toBe(
      "Your note on C2-08 is not saved: disk full. Briefdesk stays open so that nothing is lost.",
    );
    expect(document.activeElement).toBe($("annotation-note"));
    $<HTMLButtonElement>("unsaved-quit")!.click();
    await flush();
    expect(api.quitNow).toHaveBeenCalledTimes(1);
    type("precious words, more");
    await sleep(SAVE_DEBOUNCE_MS + 50);
    await flush();
    expect(mock.store.current("C2-08")!.fields.note).toBe("precious words, more");
    expect($("annotation-state")!.textContent).toBe("Saved");
  });

  it("saves from the revision it read, and shows a change made elsewhere meanwhile, kept with the user's", async () => {
    mock.store.seed("C2-08", { note: "first", tags: ["chips"] });
    app = await boot();
    await open("C2-08");
    const base = mock.store.current("C2-08")!.revision;
    // The core merged a tag the CLI added meanwhile into the user's save.
    vi.mocked(api.saveAnnotation).mockImplementationOnce(async (id, fields) => {
      const merged = { ...fields, tags: [...fields.tags, "cli"] };
      const a = mock.store.save(id, merged);
      return { ...a, concurrent: { base, theirs: a.revision - 1, theirs_updated_at: null, kept_theirs: ["tags"], overridden: [] } };
    });
    type("first, then more");
    await app!.flushPendingSaves();
    expect(vi.mocked(api.saveAnnotation).mock.calls[0]![2]).toBe(base);
    expect($<HTMLInputElement>("annotation-tags")!.value).toBe("chips, cli");
    expect($("notice-text")!.textContent).toBe("Your note on C2-08 was changed elsewhere meanwhile: that change (tags) is kept with yours.");
    expect($("annotation-state")!.textContent).toBe("Saved");
    // The next save starts from the merged revision.
    type("first, then more and more");
    await app!.flushPendingSaves();
    expect(vi.mocked(api.saveAnnotation).mock.calls[1]![2]).toBe(mock.store.current("C2-08")!.revision - 1);
    expect(api.saveAnnotation).toHaveBeenCalledTimes(2);
  });

  it("keeps one save in flight and saves the latest text after it", async () => {
    app = await boot();
    await open("C2-08");
    let release: () => void = () => {};
    vi.mocked(api.saveAnnotation).mockImplementationOnce(async (id, fields) => {
      await new Promise<void>((r) => (release = r));
      return mock.store.save(id, fields);
    });
    type("one");
    const first = app!.flushPendingSaves();
    await flush();
    expect($("annotation-state")!.textContent).toBe("Saving…");
    type("one two");
    void app!.flushPendingSaves();
    await flush();
    expect(api.saveAnnotation).toHaveBeenCalledTimes(1);
    release();
    await first;
    await flush();
    expect(api.saveAnnotation).toHaveBeenCalledTimes(2);
    expect(mock.store.current("C2-08")!.fields.note).toBe("one two");
  });
});

describe("undo and redo", () => {
  it("buttons undo and redo, refresh the open panel and show a notice", async () => {
    app = await boot();
    await open("C2-08");
    type("first");
    await app!.flushPendingSaves();
    type("second");
    await app!.flushPendingSaves();
    $<HTMLButtonElement>("undo")!.click();
    await flush();
    expect(api.undo).toHaveBeenCalledTimes(1);
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("first");
    expect($("notice-text")!.textContent).toBe("Undone: note on C2-08");
    $<HTMLButtonElement>("redo")!.click();
    await flush();
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("second");
    expect($("notice-text")!.textContent).toBe("Redone: note on C2-08");
    // Undo with nothing left says so.
    vi.mocked(api.undo).mockRejectedValueOnce({ code: "invalid_input", message: "nothing to undo" });
    $<HTMLButtonElement>("undo")!.click();
    await flush();
    expect($("notice-text")!.textContent).toBe("Nothing to undo.");
    expect($("error-banner")).toBeNull();
  });

  it("Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y work outside text fields only", async () => {
    app = await boot();
    await open("C2-08");
    type("typed");
    await app!.flushPendingSaves();
    // Inside the textarea, the field's own undo and redo of the typing run.
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    const inNote = key("z", { ctrlKey: true }, $("annotation-note")!);
    expect(inNote.defaultPrevented).toBe(true);
    key("z", { ctrlKey: true, shiftKey: true }, $("annotation-note")!);
    key("y", { ctrlKey: true }, $("annotation-note")!);
    expect(exec.mock.calls).toEqual([["undo"], ["redo"], ["redo"]]);
    delete (document as unknown as { execCommand?: unknown }).execCommand;
    await flush();
    expect(api.undo).not.toHaveBeenCalled();
    expect(api.redo).not.toHaveBeenCalled();

    expect(key("z", { ctrlKey: true }).defaultPrevented).toBe(true);
    await flush();
    expect(api.undo).toHaveBeenCalledTimes(1);
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("");

    key("z", { ctrlKey: true, shiftKey: true });
    await flush();
    expect(api.redo).toHaveBeenCalledTimes(1);
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("typed");

    key("z", { metaKey: true });
    await flush();
    expect(api.undo).toHaveBeenCalledTimes(2);
    key("y", { ctrlKey: true });
    await flush();
    expect(api.redo).toHaveBeenCalledTimes(2);
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("typed");
  });
});

describe("history", () => {
  it("lists revisions and restores an older one", async () => {
    app = await boot();
    await open("C2-08");
    type("version one");
    await app!.flushPendingSaves();
    type("version two");
    await app!.flushPendingSaves();
    const history = $<HTMLDetailsElement>("annotation-history")!;
    history.open = true;
    history.dispatchEvent(new Event("toggle"));
    await flush();
    const items = Array.from(history.querySelectorAll<HTMLElement>('[data-testid^="revision-"]'));
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("version two");
    expect(items[0].textContent).toContain("Current");
    expect(items[0].querySelector("button")).toBeNull();
    expect(items[1].textContent).toContain("Edited here");
    const firstId = mock.store.revisions[0].id;
    $<HTMLButtonElement>(`restore-${firstId}`)!.click();
    await flush();
    expect(api.restoreAnnotation).toHaveBeenCalledWith("C2-08", firstId);
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("version one");
    const after = Array.from(history.querySelectorAll<HTMLElement>('[data-testid^="revision-"]'));
    expect(after).toHaveLength(3);
    expect(after[0].textContent).toContain("Restored");
  });
});

describe("list filters", () => {
  it("sends your status and tag to filterCommitments; tag options come from annotations", async () => {
    mock.store.seed("C2-08", { status: "at-risk", tags: ["chips"] });
    mock.store.seed("C3-10", { tags: ["council", "Chips"] });
    app = await boot();
    $<HTMLButtonElement>("nav-commitments")!.click();
    const tag = $<HTMLSelectElement>("filter-tag")!;
    expect(Array.from(tag.options).map((o) => o.value)).toEqual(["", "chips", "council"]);
    const us = $<HTMLSelectElement>("filter-user-status")!;
    us.value = "at-risk";
    us.dispatchEvent(new Event("change"));
    await flush();
    expect(vi.mocked(api.filterCommitments).mock.lastCall?.[0]).toMatchObject({ user_status: "at-risk", tag: null });
    expect($("result-count")!.textContent).toBe("1 of 64 commitments");
    us.value = "";
    us.dispatchEvent(new Event("change"));
    tag.value = "chips";
    tag.dispatchEvent(new Event("change"));
    await flush();
    expect(vi.mocked(api.filterCommitments).mock.lastCall?.[0]).toMatchObject({ user_status: null, tag: "chips" });
    expect($("result-count")!.textContent).toBe("2 of 64 commitments");
    expect($("commitment-row-C2-08")!.querySelector('[data-testid="note-marker"]')).not.toBeNull();
  });
});

describe("My notes", () => {
  it("lists annotations, flags orphaned ones and opens the others", async () => {
    mock.store.seed("C2-08", { note: "Ask about the expert team\nsecond line", status: "delayed" });
    mock.store.seed("X-GONE", { note: "Removed from the dataset" });
    app = await boot();
    $<HTMLButtonElement>("nav-notes")!.click();
    await flush();
    const list = $("notes-list")!;
    const gone = $("note-row-X-GONE")!;
    expect(list.contains(gone)).toBe(true);
    expect(gone.textContent).toContain("No longer in the dataset");
    expect(gone.querySelector("button")).toBeNull();
    const row = $("note-row-C2-08")!;
    expect(row.textContent).toContain("Ask about the expert team");
    expect(row.textContent).not.toContain("second line");
    expect(row.textContent).toContain("Delayed");
    expect(row.textContent).not.toContain("No longer in the dataset");
    row.querySelector("button")!.click();
    await flush();
    expect(api.commitment).toHaveBeenLastCalledWith("C2-08");
    expect($("detail-title")).not.toBeNull();
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toContain("Ask about the expert team");
  });

  it("exports and imports where the shell's dialogs answered, and shows the import report", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-notes")!.click();
    await flush();
    $<HTMLButtonElement>("export-annotations")!.click();
    await flush();
    // No path goes from the webview: the command asks the user itself.
    expect(api.exportAnnotations).toHaveBeenCalledWith();
    expect($("export-report")!.textContent).toContain("/tmp/notes.json");

    vi.mocked(api.importAnnotations).mockImplementationOnce(async () => {
      mock.store.seed("C3-10", { note: "From a colleague" });
      return {
        path: "/tmp/colleague.json",
        report: { revisions_added: 3, revisions_already_present: 1, added: ["C3-10"], updated: ["C2-08"], kept: ["L-01"], records_added: [], records_updated: [], records_kept: [] },
      };
    });
    $<HTMLButtonElement>("import-annotations")!.click();
    await flush();
    expect(api.importAnnotations).toHaveBeenCalledWith(false);
    const report = $("import-report")!;
    expect(report.textContent).toContain("/tmp/colleague.json");
    expect(report.textContent).toContain("3 new revisions");
    expect(report.textContent).toContain("1 already here");
    expect($("import-added")!.textContent).toContain("C3-10");
    expect($("import-updated")!.textContent).toContain("C2-08");
    expect($("import-kept")!.textContent).toContain("L-01");
    expect($("note-row-C3-10")).not.toBeNull();
    // Imported annotations mark the list too.
    expect(app!.list!.annotationOf("C3-10")?.fields.note).toBe("From a colleague");

    // A cancelled dialog changes nothing and says nothing.
    mock.dialog.open = null;
    $<HTMLButtonElement>("import-annotations")!.click();
    await flush();
    expect($("import-report")!.textContent).toContain("3 new revisions");
    expect($("error-banner")).toBeNull();
  });

  it("writes no bundle while a note is not saved, and says why", async () => {
    app = await boot();
    await open("C2-08");
    vi.mocked(api.saveAnnotation).mockRejectedValue({ code: "internal", message: "disk full" });
    type("unsaved words");
    $<HTMLButtonElement>("nav-notes")!.click();
    await flush();
    $<HTMLButtonElement>("export-annotations")!.click();
    await flush();
    expect(api.exportAnnotations).not.toHaveBeenCalled();
    expect($("unsaved-message")!.textContent).toContain("Your note on C2-08 is not saved: disk full");
  });
});

describe("workspace problem", () => {
  it("shows the banner, disables editing until reset, then says where the old file went", async () => {
    vi.mocked(api.start).mockResolvedValueOnce(
      mock.fakeStart({
        path: "/home/u/briefdesk/workspace.sqlite",
        // As the core words it: the problem names the file.
        problem: "/home/u/briefdesk/workspace.sqlite: not a Briefdesk workspace (the file is not an SQLite database)",
        set_aside: null,
      }),
    );
    vi.mocked(api.resetWorkspace).mockResolvedValueOnce({
      path: "/home/u/briefdesk/workspace.sqlite",
      problem: null,
      set_aside: "/home/u/briefdesk/workspace.refused-1.sqlite",
    });
    app = await boot();
    const banner = $("workspace-banner")!;
    expect(banner.textContent).toContain("/home/u/briefdesk/workspace.sqlite");
    expect(banner.textContent).toContain("not a Briefdesk workspace");
    // Browsing still works; editing is off with the explanation.
    await open("C2-08");
    expect($("detail-title")).not.toBeNull();
    expect($<HTMLTextAreaElement>("annotation-note")!.disabled).toBe(true);
    expect($("annotation-state")!.textContent).toContain("workspace.sqlite");
    expect(api.annotation).not.toHaveBeenCalled();
    expect(api.annotations).not.toHaveBeenCalled();

    $<HTMLButtonElement>("workspace-reset")!.click();
    await flush();
    expect(api.resetWorkspace).toHaveBeenCalledTimes(1);
    expect($("workspace-banner")!.textContent).toContain(
      "Your old file was kept as /home/u/briefdesk/workspace.refused-1.sqlite",
    );
    expect($<HTMLTextAreaElement>("annotation-note")!.disabled).toBe(false);
    expect(api.annotation).toHaveBeenCalledWith("C2-08");
    type("now it works");
    await app!.flushPendingSaves();
    expect(mock.store.current("C2-08")!.fields.note).toBe("now it works");
  });
});

describe("importing a bundle of another dataset version", () => {
  it("asks first, and imports the same file only when the user confirms", async () => {
    app = await boot();
    $<HTMLButtonElement>("nav-notes")!.click();
    await flush();
    vi.mocked(api.importAnnotations).mockRejectedValueOnce({
      code: "needs_confirmation",
      message: "colleague.json was made against dataset 2026.10.1; this record is 2026.11.1",
    });
    $<HTMLButtonElement>("import-annotations")!.click();
    await flush();
    expect($("import-confirm")!.textContent).toContain("2026.10.1");
    expect($("error-banner")).toBeNull();
    expect(api.importAnnotations).toHaveBeenLastCalledWith(false);
    $<HTMLButtonElement>("import-confirm-yes")!.click();
    await flush();
    expect(api.importAnnotations).toHaveBeenLastCalledWith(true);
    expect($("import-report")).not.toBeNull();
  });
});
