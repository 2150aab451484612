// Dates the user types and reads in date fields: the order follows the app's
// language (day/month/year in English and Italian, year/month/day in
// Japanese), an empty field stays empty, and only real dates between
// 2000-01-01 and 2100-12-31 are accepted. The stored form is always ISO
// (YYYY-MM-DD). What a field says is in the catalogue (i18n.ts).
import { baseLang, t } from "./i18n";

export type DateOrder = "dmy" | "ymd";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The date order of a language tag ("ja-JP" → ymd); English and Italian, and anything else, day first. */
export function dateOrderFor(lang: string | null | undefined): DateOrder {
  return (lang ?? "").toLowerCase().startsWith("ja") ? "ymd" : "dmy";
}

/** The order of the app's language. */
export function appDateOrder(): DateOrder {
  return dateOrderFor(baseLang());
}

/** What an empty field shows: "dd/mm/yyyy" (in the UI's words) or "yyyy/mm/dd". */
export function datePlaceholder(order: DateOrder): string {
  return t("date-placeholder", { order });
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
  const typed = text.trim();
  if (typed === "") return { ok: true, iso: null };
  const hint = datePlaceholder(order);
  let y: number;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const parts = typed.split(/\s*[/.\-\s]\s*/);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (parts.length === 3 && parts.every((p) => /^\d+$/.test(p))) {
    const [a, b, c] = parts;
    if (order === "ymd") {
      if (a.length !== 4) return { ok: false, error: t("date-error-year", { where: "first", hint }) };
      [y, mo, d] = [Number(a), Number(b), Number(c)];
    } else {
      if (c.length !== 4) return { ok: false, error: t("date-error-year", { where: "last", hint }) };
      [y, mo, d] = [Number(c), Number(b), Number(a)];
    }
  } else {
    return { ok: false, error: t("date-error-form", { text: typed, hint }) };
  }
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return { ok: false, error: t("date-error-range", { year: String(y), min: String(MIN_YEAR), max: String(MAX_YEAR) }) };
  }
  if (mo < 1 || mo > 12) return { ok: false, error: t("date-error-month", { month: String(mo) }) };
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) {
    const month = t("date-month", { year: String(y), month: mo });
    return { ok: false, error: t("date-error-day", { month, day: String(d) }) };
  }
  const pad = (n: number): string => String(n).padStart(2, "0");
  return { ok: true, iso: `${y}-${pad(mo)}-${pad(d)}` };
}

/**
 * The local time's offset from UTC in minutes, as the shell last said
 * (`start`'s `utc_offset_minutes`); `null` before it has. The page's own
 * local time would load ICU's time-zone data into the webview at start-up
 * (+1.3 MiB, issue 17) for one date. Each `start` (a language switched, the
 * record changed) takes the offset again, e.g. after a change of summer time.
 */
let utcOffset: number | null = null;

export function setUtcOffset(minutes: number): void {
  utcOffset = minutes;
}

/** Today in local time as YYYY-MM-DD (at `now`, ms since the epoch). */
export function todayIso(now: number = Date.now(), offsetMinutes: number | null = utcOffset): string {
  const offset = offsetMinutes ?? -new Date(now).getTimezoneOffset();
  return new Date(now + offset * 60_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}
