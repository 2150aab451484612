// A fixed-row-height virtual list: a scroll container that renders only the
// visible rows plus some overscan, positioned with CSSOM transforms.
import { h } from "../dom";

export interface VirtualListOptions {
  rowHeight: number;
  overscan?: number;
  /** Used when the container has no layout height yet (e.g. in jsdom). */
  fallbackHeight?: number;
  renderRow(index: number): HTMLElement;
  /** After each render of the visible rows. */
  afterRender?(): void;
  attrs?: Record<string, string>;
}

export class VirtualList {
  readonly element: HTMLElement;
  private readonly inner: HTMLElement;
  private readonly rowHeight: number;
  private readonly overscan: number;
  private readonly fallbackHeight: number;
  private readonly renderRow: (index: number) => HTMLElement;
  private readonly afterRender: (() => void) | undefined;
  private readonly rows = new Map<number, HTMLElement>();
  private count = 0;
  private scrollTop = 0;
  private frame = 0;

  constructor(opts: VirtualListOptions) {
    this.rowHeight = opts.rowHeight;
    this.overscan = opts.overscan ?? 6;
    this.fallbackHeight = opts.fallbackHeight ?? 600;
    this.renderRow = opts.renderRow;
    this.afterRender = opts.afterRender;
    this.inner = h("div", { class: "vlist-inner" });
    this.element = h("div", { class: "vlist", ...(opts.attrs ?? {}) }, this.inner);
    this.element.addEventListener("scroll", () => {
      this.scrollTop = this.element.scrollTop;
      this.schedule();
    });
    if (typeof ResizeObserver !== "undefined") {
      new ResizeObserver(() => this.schedule()).observe(this.element);
    }
  }

  get length(): number {
    return this.count;
  }

  /** Sets the number of rows and re-renders every visible row. */
  setCount(count: number): void {
    this.count = count;
    this.inner.style.height = `${count * this.rowHeight}px`;
    const maxTop = Math.max(0, count * this.rowHeight - this.viewportHeight());
    if (this.scrollTop > maxTop) this.setScrollTop(maxTop);
    this.refresh(true);
  }

  /** Re-renders visible rows (all of them when `force`). */
  refresh(force = false): void {
    // A scroll asked for while the list was hidden (no layout) is applied
    // once it shows, so the rows rendered are the rows on screen.
    if (this.element.clientHeight > 0 && Math.abs(this.element.scrollTop - this.scrollTop) > 1) {
      this.element.scrollTop = this.scrollTop;
      this.scrollTop = this.element.scrollTop;
      force = true;
    }
    if (force) {
      for (const el of this.rows.values()) el.remove();
      this.rows.clear();
    }
    const height = this.viewportHeight();
    const first = Math.max(0, Math.floor(this.scrollTop / this.rowHeight) - this.overscan);
    const last = Math.min(
      this.count - 1,
      Math.ceil((this.scrollTop + height) / this.rowHeight) + this.overscan,
    );
    for (const [i, el] of this.rows) {
      if (i < first || i > last) {
        el.remove();
        this.rows.delete(i);
      }
    }
    for (let i = first; i <= last; i++) {
      if (this.rows.has(i)) continue;
      const el = this.renderRow(i);
      el.classList.add("vrow");
      // Its height is fixed: what it shows must fit (the e2e layout check looks).
      el.dataset.fixedHeight = "true";
      el.style.height = `${this.rowHeight}px`;
      el.style.transform = `translateY(${i * this.rowHeight}px)`;
      this.rows.set(i, el);
      this.inner.appendChild(el);
    }
    this.afterRender?.();
  }

  /** The row `index` when it is in the DOM. */
  rowElement(index: number): HTMLElement | null {
    return this.rows.get(index) ?? null;
  }

  /** Re-renders one row if it is currently in the DOM. */
  refreshRow(index: number): void {
    const old = this.rows.get(index);
    if (!old) return;
    old.remove();
    this.rows.delete(index);
    this.refresh();
  }

  /** Scrolls the least amount needed to show row `index`. */
  scrollToIndex(index: number): void {
    if (index < 0 || index >= this.count) return;
    const top = index * this.rowHeight;
    const height = this.viewportHeight();
    if (top < this.scrollTop) this.setScrollTop(top);
    else if (top + this.rowHeight > this.scrollTop + height) {
      this.setScrollTop(top + this.rowHeight - height);
    }
    this.refresh();
  }

  scrollToTop(): void {
    this.setScrollTop(0);
    this.refresh();
  }

  /** Rows currently in the DOM, in index order (for tests). */
  renderedIndexes(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  private setScrollTop(top: number): void {
    this.scrollTop = Math.max(0, top);
    this.element.scrollTop = this.scrollTop;
  }

  private viewportHeight(): number {
    return this.element.clientHeight || this.fallbackHeight;
  }

  private schedule(): void {
    if (typeof requestAnimationFrame === "undefined") {
      this.refresh();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  }
}
