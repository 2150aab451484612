// What the UI tests share: waiting for pending promises and timers, starting
// the whole app on the mocked API, and finding elements by data-testid.
import { App } from "../app";
// The chunks the app fetches when first needed (the brief editor, the record
// forms), loaded with the tests' module graph: in the app a chunk arrives in
// a few milliseconds; here its first import would wait for the transform.
import "../views/brief-editor";
import "../views/record-form";

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Lets pending promise chains (API answers, renders) run. */
export async function flush(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) await sleep(0);
}

let current: App | null = null;

/** Starts the app in a fresh document body and waits for its first screen. */
export async function boot(): Promise<App> {
  teardown();
  document.body.replaceChildren();
  delete document.body.dataset.ready;
  const root = document.createElement("div");
  document.body.append(root);
  current = new App(root);
  await current.start();
  // The ready report waits for a frame (16 ms in jsdom), and the team's
  // status and listener for that report: a few timer rounds are not enough
  // on a loaded machine.
  await current.settled;
  await flush();
  return current;
}

/** Stops the app `boot` started (for afterEach). */
export function teardown(): void {
  current?.destroy();
  current = null;
}

/** The element with `data-testid` = `testid`. */
export const $ = <T extends Element = HTMLElement>(testid: string): T | null =>
  document.querySelector<T & Element>(`[data-testid="${testid}"]`) as T | null;
