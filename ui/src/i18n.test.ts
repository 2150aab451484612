// @vitest-environment node
/// <reference types="node" />
// The catalogue (locales/{en,it,ja}/*.ftl): the three languages hold the same
// messages and attributes with the same variables, every id the UI uses
// exists and every message is used, and the shared table of formatted
// strings (locales/fixtures.json) comes out exactly (the Rust core checks
// the same table).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { parse, type Pattern, type PatternElement, type Expression, Message, Term, Junk } from "@fluent/syntax";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const LANGS = ["en", "it", "ja"] as const;

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "node_modules" || name === "target" || name === "bindings") return [];
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** Per language: file → message id → { attributes, variables }. */
type Entry = { attributes: string[]; variables: string[] };
function catalogue(lang: string): Map<string, Map<string, Entry>> {
  const dir = join(repo, "locales", lang);
  const out = new Map<string, Map<string, Entry>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    const res = parse(readFileSync(join(dir, file), "utf8"), {});
    const junk = res.body.filter((e) => e instanceof Junk) as Junk[];
    expect(junk.map((j) => `${lang}/${file}: ${j.content.slice(0, 60)}`)).toEqual([]);
    const msgs = new Map<string, Entry>();
    for (const e of res.body) {
      if (!(e instanceof Message) && !(e instanceof Term)) continue;
      const vars = new Set<string>();
      if (e.value) variablesOf(e.value, vars);
      for (const a of e.attributes) variablesOf(a.value, vars);
      msgs.set((e instanceof Term ? "-" : "") + e.id.name, {
        attributes: e.attributes.map((a) => a.id.name).sort(),
        variables: [...vars].sort(),
      });
    }
    out.set(file, msgs);
  }
  return out;
}

function variablesOf(p: Pattern, out: Set<string>): void {
  for (const el of p.elements as PatternElement[]) {
    if (el.type !== "Placeable") continue;
    expressionVars(el.expression as Expression, out);
  }
}

function expressionVars(e: Expression, out: Set<string>): void {
  switch (e.type) {
    case "VariableReference":
      out.add(e.id.name);
      break;
    case "SelectExpression":
      expressionVars(e.selector, out);
      for (const v of e.variants) variablesOf(v.value, out);
      break;
    case "FunctionReference":
      for (const a of e.arguments.positional) expressionVars(a, out);
      break;
    case "Placeable":
      expressionVars(e.expression as Expression, out);
      break;
    default:
      break;
  }
}

const cats = Object.fromEntries(LANGS.map((l) => [l, catalogue(l)])) as Record<(typeof LANGS)[number], ReturnType<typeof catalogue>>;

function bundleOf(lang: string): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  const dir = join(repo, "locales", lang);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) b.addResource(new FluentResource(readFileSync(join(dir, f), "utf8")));
  return b;
}

