// Entry point: the bundled fonts and styles, the UI's language (the one the
// user chose, else the system's, else English), then at once the first
// screen's data from the shell in that language (it answers while the shell
// is built) and the application shell. Choosing another language
// rebuilds the shell in place, on the screen the user was on.
import { mark } from "./trace";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-600.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "./style.css";
import * as api from "./api";
import { App } from "./app";
import { baseLang } from "./i18n";
import { startLanguage } from "./settings";

mark("script");
const root = document.getElementById("app");
if (root) {
  startLanguage();
  const first = api.start(baseLang());
  void first.finally(() => mark("got-start")).catch(() => {
    /* App.start shows the error */
  });
  const app = new App(root);
  mark("shell");
  void app.start(first);
}
