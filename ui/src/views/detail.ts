// The commitment detail panel: metadata, verification, summary, conflicts
// between sources, actors, lineage across councils, see-also and sources, with
// the user's annotation panel (built by views/annotation.ts) after the summary.
import type { CommitmentDetail } from "../bindings/CommitmentDetail";
import type { Field } from "../bindings/Field";
import type { RecordProvenance } from "../bindings/RecordProvenance";
import type { Conflict } from "../bindings/Conflict";
import type { RecordLink } from "../bindings/RecordLink";
import type { SourceView } from "../bindings/SourceView";
import { h } from "../dom";
import { formatDate, formatDateTime } from "../format";
import { t, ta } from "../i18n";
import type { Catalog } from "../state";
import { statusBadge, verificationBadge } from "./badges";

export interface DetailHandlers {
  onOpen(id: string): void;
  onClose(): void;
  onOpenUrl(url: string): void;
  /** "Correct…": a field of this record of the release. */
  onCorrect(d: CommitmentDetail): void;
  /** "Add commitment": one of the user's own, at this record's meeting. */
  onAddCommitment(d: CommitmentDetail): void;
}

export function renderDetailLoading(id: string, handlers: DetailHandlers): HTMLElement {
  return h(
    "article",
    { class: "detail loading", "data-testid": "commitment-detail", "aria-busy": "true" },
    h("div", { class: "detail-bar" }, h("span", { class: "detail-id" }, id), closeButton(handlers)),
    h("p", { class: "muted" }, t("save-state-loading")),
  );
}

export function renderDetail(
  catalog: Catalog,
  d: CommitmentDetail,
  handlers: DetailHandlers,
  annotation: HTMLElement | null = null,
  addToBrief: HTMLElement | null = null,
): HTMLElement {
  const asOf = formatDate(d.status_as_of ?? catalog.overview.dataset.as_of);
  const numbers = new Map(d.sources.map((s) => [s.id, s.number]));
  const isContext = d.record !== "commitment";
  const corrected = (field: Field): HTMLElement | null =>
    d.provenance?.corrections.some((c) => c.field === field)
      ? h("span", { class: "badge mark-corrected", "data-testid": `corrected-${field}` }, t("record-mark", { mark: "corrected" }))
      : null;
  return h(
    "article",
    { class: "detail", "data-testid": "commitment-detail", "aria-labelledby": "detail-title" },
    h(
      "div",
      { class: "detail-bar" },
      h(
        "span",
        { class: "detail-id", "data-testid": "detail-id" },
        h("span", { translate: "no" }, d.id),
        " · ",
        isContext ? t("detail-context") : catalog.kindLabel(d.kind),
      ),
      closeButton(handlers),
    ),
    h("h2", { id: "detail-title", class: "detail-title", "data-testid": "detail-title", tabindex: "-1", translate: "no" }, d.title),
    h(
      "dl",
      { class: "facts" },
      fact(
        t("detail-meeting"),
        d.meeting
          ? [
              catalog.meetingTitleOf(d.meeting.id, d.meeting.title),
              h("span", { class: "muted" }, " · ", h("span", { translate: "no" }, d.meeting.place), ` · ${formatDate(d.meeting.date)}`),
            ]
          : h("span", { class: "muted" }, t("detail-no-meeting")),
      ),
      fact(t("detail-date"), [h("time", { datetime: d.date }, formatDate(d.date)), corrected("date") ?? ""]),
      fact(t("detail-kind"), isContext ? t("detail-context-kind", { kind: catalog.kindLabel(d.kind) }) : catalog.kindLabel(d.kind)),
      fact(
        t("detail-sectors"),
        h("span", { class: "chips" }, d.sectors.map((s) => h("span", { class: "chip" }, catalog.sectorName(s.id)))),
      ),
      fact(
        t("detail-status"),
        d.status
          ? [statusBadge(catalog, d.status), h("span", { class: "muted" }, " ", t("detail-as-of", { date: asOf })), corrected("status") ?? ""]
          : h("span", { class: "muted" }, "—"),
      ),
      fact(t("detail-verification"), [verificationBadge(catalog, d.verification), corrected("verification") ?? ""]),
    ),
    d.provenance ? renderProvenance(catalog, d.provenance, numbers) : null,
    h(
      "div",
      { class: "detail-actions" },
      d.provenance?.added
        ? null
        : h("button", { type: "button", class: "btn small", "data-testid": "detail-correct", onclick: () => handlers.onCorrect(d) }, t("detail-correct")),
      d.record === "commitment"
        ? h("button", { type: "button", class: "btn small", "data-testid": "detail-add-commitment", onclick: () => handlers.onAddCommitment(d) }, t("detail-add-commitment"))
        : null,
    ),
    d.verification_note
      ? h("p", { class: `verif-note v-${d.verification}`, "data-testid": "detail-verification-note", translate: "no" }, d.verification_note)
      : null,
    h("p", { class: "detail-summary", "data-testid": "detail-summary", translate: "no" }, d.summary),
    annotation,
    addToBrief,
    d.conflicts.length > 0 ? renderConflicts(d.conflicts, numbers) : null,
    d.actors.length > 0
      ? section(
          t("detail-actors"),
          "detail-actors",
          h(
            "ul",
            { class: "actors", translate: "no" },
            d.actors.map((a) =>
              h(
                "li",
                null,
                h("span", { class: "actor-name" }, a.name),
                a.native_name ? h("span", { class: "native", lang: "ja" }, a.native_name) : null,
                a.role ? h("span", { class: "actor-role" }, a.role) : null,
                a.note ? h("span", { class: "actor-note muted" }, a.note) : null,
              ),
            ),
          ),
        )
      : null,
    d.lineage_before.length + d.lineage_after.length > 0 ? renderLineage(catalog, d, handlers) : null,
    d.see_also.length > 0
      ? section(
          t("detail-see-also"),
          "detail-see-also",
          h(
            "ul",
            { class: "links" },
            d.see_also.map((l) => h("li", null, linkButton(catalog, l, "see-also-link", handlers))),
          ),
        )
      : null,
    section(
      t("detail-sources"),
      "detail-sources",
      d.sources.length === 0
        ? h("p", { class: "muted" }, t("detail-no-sources"))
        : h("ol", { class: "sources" }, d.sources.map((s) => renderSource(s, handlers))),
    ),
  );
}

