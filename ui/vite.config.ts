import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
// The message catalogue is shared with the Rust core, at the top of the repo.
const locales = fileURLToPath(new URL("../locales", import.meta.url));

// The UI is served from ui/ and built into ui/dist, which tauri.conf.json
// points at (build.frontendDist). No remote assets: everything is bundled.
export default defineConfig({
  root,
  base: "./",
  clearScreen: false,
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
  },
});
