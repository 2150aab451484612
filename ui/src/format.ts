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
