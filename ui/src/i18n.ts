// The UI's words in English, Italian and Japanese, from the one catalogue
// the core reads too (locales/{en,it,ja}/*.ftl at the top of the repo,
// Project Fluent). Placeholders are not wrapped in Unicode isolation marks,
// and years, days and ids go in as strings (the JS runtime would group
// digits: "2,025"); only counts for plurals go in as numbers. Dates are
// formatted from the catalogue, the same way the core formats them.
//
// "en-XA" is a pseudo-locale for tests: English with every letter accented
// and vowels doubled, so a text shown without it was not taken from here.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export type { Lang } from "./bindings/Lang";
import type { Lang } from "./bindings/Lang";
import { mark } from "./trace";
export type UiLang = Lang | "en-XA";

/** The languages a user can choose, with their own names. */
export const LANGS: readonly { lang: Lang; name: string }[] = [
  { lang: "en", name: "English" },
  { lang: "it", name: "Italiano" },
  { lang: "ja", name: "日本語" },
];

/** The locale each language formats with (dates, plurals). */
const LOCALES: Record<UiLang, string> = { en: "en-GB", it: "it-IT", ja: "ja-JP", "en-XA": "en-GB" };

// Every file but the CLI's (cli.ftl: its help and terminal lines, a third
// of the catalogue), which the UI never shows: not in the bundle. Parsed at
// build time (vite.config.ts, `?fluent`): each is the JSON of the `body` of
// the FluentResource the parser makes, which `resource` puts back. English,
// every message's fallback, is in the script; Italian and Japanese are
// chunks fetched when the UI first speaks them (`loadLang`): two thirds of
// the catalogue the page would otherwise parse and keep (issue 17).
const english = import.meta.glob(["../../locales/en/*.ftl", "!../../locales/en/cli.ftl"], {
  query: "?fluent",
  import: "default",
  eager: true,
}) as Record<string, string>;
const others = import.meta.glob(["../../locales/*/*.ftl", "!../../locales/*/cli.ftl", "!../../locales/en/*.ftl"], {
  query: "?fluent",
  import: "default",
}) as Record<string, () => Promise<string>>;
const loaded = new Map<Lang, Record<string, string>>([["en", english]]);

/** The language `lang` is (the pseudo-locale is English). */
export function baseOf(lang: UiLang): Lang {
  return lang === "en-XA" ? "en" : lang;
}

/** Fetches language `lang`'s catalogue (once); `t` speaks it from then on. */
export async function loadLang(lang: UiLang): Promise<void> {
  const base = baseOf(lang);
  if (loaded.has(base)) return;
  const files = Object.entries(others).filter(([path]) => path.includes(`/locales/${base}/`));
  const texts = await Promise.all(files.map(async ([path, load]) => [path, await load()] as const));
  loaded.set(base, Object.fromEntries(texts));
}

/** A resource from its parsed messages (the parser's own output, made at build time). */
function resource(json: string): FluentResource {
  const r = Object.create(FluentResource.prototype) as FluentResource;
  r.body = JSON.parse(json) as FluentResource["body"];
  return r;
}

const bundles = new Map<UiLang, FluentBundle>();
let current: UiLang = "en";

/** Vowels doubled, letters accented: visibly "translated", still readable. */
const PSEUDO: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i]!,
  ]),
);

export function pseudo(text: string): string {
  let out = "";
  for (const c of text) {
    const p = PSEUDO[c];
    out += p === undefined ? c : "aeiouAEIOU".includes(c) ? p + p : p;
  }
  return out;
}

function bundle(lang: UiLang): FluentBundle {
  let b = bundles.get(lang);
  if (b) return b;
  const base = baseOf(lang);
  b = new FluentBundle(LOCALES[lang], {
    useIsolating: false,
    transform: lang === "en-XA" ? pseudo : (s: string) => s,
  });
  const sources = loaded.get(base);
  if (!sources) throw new Error(`i18n: the ${base} catalogue is not loaded (loadLang)`);
  for (const [path, text] of Object.entries(sources)) {
    const errors = b.addResource(resource(text));
    if (errors.length > 0) throw new Error(`${path}: ${errors.map(String).join("; ")}`);
  }
  bundles.set(lang, b);
  mark(`i18n-${lang}`);
  return b;
}

/** The language the UI speaks now. */
export function lang(): UiLang {
  return current;
}

