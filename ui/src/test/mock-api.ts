// Test double of ../api backed by the real fixtures and an in-memory
// annotation store with revisions and undo/redo (used with vi.mock).
import { vi } from "vitest";
import type { TeamLinked } from "../bindings/TeamLinked";
import type { TeamStatus } from "../bindings/TeamStatus";
import type { TeamSynced } from "../bindings/TeamSynced";
import type { Annotation } from "../bindings/Annotation";
import type { AnnotationEntry } from "../bindings/AnnotationEntry";
import type { AnnotationFields } from "../bindings/AnnotationFields";
import type { Brief } from "../bindings/Brief";
import type { BriefDoc } from "../bindings/BriefDoc";
import type { BriefHit } from "../bindings/BriefHit";
import type { BriefList } from "../bindings/BriefList";
import type { BriefRevision } from "../bindings/BriefRevision";
import type { BriefStart } from "../bindings/BriefStart";
import type { BriefState } from "../bindings/BriefState";
import type { BriefView } from "../bindings/BriefView";
import type { About } from "../bindings/About";
import type { BundleExported } from "../bindings/BundleExported";
import type { BundleImported } from "../bindings/BundleImported";
import type { Change } from "../bindings/Change";
import type { ExportOptions } from "../bindings/ExportOptions";
import type { ImportReport } from "../bindings/ImportReport";
import type { Revision } from "../bindings/Revision";
import type { SearchHit } from "../bindings/SearchHit";
import type { Start } from "../bindings/Start";
import type { WorkspaceStatus } from "../bindings/WorkspaceStatus";
import type { CommitmentDetail } from "../bindings/CommitmentDetail";
import type { CommitmentSummary } from "../bindings/CommitmentSummary";
import type { ListFilter } from "../bindings/ListFilter";
import type { Overview } from "../bindings/Overview";
import c208 from "./fixtures/commitment-C2-08.json";
import c310 from "./fixtures/commitment-C3-10.json";
import commitmentsJson from "./fixtures/commitments.json";
import overviewJson from "./fixtures/overview.json";
import councilDocJson from "./fixtures/brief-doc-council-preparation.json";
import councilViewJson from "./fixtures/brief-view-council-preparation.json";
import recordChoicesJson from "./fixtures/record-choices.json";
import type { ChangeReport } from "../bindings/ChangeReport";
import type { Correction } from "../bindings/Correction";
import type { NewsItem } from "../bindings/NewsItem";
import type { OwnRecord } from "../bindings/OwnRecord";
import type { RecordChoices } from "../bindings/RecordChoices";
import type { RecordSaved } from "../bindings/RecordSaved";
import type { RecordShow } from "../bindings/RecordShow";
import type { RecordStatus } from "../bindings/RecordStatus";
import type { ReleaseInfo } from "../bindings/ReleaseInfo";

export { toApiError } from "../errors";

export const fixtures = {
  overview: overviewJson as unknown as Overview,
  commitments: commitmentsJson as unknown as CommitmentSummary[],
  details: {
    "C2-08": c208 as unknown as CommitmentDetail,
    "C3-10": c310 as unknown as CommitmentDetail,
  } as Record<string, CommitmentDetail>,
  councilDoc: councilDocJson as unknown as BriefDoc,
  councilView: councilViewJson as unknown as BriefView,
};

/**
 * A brief's view from the fixtures: headings, items and cover as the core
 * would resolve them (the "since the last council" part is the real one).
 */
