// Follow-ups: the commitments the user set a follow-up date on, grouped as
// they come due — overdue first (the longest overdue at the top), then due
// within DUE_SOON_DAYS, then later — each group by date, then by commitment.
import type { AnnotationEntry } from "./bindings/AnnotationEntry";
import { daysBetween } from "./dates";
import { t } from "./i18n";

export const DUE_SOON_DAYS = 14;

export type FollowUpGroup = "overdue" | "soon" | "later";

export interface FollowUp {
  entry: AnnotationEntry;
  date: string;
  /** Days from today to the date: negative when overdue, 0 today. */
  days: number;
  group: FollowUpGroup;
}

export function groupOf(days: number): FollowUpGroup {
  if (days < 0) return "overdue";
  if (days <= DUE_SOON_DAYS) return "soon";
  return "later";
}

const GROUP_ORDER: Record<FollowUpGroup, number> = { overdue: 0, soon: 1, later: 2 };

/** ISO dates and ids compare by code point (no collator: ICU's collation data stays unloaded at start). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every entry with a follow-up date, in the order the Follow-ups screen lists them. */
export function followUps(entries: readonly AnnotationEntry[], today: string): FollowUp[] {
  const out: FollowUp[] = [];
  for (const entry of entries) {
    const date = entry.annotation.fields.follow_up;
    if (!date) continue;
    const days = daysBetween(today, date);
    out.push({ entry, date, days, group: groupOf(days) });
  }
  return out.sort(
    (a, b) =>
      GROUP_ORDER[a.group] - GROUP_ORDER[b.group] ||
      byCodePoint(a.date, b.date) ||
      byCodePoint(a.entry.annotation.commitment, b.entry.annotation.commitment),
  );
}

/** "3 days overdue", "due today", "due tomorrow", "in 12 days". */
export function dueText(days: number): string {
  if (days < 0) return t("due-overdue", { count: -days, number: String(-days) });
  if (days === 0) return t("due-today");
  if (days === 1) return t("due-tomorrow");
  return t("due-in", { count: days, number: String(days) });
}
