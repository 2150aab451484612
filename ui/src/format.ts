// Display formatting of dates, ordinals and counts.

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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2026-11-25" → "25 Nov 2026", "2024-05" → "May 2024", "2024" → "2024".
 * Anything else is shown as given.
 */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return date;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** 1 → "1st", 2 → "2nd", 28 → "28th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "1 commitment", "3 commitments". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** An RFC 3339 time → "25 Nov 2026, 14:05" in local time; as given when unreadable. */
export function formatDateTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}, ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
