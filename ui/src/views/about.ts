// "About": the app's version, the dataset's version and date, where the
// workspace file is (in a field, so it can be selected and copied) and the
// licences of the fonts the app and its exports use.
import * as api from "../api";
import type { About } from "../bindings/About";
import type { ApiError } from "../bindings/ApiError";
import { h, setChildren } from "../dom";
import { formatDate } from "../format";
import { t } from "../i18n";
import type { Catalog } from "../state";

export interface AboutHandlers {
  onError(error: ApiError): void;
}

export class AboutView {
  readonly element: HTMLElement;
  private readonly catalog: Catalog;
  private readonly handlers: AboutHandlers;
  private readonly body: HTMLElement;

  constructor(catalog: Catalog, handlers: AboutHandlers) {
    this.catalog = catalog;
    this.handlers = handlers;
    this.body = h("div", { class: "about-body" }, h("p", { class: "muted" }, t("save-state-loading")));
    this.element = h(
      "section",
      { class: "notes about", "data-testid": "about", "aria-labelledby": "about-title", hidden: true },
      h("div", { class: "notes-head" }, h("h2", { id: "about-title" }, t("about-title"))),
      this.body,
    );
  }

  async refresh(): Promise<void> {
    try {
      this.render(await api.about());
    } catch (e) {
      this.handlers.onError(api.toApiError(e));
    }
  }

  private render(a: About): void {
    const d = this.catalog.overview.dataset;
    const row = (label: string, value: HTMLElement | string, testid: string): HTMLElement[] => [
      h("dt", null, label),
      h("dd", { "data-testid": testid }, value),
    ];
    const workspace = a.workspace
      ? h("input", {
          type: "text",
          class: "copy-field",
          readonly: true,
          value: a.workspace,
          "aria-label": t("about-workspace"),
          "data-testid": "about-workspace-path",
          onfocus: (e: Event) => (e.target as HTMLInputElement).select(),
        })
      : t("about-no-workspace");
    setChildren(
      this.body,
      h("p", null, t("about-intro")),
      h(
        "dl",
        { class: "facts about-facts" },
        row(t("about-version"), a.app_version, "about-version"),
        row(t("about-dataset"), t("about-dataset-version", { title: d.title, version: a.dataset_version ?? d.dataset_version }), "about-dataset"),
        row(t("about-as-of"), formatDate(a.dataset_as_of ?? d.as_of), "about-as-of"),
        row(t("about-workspace"), workspace, "about-workspace"),
        row(t("about-licence"), t("about-licence-text"), "about-licence"),
      ),
      h("h3", { class: "about-fonts-title" }, t("about-fonts")),
      h(
        "ul",
        { class: "about-fonts", "data-testid": "about-fonts" },
        a.fonts.map((f) =>
          h(
            "li",
            { class: "about-font" },
            h("p", null, h("strong", { translate: "no" }, f.name), " — ", t("about-font-role", { role: f.role })),
            h("p", { class: "muted" }, h("span", { translate: "no" }, f.copyright), ". ", h("span", { translate: "no" }, f.licence), "."),
            h(
              "details",
              null,
              h("summary", null, t("about-licence-show", { licence: f.licence })),
              h("pre", { class: "licence-text", translate: "no" }, f.text),
            ),
          ),
        ),
      ),
    );
  }
}
