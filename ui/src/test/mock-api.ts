// Test double of ../api backed by the real fixtures and an in-memory
// annotation store with revisions and undo/redo (used with vi.mock).
import { vi } from "vitest";
import type { Annotation } from "../bindings/Annotation";
import type { AnnotationEntry } from "../bindings/AnnotationEntry";
import type { AnnotationFields } from "../bindings/AnnotationFields";
import type { Change } from "../bindings/Change";
import type { ImportReport } from "../bindings/ImportReport";
import type { Revision } from "../bindings/Revision";
import type { SearchHit } from "../bindings/SearchHit";
import type { WorkspaceStatus } from "../bindings/WorkspaceStatus";
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
        words.every((w) => `${c.id} ${c.title}`.toLowerCase().includes(w)) &&
        (filter.user_status === null || store.current(c.id)?.fields.status === filter.user_status) &&
        (filter.tag === null ||
          (store.current(c.id)?.fields.tags ?? []).some((t) => t.toLowerCase() === filter.tag!.toLowerCase())),
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

/** The annotation store: append-only revisions, a current pointer per commitment, undo/redo. */
export class FakeStore {
  revisions: Revision[] = [];
  currentId = new Map<string, number | null>();
  undoStack: { commitment: string; before: number | null; after: number | null }[] = [];
  redoStack: { commitment: string; before: number | null; after: number | null }[] = [];
  private seq = 0;

  current(id: string): Annotation | null {
    const rid = this.currentId.get(id);
    const r = rid == null ? undefined : this.revisions.find((x) => x.id === rid);
    return r ? { commitment: id, fields: structuredClone(r.fields), updated_at: r.updated_at, revision: r.id } : null;
  }

  private add(id: string, fields: AnnotationFields, origin: string): Annotation {
    const before = this.currentId.get(id) ?? null;
    const rev: Revision = {
      id: ++this.seq,
      uid: `uid-${this.seq}`,
      commitment: id,
      fields: structuredClone(fields),
      updated_at: new Date(Date.UTC(2026, 10, 25, 10, this.seq)).toISOString(),
      origin,
      current: false,
    };
    this.revisions.push(rev);
    this.currentId.set(id, rev.id);
    this.undoStack.push({ commitment: id, before, after: rev.id });
    this.redoStack = [];
    return this.current(id)!;
  }

  save(id: string, fields: AnnotationFields): Annotation {
    const cur = this.current(id);
    if (cur && JSON.stringify(cur.fields) === JSON.stringify(fields)) return cur;
    return this.add(id, fields, "local");
  }

  restore(id: string, revision: number): Annotation {
    const r = this.revisions.find((x) => x.id === revision && x.commitment === id);
    if (!r) throw { code: "not_found", message: `No revision ${revision}` };
    return this.add(id, r.fields, "restore");
  }

  history(id: string): Revision[] {
    const cur = this.currentId.get(id);
    return this.revisions
      .filter((r) => r.commitment === id)
      .map((r) => ({ ...r, current: r.id === cur }))
      .reverse();
  }

  step(which: "undo" | "redo"): Change {
    const from = which === "undo" ? this.undoStack : this.redoStack;
    const to = which === "undo" ? this.redoStack : this.undoStack;
    const s = from.pop();
    if (!s) throw { code: "invalid_input", message: `nothing to ${which}` };
    to.push(s);
    this.currentId.set(s.commitment, which === "undo" ? s.before : s.after);
    return { target: "annotation", commitment: s.commitment, current: this.current(s.commitment) };
  }

  entries(): AnnotationEntry[] {
    return [...this.currentId.keys()]
      .map((id) => this.current(id))
      .filter((a): a is Annotation => a !== null)
      .map((a) => {
        const s = fixtures.commitments.find((c) => c.id === a.commitment);
        return { annotation: a, title: s?.title ?? null, orphaned: !s };
      });
  }

  /** Test helper: a stored annotation without an undo step. */
  seed(id: string, fields: Partial<AnnotationFields>): Annotation {
    const a = this.add(id, { note: "", status: null, tags: [], follow_up: null, ...fields }, "local");
    this.undoStack.pop();
    return a;
  }
}

export let store = new FakeStore();

const okWorkspace: WorkspaceStatus = { path: "/home/u/.local/share/briefdesk/workspace.sqlite", problem: null, set_aside: null };

