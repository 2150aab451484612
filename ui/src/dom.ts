// Tiny DOM helpers. Text is always set as text nodes: nothing is ever parsed
// as HTML, and inline style attributes are refused (the CSP forbids them).

export type Child = Node | string | number | null | undefined | false | Child[];

type AttrValue = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
export type Attrs = Record<string, AttrValue | Handler>;

/** Creates an element: `h("button", { class: "x", onclick: fn }, "Label")`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (typeof value === "function") {
        if (!key.startsWith("on")) throw new Error(`not an event: ${key}`);
        el.addEventListener(key.slice(2), value);
        continue;
      }
      if (key === "style") throw new Error("inline styles are not allowed (CSP)");
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") el.className = String(value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (text, nodes, nested arrays; falsy ones are skipped). */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function setChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
