import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NOTICE_MS, NoticeBar } from "./views/notice";

describe("the notice bar", () => {
  let bar: NoticeBar;
  beforeEach(() => {
    vi.useFakeTimers();
    bar = new NoticeBar();
    document.body.replaceChildren(bar.element);
  });
  afterEach(() => {
    bar.destroy();
    vi.useRealTimers();
  });

  it("keeps a notice with an action until it is dismissed", () => {
    const run = vi.fn();
    bar.show("Exported to /tmp/a.pdf", { label: "Open", run });
    vi.advanceTimersByTime(NOTICE_MS * 10);
    expect(bar.visible).toBe(true);
    (bar.element.querySelector("[data-testid=notice-action]") as HTMLButtonElement).click();
    expect(run).toHaveBeenCalledTimes(1);
    expect(bar.visible).toBe(true);
    (bar.element.querySelector("[data-testid=notice-dismiss]") as HTMLButtonElement).click();
    expect(bar.visible).toBe(false);
  });

  it("lets a plain notice go after NOTICE_MS, but not while the pointer or the focus is on it", () => {
    bar.show("Nothing to undo.");
    vi.advanceTimersByTime(NOTICE_MS - 1);
    expect(bar.visible).toBe(true);
    vi.advanceTimersByTime(1);
    expect(bar.visible).toBe(false);

    bar.show("Undone: note on C2-08");
    bar.element.dispatchEvent(new Event("mouseenter"));
    vi.advanceTimersByTime(NOTICE_MS * 3);
    expect(bar.visible).toBe(true);
    bar.element.dispatchEvent(new Event("mouseleave"));
    vi.advanceTimersByTime(NOTICE_MS);
    expect(bar.visible).toBe(false);

    bar.show("Undone again");
    const dismiss = bar.element.querySelector("[data-testid=notice-dismiss]") as HTMLButtonElement;
    dismiss.focus();
    vi.advanceTimersByTime(NOTICE_MS * 3);
    expect(bar.visible).toBe(true);
    // Esc inside it dismisses it.
    dismiss.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(bar.visible).toBe(false);
  });

  it("replaces the notice shown, and a newer plain one does not inherit an older action", () => {
    bar.show("Exported", { label: "Open", run: () => undefined });
    bar.show("Nothing to redo.");
    expect(bar.text).toBe("Nothing to redo.");
    expect(bar.element.querySelector("[data-testid=notice-action]")).toBeNull();
    vi.advanceTimersByTime(NOTICE_MS);
    expect(bar.visible).toBe(false);
  });
});
