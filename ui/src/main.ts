// Entry point: bundled fonts and styles, then the application shell.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-600.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-600.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "./style.css";
import { App } from "./app";

const root = document.getElementById("app");
if (root) {
  void new App(root).start();
}