export const overview = vi.fn(async () => fixtures.overview);
export const commitments = vi.fn(async () => fixtures.commitments);
export const filterCommitments = vi.fn(async (filter: ListFilter) => fakeFilter(filter));
export const commitment = vi.fn(async (id: string) => fixtures.details[id] ?? fakeDetail(id));
export const uiReady = vi.fn(async () => undefined);
/** Search over the fixture ids and titles (the real ranking lives in the core). */
export function fakeSearch(query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw { code: "invalid_input", message: "The search query is empty." };
  return fixtures.commitments
    .filter((c) => words.every((w) => `${c.id} ${c.title}`.toLowerCase().includes(w)))
    .map((c, i) => ({ commitment: c.id, title: c.title, fields: ["title"], snippet: c.title, score: -i, orphaned: false }));
}
export const search = vi.fn(async (query: string, _filter: ListFilter, _limit: number): Promise<SearchHit[]> => fakeSearch(query));
export const openUrl = vi.fn(async (_url: string) => undefined);
export const workspaceStatus = vi.fn(async (): Promise<WorkspaceStatus> => okWorkspace);
export const resetWorkspace = vi.fn(async (): Promise<WorkspaceStatus> => okWorkspace);
export const annotation = vi.fn(async (id: string) => store.current(id));
export const saveAnnotation = vi.fn(async (id: string, fields: AnnotationFields) => store.save(id, fields));
export const annotationHistory = vi.fn(async (id: string) => store.history(id));
export const restoreAnnotation = vi.fn(async (id: string, revision: number) => store.restore(id, revision));
export const undo = vi.fn(async () => store.step("undo"));
export const redo = vi.fn(async () => store.step("redo"));
export const annotations = vi.fn(async () => store.entries());
export const exportAnnotations = vi.fn(async (_path: string) => store.revisions.length);
export const importAnnotations = vi.fn(
  async (_path: string): Promise<ImportReport> => ({
    revisions_added: 0,
    revisions_already_present: 0,
    added: [],
    updated: [],
    kept: [],
  }),
);
export const chooseExportPath = vi.fn(async (): Promise<string | null> => "/tmp/notes.json");
export const chooseImportPath = vi.fn(async (): Promise<string | null> => "/tmp/colleague.json");
/** The registered close-requested handler (tests call it as the window would). */
export let closeRequested: (() => Promise<boolean>) | null = null;
export const onCloseRequested = vi.fn(async (handler: () => Promise<boolean>) => {
  closeRequested = handler;
  return () => {
    if (closeRequested === handler) closeRequested = null;
  };
});

/** Restores the default implementations and clears the call history. */
export function resetMockApi(): void {
  overview.mockReset().mockImplementation(async () => fixtures.overview);
  commitments.mockReset().mockImplementation(async () => fixtures.commitments);
  filterCommitments.mockReset().mockImplementation(async (f: ListFilter) => fakeFilter(f));
  commitment.mockReset().mockImplementation(async (id: string) => fixtures.details[id] ?? fakeDetail(id));
  uiReady.mockReset().mockImplementation(async () => undefined);
  search.mockReset().mockImplementation(async (query: string) => fakeSearch(query));
  openUrl.mockReset().mockImplementation(async () => undefined);
  store = new FakeStore();
  closeRequested = null;
  workspaceStatus.mockReset().mockImplementation(async () => okWorkspace);
  resetWorkspace.mockReset().mockImplementation(async () => okWorkspace);
  annotation.mockReset().mockImplementation(async (id: string) => store.current(id));
  saveAnnotation.mockReset().mockImplementation(async (id: string, fields: AnnotationFields) => store.save(id, fields));
  annotationHistory.mockReset().mockImplementation(async (id: string) => store.history(id));
  restoreAnnotation.mockReset().mockImplementation(async (id: string, revision: number) => store.restore(id, revision));
  undo.mockReset().mockImplementation(async () => store.step("undo"));
  redo.mockReset().mockImplementation(async () => store.step("redo"));
  annotations.mockReset().mockImplementation(async () => store.entries());
  exportAnnotations.mockReset().mockImplementation(async () => store.revisions.length);
  importAnnotations.mockReset().mockImplementation(async () => ({
    revisions_added: 0,
    revisions_already_present: 0,
    added: [],
    updated: [],
    kept: [],
  }));
  chooseExportPath.mockReset().mockImplementation(async () => "/tmp/notes.json");
  chooseImportPath.mockReset().mockImplementation(async () => "/tmp/colleague.json");
  onCloseRequested.mockReset().mockImplementation(async (handler: () => Promise<boolean>) => {
    closeRequested = handler;
    return () => {
      if (closeRequested === handler) closeRequested = null;
    };
  });
}
