// The live preview of a brief: the core's view of it (BriefView), laid out
// as it will read — cover, contents, sections in order with background,
// talking points, commitments and the sector's context items (marked as
// context, not Council outcomes), "since the last council", sources. Empty
// sections are shown as left out of the export, as the exports do. Text
// only ever goes in as text nodes.
import type { BriefView } from "../bindings/BriefView";
import type { ContextView } from "../bindings/ContextView";
import type { ItemView } from "../bindings/ItemView";
import type { SinceView } from "../bindings/SinceView";
import { h, type Child } from "../dom";
import { formatDate } from "../format";

function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => h("p", { class: "pv-text" }, p));
}

function item(it: ItemView): HTMLElement {
  if (it.missing) {
    return h(
      "li",
      { class: "pv-item missing", "data-testid": "preview-item" },
      h("span", { class: "pv-id" }, it.commitment),
      h("span", { class: "pv-missing" }, "No longer in the dataset; the brief keeps the reference."),
    );
  }
  const facts = [
    it.meeting?.title,
    it.date ? formatDate(it.date) : null,
    it.status_label ? `Status: ${it.status_label}` : null,
    it.verification_label ? `Verification: ${it.verification_label}` : null,
  ].filter((x): x is string => Boolean(x));
  const lineage: Child[] = [];
  if (it.lineage_before.length > 0) lineage.push(`continues ${it.lineage_before.map((l) => l.id).join(", ")}`);
  if (it.lineage_after.length > 0) lineage.push(`continued by ${it.lineage_after.map((l) => l.id).join(", ")}`);
  return h(
    "li",
    { class: "pv-item", "data-testid": "preview-item", "data-id": it.commitment },
    h("div", { class: "pv-item-title" }, h("span", { class: "pv-id" }, it.commitment), " ", it.title ?? ""),
    h("div", { class: "pv-facts" }, facts.join(" · ")),
    it.summary ? h("p", { class: "pv-text" }, it.summary, " ", h("span", { class: "pv-refs" }, refs(it.sources))) : null,
    lineage.length > 0 ? h("div", { class: "pv-lineage" }, `Lineage: ${lineage.join("; ")}.`) : null,
    it.annotation && (it.annotation.note.trim() !== "" || it.annotation.status || it.annotation.tags.length > 0)
      ? h("blockquote", { class: "pv-note" }, h("strong", null, "Your note"), " ", it.annotation.note)
      : null,
  );
}

function refs(sources: number[]): string {
  return [...sources].sort((a, b) => a - b).map((n) => `[${n}]`).join("");
}

function context(c: ContextView): HTMLElement {
  return h(
    "li",
    { class: "pv-item pv-context", "data-testid": "preview-context", "data-id": c.id },
    h("div", { class: "pv-item-title" }, h("span", { class: "pv-id" }, c.id), " ", c.title),
    h("div", { class: "pv-facts" }, `Context, not a Council outcome · ${formatDate(c.date)} · Verification: ${c.verification_label}`),
    h("p", { class: "pv-text" }, c.summary, " ", h("span", { class: "pv-refs" }, refs(c.sources))),
  );
}

function since(s: SinceView): HTMLElement {
  if (!s.meeting) return h("p", { class: "muted" }, "The record holds no council before this brief's meeting.");
  return h(
    "div",
    { class: "pv-since" },
    h("p", { class: "pv-text" }, `What the ${s.meeting.title} (${s.meeting.place}, ${formatDate(s.meeting.date)}) added, by sector, and what it continues.`),
    s.sectors.map((sector) =>
      h(
        "div",
        { class: "pv-since-sector" },
        h("h5", null, sector.name),
        h(
          "ul",
          null,
          sector.added.map((e) =>
            h(
              "li",
              null,
              h("span", { class: "pv-id" }, e.commitment),
              ` ${e.title} (${e.status_label}); `,
              e.continues.length === 0 ? "new." : `continues ${e.continues.map((c) => c.id).join(", ")}.`,
            ),
          ),
        ),
      ),
    ),
    s.unchanged.length > 0 ? h("p", { class: "muted" }, `Nothing new in: ${s.unchanged.join(", ")}.`) : null,
  );
}

/** The preview of `v`. */
export function renderPreview(v: BriefView): HTMLElement {
  const cover = [
    v.marking.trim() ? ["Handling", v.marking] : null,
    v.meeting ? ["Meeting", v.meeting] : null,
    v.date_label ? ["Date", v.date_label] : null,
    v.author.trim() ? ["Author", v.author] : null,
    v.audience.trim() ? ["Audience", v.audience] : null,
  ].filter((x): x is string[] => x !== null);
  return h(
    "article",
    { class: "preview", "data-testid": "brief-preview", "aria-label": "Preview" },
    h("h2", { class: "pv-title", "data-testid": "preview-title" }, v.title),
    h("dl", { class: "pv-cover" }, cover.map(([k, value]) => [h("dt", null, k), h("dd", null, value)])),
    v.missing.length > 0
      ? h("p", { class: "pv-warning", "data-testid": "preview-missing" }, `No longer in the dataset: ${v.missing.join(", ")}.`)
      : null,
    v.sections.map((s, i) =>
      h(
        "section",
        { class: "pv-section", "data-testid": "preview-section", "data-key": s.key },
        h("h3", null, `${i + 1}. ${s.heading}`),
        s.sector_missing ? h("p", { class: "pv-warning" }, "This sector is no longer in the dataset.") : null,
        paragraphs(s.background),
        s.since ? since(s.since) : null,
        s.talking_points.length > 0
          ? [h("h4", null, "Talking points"), h("ol", { class: "pv-points" }, s.talking_points.map((p) => h("li", null, p)))]
          : null,
        s.items.length > 0 ? [h("h4", null, "Commitments"), h("ol", { class: "pv-items" }, s.items.map(item))] : null,
        s.context.length > 0
          ? [
              h("h4", null, "Context"),
              h("p", { class: "muted" }, "Related developments in the record; not Council outcomes."),
              h("ul", { class: "pv-items" }, s.context.map(context)),
            ]
          : null,
        s.empty ? h("p", { class: "muted", "data-testid": "preview-empty" }, "Nothing in this section yet: the export leaves it out.") : null,
      ),
    ),
    v.sources.length > 0
      ? h(
          "section",
          { class: "pv-section" },
          h("h3", null, "Sources"),
          h(
            "ol",
            { class: "pv-sources" },
            v.sources.map((s) =>
              h("li", null, `${s.publisher}, ${s.title}${s.date ? `, ${s.date}` : ""}`, s.url ? h("span", { class: "pv-url" }, ` ${s.url}`) : " (no URL)"),
            ),
          ),
        )
      : null,
  );
}