export function fakeView(doc: BriefDoc): BriefView {
  const since = fixtures.councilView.sections.find((s) => s.kind === "since-last-council")?.since ?? null;
  return {
    title: doc.title,
    meeting: doc.meeting === null ? null : doc.meeting.kind === "other" ? doc.meeting.text : doc.meeting.id,
    meeting_ref: null,
    lang: "en",
    date: doc.date,
    date_label: doc.date,
    author: doc.author,
    audience: doc.audience,
    marking: doc.marking,
    sections: doc.sections.map((s) => ({
      key: s.kind === "since-last-council" ? "since-last-council" : (s.sector ?? ""),
      kind: s.kind,
      heading:
        s.kind === "since-last-council"
          ? "Since the last council"
          : (fixtures.overview.sectors.find((x) => x.id === s.sector)?.name ?? s.sector ?? ""),
      sector_missing: false,
      background: s.background,
      talking_points: s.talking_points.filter((p) => p.trim() !== ""),
      prompts: s.prompts,
      items: s.items.map((it) => {
        const c = fixtures.commitments.find((x) => x.id === it.commitment);
        return {
          commitment: it.commitment,
          missing: !c,
          title: c?.title ?? null,
          summary: null,
          meeting: null,
          date: c?.date ?? null,
          status: c?.status ?? null,
          status_label: c?.status ?? null,
          verification: c?.verification ?? null,
          verification_label: c?.verification ?? null,
          actors: [],
          lineage_before: [],
          lineage_after: [],
          sources: [],
          include_annotation: it.include_annotation,
          annotation: it.include_annotation ? (store.current(it.commitment)?.fields ?? null) : null,
          provenance: [],
        };
      }),
      context: [],
      since: s.kind === "since-last-council" ? since : null,
      empty: s.background.trim() === "" && s.talking_points.every((p) => p.trim() === "") && s.items.length === 0 && s.kind !== "since-last-council",
    })),
    sources: [],
    missing: [],
  };
}

/** In-memory briefs with revisions; undo/redo shared with annotations. */
export class FakeBriefs {
  private next = 1;
  private rev = 1;
  readonly current = new Map<number, { template: boolean; revision: number; doc: BriefDoc | null }>();
  readonly revisions: { id: number; brief: number; doc: BriefDoc | null; origin: string }[] = [];

  private write(id: number, doc: BriefDoc | null, origin: string): void {
    const before = this.current.get(id)?.revision ?? null;
    const revision = this.rev++;
    this.revisions.push({ id: revision, brief: id, doc: doc && structuredClone(doc), origin });
    const template = this.current.get(id)?.template ?? false;
    this.current.set(id, { template, revision, doc: doc && structuredClone(doc) });
    store.pushBrief(id, before, revision);
  }

  brief(id: number): Brief {
    const b = this.current.get(id);
    if (!b || !b.doc) throw { code: "not_found", message: `no brief ${id}` };
    return { id, template: b.template, doc: structuredClone(b.doc), updated_at: "2026-11-25T10:00:00.000Z", revision: b.revision };
  }

  state(id: number): BriefState {
    const brief = this.brief(id);
    return { brief, view: fakeView(brief.doc) };
  }

  create(doc: BriefDoc, template: boolean, origin: string): BriefState {
    if (doc.title.trim() === "") throw { code: "invalid_input", message: "a brief needs a title" };
    const id = this.next++;
    this.current.set(id, { template, revision: 0, doc: null });
    this.write(id, doc, origin);
    return this.state(id);
  }

  save(id: number, doc: BriefDoc): BriefState {
    this.brief(id);
    if (doc.title.trim() === "") throw { code: "invalid_input", message: "a brief needs a title" };
    // The core's limit on a text (brief::MAX_TEXT_CHARS), in its words.
    doc.sections.forEach((s, i) => {
      if (s.background.length > 100_000) {
        throw { code: "invalid_input", message: `the background of section ${i + 1} (${s.sector ?? "since the last council"}) is ${s.background.length} characters long; the limit is 100000` };
      }
    });
    if (JSON.stringify(this.current.get(id)!.doc) !== JSON.stringify(doc)) this.write(id, doc, "local");
    return this.state(id);
  }

  remove(id: number): void {
    this.brief(id);
    this.write(id, null, "delete");
  }

  /** Points brief `id` at `revision` (undo/redo). */
  point(id: number, revision: number | null): void {
    const b = this.current.get(id)!;
    b.revision = revision ?? 0;
    b.doc = revision === null ? null : structuredClone(this.revisions.find((r) => r.id === revision)!.doc);
  }

