// Display formatting of dates, ordinals and counts, in the UI's language
// (see i18n.ts: every word comes from the catalogue).
import { formatDate, formatDateTime, numberLocale, ordinalOf, t } from "./i18n";

export { formatDate, formatDateTime };

/** Formats an inclusive date range of ISO dates (YYYY-MM-DD) for display. */
export function formatDateRange(start: string, end?: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(start)) {
    throw new Error(`not an ISO date: ${start}`);
  }
  if (end === undefined || end === start) {
    return start;
  }
  if (!iso.test(end)) {
    throw new Error(`not an ISO date: ${end}`);
  }
  if (end < start) {
    throw new Error(`range ends before it starts: ${start} – ${end}`);
  }
  return `${start} – ${end}`;
}

/** 2 → "2nd" / "2°" / "第2回". */
export function ordinal(n: number): string {
  return t("ordinal", { category: ordinalOf(n), number: String(n) });
}

/**
 * `n` with the language's digit grouping, as the core groups it (not
 * Intl's: ICU versions disagree on Italian four-digit numbers): 10,000 /
 * 10.000 (Italian groups from five digits) / 10,000.
 */
export function group(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const it = numberLocale().startsWith("it");
  if (it && digits.length <= 4) return digits;
  const sep = it ? "." : ",";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** A count with its noun from the catalogue: `count("count-commitments", 3)` → "3 commitments". */
export function count(id: string, n: number): string {
  return t(id, { count: n, number: group(n) });
}
