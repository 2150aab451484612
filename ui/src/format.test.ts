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

import { count, formatDate, ordinal } from "./format";

describe("formatDate", () => {
  it("formats full and partial ISO dates", () => {
    expect(formatDate("2026-11-25")).toBe("25 November 2026");
    expect(formatDate("2024-05")).toBe("May 2024");
    expect(formatDate("2024")).toBe("2024");
    expect(formatDate("soon")).toBe("soon");
    expect(formatDate(null)).toBe("");
  });
  it("makes ordinals and plurals", () => {
    expect([1, 2, 3, 4, 11, 12, 21, 28].map(ordinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "21st", "28th",
    ]);
    expect(count("count-commitments", 1)).toBe("1 commitment");
    expect(count("count-commitments", 10000)).toBe("10,000 commitments");
  });
});
