import { describe, expect, it } from "vitest";
import type { AnnotationEntry } from "./bindings/AnnotationEntry";
import { dueText, followUps } from "./followups";

function entry(id: string, follow_up: string | null, orphaned = false): AnnotationEntry {
  return {
    annotation: { commitment: id, fields: { note: `note ${id}`, status: null, tags: [], follow_up }, updated_at: "2026-11-01T00:00:00Z", revision: 1 },
    title: orphaned ? null : `Title ${id}`,
    orphaned,
  };
}

describe("follow-ups", () => {
  it("list overdue first (longest overdue on top), then due within 14 days, then later; none without a date", () => {
    const entries = [
      entry("C3-01", "2027-02-01"),
      entry("C2-08", "2026-11-30"),
      entry("C1-05", "2026-12-15"),
      entry("L-01", null),
      entry("C2-01", "2026-12-01"),
      entry("X-GONE", "2026-10-01", true),
      entry("C1-01", "2026-12-16"),
      entry("A-01", "2026-12-15"),
    ];
    const got = followUps(entries, "2026-12-01").map((f) => [f.entry.annotation.commitment, f.group, f.days]);
    expect(got).toEqual([
      ["X-GONE", "overdue", -61],
      ["C2-08", "overdue", -1],
      ["C2-01", "soon", 0],
      ["A-01", "soon", 14],
      ["C1-05", "soon", 14],
      ["C1-01", "later", 15],
      ["C3-01", "later", 62],
    ]);
  });

  it("say when in words", () => {
    expect(dueText(-61)).toBe("61 days overdue");
    expect(dueText(-1)).toBe("1 day overdue");
    expect(dueText(0)).toBe("due today");
    expect(dueText(1)).toBe("due tomorrow");
    expect(dueText(14)).toBe("in 14 days");
  });
});
