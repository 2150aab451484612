// Shared read-only catalog built from the overview and the summaries, with
// label look-ups in the UI's language (labels of the record come from the
// catalogue by keyword; sector names from the record, in the language when
// it has them), plus helpers for the list filter and annotation fields.
import type { AnnotationFields } from "./bindings/AnnotationFields";
import type { CommitmentKind } from "./bindings/CommitmentKind";
import type { CommitmentStatus } from "./bindings/CommitmentStatus";
import type { CommitmentSummary } from "./bindings/CommitmentSummary";
import type { ListFilter } from "./bindings/ListFilter";
import type { MeetingView } from "./bindings/MeetingView";
import type { NewsItem } from "./bindings/NewsItem";
import type { Overview } from "./bindings/Overview";
import type { UserStatus } from "./bindings/UserStatus";
import type { Verification } from "./bindings/Verification";
import { formatDate, ordinal } from "./format";
import { baseLang, lang, pseudo, t } from "./i18n";

export const STATUS_ORDER: readonly CommitmentStatus[] = [
  "delivered",
  "in-progress",
  "announced",
  "planned",
  "recorded",
];

export class Catalog {
  readonly overview: Overview;
  readonly summaries = new Map<string, CommitmentSummary>();
  /** Every id in council order, as the core returned them. */
  readonly allIds: string[];
  /** Records a release added or changed that the user has not opened: id → "added" | "changed". */
  readonly news = new Map<string, string>();
  private readonly sectors = new Map<string, Overview["sectors"][number]>();
  private readonly meetings = new Map<string, MeetingView>();

  constructor(overview: Overview, summaries: CommitmentSummary[]) {
    this.overview = overview;
    this.allIds = summaries.map((s) => s.id);
    for (const s of summaries) this.summaries.set(s.id, s);
    for (const s of overview.sectors) this.sectors.set(s.id, s);
    for (const m of overview.meetings) this.meetings.set(m.id, m);
  }

  setNews(items: readonly NewsItem[]): void {
    this.news.clear();
    for (const n of items) this.news.set(n.record, n.change);
  }

  get total(): number {
    return this.allIds.length;
  }

  /** A sector's name in the UI's language (the record's English name when it has no other). */
  sectorName(id: string): string {
    const s = this.sectors.get(id);
    if (!s) return id;
    // The pseudo-locale marks names from the record as translated too.
    if (lang() === "en-XA") return pseudo(s.name);
    return s.names?.[baseLang()] ?? s.name;
  }

  /** A sector named `name` by the record (English), in the UI's language; the name itself when unknown. */
  sectorNamed(name: string): string {
    for (const s of this.sectors.values()) if (s.name === name) return this.sectorName(s.id);
    return name;
  }

  meeting(id: string | null | undefined): MeetingView | undefined {
    return id ? this.meetings.get(id) : undefined;
  }

  /** "2nd Council", "28th Summit"; the id when unknown. */
  meetingShort(id: string | null | undefined): string {
    const m = this.meeting(id);
    if (!m) return id ?? "";
    return t("meeting-short", { kind: m.kind, ordinal: ordinal(m.number) });
  }

  /**
   * A meeting's title: the record's own in English; in another language,
   * made from its fixed parts ("3° Consiglio del partenariato digitale
   * UE-Giappone", "第3回日EUデジタルパートナーシップ協議会").
   */
  meetingTitle(m: { title: string; kind: string; number: number }): string {
    if (lang() === "en") return m.title;
    return t("meeting-title", { kind: m.kind, ordinal: ordinal(m.number), number: String(m.number) });
  }

  /** The title of meeting `id` in the UI's language; `fallback` (the record's) when unknown. */
  meetingTitleOf(id: string, fallback: string): string {
    const m = this.meeting(id);
    return m ? this.meetingTitle(m) : fallback;
  }

  /** For the meeting filter: "2024 · 2nd Council, Brussels". */
  meetingOption(m: MeetingView): string {
    return t("meeting-option", { year: m.date.slice(0, 4), meeting: this.meetingShort(m.id), place: m.place });
  }

  statusLabel(s: CommitmentStatus | string): string {
    return t(`status-${s}`);
  }

  verificationLabel(v: Verification | string): string {
    return t(`verification-${v}`);
  }

  kindLabel(k: CommitmentKind | string): string {
    return t(`kind-${k}`);
  }

  userStatusLabel(s: UserStatus | string): string {
    return t(`user-status-${s}`);
  }

  /** Dataset line for the status bar. */
  datasetLine(): string {
    const d = this.overview.dataset;
    return t("dataset-line", { partnership: d.partnership, version: d.dataset_version, date: formatDate(d.as_of) });
  }
}

/** A meeting that needs a warning: not confirmed, or only reported. */
export function meetingIsUncertain(m: MeetingView): boolean {
  return m.verification !== "confirmed" || m.status === "reported";
}

export function emptyFilter(): ListFilter {
  return {
    sector: null,
    meeting: null,
    status: null,
    verification: null,
    kind: null,
    text: null,
    tag: null,
    user_status: null,
  };
}

export function filterIsEmpty(f: ListFilter): boolean {
  return (
    f.sector === null &&
    f.meeting === null &&
    f.status === null &&
    f.verification === null &&
    f.kind === null &&
    f.tag === null &&
    f.user_status === null &&
    (f.text === null || f.text.trim() === "")
  );
}

/** Tags as the core keeps them: trimmed, no empty ones, no case-insensitive duplicates. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim();
    if (t !== "" && !out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

/** "a, b ,, c" → ["a", "b", "c"]. */
export function parseTags(text: string): string[] {
  return normaliseTags(text.split(","));
}

export function emptyFields(): AnnotationFields {
  return { note: "", status: null, tags: [], follow_up: null };
}

export function sameFields(a: AnnotationFields, b: AnnotationFields): boolean {
  return (
    a.note === b.note &&
    a.status === b.status &&
    (a.follow_up ?? null) === (b.follow_up ?? null) &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i])
  );
}

/** Which fields differ, in words: "note", "status and tags". */
export function describeChange(before: AnnotationFields | null, after: AnnotationFields | null): string {
  const a = before ?? emptyFields();
  const b = after ?? emptyFields();
  const parts: string[] = [];
  if (a.note !== b.note) parts.push(t("field-note"));
  if (a.status !== b.status) parts.push(t("field-status"));
  if (a.tags.join("\u0000") !== b.tags.join("\u0000")) parts.push(t("field-tags"));
  if ((a.follow_up ?? null) !== (b.follow_up ?? null)) parts.push(t("field-follow-up"));
  if (parts.length === 0) return t("field-annotation");
  return listOf(parts);
}

/** "a", "a and b", "a, b and c" in the UI's language. */
export function listOf(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return t("list-and", { head: parts.slice(0, -1).join(t("list-separator")), last: parts[parts.length - 1]! });
}

/** The first non-blank line of a note, for lists. */
export function firstLine(note: string): string {
  return note.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
