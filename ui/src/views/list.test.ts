import { describe, expect, it, vi } from "vitest";

vi.mock("../api", () => import("../test/mock-api"));

import * as api from "../api";
import type { CommitmentSummary } from "../bindings/CommitmentSummary";
import { Catalog } from "../state";
import { fixtures, store } from "../test/mock-api";
import { ListView } from "./list";

function synthetic(n: number): CommitmentSummary[] {
  const sectors = fixtures.overview.sectors.map((s) => s.id);
  const meetings = fixtures.overview.meetings.map((m) => m.id);
  const statuses = ["delivered", "in-progress", "announced", "planned", "recorded"] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `X-${String(i).padStart(5, "0")}`,
    meeting: meetings[i % meetings.length],
    date: "2025-05-12",
    sectors: [sectors[i % sectors.length]],
    kind: "initiative",
    status: statuses[i % statuses.length],
    verification: "confirmed",
    title: `Synthetic commitment number ${i}`,
  }));
}

describe("virtualised list", () => {
  it("renders only a small window of 10,000 commitments", async () => {
    const summaries = synthetic(10_000);
    const list = new ListView(new Catalog(fixtures.overview, summaries), {
      onOpen: () => {},
      onError: (e) => {
        throw new Error(e.message);
      },
    });
    document.body.replaceChildren(list.element);

    const rows = () => list.element.querySelectorAll('[role="option"]');
    expect(list.listed).toHaveLength(10_000);
    expect(list.element.querySelector('[data-testid="result-count"]')!.textContent).toBe("10,000 commitments");
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(list.element.querySelector('[data-testid="commitment-row-X-00000"]')).not.toBeNull();
    expect(list.element.querySelector('[data-testid="commitment-row-X-09999"]')).toBeNull();

    // The spacer has the full height, so the scrollbar is right.
    const inner = list.element.querySelector<HTMLElement>(".vlist-inner")!;
    expect(inner.style.height).toBe(`${10_000 * 60}px`);

    // Moving far down renders the new window only.
    for (let i = 0; i < 1000; i++) list.moveSelection(1);
    expect(list.selectedId).toBe("X-00999");
    const selected = list.element.querySelector<HTMLElement>('[data-testid="commitment-row-X-00999"]')!;
    expect(selected.getAttribute("aria-selected")).toBe("true");
    expect(selected.style.transform).toBe(`translateY(${999 * 60}px)`);
    expect(rows().length).toBeLessThan(60);
    expect(list.element.querySelector('[data-testid="commitment-row-X-00000"]')).toBeNull();

    // A filtered result from the core is rendered the same way.
    vi.mocked(api.filterCommitments).mockResolvedValueOnce(summaries.slice(0, 9000).map((s) => s.id));
    list.setFilter({ sector: null, meeting: null, status: null, verification: null, kind: null, text: "synthetic", tag: null, user_status: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(list.element.querySelector('[data-testid="result-count"]')!.textContent).toBe(
      "9,000 of 10,000 commitments",
    );
    expect(rows().length).toBeLessThan(60);
  });
});

describe("the tag filter's choices", () => {
  it("lists each tag once, ignoring case and accents in the order, as a collator's base sensitivity would", () => {
    const summaries = synthetic(4);
    const list = new ListView(new Catalog(fixtures.overview, summaries), {
      onOpen: () => {},
      onError: (e) => {
        throw new Error(e.message);
      },
    });
    const tags = [["Zeta", "école"], ["alpha", "ZETA"], ["Ecole", "beta"], ["Élan"]];
    list.setAnnotations(
      tags.map((t, i) => ({
        ...store.seed(summaries[i]!.id, { note: "n", tags: t }),
      })),
    );
    expect(list.tags()).toEqual(["alpha", "beta", "Ecole", "école", "Élan", "Zeta"]);
  });
});