  list(): BriefList {
    const all = [...this.current.entries()].filter(([, b]) => b.doc !== null);
    return {
      briefs: all
        .filter(([, b]) => !b.template)
        .map(([id, b]) => ({
          id,
          template: false,
          title: b.doc!.title,
          sections: b.doc!.sections.length,
          commitments: b.doc!.sections.reduce((n, s) => n + s.items.length, 0),
          updated_at: "2026-11-25T10:00:00.000Z",
        })),
      templates: [
        { start: { from: "builtin", template: "council-preparation" }, title: "Council preparation", builtin: true },
        ...all
          .filter(([, b]) => b.template)
          .map(([id, b]) => ({ start: { from: "template" as const, id }, title: b.doc!.title, builtin: false })),
      ],
    };
  }

  history(id: number): BriefRevision[] {
    const cur = this.current.get(id)?.revision;
    return this.revisions
      .filter((r) => r.brief === id)
      .map((r) => ({ id: r.id, doc: r.doc, updated_at: "2026-11-25T10:00:00.000Z", origin: r.origin, current: r.id === cur }))
      .reverse();
  }

  /** Briefs whose title or texts contain every word (the real ranking lives in the core). */
  search(query: string): BriefHit[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return [...this.current.entries()]
      .filter(([, b]) => b.doc !== null && !b.template)
      .filter(([, b]) => {
        const text = [b.doc!.title, ...b.doc!.sections.flatMap((s) => [s.background, ...s.talking_points])].join(" ").toLowerCase();
        return words.every((w) => text.includes(w));
      })
      .map(([id, b]) => ({ brief: id, title: b.doc!.title, snippet: b.doc!.title, score: 1 }));
  }

  startDoc(start: BriefStart): BriefDoc {
    switch (start.from) {
      case "builtin":
        return structuredClone(fixtures.councilDoc);
      case "template":
        return structuredClone(this.brief(start.id).doc);
      case "quick":
        return {
          ...structuredClone(fixtures.councilDoc),
          title: `${start.sector}: quick brief`,
          sections: [
            {
              kind: "sector",
              sector: start.sector,
              background: "",
              talking_points: [],
              items: fakeFilter({ ...emptyListFilter(), sector: start.sector }).map((c) => ({ commitment: c, include_annotation: true })),
              prompts: null,
            },
          ],
        };
      default:
        return { ...structuredClone(fixtures.councilDoc), title: "Untitled brief", sections: [] };
    }
  }
}

function emptyListFilter(): ListFilter {
  return { sector: null, meeting: null, status: null, verification: null, kind: null, text: null, tag: null, user_status: null };
}

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
    status_as_of: fixtures.overview.dataset.as_of,
    provenance: null,
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
/** An undoable change: an annotation's (`commitment`) or a brief's (`brief`). */
type Step = { commitment: string; brief?: undefined; before: number | null; after: number | null } | { commitment?: undefined; brief: number; before: number | null; after: number | null };

