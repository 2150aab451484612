// Dates the user types and reads in date fields: the order follows the app's
// language (day/month/year in English and Italian, year/month/day in
// Japanese), an empty field stays empty, and only real dates between
// 2000-01-01 and 2100-12-31 are accepted. The stored form is always ISO
// (YYYY-MM-DD).

export type DateOrder = "dmy" | "ymd";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The date order of a language tag ("ja-JP" → ymd); English and Italian, and anything else, day first. */
export function dateOrderFor(lang: string | null | undefined): DateOrder {
  return (lang ?? "").toLowerCase().startsWith("ja") ? "ymd" : "dmy";
}

/** The order for this app: the first of the system's languages (English when there is none). */
export function appDateOrder(): DateOrder {
  const langs = typeof navigator !== "undefined" ? navigator.languages ?? [navigator.language] : [];
  return dateOrderFor(langs[0]);
}

/** What an empty field shows: "dd/mm/yyyy" or "yyyy/mm/dd". */
export function datePlaceholder(order: DateOrder): string {
  return order === "ymd" ? "yyyy/mm/dd" : "dd/mm/yyyy";
}

/** "2026-12-01" → "01/12/2026" (dmy) or "2026/12/01" (ymd); "" for none. */
export function formatDateInput(iso: string | null | undefined, order: DateOrder): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return order === "ymd" ? `${y}/${mo}/${d}` : `${d}/${mo}/${y}`;
}

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; error: string };

/**
 * Reads what the user typed: blank → no date; day, month and year in the
 * field's order separated by "/", ".", "-" or spaces (or an ISO date, as
 * pasted from elsewhere). Refuses, saying why, anything that is not a real
 * date or lies outside 2000–2100.
 */
export function parseDateInput(text: string, order: DateOrder): ParsedDate {
  const t = text.trim();
  if (t === "") return { ok: true, iso: null };
  const hint = datePlaceholder(order);
  let y: number;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const parts = t.split(/\s*[/.\-\s]\s*/);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (parts.length === 3 && parts.every((p) => /^\d+$/.test(p))) {
    const [a, b, c] = parts;
    if (order === "ymd") {
      if (a.length !== 4) return { ok: false, error: `write the year in full, first: ${hint}` };
      [y, mo, d] = [Number(a), Number(b), Number(c)];
    } else {
      if (c.length !== 4) return { ok: false, error: `write the year in full, last: ${hint}` };
      [y, mo, d] = [Number(c), Number(b), Number(a)];
    }
  } else {
    return { ok: false, error: `“${t}” is not a date; write it as ${hint}` };
  }
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return { ok: false, error: `the year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}` };
  }
  if (mo < 1 || mo > 12) return { ok: false, error: `there is no month ${mo}` };
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return { ok: false, error: `${monthName(mo)} ${y} has no day ${d}` };
  const pad = (n: number): string => String(n).padStart(2, "0");
  return { ok: true, iso: `${y}-${pad(mo)}-${pad(d)}` };
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function monthName(mo: number): string {
  return MONTH_NAMES[mo - 1] ?? String(mo);
}

/** Today in local time as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}
