// Status and verification badges shared by the list and the detail view.
import type { CommitmentStatus } from "../bindings/CommitmentStatus";
import type { Verification } from "../bindings/Verification";
import { h } from "../dom";
import { t } from "../i18n";
import type { Catalog } from "../state";

export function statusBadge(catalog: Catalog, status: CommitmentStatus, suffix = ""): HTMLElement {
  return h(
    "span",
    { class: `badge status st-${status}`, "data-status": status },
    h("span", { class: "dot", "aria-hidden": "true" }),
    catalog.statusLabel(status) + suffix,
  );
}

export function verificationBadge(catalog: Catalog, v: Verification): HTMLElement {
  return h(
    "span",
    { class: `badge verif v-${v}`, "data-verification": v, title: t("detail-verification") },
    catalog.verificationLabel(v),
  );
}
