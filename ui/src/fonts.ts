// The bundled faces the first screen is drawn with (Noto Sans, imported by
// main.ts): the first render waits for them, so the screen is laid out and
// painted once, in its own fonts, rather than in a fallback font and again
// when they arrive; they load while the shell waits for its data. A font
// that fails or is slow never holds the screen back longer than
// FONT_WAIT_MS.
import { mark } from "./trace";

export const FONT_WAIT_MS = 300;

/**
 * The weights the UI's CSS uses (style.css), and the marks the first screen
 * shows ("→" on the overview, "↶ Undo", "↷ Redo", "日本語" in the language
 * menu): each `load` fetches the faces whose unicode-range meets its text.
 */
const FIRST_SCREEN: [string, string?][] = [
  ['400 14px "Noto Sans"'],
  ['600 14px "Noto Sans"'],
  ['700 14px "Noto Sans"'],
  ['400 14px "Briefdesk Marks"', "→↶"],
  ['400 12px "Briefdesk Language Names"', "日本語"],
];

/** Resolves when the first screen's faces are loaded, or failed, or after FONT_WAIT_MS; never rejects. */
export function firstScreenFonts(): Promise<void> {
  const fonts = typeof document !== "undefined" ? document.fonts : undefined;
  if (!fonts || typeof fonts.load !== "function") return Promise.resolve();
  const loaded = Promise.allSettled(FIRST_SCREEN.map(([f, text]) => fonts.load(f, text))).then(() => mark("fonts"));
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
}
