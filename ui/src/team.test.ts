// Team sync in the UI: the header's indicator says how the sync goes, the
// Team screen joins (the password goes to the app for this session and is
// cleared from the form; errors stay at the form in the server's words),
// and what colleagues changed is shown after a sync without replacing text
// the user has not saved yet.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("./api", () => import("./test/mock-api"));

import { App } from "./app";
import * as mock from "./test/mock-api";
import { resetMockApi } from "./test/mock-api";
import { $, boot, flush, teardown } from "./test/harness";
import { indicatorOf } from "./views/team";

let app: App | null = null;

beforeEach(() => resetMockApi());
afterEach(() => {
  teardown();
  app = null;
});

function type(testid: string, text: string): void {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(testid)!;
  el.value = text;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("the team indicator", () => {
  it("names every state, with the error's message in its accessible name", () => {
    expect(indicatorOf(null).text).toBe("Team");
    expect(indicatorOf({ link: null }).state).toBe("none");
    expect(indicatorOf({ link: mock.fakeLink() })).toEqual({ state: "synced", text: "Synced", name: "Synced" });
    expect(indicatorOf({ link: mock.fakeLink({ pending: 3 }) }).text).toBe("3 to send");
    const offline = indicatorOf({ link: mock.fakeLink({ last_error: "db: connection refused", last_error_code: "offline" }) });
    expect(offline).toEqual({ state: "offline", text: "Offline", name: "Offline: db: connection refused" });
    const refused = indicatorOf({ link: mock.fakeLink({ last_error: "db: permission denied", last_error_code: "server_refused" }) });
    expect(refused).toEqual({ state: "error", text: "Sync error", name: "Sync error: db: permission denied" });
    // An error from an earlier session (its kind unknown) is an error too.
    expect(indicatorOf({ link: mock.fakeLink({ last_error: "x" }) }).state).toBe("error");
  });

  it("shows the status once the first screen is ready and opens the Team screen", async () => {
    mock.teamState.link = mock.fakeLink({ pending: 2 });
    app = await boot();
    await flush();
    const button = $<HTMLButtonElement>("team-indicator")!;
    expect(button.textContent).toBe("2 to send");
    expect(button.dataset.state).toBe("pending");
    button.click();
    await flush();
    expect(app.view).toBe("team");
    expect($("team-member")!.textContent).toBe("alice");
    expect($("team-pending")!.textContent).toBe("2 to send");
  });
});

describe("joining", () => {
  it("sends the URL, team and password, clears the password, and shows the status", async () => {
    app = await boot();
    $<HTMLButtonElement>("team-indicator")!.click();
    await flush();
    type("team-url", "  postgres://alice@db.example.org:5432/briefdesk?sslmode=verify-full ");
    type("team-password", "s3cret");
    $<HTMLButtonElement>("team-join")!.click();
    await flush();
    expect(mock.teamJoin).toHaveBeenCalledWith("postgres://alice@db.example.org:5432/briefdesk?sslmode=verify-full", null, "s3cret");
    expect($("team-join-form")).toBeNull();
    expect($("team-team")!.textContent).toBe("unit-f4");
    expect($("team-outcome")!.textContent).toContain("You joined unit-f4.");
    expect($("team-indicator")!.textContent).toBe("Synced");
  });

  it("keeps what was typed and shows the server's words when the join is refused", async () => {
    mock.teamJoin.mockImplementationOnce(async () => {
      throw { code: "server_refused", message: "alice@db/briefdesk: password authentication failed for user \"alice\"" };
    });
    app = await boot();
    $<HTMLButtonElement>("team-indicator")!.click();
    await flush();
    $<HTMLButtonElement>("team-join")!.click();
    await flush();
    expect($("team-form-error")!.textContent).toBe("Enter the server’s URL first.");
    expect(mock.teamJoin).not.toHaveBeenCalled();
    type("team-url", "postgres://alice@db/briefdesk");
    type("team-password", "wrong");
    $<HTMLButtonElement>("team-join")!.click();
    await flush();
    expect($("team-form-error")!.textContent).toContain("password authentication failed");
    expect($<HTMLInputElement>("team-url")!.value).toBe("postgres://alice@db/briefdesk");
    expect($<HTMLInputElement>("team-password")!.value).toBe("");
    expect($<HTMLInputElement>("team-password")!.type).toBe("password");
    expect($<HTMLInputElement>("team-password")!.getAttribute("autocomplete")).toBe("off");
  });
});

describe("colleagues' changes after a sync", () => {
  it("appear in the open note, unless it holds unsaved text, which is kept", async () => {
    mock.teamState.link = mock.fakeLink();
    app = await boot();
    await flush();
    await app.openCommitment("C2-08");
    await flush();
    // A background sync took alice's note in.
    mock.store.seed("C2-08", { note: "from alice" });
    mock.teamSyncedHandler!({ pushed: 0, pulled: 1, changed: ["annotation:C2-08"], refused: 0, status: { link: mock.teamState.link } });
    await flush();
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("from alice");
    expect($("notice-text")!.textContent).toBe("1 change from colleagues is shown.");
    // Now the user types; another arrives: what they typed stays.
    mock.saveAnnotation.mockImplementation(() => new Promise(() => {}));
    type("annotation-note", "mine, not saved yet");
    mock.store.seed("C2-08", { note: "alice again" });
    mock.teamSyncedHandler!({ pushed: 0, pulled: 1, changed: ["annotation:C2-08"], refused: 0, status: { link: mock.teamState.link } });
    await flush();
    expect($<HTMLTextAreaElement>("annotation-note")!.value).toBe("mine, not saved yet");
  });

  it("show an offline sync in the indicator with its message", async () => {
    mock.teamState.link = mock.fakeLink();
    app = await boot();
    await flush();
    const link = mock.fakeLink({ last_error: "db: connection refused", last_error_code: "offline", pending: 1 });
    mock.teamSyncedHandler!({ pushed: 0, pulled: 0, changed: [], refused: 0, status: { link } });
    await flush();
    const button = $<HTMLButtonElement>("team-indicator")!;
    expect(button.textContent).toBe("Offline");
    expect(button.getAttribute("aria-label")).toBe("Offline: db: connection refused");
  });
});
