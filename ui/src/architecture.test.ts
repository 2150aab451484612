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

describe("the webview's permissions", () => {
  const root = join(srcDir, "..", "..");
  const capability = JSON.parse(readFileSync(join(root, "src-tauri/capabilities/default.json"), "utf8"));
  const conf = JSON.parse(readFileSync(join(root, "tauri.conf.json"), "utf8"));
  const api = files.find((f) => f.path === "api.ts")!.text;

  it("grants exactly the app commands api.ts invokes", () => {
    const invoked = [...api.matchAll(/call<[^>]*>\(\s*"([a-z_]+)"/g)].map((m) => m[1]).sort();
    const granted = (capability.permissions as unknown[])
      .filter((p): p is string => typeof p === "string" && p.startsWith("allow-"))
      .map((p) => p.slice("allow-".length).replace(/-/g, "_"))
      .sort();
    expect(invoked.length).toBeGreaterThan(0);
    expect(granted).toEqual(invoked);
  });

  it("grants no file-system or shell access, only the needed plugin permissions, and opens only http(s) links", () => {
    const ids = (capability.permissions as unknown[]).map((p) =>
      typeof p === "string" ? p : (p as { identifier: string }).identifier,
    );
    expect(ids.filter((id) => /^(fs|shell):/.test(id))).toEqual([]);
    // Beyond the app's own commands: the close-requested event and closing
    // the window (to save text first), and opening http(s) links. Nothing
    // else: no dialog of the webview's own (the shell asks for file paths).
    expect(ids.filter((id) => !id.startsWith("allow-")).sort()).toEqual(
      [
        "core:event:allow-listen",
        "core:event:allow-unlisten",
        "core:window:allow-destroy",
        "opener:allow-open-url",
      ].sort(),
    );
    const opener = (capability.permissions as { identifier?: string; allow?: { url: string }[] }[]).find(
      (p) => p.identifier === "opener:allow-open-url",
    )!;
    expect(opener.allow!.every((a) => /^https?:\/\/\*$/.test(a.url))).toBe(true);
  });

  it("has a strict CSP with nothing remote", () => {
    const csp: string = conf.app.security.csp;
    const directives = Object.fromEntries(
      csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
    ) as Record<string, string[]>;
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|data:|blob:|https:|wss?:/);
    for (const [name, sources] of Object.entries(directives)) {
      for (const s of sources) {
        expect(["'self'", "'none'", "ipc:", "http://ipc.localhost"], `${name} ${s}`).toContain(s);
      }
    }
  });
});