/** Who added or corrected the record, when, on which source; the shipped value one click away. */
function renderProvenance(catalog: Catalog, p: RecordProvenance, numbers: Map<string, number>): HTMLElement {
  const cite = (id: string): HTMLElement => {
    const n = numbers.get(id);
    return h("span", { class: "cite", title: id, translate: "no" }, n !== undefined ? `[${n}]` : id);
  };
  return h(
    "section",
    { class: "detail-section provenance", "data-testid": "detail-provenance", "aria-label": t("prov-label") },
    p.added
      ? h(
          "p",
          { class: "prov-added", "data-testid": "prov-added" },
          t("prov-added", { author: p.added.author, date: formatDateTime(p.added.at) }),
          p.added.sources.length > 0 ? [" ", t("prov-sources"), " ", p.added.sources.map((s, i) => [i > 0 ? ", " : "", cite(s)])] : null,
        )
      : null,
    p.corrections.length > 0
      ? h(
          "ul",
          { class: "prov-corrections" },
          p.corrections.map((c) => {
            const shipped = h("span", { class: "prov-shipped", "data-testid": `shipped-${c.field}`, hidden: true }, valueText(catalog, c.field, c.shipped, c.shipped_text));
            const toggle = h(
              "button",
              {
                type: "button",
                class: "btn small link",
                "aria-expanded": "false",
                "data-testid": `show-shipped-${c.field}`,
                onclick: () => {
                  shipped.hidden = !shipped.hidden;
                  toggle.setAttribute("aria-expanded", shipped.hidden ? "false" : "true");
                  toggle.textContent = shipped.hidden ? t("prov-show-shipped") : t("prov-hide-shipped");
                },
              },
              t("prov-show-shipped"),
            );
            return h(
              "li",
              { "data-testid": `prov-corrected-${c.field}` },
              t("prov-corrected", { field: c.field, author: c.author, date: formatDateTime(c.at) }),
              " ",
              h("strong", null, valueText(catalog, c.field, c.value, c.value_text)),
              c.as_of ? [" ", t("prov-as-of", { date: formatDate(c.as_of) })] : null,
              " · ",
              t("prov-sources"),
              " ",
              cite(c.source),
              " · ",
              toggle,
              " ",
              shipped,
            );
          }),
        )
      : null,
  );
}

/** A corrected value in words: labels for keywords, the record's text as data. */
function valueText(catalog: Catalog, field: Field, value: unknown, text: string): HTMLElement {
  if (typeof value === "string" && field === "verification") return h("span", null, catalog.verificationLabel(value));
  if (typeof value === "string" && field === "status") {
    const label = ["held", "reported"].includes(value) ? t("meeting-status", { status: value }) : catalog.statusLabel(value);
    return h("span", null, label);
  }
  if (field === "date" && typeof value === "string") return h("span", null, formatDate(value));
  return h("span", { translate: "no" }, text === "" ? "—" : text);
}

function closeButton(handlers: DetailHandlers): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "btn icon",
      "data-testid": "detail-close",
      "aria-label": t("detail-close"),
      title: ta("detail-close", "title"),
      onclick: () => handlers.onClose(),
    },
    "×",
  );
}

function fact(label: string, value: HTMLElement | (HTMLElement | string)[] | string): HTMLElement[] {
  return [h("dt", null, label), h("dd", null, value)];
}

function section(title: string, testid: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h("section", { class: "detail-section", "data-testid": testid }, h("h3", null, title), body);
}

