// The layout check of the end-to-end tests, run in the real app's page by
// WebDriver (the body of a function; it returns a report).
//
// For every visible control (button, link, input, select, textarea,
// summary, list option, anything focusable): bring it into view the way a
// user would (its scroll containers scroll), then
//  - it must lie inside the window and inside every ancestor that clips it;
//  - `document.elementFromPoint` at its centre must return the control itself
//    or something inside it (nothing drawn over it); only an open pop-up
//    marked `data-overlay` (the search results) may cover other controls.
// And no element may be wider than the box that clips it, unless it shows
// an ellipsis (titles cut with "…" keep their full text in a tooltip).
const problems = [];
const describe = (el) => {
  if (!el) return "nothing";
  const id = el.getAttribute("data-testid");
  const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().replace(/\s+/g, " ").slice(0, 40);
  return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ""}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}>${text ? ` “${text}”` : ""}`;
};
const vw = document.documentElement.clientWidth;
const vh = document.documentElement.clientHeight;
const clips = (el) => {
  const s = getComputedStyle(el);
  return s.overflowX !== "visible" || s.overflowY !== "visible";
};
const shown = (el) => {
  if (!el.isConnected || el.getClientRects().length === 0) return false;
  const s = getComputedStyle(el);
  if (s.visibility === "hidden" || s.visibility === "collapse") return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};
const selector = [
  "button", "a[href]", "input:not([type=hidden])", "select", "textarea", "summary",
  "[role=option]", "[role=button]", "[tabindex]:not([tabindex='-1'])",
].join(",");
// Boxes the user cannot scroll (overflow hidden or clip) may still be
// scrolled by a script: anything that needs that to be seen is unreachable.
const userScrolls = (el, axis) => {
  const s = getComputedStyle(el);
  const o = axis === "x" ? s.overflowX : s.overflowY;
  return o === "auto" || o === "scroll";
};
const scrolledByScriptOnly = () => {
  const out = [];
  for (const el of [document.documentElement, document.body, ...document.querySelectorAll("body *")]) {
    const root = el === document.documentElement || el === document.body;
    const x = root ? window.scrollX || el.scrollLeft : el.scrollLeft;
    const y = root ? window.scrollY || el.scrollTop : el.scrollTop;
    // The page itself scrolls only where the root and body both let it.
    const canX = root ? userScrolls(document.documentElement, "x") || userScrolls(document.body, "x") : userScrolls(el, "x");
    const canY = root ? userScrolls(document.documentElement, "y") || userScrolls(document.body, "y") : userScrolls(el, "y");
    if ((x !== 0 && !canX) || (y !== 0 && !canY)) out.push(el);
  }
  return out;
};
const unscroll = (els) => {
  for (const el of els) {
    el.scrollLeft = 0;
    el.scrollTop = 0;
  }
  window.scrollTo(0, 0);
};
unscroll(scrolledByScriptOnly());
const controls = [...document.querySelectorAll(selector)];
let checked = 0;
for (const el of controls) {
  if (!shown(el)) continue;
  checked++;
  el.scrollIntoView({ block: "center", inline: "center" });
  const forced = scrolledByScriptOnly();
  if (forced.length > 0) {
    problems.push(`${describe(el)} can only be brought into view by scrolling ${describe(forced[0])}, which has no scrollbar (overflow hidden)`);
    unscroll(forced);
    continue;
  }
  let r = el.getBoundingClientRect();
  // The part of it left visible by the window and its clipping ancestors.
  let vis = { left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(vw, r.right), bottom: Math.min(vh, r.bottom) };
  let clipper = null;
  for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    if (!clips(a)) continue;
    const ar = a.getBoundingClientRect();
    const box = {
      left: ar.left + a.clientLeft,
      top: ar.top + a.clientTop,
      right: ar.left + a.clientLeft + a.clientWidth,
      bottom: ar.top + a.clientTop + a.clientHeight,
    };
    const next = {
      left: Math.max(vis.left, box.left), top: Math.max(vis.top, box.top),
      right: Math.min(vis.right, box.right), bottom: Math.min(vis.bottom, box.bottom),
    };
    if (next.right - next.left < vis.right - vis.left - 1 || next.bottom - next.top < vis.bottom - vis.top - 1) clipper = a;
    vis = next;
  }
  const w = vis.right - vis.left;
  const h = vis.bottom - vis.top;
  // A control taller or wider than the window (a long textarea) needs only
  // its visible part to be reachable.
  const needW = Math.min(r.width, vw) - 1;
  const needH = Math.min(r.height, vh) - 1;
  if (w <= 0 || h <= 0) {
    problems.push(`${describe(el)} is off-screen and cannot be scrolled into view (${clipper ? `clipped by ${describe(clipper)}` : "outside the window"})`);
    continue;
  }
  if (w < Math.min(needW, r.width * 0.98) || h < Math.min(needH, r.height * 0.98)) {
    if (!(r.width > vw || r.height > vh || (clipper && (r.height > clipper.clientHeight || r.width > clipper.clientWidth)))) {
      problems.push(`${describe(el)} is cut off: ${Math.round(w)}×${Math.round(h)} of ${Math.round(r.width)}×${Math.round(r.height)} px visible (${clipper ? `by ${describe(clipper)}` : "by the window"})`);
    }
  }
  const cx = (vis.left + vis.right) / 2;
  const cy = (vis.top + vis.bottom) / 2;
  const hit = document.elementFromPoint(cx, cy);
  if (hit && (hit === el || el.contains(hit))) continue;
  // A label activates its own control.
  if (hit && hit.closest("label") && hit.closest("label").control === el) continue;
  const overlay = hit && hit.closest("[data-overlay]");
  if (overlay && !overlay.contains(el)) continue;
  problems.push(`${describe(el)} is covered at its centre (${Math.round(cx)}, ${Math.round(cy)}) by ${describe(hit)}`);
}
// Wider than what clips it, with no way to scroll and no ellipsis.
for (const el of document.querySelectorAll("body *")) {
  if (!shown(el)) continue;
  // Text for screen readers only (a 1 px box, clipped on purpose).
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) continue;
  const s = getComputedStyle(el);
  if (s.overflowX !== "hidden" && s.overflowX !== "clip") continue;
  if (el.scrollWidth <= el.clientWidth + 1) continue;
  if (s.textOverflow === "ellipsis") continue;
  problems.push(`${describe(el)} hides ${el.scrollWidth - el.clientWidth} px of its content to the right (overflow-x: ${s.overflowX})`);
}
// Rows of a fixed height (the virtual list's) hold all they show.
for (const row of document.querySelectorAll("[data-fixed-height]")) {
  if (!shown(row)) continue;
  const rr = row.getBoundingClientRect();
  for (const el of row.querySelectorAll("*")) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.top < rr.top - 0.5 || r.bottom > rr.bottom + 0.5) {
      problems.push(`${describe(el)} spills out of its row ${describe(row)} (${Math.round(r.top - rr.top)}…${Math.round(r.bottom - rr.top)} px of ${Math.round(rr.height)})`);
    }
  }
}
// A placeholder on show (the field is empty) fits its single-line field.
const ruler = document.createElement("canvas").getContext("2d");
for (const el of document.querySelectorAll("input[placeholder]")) {
  if (!shown(el) || el.value !== "" || !ruler) continue;
  const s = getComputedStyle(el);
  ruler.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  const needed = ruler.measureText(el.placeholder).width;
  if (needed > room + 1) problems.push(`${describe(el)} cuts its placeholder "${el.placeholder.slice(0, 40)}…": ${Math.round(needed)} px in ${Math.round(room)}`);
}
for (const el of [document.documentElement, document.body]) {
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`the page is ${el.scrollWidth} px wide in a ${el.clientWidth} px window`);
}
// No pane scrolls sideways: every screen and panel scrolls down only (a
// sideways scrollbar means something is wider than the pane).
for (const el of document.querySelectorAll("body *")) {
  if (!shown(el) || el.matches("input, textarea, select")) continue;
  const s = getComputedStyle(el);
  if (s.overflowX !== "auto" && s.overflowX !== "scroll") continue;
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} scrolls sideways: ${el.scrollWidth} px of content in ${el.clientWidth}`);
}
return { checked, problems, width: vw, height: vh };
