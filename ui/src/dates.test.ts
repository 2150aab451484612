import { describe, expect, it } from "vitest";
import { dateOrderFor, datePlaceholder, daysBetween, formatDateInput, parseDateInput, todayIso } from "./dates";

describe("date fields", () => {
  it("follow the language's order: day first in English and Italian, year first in Japanese", () => {
    for (const [lang, order] of [
      ["en-GB", "dmy"],
      ["en-US", "dmy"],
      ["en", "dmy"],
      ["it-IT", "dmy"],
      ["ja-JP", "ymd"],
      ["ja", "ymd"],
      ["", "dmy"],
      [undefined, "dmy"],
    ] as const) {
      expect(dateOrderFor(lang), String(lang)).toBe(order);
    }
    expect(datePlaceholder("dmy")).toBe("dd/mm/yyyy");
    expect(datePlaceholder("ymd")).toBe("yyyy/mm/dd");
    expect(formatDateInput("2026-12-01", "dmy")).toBe("01/12/2026");
    expect(formatDateInput("2026-12-01", "ymd")).toBe("2026/12/01");
    expect(formatDateInput(null, "dmy")).toBe("");
  });

  it("read what people type, and say why when it is not a date", () => {
    const table: [string, "dmy" | "ymd", string | null | { error: string }][] = [
      ["", "dmy", null],
      ["   ", "dmy", null],
      ["01/12/2026", "dmy", "2026-12-01"],
      ["1/12/2026", "dmy", "2026-12-01"],
      ["1.12.2026", "dmy", "2026-12-01"],
      ["1-12-2026", "dmy", "2026-12-01"],
      [" 1 / 12 / 2026 ", "dmy", "2026-12-01"],
      ["2026-12-01", "dmy", "2026-12-01"], // ISO, as pasted
      ["2026/12/01", "ymd", "2026-12-01"],
      ["2026.1.5", "ymd", "2026-01-05"],
      ["29/02/2028", "dmy", "2028-02-29"],
      ["29/02/2027", "dmy", { error: "February 2027 has no day 29" }],
      ["31/04/2026", "dmy", { error: "April 2026 has no day 31" }],
      ["01/13/2026", "dmy", { error: "there is no month 13" }],
      ["15/01/0001", "dmy", { error: "the year 1 is outside 2000–2100" }],
      ["15/01/1999", "dmy", { error: "the year 1999 is outside 2000–2100" }],
      ["15/01/2101", "dmy", { error: "the year 2101 is outside 2000–2100" }],
      ["01/12/26", "dmy", { error: "write the year in full, last: dd/mm/yyyy" }],
      ["26/12/01", "ymd", { error: "write the year in full, first: yyyy/mm/dd" }],
      ["tomorrow", "dmy", { error: "“tomorrow” is not a date; write it as dd/mm/yyyy" }],
      ["12/2026", "dmy", { error: "“12/2026” is not a date; write it as dd/mm/yyyy" }],
    ];
    for (const [text, order, want] of table) {
      const got = parseDateInput(text, order);
      if (want === null || typeof want === "string") expect(got, text).toEqual({ ok: true, iso: want });
      else expect(got, text).toEqual({ ok: false, error: want.error });
    }
  });

  it("count days between ISO dates, across months and years", () => {
    expect(daysBetween("2026-12-01", "2026-12-01")).toBe(0);
    expect(daysBetween("2026-12-01", "2026-11-20")).toBe(-11);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    // Today from the shell's offset: Tokyo (+9 h) is a day ahead of UTC at 15:00 UTC, New York (−5 h) a day behind at 03:00.
    expect(todayIso(Date.UTC(2026, 11, 1, 15, 0), 9 * 60)).toBe("2026-12-02");
    expect(todayIso(Date.UTC(2026, 11, 1, 14, 59), 9 * 60)).toBe("2026-12-01");
    expect(todayIso(Date.UTC(2026, 11, 1, 3, 0), -5 * 60)).toBe("2026-11-30");
    expect(todayIso(Date.UTC(2026, 11, 31, 23, 30), 60)).toBe("2027-01-01");
    // Before the shell has said, the page's own local time.
    expect(todayIso(new Date(2026, 11, 1, 23, 59).getTime(), null)).toBe("2026-12-01");
  });
});
