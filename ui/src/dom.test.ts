import { describe, expect, it, vi } from "vitest";
import { h } from "./dom";
import { toApiError } from "./errors";

describe("h", () => {
  it("sets text as text, never as HTML", () => {
    const el = h("p", { class: "x", "data-testid": "p", hidden: false }, "<b>bold</b>", 3, null, ["a", "b"]);
    expect(el.textContent).toBe("<b>bold</b>3ab");
    expect(el.querySelector("b")).toBeNull();
    expect(el.className).toBe("x");
    expect(el.hasAttribute("hidden")).toBe(false);
  });

  it("wires events and refuses inline styles", () => {
    const fn = vi.fn();
    h("button", { onclick: fn }).click();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(() => h("div", { style: "color: red" })).toThrow();
  });
});

describe("toApiError", () => {
  it("keeps ApiErrors and wraps anything else as internal", () => {
    expect(toApiError({ code: "not_found", message: "No C9-99", extra: 1 })).toEqual({ code: "not_found", message: "No C9-99" });
    expect(toApiError("plain")).toEqual({ code: "internal", message: "plain" });
    expect(toApiError(new Error("boom"))).toEqual({ code: "internal", message: "boom" });
    expect(toApiError({ code: "weird", message: "x" }).code).toBe("internal");
    expect(toApiError(undefined).code).toBe("internal");
  });
});
