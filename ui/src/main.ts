// Entry point: the bundled fonts and styles, the UI's language (the one the
// user chose, else the system's, else English), then at once the first
// screen's data from the shell in that language (it answers while the shell
// is built) and the first screen's faces, then the application shell. Choosing another language
// rebuilds the shell in place, on the screen the user was on.
import { mark } from "./trace";
import "./style.css";
import * as api from "./api";
import { App } from "./app";
import { firstScreenFonts } from "./fonts";
import { baseOf, setLang } from "./i18n";
import { startLanguage } from "./settings";

mark("script");
const root = document.getElementById("app");
if (root) {
  const lang = startLanguage();
  // English is in the script; another language's catalogue is a chunk,
  // fetched beside the first screen's data (it falls back to English if it
  // cannot be read: a damaged install still opens).
  const speaking = setLang(lang).catch(() => setLang("en"));
  const first = api.start(baseOf(lang));
  // The faces start loading now, beside the data, not after the shell is built.
  const fonts = firstScreenFonts();
  void first.finally(() => mark("got-start")).catch(() => {
    /* App.start shows the error */
  });
  void speaking.then(() => {
    const app = new App(root);
    mark("shell");
    return app.start(first, fonts);
  });
}
