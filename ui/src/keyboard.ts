// Global keyboard shortcuts: "/" focuses the filter, ArrowUp/ArrowDown move
// the list selection, Enter opens it, Esc closes the detail or leaves the filter.

export interface KeyboardTarget {
  readonly listVisible: boolean;
  readonly detailOpen: boolean;
  readonly filterInput: HTMLInputElement | null;
  focusFilter(): void;
  moveSelection(delta: number): void;
  openSelected(): boolean;
  closeDetail(): void;
}

function isTyping(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset"].includes(el.type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
}

function isActivatable(el: Element | null): boolean {
  return !!el && (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el instanceof HTMLSelectElement);
}

/** Installs the shortcuts on `doc`; returns a function that removes them. */
export function installKeyboard(doc: Document, app: KeyboardTarget): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    const target = e.target instanceof Element ? e.target : null;
    const typing = isTyping(target);
    const inFilter = target !== null && target === app.filterInput;
    switch (e.key) {
      case "/":
        if (typing) return;
        e.preventDefault();
        app.focusFilter();
        return;
      case "ArrowDown":
      case "ArrowUp":
        if (!app.listVisible || (typing && !inFilter)) return;
        e.preventDefault();
        app.moveSelection(e.key === "ArrowDown" ? 1 : -1);
        return;
      case "Enter":
        if (!app.listVisible || (typing && !inFilter) || isActivatable(target)) return;
        if (app.openSelected()) e.preventDefault();
        return;
      case "Escape":
        if (app.detailOpen) {
          e.preventDefault();
          app.closeDetail();
        } else if (inFilter) {
          e.preventDefault();
          app.filterInput?.blur();
        }
        return;
    }
  };
  doc.addEventListener("keydown", onKey);
  return () => doc.removeEventListener("keydown", onKey);
}
