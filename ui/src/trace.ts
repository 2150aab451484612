// Start-up marks for the measurement (scripts/measure-startup.sh): when the
// page's phases happened — the browser's own timings (response, DOM,
// stylesheet, script and font fetches, first paint) and the app's marks —
// sent with `ui_ready` as wall-clock ms, which the shell logs among its own
// marks when tracing is on.

const marks: [string, number][] = [];

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : 0;
}

/** Notes that phase `name` ended now. */
export function mark(name: string): void {
  marks.push([name, now()]);
}

/** The short name of a fetched file: "index-CNGH.js" → "js", "noto-sans-latin-400-normal-….woff2" → "font-latin-400", "marks-cjk-….woff2" → "font-marks-cjk". */
function resourceName(url: string): string | null {
  const file = url.split("/").pop() ?? "";
  const font = /noto-sans-([a-z-]+?)-(\d{3})-normal/.exec(file);
  if (font) return `font-${font[1]}-${font[2]}`;
  const own = /^(marks-[a-z]+)/.exec(file);
  if (own) return `font-${own[1]}`;
  const ext = /\.(js|css)$/.exec(file);
  return ext ? ext[1]! : null;
}

/** Every mark, as [name, wall-clock ms]. */
export function startupMarks(): [string, number][] {
  if (typeof performance === "undefined" || typeof performance.getEntriesByType !== "function") return [];
  const out: [string, number][] = [["navigation", 0]];
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (nav) {
    out.push(["page-response", nav.responseEnd], ["dom-interactive", nav.domInteractive]);
  }
  for (const r of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    const name = resourceName(r.name);
    if (name) out.push([`fetched-${name}`, r.responseEnd]);
  }
  for (const p of performance.getEntriesByType("paint")) out.push([p.name, p.startTime]);
  out.push(...marks);
  const origin = performance.timeOrigin;
  return out.map(([name, t]) => [name, origin + t]);
}
