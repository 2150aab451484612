// Shared read-only catalog built from the overview and the summaries, with
// label look-ups, plus helpers for the list filter and annotation fields.
import type { AnnotationFields } from "./bindings/AnnotationFields";
import type { CommitmentKind } from "./bindings/CommitmentKind";
import type { CommitmentStatus } from "./bindings/CommitmentStatus";
import type { CommitmentSummary } from "./bindings/CommitmentSummary";
import type { ListFilter } from "./bindings/ListFilter";
import type { MeetingStatus } from "./bindings/MeetingStatus";
import type { MeetingView } from "./bindings/MeetingView";
import type { Overview } from "./bindings/Overview";
import type { UserStatus } from "./bindings/UserStatus";
import type { Verification } from "./bindings/Verification";
import { formatDate, ordinal } from "./format";

export const STATUS_ORDER: readonly CommitmentStatus[] = [
  "delivered",
  "in-progress",
  "announced",
  "planned",
  "recorded",
];

const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  held: "Held",
  planned: "Planned",
  reported: "Reported",
};

export class Catalog {
  readonly overview: Overview;
  readonly summaries = new Map<string, CommitmentSummary>();
  /** Every id in council order, as the core returned them. */
  readonly allIds: string[];
  private readonly sectorNames = new Map<string, string>();
  private readonly meetings = new Map<string, MeetingView>();
  private readonly statusLabels = new Map<string, string>();
  private readonly verificationLabels = new Map<string, string>();
  private readonly kindLabels = new Map<string, string>();
  private readonly userStatusLabels = new Map<string, string>();

  constructor(overview: Overview, summaries: CommitmentSummary[]) {
    this.overview = overview;
    this.allIds = summaries.map((s) => s.id);
    for (const s of summaries) this.summaries.set(s.id, s);
    for (const s of overview.sectors) this.sectorNames.set(s.id, s.name);
    for (const m of overview.meetings) this.meetings.set(m.id, m);
    for (const c of overview.labels.statuses) this.statusLabels.set(c.keyword, c.label);
    for (const c of overview.labels.verifications) this.verificationLabels.set(c.keyword, c.label);
    for (const c of overview.labels.kinds) this.kindLabels.set(c.keyword, c.label);
    for (const c of overview.labels.user_statuses ?? []) this.userStatusLabels.set(c.keyword, c.label);
  }

  get total(): number {
    return this.allIds.length;
  }

  sectorName(id: string): string {
    return this.sectorNames.get(id) ?? id;
  }

  meeting(id: string | null | undefined): MeetingView | undefined {
    return id ? this.meetings.get(id) : undefined;
  }

  /** "2nd Council", "28th Summit"; the id when unknown. */
  meetingShort(id: string | null | undefined): string {
    const m = this.meeting(id);
    if (!m) return id ?? "";
    return `${ordinal(m.number)} ${m.kind === "summit" ? "Summit" : "Council"}`;
  }

  /** For the meeting filter: "2024 · 2nd Council, Brussels". */
  meetingOption(m: MeetingView): string {
    return `${m.date.slice(0, 4)} · ${this.meetingShort(m.id)}, ${m.place}`;
  }

  statusLabel(s: CommitmentStatus | string): string {
    return this.statusLabels.get(s) ?? s;
  }

  verificationLabel(v: Verification | string): string {
    return this.verificationLabels.get(v) ?? v;
  }

  kindLabel(k: CommitmentKind | string): string {
    return this.kindLabels.get(k) ?? k;
  }

  userStatusLabel(s: UserStatus | string): string {
    return this.userStatusLabels.get(s) ?? s;
  }

  meetingStatusLabel(s: MeetingStatus): string {
    return MEETING_STATUS_LABELS[s] ?? s;
  }

  /** Dataset line for the header. */
  datasetLine(): string {
    const d = this.overview.dataset;
    return `${d.partnership} · dataset ${d.dataset_version} · as of ${formatDate(d.as_of)}`;
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
  if (a.note !== b.note) parts.push("note");
  if (a.status !== b.status) parts.push("status");
  if (a.tags.join("\u0000") !== b.tags.join("\u0000")) parts.push("tags");
  if ((a.follow_up ?? null) !== (b.follow_up ?? null)) parts.push("follow-up");
  if (parts.length === 0) return "annotation";
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** The first non-blank line of a note, for lists. */
export function firstLine(note: string): string {
  return note.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
