// The user's settings kept by the webview (its storage lives with the app's
// other data, under BRIEFDESK_HOME in tests): for now the UI's language.
import { isUiLang, langFrom, type UiLang } from "./i18n";

const LANG_KEY = "briefdesk.lang";

/** The language chosen earlier, if any. */
export function savedLang(): UiLang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return isUiLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function saveLang(lang: UiLang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    /* storage unavailable: the choice holds until the app closes */
  }
}

/** The language the UI starts in: the saved choice, else the system's, else English. */
export function startLanguage(): UiLang {
  const langs = typeof navigator !== "undefined" ? (navigator.languages ?? [navigator.language]) : [];
  return savedLang() ?? langFrom(langs);
}
