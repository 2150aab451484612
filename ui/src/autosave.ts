// Saving as the user types, shared by the annotation panel and the brief
// editor: changes are saved after a pause (debounced), one save is in flight
// at a time, the latest content always wins, and a failed save keeps the
// content (the next change or flush tries again).
import { toApiError } from "./errors";

export const SAVE_DEBOUNCE_MS = 600;

export type SaveState = "loading" | "saved" | "saving" | "unsaved" | "error" | "disabled";

export interface AutoSaveTarget<T> {
  /** What the form shows now. */
  read(): T;
  same(a: T, b: T): boolean;
  /** Why the form cannot be saved as it is (e.g. a date that is not one yet); null when it can. */
  check?(): string | null;
  /**
   * Stores `value`; rejects (with an ApiError) when it could not. Resolves
   * to what is stored when that differs from `value` (another writer's
   * change merged in), which becomes the stored content.
   */
  save(value: T): Promise<T | void>;
  /** Shows the state; `error` is the last failure's message. */
  render(state: SaveState, error: string | null): void;
}

export class AutoSaver<T> {
  private readonly target: AutoSaveTarget<T>;
  /** The content last known to be stored (loaded, or sent in a committed save). */
  private stored: T;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<boolean> | null = null;
  private error: string | null = null;
  /** Saving is possible (loaded, not disabled). */
  active = false;

  constructor(target: AutoSaveTarget<T>, stored: T) {
    this.target = target;
    this.stored = stored;
  }

  get lastError(): string | null {
    return this.error;
  }

  /** The content last known to be stored. */
  get storedValue(): T {
    return this.stored;
  }

  /** Content stored elsewhere (loaded, undo, restore): nothing is pending any more. */
  setStored(value: T): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.error = null;
    this.stored = value;
  }

  /** Something in the form is not stored: a change, or text that cannot be saved as it is. */
  isDirty(): boolean {
    if (!this.active) return false;
    return (this.target.check?.() ?? null) !== null || !this.target.same(this.target.read(), this.stored);
  }

  /** The form changed: save after a pause. */
  changed(): void {
    if (!this.active) return;
    clearTimeout(this.timer);
    if (!this.isDirty()) {
      // Back to what is stored: nothing is pending, whatever failed before.
      this.timer = undefined;
      this.error = null;
      if (!this.running) this.target.render("saved", null);
      return;
    }
    if (!this.running) this.target.render("unsaved", null);
    this.timer = setTimeout(() => void this.flush(), SAVE_DEBOUNCE_MS);
  }

  /**
   * Saves now whatever is pending and waits for saves in flight; resolves to
   * true when everything the form shows is stored.
   */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) {
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** One save at a time; after each, saves again if the form moved on meanwhile. */
  private async loop(): Promise<boolean> {
    if (!this.active) return !this.isDirty();
    for (;;) {
      const invalid = this.target.check?.() ?? null;
      if (invalid) {
        // Kept in the form as typed; saved once it can be.
        this.error = invalid;
        this.target.render("error", this.error);
        return false;
      }
      const value = this.target.read();
      if (this.target.same(value, this.stored)) {
        this.error = null;
        this.target.render("saved", null);
        return true;
      }
      this.target.render("saving", null);
      try {
        const stored = await this.target.save(value);
        this.stored = stored === undefined ? value : stored;
        this.error = null;
      } catch (e) {
        // The content stays in the form; the next change (or flush) tries again.
        this.error = toApiError(e).message;
        this.target.render("error", this.error);
        return false;
      }
    }
  }
}
