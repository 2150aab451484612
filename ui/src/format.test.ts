import { describe, expect, it } from "vitest";
import { formatDateRange } from "./format";

describe("formatDateRange", () => {
  it("shows a single day once", () => {
    expect(formatDateRange("2023-07-03")).toBe("2023-07-03");
    expect(formatDateRange("2023-07-03", "2023-07-03")).toBe("2023-07-03");
  });

  it("joins a range with an en dash", () => {
    expect(formatDateRange("2023-07-03", "2023-07-04")).toBe("2023-07-03 – 2023-07-04");
  });

  it("rejects malformed or reversed ranges", () => {
    expect(() => formatDateRange("3 July 2023")).toThrow();
    expect(() => formatDateRange("2023-07-04", "2023-07-03")).toThrow();
  });
});
