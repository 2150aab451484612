// The live preview of a brief: the core's view of it (BriefView), laid out
// as it will read — cover, contents, sections in order with background,
// talking points, commitments and the sector's context items (marked as
// context, not Council outcomes), "since the last council", sources. Empty
// sections are shown as left out of the export, as the exports do. The
// words are the UI's (labels from keywords, in its language); the record's
// and the user's text only ever goes in as text nodes, marked translate=no.
import type { BriefView } from "../bindings/BriefView";
import type { ContextView } from "../bindings/ContextView";
import type { ItemView } from "../bindings/ItemView";
import type { SinceView } from "../bindings/SinceView";
import { h, type Child } from "../dom";
import { formatDate } from "../format";
import { t } from "../i18n";
import { type Catalog, listOf } from "../state";

const data = (text: string, cls?: string): HTMLElement => h("span", { class: cls ?? null, translate: "no" }, text);

function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => h("p", { class: "pv-text", translate: "no" }, p));
}

/** "C1-05 (2023), C2-08 (2024)", as the exports write it. */
function ids(links: { id: string; date: string }[]): string {
  return links.map((l) => t("export-record-ref", { id: l.id, year: l.date.slice(0, 4) })).join(t("list-separator"));
}

function item(catalog: Catalog, it: ItemView): HTMLElement {
  if (it.missing) {
    return h(
      "li",
      { class: "pv-item missing", "data-testid": "preview-item" },
      data(it.commitment, "pv-id"),
      " ",
      h("span", { class: "pv-missing" }, t("export-missing-item")),
    );
  }
  const facts: Child[] = [];
  const add = (c: Child): void => {
    if (facts.length > 0) facts.push(" · ");
    facts.push(c);
  };
  if (it.meeting) add(catalog.meetingTitleOf(it.meeting.id, it.meeting.title));
  if (it.date) add(formatDate(it.date));
  if (it.status) add(t("export-status", { status: catalog.statusLabel(it.status) }));
  if (it.verification) add(t("export-verification", { verification: catalog.verificationLabel(it.verification) }));
  const lineage: string[] = [];
  if (it.lineage_before.length > 0) lineage.push(t("export-continues", { ids: ids(it.lineage_before) }));
  if (it.lineage_after.length > 0) lineage.push(t("export-continued-by", { ids: ids(it.lineage_after) }));
  return h(
    "li",
    { class: "pv-item", "data-testid": "preview-item", "data-id": it.commitment },
    h("div", { class: "pv-item-title" }, data(it.commitment, "pv-id"), " ", data(it.title ?? "")),
    h("div", { class: "pv-facts" }, facts),
    it.summary ? h("p", { class: "pv-text" }, data(it.summary), " ", h("span", { class: "pv-refs" }, refs(it.sources))) : null,
    lineage.length > 0
      ? h("div", { class: "pv-lineage" }, t("export-lineage", { lineage: lineage.length === 1 ? lineage[0]! : t("export-clauses", { first: lineage[0]!, second: lineage[1]! }) }))
      : null,
    provenance(it.provenance),
    it.annotation && (it.annotation.note.trim() !== "" || it.annotation.status || it.annotation.tags.length > 0)
      ? h("blockquote", { class: "pv-note" }, h("strong", null, t("export-your-note")), " ", data(it.annotation.note))
      : null,
  );
}

/** Who added or corrected a record, as the export says it (the core writes these sentences in the brief's language, with its names and values). */
function provenance(notes: string[]): HTMLElement[] {
  return notes.map((n) => h("p", { class: "pv-provenance", "data-testid": "preview-provenance" }, data(n)));
}

function refs(sources: number[]): string {
  return [...sources].sort((a, b) => a - b).map((n) => `[${n}]`).join("");
}

function context(catalog: Catalog, c: ContextView): HTMLElement {
  return h(
    "li",
    { class: "pv-item pv-context", "data-testid": "preview-context", "data-id": c.id },
    h("div", { class: "pv-item-title" }, data(c.id, "pv-id"), " ", data(c.title)),
    h(
      "div",
      { class: "pv-facts" },
      [t("export-context-not-outcome"), formatDate(c.date), t("export-verification", { verification: catalog.verificationLabel(c.verification) })].join(" · "),
    ),
    h("p", { class: "pv-text" }, data(c.summary), " ", h("span", { class: "pv-refs" }, refs(c.sources))),
  );
}

