import "./style.css";

function render(root: HTMLElement): void {
  const title = document.createElement("h1");
  title.textContent = "Briefdesk";

  const subtitle = document.createElement("p");
  subtitle.className = "subtitle";
  subtitle.textContent = "EU–Japan Digital Partnership record";

  root.replaceChildren(title, subtitle);
}

const root = document.getElementById("app");
if (root) {
  render(root);
}
