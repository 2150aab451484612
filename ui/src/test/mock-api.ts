// Test double of ../api backed by the real fixtures (used with vi.mock).
import { vi } from "vitest";
import type { CommitmentDetail } from "../bindings/CommitmentDetail";
import type { CommitmentSummary } from "../bindings/CommitmentSummary";
import type { ListFilter } from "../bindings/ListFilter";
import type { Overview } from "../bindings/Overview";
import c208 from "./fixtures/commitment-C2-08.json";
import c310 from "./fixtures/commitment-C3-10.json";
import commitmentsJson from "./fixtures/commitments.json";
import overviewJson from "./fixtures/overview.json";

export { toApiError } from "../errors";

export const fixtures = {
  overview: overviewJson as unknown as Overview,
  commitments: commitmentsJson as unknown as CommitmentSummary[],
  details: {
    "C2-08": c208 as unknown as CommitmentDetail,
    "C3-10": c310 as unknown as CommitmentDetail,
  } as Record<string, CommitmentDetail>,
};

/** A plain filter over the fixture summaries (the real one lives in the core). */
export function fakeFilter(filter: ListFilter): string[] {
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return fixtures.commitments
    .filter(
      (c) =>
        (filter.sector === null || c.sectors.includes(filter.sector)) &&
        (filter.meeting === null || c.meeting === filter.meeting) &&
        (filter.status === null || c.status === filter.status) &&
        (filter.verification === null || c.verification === filter.verification) &&
        (filter.kind === null || c.kind === filter.kind) &&
        words.every((w) => `${c.id} ${c.title}`.toLowerCase().includes(w)),
    )
    .map((c) => c.id);
}

/** A minimal detail for commitments without a fixture. */
export function fakeDetail(id: string): CommitmentDetail {
  const s = fixtures.commitments.find((c) => c.id === id);
  if (!s) throw { code: "not_found", message: `No commitment ${id}` };
  const m = fixtures.overview.meetings.find((x) => x.id === s.meeting);
  return {
    id: s.id,
    record: "commitment",
    meeting: m ? { id: m.id, title: m.title, date: m.date, place: m.place } : null,
    date: s.date,
    sectors: s.sectors.map((x) => ({ id: x, name: x })),
    kind: s.kind,
    status: s.status,
    verification: s.verification,
    verification_note: "",
    title: s.title,
    summary: `Summary of ${s.id}`,
    actors: [],
    sources: [],
    lineage_before: [],
    lineage_after: [],
    see_also: [],
    conflicts: [],
  };
}

export const overview = vi.fn(async () => fixtures.overview);
export const commitments = vi.fn(async () => fixtures.commitments);
export const filterCommitments = vi.fn(async (filter: ListFilter) => fakeFilter(filter));
export const commitment = vi.fn(async (id: string) => fixtures.details[id] ?? fakeDetail(id));
export const uiReady = vi.fn(async () => undefined);
export const openUrl = vi.fn(async (_url: string) => undefined);

/** Restores the default implementations and clears the call history. */
export function resetMockApi(): void {
  overview.mockReset().mockImplementation(async () => fixtures.overview);
  commitments.mockReset().mockImplementation(async () => fixtures.commitments);
  filterCommitments.mockReset().mockImplementation(async (f: ListFilter) => fakeFilter(f));
  commitment.mockReset().mockImplementation(async (id: string) => fixtures.details[id] ?? fakeDetail(id));
  uiReady.mockReset().mockImplementation(async () => undefined);
  openUrl.mockReset().mockImplementation(async () => undefined);
}
