// Entry point: bundled fonts and styles, the UI's language (the one the
// user chose, else the system's, else English), then the application
// shell. Choosing another language rebuilds the shell in place, on the
// screen the user was on.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-600.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "./style.css";
import { App } from "./app";
import { startLanguage } from "./settings";

const root = document.getElementById("app");
if (root) {
  startLanguage();
  void new App(root).start();
}