function since(catalog: Catalog, s: SinceView): HTMLElement {
  if (!s.meeting) return h("p", { class: "muted" }, t("export-since-none"));
  return h(
    "div",
    { class: "pv-since" },
    h(
      "p",
      { class: "pv-text" },
      t("export-since-intro", {
        meeting: catalog.meetingTitleOf(s.meeting.id, s.meeting.title),
        place: s.meeting.place,
        date: formatDate(s.meeting.date),
      }),
    ),
    s.participants.length > 0
      ? h(
          "p",
          { class: "pv-text", "data-testid": "preview-participants" },
          t("export-participants", { participants: "" }).replace(/[.\u3002]\s*$/, ""),
          " ",
          data(s.participants.map((a) => (a.role ? `${a.name}, ${a.role}` : a.name)).join("; ")),
        )
      : null,
    provenance(s.meeting_provenance),
    s.sectors.map((sector) =>
      h(
        "div",
        { class: "pv-since-sector" },
        h("h5", null, catalog.sectorName(sector.sector)),
        h(
          "ul",
          null,
          sector.added.map((e) =>
            h(
              "li",
              null,
              data(e.commitment, "pv-id"),
              " ",
              data(e.title),
              " ",
              t("export-since-entry", {
                status: catalog.statusLabel(e.status),
                continuation: e.continues.length === 0 ? t("export-new") : t("export-continues", { ids: ids(e.continues) }),
              }),
              e.provenance.map((n) => [" ", data(n, "pv-provenance")]),
            ),
          ),
        ),
      ),
    ),
    s.unchanged.length > 0
      ? h("p", { class: "muted" }, t("export-since-unchanged", { sectors: listOf(s.unchanged.map((name) => catalog.sectorNamed(name))) }))
      : null,
  );
}

/** The preview of `v`, in the UI's language. */
export function renderPreview(catalog: Catalog, v: BriefView): HTMLElement {
  const cover: [string, Child][] = [];
  if (v.marking.trim()) cover.push([t("brief-marking"), data(v.marking)]);
  if (v.meeting_ref) {
    const m = v.meeting_ref;
    cover.push([t("brief-meeting"), t("export-meeting-line", { meeting: catalog.meetingTitleOf(m.id, m.title), place: m.place, date: formatDate(m.date) })]);
  } else if (v.meeting) cover.push([t("brief-meeting"), data(v.meeting)]);
  if (v.date) cover.push([t("brief-date"), formatDate(v.date)]);
  if (v.author.trim()) cover.push([t("brief-author"), data(v.author)]);
  if (v.audience.trim()) cover.push([t("brief-audience"), data(v.audience)]);
  return h(
    "article",
    { class: "preview", "data-testid": "brief-preview", "aria-label": t("preview") },
    h("h2", { class: "pv-title", "data-testid": "preview-title", translate: "no" }, v.title),
    h("dl", { class: "pv-cover" }, cover.map(([k, value]) => [h("dt", null, k), h("dd", null, value)])),
    v.missing.length > 0
      ? h("p", { class: "pv-warning", "data-testid": "preview-missing" }, t("export-missing-note", { count: v.missing.length, ids: v.missing.join(t("list-separator")) }))
      : null,
    v.sections.map((s, i) =>
      h(
        "section",
        { class: "pv-section", "data-testid": "preview-section", "data-key": s.key },
        h("h3", null, `${i + 1}. ${s.kind === "since-last-council" ? t("since-last-council") : catalog.sectorName(s.key)}`),
        s.sector_missing ? h("p", { class: "pv-warning" }, t("export-sector-missing")) : null,
        paragraphs(s.background),
        s.since ? since(catalog, s.since) : null,
        s.talking_points.length > 0
          ? [h("h4", null, t("talking-points")), h("ol", { class: "pv-points", translate: "no" }, s.talking_points.map((p) => h("li", null, p)))]
          : null,
        s.items.length > 0 ? [h("h4", null, t("items")), h("ol", { class: "pv-items" }, s.items.map((it) => item(catalog, it)))] : null,
        s.context.length > 0
          ? [
              h("h4", null, t("export-context")),
              h("p", { class: "muted" }, t("export-context-help")),
              h("ul", { class: "pv-items" }, s.context.map((c) => context(catalog, c))),
            ]
          : null,
        s.empty ? h("p", { class: "muted", "data-testid": "preview-empty" }, t("preview-empty")) : null,
      ),
    ),
    v.sources.length > 0
      ? h(
          "section",
          { class: "pv-section" },
          h("h3", null, t("detail-sources")),
          h(
            "ol",
            { class: "pv-sources" },
            v.sources.map((s) =>
              h(
                "li",
                null,
                data(`${s.publisher}, ${s.title}`),
                s.date ? `, ${formatDate(s.date)}` : "",
                s.url ? h("span", { class: "pv-url", translate: "no" }, ` ${s.url}`) : ` ${t("export-no-url")}`,
                s.added
                  ? h("span", { class: "pv-provenance" }, " (", t("export-source-added", { author: s.added.author, date: formatDate(s.added.at.slice(0, 10)) }), ")")
                  : null,
              ),
            ),
          ),
        )
      : null,
  );
}