export class FakeStore {
  revisions: Revision[] = [];
  currentId = new Map<string, number | null>();
  undoStack: Step[] = [];
  redoStack: Step[] = [];
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
    // The core's limit and date check (store::annotations), in its words.
    if (fields.note.length > 100_000) {
      throw { code: "invalid_input", message: `the note is ${fields.note.length} characters long; the limit is 100000` };
    }
    if (fields.follow_up !== null && !/^\d{4}-\d{2}-\d{2}$/.test(fields.follow_up)) {
      throw { code: "invalid_input", message: `follow-up date \`${fields.follow_up}\` is not a date (YYYY-MM-DD)` };
    }
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
    if (s.brief !== undefined) {
      briefStore.point(s.brief, which === "undo" ? s.before : s.after);
      let current: Brief | null = null;
      try {
        current = briefStore.brief(s.brief);
      } catch {
        current = null;
      }
      return { target: "brief", brief: s.brief, current };
    }
    this.currentId.set(s.commitment, which === "undo" ? s.before : s.after);
    return { target: "annotation", commitment: s.commitment, current: this.current(s.commitment) };
  }

  /** A brief changed: an undoable step. */
  pushBrief(brief: number, before: number | null, after: number): void {
    this.undoStack.push({ brief, before, after });
    this.redoStack = [];
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
export let briefStore = new FakeBriefs();

const okWorkspace: WorkspaceStatus = { path: "/home/u/.local/share/briefdesk/workspace.sqlite", problem: null, set_aside: null };

/** What `start` answers: the fixtures, the store's annotations, and `workspace` (fine by default). */
export function fakeStart(workspace: WorkspaceStatus = okWorkspace): Start {
  return {
    overview: fixtures.overview,
    commitments: fixtures.commitments,
    workspace,
    annotations: workspace.problem ? [] : store.entries(),
    annotations_error: null,
    record: recordState.status(),
    utc_offset_minutes: -new Date().getTimezoneOffset(),
  };
}
export const start = vi.fn(async (_lang: string): Promise<Start> => fakeStart());
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
export const resetWorkspace = vi.fn(async (): Promise<WorkspaceStatus> => okWorkspace);
export const annotation = vi.fn(async (id: string) => store.current(id));
export const saveAnnotation = vi.fn(async (id: string, fields: AnnotationFields) => store.save(id, fields));
export const annotationHistory = vi.fn(async (id: string) => store.history(id));
export const restoreAnnotation = vi.fn(async (id: string, revision: number) => store.restore(id, revision));
export const undo = vi.fn(async () => store.step("undo"));
export const redo = vi.fn(async () => store.step("redo"));
export const annotations = vi.fn(async () => store.entries());
/** What the shell's save/open dialogs answer next (null: cancelled). */
export const dialog = {
  save: "/tmp/notes.json" as string | null,
  open: "/tmp/colleague.json" as string | null,
  /** Where a brief's export goes; undefined: /tmp/brief.pdf, .docx or .md. */
  brief: undefined as string | null | undefined,
};
const emptyReport = (): ImportReport => ({
  revisions_added: 0,
  revisions_already_present: 0,
  added: [],
  updated: [],
  kept: [],
  records_added: [],
  records_updated: [],
  records_kept: [],
});
export const exportAnnotations = vi.fn(async (): Promise<BundleExported | null> =>
  dialog.save === null ? null : { path: dialog.save, revisions: store.revisions.length },
);
export const importAnnotations = vi.fn(async (): Promise<BundleImported | null> =>
  dialog.open === null ? null : { path: dialog.open, report: emptyReport() },
);
export const briefs = vi.fn(async () => briefStore.list());
export const brief = vi.fn(async (id: number) => briefStore.state(id));
export const createBrief = vi.fn(async (start: BriefStart, title: string | null) => {
  const doc = briefStore.startDoc(start);
  if (title) doc.title = title;
  return briefStore.create(doc, false, "local");
});
export const saveBrief = vi.fn(async (id: number, doc: BriefDoc) => briefStore.save(id, doc));
export const deleteBrief = vi.fn(async (id: number) => {
  briefStore.remove(id);
  return briefStore.list();
});
export const duplicateBrief = vi.fn(async (id: number, title: string | null, asTemplate: boolean) => {
  const doc = briefStore.brief(id).doc;
  doc.title = title ?? (asTemplate ? doc.title : `Copy of ${doc.title}`);
  return briefStore.create(doc, asTemplate, `duplicate:${id}`);
});
export const briefHistory = vi.fn(async (id: number) => briefStore.history(id));
export const restoreBrief = vi.fn(async (id: number, revision: number) => {
  const r = briefStore.history(id).find((x) => x.id === revision);
  if (!r || !r.doc) throw { code: "invalid_input", message: `no revision ${revision}` };
  return briefStore.save(id, r.doc);
});
export const exportBrief = vi.fn(async (_id: number, options: ExportOptions): Promise<string | null> =>
  dialog.brief !== undefined ? dialog.brief : `/tmp/brief.${{ pdf: "pdf", docx: "docx", markdown: "md" }[options.format]}`,
);
export const about = vi.fn(async (): Promise<About> => ({
  app_version: "0.1.0",
  core_version: "0.1.0",
  dataset_version: fixtures.overview.dataset.dataset_version,
  dataset_as_of: fixtures.overview.dataset.as_of,
  workspace: okWorkspace.path,
  fonts: [{ name: "Noto Sans", role: "ui-and-pdf", copyright: "© Google", licence: "SIL Open Font License 1.1", text: "PREAMBLE…" }],
}));
export const quitNow = vi.fn(async () => undefined);
export const addToBrief = vi.fn(async (id: number, commitment: string) => {
  const doc = briefStore.brief(id).doc;
  const sector = fixtures.commitments.find((c) => c.id === commitment)?.sectors[0] ?? "cross-cutting";
  let section = doc.sections.find((s) => s.sector === sector);
  const created = !section;
  if (!section) {
    section = { kind: "sector", sector, background: "", talking_points: [], items: [], prompts: null };
    doc.sections.push(section);
  }
  section.items.push({ commitment, include_annotation: true });
  return { state: briefStore.save(id, doc), section: sector, created_section: created };
});
export const openExport = vi.fn(async () => undefined);
export const searchBriefs = vi.fn(async (query: string, _limit: number) => briefStore.search(query));
// --- the record: own records, corrections, releases (a recorder of calls) --

const builtIn: ReleaseInfo = {
  dataset_version: fixtures.overview.dataset.dataset_version,
  date: fixtures.overview.dataset.as_of,
  publisher: "Briefdesk (the record shipped with the app)",
  sha256: "0".repeat(64),
  trust: { kind: "built-in" },
};
/** What the record status says (tests may change it). */
export const recordState = {
  status: (): RecordStatus => ({
    release: builtIn,
    releases: [{ info: builtIn, built_in: true, in_use: true }],
    warnings: [],
    news: [],
    entries: [],
  }),
};
const savedOk = (): RecordSaved => ({ problems: [], written: [] });
export const recordStatus = vi.fn(async (): Promise<RecordStatus> => recordState.status());
export const recordChoices = vi.fn(async (): Promise<RecordChoices> => recordChoicesJson as unknown as RecordChoices);
export const addRecords = vi.fn(async (_records: OwnRecord[]): Promise<RecordSaved> => savedOk());
export const correctRecord = vi.fn(async (_c: Correction, _records: OwnRecord[]): Promise<RecordSaved> => savedOk());
export const removeRecord = vi.fn(async (_key: string): Promise<RecordSaved> => savedOk());
export const recordShow = vi.fn(async (id: string): Promise<RecordShow> => {
  throw { code: "not_found", message: `No record ${id}` };
});
export const updateRecord = vi.fn(async (_accept?: boolean): Promise<ChangeReport | null> => null);
export const applyRelease = vi.fn(async (_retire: boolean): Promise<RecordStatus> => recordState.status());
export const useRelease = vi.fn(async (_version: string): Promise<RecordStatus> => recordState.status());
export const markSeen = vi.fn(async (_records: string[] | null): Promise<NewsItem[]> => []);

// --- the team ---------------------------------------------------------------

/** The team the fake workspace is in (null: none). */
export const teamState: { link: TeamLinked | null } = { link: null };

export function fakeLink(over: Partial<TeamLinked> = {}): TeamLinked {
  return {
    url: "postgres://alice@db.example.org:5432/briefdesk?sslmode=verify-full",
    team: "unit-f4",
    member: "alice",
    joined_at: "2026-12-01T09:00:00Z",
    last_sync: "2026-12-01T09:00:01Z",
    last_error: null,
    refused: 0,
    pending: 0,
    last_error_code: null,
    ...over,
  };
}

const synced = (pulled = 0, changed: string[] = []): TeamSynced => ({
  pushed: 0,
  pulled,
  changed,
  refused: 0,
  status: { link: teamState.link },
});

export const teamStatus = vi.fn(async (): Promise<TeamStatus> => ({ link: teamState.link }));
export const teamJoin = vi.fn(async (_url: string, _team: string | null, _password: string | null): Promise<TeamSynced> => {
  teamState.link = fakeLink();
  return synced();
});
export const teamSync = vi.fn(async (_password: string | null = null): Promise<TeamSynced> => synced());
export const teamLeave = vi.fn(async (): Promise<TeamStatus> => {
  teamState.link = null;
  return { link: null };
});
/** The handler the app registered for background syncs (tests call it as the shell would). */
export let teamSyncedHandler: ((s: TeamSynced) => void) | null = null;
export const onTeamSynced = vi.fn(async (handler: (s: TeamSynced) => void) => {
  teamSyncedHandler = handler;
  return () => {
    if (teamSyncedHandler === handler) teamSyncedHandler = null;
  };
});

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
  teamState.link = null;
  teamSyncedHandler = null;
  for (const f of [teamStatus, teamJoin, teamSync, teamLeave, onTeamSynced]) f.mockClear();
  start.mockReset().mockImplementation(async () => fakeStart());
  filterCommitments.mockReset().mockImplementation(async (f: ListFilter) => fakeFilter(f));
  commitment.mockReset().mockImplementation(async (id: string) => fixtures.details[id] ?? fakeDetail(id));
  uiReady.mockReset().mockImplementation(async () => undefined);
  search.mockReset().mockImplementation(async (query: string) => fakeSearch(query));
  openUrl.mockReset().mockImplementation(async () => undefined);
  store = new FakeStore();
  briefStore = new FakeBriefs();
  closeRequested = null;
  dialog.save = "/tmp/notes.json";
  dialog.open = "/tmp/colleague.json";
  dialog.brief = undefined;
  for (const f of [searchBriefs, briefs, brief, createBrief, saveBrief, deleteBrief, duplicateBrief, briefHistory, restoreBrief, exportBrief, openExport, about, quitNow, addToBrief]) {
    f.mockClear();
  }
  recordStatus.mockReset().mockImplementation(async () => recordState.status());
  recordChoices.mockReset().mockImplementation(async () => recordChoicesJson as unknown as RecordChoices);
  addRecords.mockReset().mockImplementation(async () => savedOk());
  correctRecord.mockReset().mockImplementation(async () => savedOk());
  removeRecord.mockReset().mockImplementation(async () => savedOk());
  updateRecord.mockReset().mockImplementation(async () => null);
  applyRelease.mockReset().mockImplementation(async () => recordState.status());
  useRelease.mockReset().mockImplementation(async () => recordState.status());
  markSeen.mockReset().mockImplementation(async () => []);
  resetWorkspace.mockReset().mockImplementation(async () => okWorkspace);
  annotation.mockReset().mockImplementation(async (id: string) => store.current(id));
  saveAnnotation.mockReset().mockImplementation(async (id: string, fields: AnnotationFields) => store.save(id, fields));
  annotationHistory.mockReset().mockImplementation(async (id: string) => store.history(id));
  restoreAnnotation.mockReset().mockImplementation(async (id: string, revision: number) => store.restore(id, revision));
  undo.mockReset().mockImplementation(async () => store.step("undo"));
  redo.mockReset().mockImplementation(async () => store.step("redo"));
  annotations.mockReset().mockImplementation(async () => store.entries());
  exportAnnotations.mockReset().mockImplementation(async () =>
    dialog.save === null ? null : { path: dialog.save, revisions: store.revisions.length },
  );
  importAnnotations.mockReset().mockImplementation(async () =>
    dialog.open === null ? null : { path: dialog.open, report: emptyReport() },
  );
  onCloseRequested.mockReset().mockImplementation(async (handler: () => Promise<boolean>) => {
    closeRequested = handler;
    return () => {
      if (closeRequested === handler) closeRequested = null;
    };
  });
}
