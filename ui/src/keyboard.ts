// Global keyboard shortcuts: Ctrl/Cmd+K focuses the search box, "/" focuses the filter, ArrowUp/ArrowDown move
// the list selection, Enter opens it, Esc closes the detail or leaves the filter;
// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes the user's last
// change to notes and briefs — except in a text field, where they undo and
// redo the typing in that field (WebKitGTK binds no key to its editing undo,
// so the field's own undo is run here).

export interface KeyboardTarget {
  readonly listVisible: boolean;
  readonly detailOpen: boolean;
  readonly filterInput: HTMLInputElement | null;
  focusFilter(): void;
  focusSearch(): void;
  moveSelection(delta: number): void;
  openSelected(): boolean;
  closeDetail(): void;
  undo(): void;
  redo(): void;
}

/** Fields with their own text undo (the browser's). */
function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(el.type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
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
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.defaultPrevented && !e.isComposing) {
      const k = e.key.toLowerCase();
      if (k === "k" && !e.shiftKey) {
        e.preventDefault();
        app.focusSearch();
        return;
      }
      const isUndo = k === "z" && !e.shiftKey;
      const isRedo = (k === "z" && e.shiftKey) || (k === "y" && e.ctrlKey && !e.shiftKey);
      if (!isUndo && !isRedo) return;
      if (isTextField(e.target instanceof Element ? e.target : null)) {
        // The field's own history of typing, as in any text box.
        if (typeof doc.execCommand === "function") {
          e.preventDefault();
          doc.execCommand(isUndo ? "undo" : "redo");
        }
        return;
      }
      e.preventDefault();
      if (isUndo) app.undo();
      else app.redo();
      return;
    }
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
