import { defineConfig, type Plugin } from "vitest/config";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";

const root = fileURLToPath(new URL(".", import.meta.url));
// The message catalogue is shared with the Rust core, at the top of the repo.
const locales = fileURLToPath(new URL("../locales", import.meta.url));

/**
 * `import x from "….ftl?fluent"`: the file's messages parsed at build time by
 * the same @fluent/bundle parser the UI would run, as JSON text (src/i18n.ts
 * parses the UI language's when it first needs it and turns them back into a
 * FluentResource). Parsing the catalogue in the page took ~10 ms of start-up,
 * with JIT warm-up and garbage (issue 17); JSON.parse of the parsed form ~1.
 */
function fluentAtBuildTime(): Plugin {
  return {
    name: "briefdesk-fluent",
    load(id) {
      const [file, query] = id.split("?");
      if (query !== "fluent" || !file!.endsWith(".ftl")) return null;
      this.addWatchFile(file!);
      const body = new FluentResource(readFileSync(file!, "utf8")).body;
      return `export default ${JSON.stringify(JSON.stringify(body))};`;
    },
  };
}

// The UI is served from ui/ and built into ui/dist, which tauri.conf.json
// points at (build.frontendDist). No remote assets: everything is bundled.
export default defineConfig({
  plugins: [fluentAtBuildTime()],
  root,
  base: "./",
  clearScreen: false,
  // Non-ASCII characters in the bundle as \u escapes: a script with one
  // character beyond Latin-1 is held by JavaScriptCore as UTF-16, twice its
  // size, and lexed as such (issue 17).
  esbuild: { charset: "ascii" },
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [root, locales] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Keep assets as files: the CSP has no data: sources.
    assetsInlineLimit: 0,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "jsdom",
    // A hang still fails; a loaded CI machine (the 10,000-row list takes
    // 1.2 s on a quiet one) does not.
    testTimeout: 30_000,
  },
});