/** The locale numbers and plurals follow ("en-GB", "it-IT", "ja-JP"). */
export function numberLocale(): string {
  return LOCALES[current];
}

/** The base language (the pseudo-locale is English). */
export function baseLang(): Lang {
  return baseOf(current);
}

/** Speaks `lang` from now on, once its catalogue is loaded. */
export async function setLang(lang: UiLang): Promise<void> {
  await loadLang(lang);
  current = lang;
  if (typeof document !== "undefined") document.documentElement.lang = LOCALES[lang].split("-")[0] ?? "en";
}

/** The best of our languages for the system's list ("it-IT", "ja"…); English when none fits. */
export function langFrom(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split(/[-_]/)[0];
    if (base === "it" || base === "ja" || base === "en") return base;
  }
  return "en";
}

/** Is `value` one of the UI's languages (including the pseudo-locale)? */
export function isUiLang(value: unknown): value is UiLang {
  return value === "en" || value === "it" || value === "ja" || value === "en-XA";
}

export type Args = Record<string, FluentVariable>;

/**
 * The plural category of a count (CLDR's cardinal rules, for the
 * catalogue's `[one]` / `*[other]` variants): "one" for exactly 1 in English
 * and Italian, "other" for everything else, and always in Japanese, which
 * has no singular. `t` passes a numeric `count` as this category, so the page
 * never builds an Intl.PluralRules: the first one loads ICU's plural and
 * locale data (~3 ms and ~1 MiB at start-up, issue 17). Italian's "many"
 * (a million and up) has no variant in the catalogue, so it is "other".
 */
export function pluralOf(n: number, l: UiLang = current): "one" | "other" {
  return l !== "ja" && n === 1 ? "one" : "other";
}

/** The ordinal category of `n` (CLDR's ordinal rules): English 1st, 2nd, 3rd, 4th…, Italian "many" for 8, 11, 80 and 800. */
export function ordinalOf(n: number, l: UiLang = current): "one" | "two" | "few" | "many" | "other" {
  if (l === "ja") return "other";
  if (l === "it") return [8, 11, 80, 800].includes(n) ? "many" : "other";
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return "one";
  if (d === 2 && dd !== 12) return "two";
  if (d === 3 && dd !== 13) return "few";
  return "other";
}

/** `args` for a message of language `l`: a numeric `count` as its plural category there. */
function argsIn(l: UiLang, args: Args | undefined): Args | null {
  if (!args) return null;
  return typeof args.count === "number" ? { ...args, count: pluralOf(args.count, l) } : args;
}

/** The message `id` in the UI's language (English when it lacks it; the id itself when no language has it). */
export function t(id: string, args?: Args): string {
  for (const l of current === "en" ? ["en" as const] : [current, "en" as const]) {
    const b = bundle(l);
    const m = b.getMessage(id);
    if (m?.value) {
      const errors: Error[] = [];
      const out = b.formatPattern(m.value, argsIn(l, args), errors);
      if (errors.length > 0) console.error(`i18n: ${id}: ${errors.join("; ")}`);
      return out;
    }
  }
  console.error(`i18n: no message ${id}`);
  return id;
}

/** The attribute `attr` of message `id` (e.g. a tooltip or an accessible name). */
export function ta(id: string, attr: string, args?: Args): string {
  for (const l of current === "en" ? ["en" as const] : [current, "en" as const]) {
    const b = bundle(l);
    const p = b.getMessage(id)?.attributes[attr];
    if (p) return b.formatPattern(p, argsIn(l, args));
  }
  console.error(`i18n: no attribute ${id}.${attr}`);
  return `${id}.${attr}`;
}

/**
 * A record date as the language writes it: "2026-11-25" → "25 November
 * 2026" / "25 novembre 2026" / "2026年11月25日"; "2024-05" → the month;
 * "2024" → the year; anything else as given.
 */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return t("date-year", { year: y });
  const month = Number(mo);
  if (month < 1 || month > 12) return date;
  if (!d) return t("date-month", { year: y, month });
  return t("date-day", { year: y, month, day: String(Number(d)) });
}

/** An RFC 3339 time in local time: the date as above, and the hour. */
export function formatDateTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, "0");
  const day = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  return t("date-time", { date: formatDate(day), time: `${pad(time.getHours())}:${pad(time.getMinutes())}` });
}
