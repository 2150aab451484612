// The overview screen: partnership summary, meeting timeline 2022 → 2026 and
// commitments per sector as horizontal stacked bars by status.
import type { MeetingView } from "../bindings/MeetingView";
import type { SectorStats } from "../bindings/SectorStats";
import { h } from "../dom";
import { count, formatDate } from "../format";
import { t } from "../i18n";
import { Catalog, meetingIsUncertain, STATUS_ORDER } from "../state";

export interface OverviewHandlers {
  onSector(sectorId: string): void;
  onMeeting(meetingId: string): void;
  /** "Add commitment" to a meeting (one of the user's own). */
  onAddCommitment(meetingId: string): void;
  /** "Correct…" a meeting of the release. */
  onCorrectMeeting(meeting: MeetingView): void;
  /** "Add meeting" (one of the user's own). */
  onAddMeeting(): void;
}

export function renderOverview(catalog: Catalog, handlers: OverviewHandlers): HTMLElement {
  const ov = catalog.overview;
  const d = ov.dataset;
  return h(
    "section",
    { class: "overview", "data-testid": "overview", "aria-label": t("nav-overview") },
    h(
      "div",
      { class: "ov-intro" },
      h("h1", { class: "ov-title", translate: "no" }, d.title),
      h(
        "p",
        { class: "ov-summary", "data-testid": "partnership-summary" },
        t("overview-facts", {
          launched: formatDate(d.launched),
          meetings: count("count-meetings", ov.meetings.length),
          commitments: count("count-commitments", d.commitments),
          sources: count("count-sources", d.sources),
        }),
        " ",
        h("span", { class: "muted", translate: "no" }, d.summary),
      ),
    ),
    renderTimeline(catalog, ov.meetings, handlers),
    renderSectors(catalog, ov.sectors, handlers),
  );
}

function renderTimeline(
  catalog: Catalog,
  meetings: MeetingView[],
  handlers: OverviewHandlers,
): HTMLElement {
  const first = meetings[0]?.date.slice(0, 4) ?? "";
  const last = meetings[meetings.length - 1]?.date.slice(0, 4) ?? "";
  return h(
    "section",
    { class: "panel timeline-panel", "aria-labelledby": "timeline-h" },
    h(
      "div",
      { class: "panel-head" },
      h("h2", { id: "timeline-h" }, t("overview-meetings")),
      h(
        "span",
        { class: "panel-tools" },
        h("span", { class: "muted" }, `${first} → ${last}`),
        h("button", { type: "button", class: "btn small", "data-testid": "timeline-add-meeting", onclick: () => handlers.onAddMeeting() }, t("timeline-add-meeting")),
      ),
    ),
    h(
      "ol",
      { class: "timeline", "data-testid": "timeline" },
      meetings.map((m) => {
        const uncertain = meetingIsUncertain(m);
        const badge = uncertain
          ? t("meeting-warning", { status: m.status, verification: m.verification })
          : null;
        return h(
          "li",
          { class: uncertain ? "tl-item uncertain" : "tl-item" },
          h(
            "button",
            {
              type: "button",
              class: "tl-card",
              "data-testid": `meeting-${m.id}`,
              "data-uncertain": uncertain ? "true" : null,
              title: m.verification_note ? t("meeting-card-note", { note: m.verification_note }) : t("meeting-card"),
              onclick: () => handlers.onMeeting(m.id),
            },
            h("span", { class: "tl-year" }, m.date.slice(0, 4)),
            h("span", { class: "tl-date" }, formatDate(m.date), " · ", h("span", { translate: "no" }, m.place)),
            h("span", { class: "tl-title" }, catalog.meetingTitle(m)),
            h(
              "span",
              { class: "tl-foot" },
              h("span", { class: "tl-count" }, count("count-commitments", m.commitments)),
              badge ? h("span", { class: "badge warn", "data-testid": "meeting-warning" }, badge) : null,
              m.provenance
                ? h(
                    "span",
                    { class: "badge mark-corrected", "data-testid": "meeting-mark" },
                    t("record-mark", { mark: m.provenance.added ? "own" : "corrected" }),
                  )
                : null,
            ),
          ),
          h(
            "span",
            { class: "tl-actions" },
            h(
              "button",
              {
                type: "button",
                class: "btn small",
                "data-testid": `timeline-add-${m.id}`,
                "aria-label": t("timeline-add-commitment-label", { meeting: catalog.meetingShort(m.id) }),
                onclick: () => handlers.onAddCommitment(m.id),
              },
              t("timeline-add-commitment"),
            ),
            m.provenance?.added
              ? null
              : h(
                  "button",
                  {
                    type: "button",
                    class: "btn small",
                    "data-testid": `timeline-correct-${m.id}`,
                    "aria-label": t("timeline-correct-label", { meeting: catalog.meetingShort(m.id) }),
                    onclick: () => handlers.onCorrectMeeting(m),
                  },
                  t("timeline-correct"),
                ),
          ),
        );
      }),
    ),
  );
}

function renderSectors(
  catalog: Catalog,
  sectors: SectorStats[],
  handlers: OverviewHandlers,
): HTMLElement {
  const max = Math.max(1, ...sectors.map((s) => s.total));
  return h(
    "section",
    { class: "panel sectors-panel", "aria-labelledby": "sectors-h" },
    h(
      "div",
      { class: "panel-head" },
      h("h2", { id: "sectors-h" }, t("overview-sectors")),
      h(
        "ul",
        { class: "legend", "aria-label": t("overview-legend") },
        STATUS_ORDER.map((s) =>
          h("li", null, h("span", { class: `swatch st-${s}`, "aria-hidden": "true" }), catalog.statusLabel(s)),
        ),
      ),
    ),
    h(
      "ul",
      { class: "sectors" },
      sectors.map((s) => {
        const parts = s.by_status.filter((c) => c.count > 0);
        const bar = h(
          "span",
          { class: "bar", "aria-hidden": "true" },
          parts.map((c) => {
            const seg = h("span", {
              class: `seg st-${c.status}`,
              "data-status": c.status,
              "data-count": c.count,
              title: `${catalog.statusLabel(c.status)}: ${c.count}`,
            });
            seg.style.width = `${(c.count / max) * 100}%`;
            return seg;
          }),
        );
        // The counts in words too: the colours are never the only way to tell the statuses.
        const words = h(
          "span",
          { class: "sector-breakdown", "data-testid": "sector-breakdown" },
          parts.length === 0
            ? t("sector-empty")
            : parts.map((c, i) => [
                i > 0 ? " · " : "",
                h("span", { class: `bd st-${c.status}` }, h("span", { class: `swatch st-${c.status}`, "aria-hidden": "true" }), t("sector-count", { number: String(c.count), status: c.status })),
              ]),
        );
        return h(
          "li",
          null,
          h(
            "button",
            {
              type: "button",
              class: "sector-row",
              "data-testid": `sector-${s.id}`,
              title: t("sector-row", { description: s.description }),
              onclick: () => handlers.onSector(s.id),
            },
            h("span", { class: "sector-name" }, catalog.sectorName(s.id)),
            h("span", { class: "sector-total", "data-testid": "sector-total" }, String(s.total)),
            h("span", { class: "sector-chart" }, bar, words),
          ),
        );
      }),
    ),
  );
}