describe("the catalogue", () => {
  it("has the same files, messages and attributes in English, Italian and Japanese", () => {
    const files = [...cats.en.keys()];
    // One bundle holds every file of a language: an id defined in two files is an error.
    for (const l of LANGS) {
      const seen = new Map<string, string>();
      for (const [f, msgs] of cats[l]) {
        for (const id of msgs.keys()) {
          expect(seen.get(id), `${l}: ${id} is in ${seen.get(id)} and ${f}`).toBeUndefined();
          seen.set(id, f);
        }
      }
    }
    for (const l of ["it", "ja"] as const) {
      expect([...cats[l].keys()], l).toEqual(files);
      for (const f of files) {
        const en = cats.en.get(f)!;
        const other = cats[l].get(f)!;
        expect([...other.keys()].sort(), `${l}/${f}`).toEqual([...en.keys()].sort());
        for (const [id, e] of en) {
          expect(other.get(id)?.attributes, `${l}/${f}: ${id} attributes`).toEqual(e.attributes);
        }
      }
    }
    // A translation uses only variables the English message is given.
    for (const f of files) {
      for (const [id, e] of cats.en.get(f)!) {
        for (const l of ["it", "ja"] as const) {
          const unknown = cats[l].get(f)!.get(id)!.variables.filter((v) => !e.variables.includes(v));
          expect(unknown, `${l}/${f}: ${id} uses variables the English message does not`).toEqual([]);
        }
      }
    }
  });

  it("has every message the UI uses, and no message nothing uses", () => {
    const all = new Map<string, string[]>();
    for (const [f, msgs] of cats.en) for (const [id, e] of msgs) all.set(id, e.attributes.map((a) => `${id}.${a}`).concat(f));
    const code = walk(join(repo, "ui", "src"), /\.ts$/)
      .filter((p) => !p.endsWith(".test.ts") && !p.includes("/test/"))
      .map((p) => ({ path: relative(repo, p), text: readFileSync(p, "utf8") }));
    const used = new Set<string>();
    const missing: string[] = [];
    for (const { path, text } of code) {
      for (const m of text.matchAll(/\b(?:t|count)\(\s*"([a-z0-9-]+)"/g)) {
        used.add(m[1]!);
        if (!all.has(m[1]!)) missing.push(`${path}: ${m[1]}`);
      }
      for (const m of text.matchAll(/\bt\(\s*[^,;]*?\?\s*"([a-z0-9-]+)"\s*:\s*"([a-z0-9-]+)"/g)) {
        for (const id of [m[1]!, m[2]!]) {
          used.add(id);
          if (!all.has(id)) missing.push(`${path}: ${id}`);
        }
      }
      for (const m of text.matchAll(/\bta\(\s*"([a-z0-9-]+)",\s*"([a-z0-9-]+)"/g)) {
        used.add(m[1]!);
        if (!all.get(m[1]!)?.includes(`${m[1]}.${m[2]}`)) missing.push(`${path}: ${m[1]}.${m[2]}`);
      }
    }
    // Ids made from a keyword of the record: every keyword the bindings name has its message.
    const keywords = (binding: string): string[] =>
      [...readFileSync(join(repo, "ui", "src", "bindings", `${binding}.ts`), "utf8").matchAll(/"([a-z0-9-_]+)"/g)].map((m) => m[1]!);
    for (const [prefix, binding] of [
      ["status-", "CommitmentStatus"],
      ["verification-", "Verification"],
      ["kind-", "CommitmentKind"],
      ["user-status-", "UserStatus"],
      ["search-field-", "SearchField"],
      ["error-", "ErrorCode"],
    ] as const) {
      for (const k of keywords(binding).map((k) => k.replaceAll("_", "-"))) {
        used.add(prefix + k);
        if (!all.has(prefix + k)) missing.push(`${binding}: ${prefix}${k}`);
      }
    }
    // Used by the i18n runtime itself and by the core (Rust reads the same files).
    for (const id of ["date-day", "date-month", "date-year", "date-time", "ordinal", "list-and", "list-separator"]) used.add(id);
    for (const id of ["count-commitments", "count-meetings", "count-sources", "count-sections", "count-revisions", "count-new-revisions"]) used.add(id);
    // The core's ids are in the catalogue too (Rust falls back to the bare id).
    const core = coreIds();
    for (const id of core) if (!all.has(id)) missing.push(`crates: ${id}`);
    expect(missing).toEqual([]);
    // The UI's bundle leaves cli.ftl out (i18n.ts): nothing it shows may come from there.
    expect([...used].filter((id) => all.get(id)?.includes("cli.ftl"))).toEqual([]);
    // The CLI's help is read by ids made from the command tree (`cli-help-brief-add--section`):
    // its own test walks the tree and fails on a missing or an unused one.
    const unused = [...all.keys()].filter((id) => !used.has(id) && !core.has(id) && !id.startsWith("cli-help"));
    expect(unused).toEqual([]);
  });

  it("formats the shared table of strings exactly, in every language", () => {
    const table = JSON.parse(readFileSync(join(repo, "locales", "fixtures.json"), "utf8")) as {
      lang: string;
      id: string;
      args: Record<string, FluentVariable>;
      expected: string;
    }[];
    expect(table.length).toBeGreaterThan(10);
    const bundles = Object.fromEntries(LANGS.map((l) => [l, bundleOf(l)]));
    for (const row of table) {
      const b = bundles[row.lang]!;
      const m = b.getMessage(row.id);
      expect(m?.value, `${row.lang} ${row.id}`).toBeTruthy();
      const errors: Error[] = [];
      expect(b.formatPattern(m!.value!, row.args, errors), `${row.lang} ${row.id} ${JSON.stringify(row.args)}`).toBe(row.expected);
      expect(errors).toEqual([]);
    }
  });
});

/** Ids the Rust core uses (its own test checks them against its code). */
function coreIds(): Set<string> {
  const ids = new Set<string>();
  for (const p of walk(join(repo, "crates"), /\.rs$/)) {
    const text = readFileSync(p, "utf8");
    // tr(lang, "id", …), msg(lang, "id"), count(lang, "id", n); a local `label("id")` or `head("id")`
    // that closes over the language; ("id", value, …) tables of labelled fields and (lang, "id") pairs.
    for (const m of text.matchAll(/\b(?:tr|msg|count)\(\s*[a-z_.]+,\s*"([a-z0-9-]+)"/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/\b(?:label|head)\(\s*"([a-z0-9-]+)"\s*\)/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/\(\s*"((?:export|template|cli)-[a-z0-9-]+)",/g)) ids.add(m[1]!);
    for (const m of text.matchAll(/\(\s*[a-z_.]+,\s*"((?:export|template|cli)-[a-z0-9-]+)"\s*\)/g)) ids.add(m[1]!);
  }
  return ids;
}

describe("plural and ordinal categories without Intl", () => {
  it("agree with ICU's (Intl.PluralRules) for every count the catalogue's variants tell apart", async () => {
    const { pluralOf, ordinalOf } = await import("./i18n");
    const locales = { en: "en-GB", it: "it-IT", ja: "ja-JP" } as const;
    for (const [lang, locale] of Object.entries(locales) as [keyof typeof locales, string][]) {
      const cardinal = new Intl.PluralRules(locale);
      const ordinal = new Intl.PluralRules(locale, { type: "ordinal" });
      for (let n = 0; n <= 1200; n++) {
        // The catalogue has [one] and *[other]: a category it lacks ("many") reads as "other".
        const icu = cardinal.select(n);
        expect(pluralOf(n, lang), `${lang} ${n}`).toBe(icu === "one" ? "one" : "other");
        expect(ordinalOf(n, lang), `${lang} ordinal ${n}`).toBe(ordinal.select(n));
      }
    }
  });
});
