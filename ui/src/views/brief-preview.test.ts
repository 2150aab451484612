import { describe, expect, it } from "vitest";
import type { BriefView } from "../bindings/BriefView";
import quickCyber from "../test/fixtures/brief-view-quick-cybersecurity.json";
import council from "../test/fixtures/brief-view-council-preparation.json";
import { renderPreview } from "./brief-preview";
import { fixtures } from "../test/mock-api";
import { Catalog } from "../state";

const catalog = new Catalog(fixtures.overview, fixtures.commitments);

describe("renderPreview", () => {
  it("shows a sector's context items, marked as context, with their sources", () => {
    const el = renderPreview(catalog, quickCyber as unknown as BriefView);
    const items = [...el.querySelectorAll<HTMLElement>('[data-testid="preview-context"]')];
    expect(items.map((i) => i.dataset.id)).toEqual(["R-04"]);
    expect(items[0]!.textContent).toContain("Context, not a Council outcome");
    expect(items[0]!.textContent).toContain("7th EU–Japan Cyber Dialogue");
    expect(items[0]!.querySelector(".pv-refs")!.textContent).toMatch(/^\[\d+\]$/);
    // Listed apart from the commitments, under their own heading.
    const headings = [...el.querySelectorAll("h4")].map((h) => h.textContent);
    expect(headings).toEqual(["Commitments", "Context"]);
    expect(el.querySelector('[data-testid="preview-empty"]')).toBeNull();
  });

  it("says which sections the export leaves out because nothing is in them", () => {
    const el = renderPreview(catalog, council as unknown as BriefView);
    const empty = el.querySelectorAll('[data-testid="preview-empty"]');
    expect(empty.length).toBe(council.sections.filter((s) => s.empty).length);
    expect(empty.length).toBeGreaterThan(5);
    expect(empty[0]!.textContent).toBe("Nothing in this section yet: the export leaves it out.");
    expect(el.querySelectorAll('[data-testid="preview-context"]').length).toBe(0);
  });
});