function renderConflicts(conflicts: Conflict[], numbers: Map<string, number>): HTMLElement {
  return h(
    "section",
    { class: "detail-section conflicts", "data-testid": "detail-conflicts", role: "note" },
    h(
      "h3",
      null,
      h("span", { class: "warn-icon", "aria-hidden": "true" }, "⚠"),
      t("conflicts-title", { count: conflicts.length, number: String(conflicts.length) }),
    ),
    conflicts.map((c) =>
      h(
        "div",
        { class: "conflict", "data-testid": `conflict-${c.id}` },
        h("p", { class: "conflict-field", translate: "no" }, c.field.charAt(0).toUpperCase() + c.field.slice(1)),
        h("p", { class: "conflict-summary", translate: "no" }, c.summary),
        h(
          "ul",
          { class: "claims" },
          c.claims.map((cl) =>
            h(
              "li",
              { class: cl.preferred ? "claim preferred" : "claim" },
              h(
                "div",
                { class: "claim-head" },
                h("span", { class: "claim-value", translate: "no" }, cl.value),
                cl.preferred
                  ? h("span", { class: "badge used", "data-testid": "claim-used", title: ta("claim-used", "title") }, t("claim-used"))
                  : null,
              ),
              h(
                "div",
                { class: "claim-sources" },
                t("conflict-sources"),
                " ",
                cl.sources.map((id, i) => {
                  const n = numbers.get(id);
                  return [
                    i > 0 ? ", " : "",
                    h("span", { class: "cite", title: id, translate: "no" }, n !== undefined ? `[${n}]` : id),
                  ];
                }),
              ),
              cl.note ? h("p", { class: "claim-note muted", translate: "no" }, cl.note) : null,
            ),
          ),
        ),
        h("p", { class: "assessment" }, h("strong", null, t("conflict-assessment")), " ", h("span", { translate: "no" }, c.assessment)),
      ),
    ),
  );
}

function renderLineage(catalog: Catalog, d: CommitmentDetail, handlers: DetailHandlers): HTMLElement {
  const entries = [...d.lineage_before, null, ...d.lineage_after];
  return section(
    t("detail-lineage"),
    "detail-lineage",
    h(
      "ol",
      { class: "lineage" },
      entries.map((l) =>
        l === null
          ? h(
              "li",
              { class: "lineage-this", "aria-current": "true" },
              h("span", { class: "lk-date" }, formatDate(d.date)),
              h("span", { class: "lk-id", translate: "no" }, d.id),
              h("span", { class: "lk-title" }, h("span", { translate: "no" }, d.title), " ", t("lineage-this")),
            )
          : h("li", null, linkButton(catalog, l, "lineage-link", handlers)),
      ),
    ),
  );
}

function linkButton(catalog: Catalog, l: RecordLink, prefix: string, handlers: DetailHandlers): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "record-link",
      "data-testid": `${prefix}-${l.id}`,
      onclick: () => handlers.onOpen(l.id),
    },
    h("span", { class: "lk-date" }, formatDate(l.date)),
    h("span", { class: "lk-id", translate: "no" }, l.id),
    h(
      "span",
      { class: "lk-title" },
      h("span", { translate: "no" }, l.title),
      l.meeting ? h("span", { class: "muted" }, ` · ${catalog.meetingShort(l.meeting)}`) : null,
      l.note ? h("span", { class: "lk-note muted", translate: "no" }, l.note) : null,
    ),
  );
}

function renderSource(s: SourceView, handlers: DetailHandlers): HTMLElement {
  return h(
    "li",
    { class: "source", "data-testid": `source-${s.number}`, id: `source-${s.number}` },
    h("span", { class: "src-num" }, `[${s.number}]`),
    h(
      "div",
      { class: "src-body" },
      h("span", { class: "src-title", lang: s.language, translate: "no" }, s.title),
      h(
        "span",
        { class: "src-meta muted" },
        h("span", { translate: "no" }, s.publisher),
        s.date ? ` · ${formatDate(s.date)}` : "",
        s.language !== "en" ? [" · ", h("span", { translate: "no" }, s.language.toUpperCase())] : "",
      ),
      s.note ? h("span", { class: "src-note muted", translate: "no" }, s.note) : null,
      s.added
        ? h("span", { class: "src-added", "data-testid": `source-added-${s.number}` }, t("prov-source-added", { author: s.added.author, date: formatDateTime(s.added.at) }))
        : null,
      s.url
        ? h(
            "span",
            { class: "src-link" },
            h("span", { class: "src-url", title: s.url, translate: "no" }, s.url),
            h(
              "button",
              {
                type: "button",
                class: "btn small",
                "data-testid": `source-open-${s.number}`,
                "aria-label": t("source-open-label", { number: String(s.number) }),
                onclick: () => handlers.onOpenUrl(s.url as string),
              },
              t("source-open"),
            ),
          )
        : null,
    ),
  );
}
