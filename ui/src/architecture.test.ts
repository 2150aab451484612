// @vitest-environment node
/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL(".", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|js|mjs)$/.test(name) ? [p] : [];
  });
}

const files = walk(srcDir).map((p) => ({ path: relative(srcDir, p).replace(/\\/g, "/"), text: readFileSync(p, "utf8") }));

describe("architecture", () => {
  it("only api.ts imports @tauri-apps", () => {
    const tauriImport = /(?:from\s*|import\s*\(\s*|import\s+|require\s*\(\s*)["']@tauri-apps\//;
    const offenders = files.filter((f) => f.path !== "api.ts" && tauriImport.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
    expect(tauriImport.test(files.find((f) => f.path === "api.ts")!.text)).toBe(true);
  });

  it("never parses data as HTML and never sets inline style attributes", () => {
    const code = files.filter((f) => !f.path.endsWith(".test.ts"));
    const html = /\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write\(/;
    const style = /setAttribute\(\s*["']style["']/;
    expect(code.filter((f) => html.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(code.filter((f) => style.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("starts each module with a comment saying what it is for", () => {
    const modules = files.filter(
      (f) => !f.path.endsWith(".test.ts") && !f.path.startsWith("bindings/") && !f.path.endsWith(".d.ts"),
    );
    for (const m of modules) expect(m.text.trimStart().startsWith("//") || m.text.trimStart().startsWith("/*"), m.path).toBe(true);
  });
});
