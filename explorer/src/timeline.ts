// The timeline: events by date, filtered by coalition and type, a page at a time.
// Dated events come from `from=0001` (which leaves the undated out); the undated ones,
// which the API sorts last, are the same query's tail, listed apart.
import { api, ok } from "./api";
import type { Coalition, EventItem, EventType } from "./api";
import { dateView } from "./card";
import { formatLinks, h, pager } from "./dom";
import { EVENT_TYPES, t, tr } from "./i18n";
import type { View } from "./state";

export const PAGE = 50;
const FIELDS = "id,date,type,title,coalitions";

export interface TimelineHandlers {
  open: (id: string) => void;
  change: (coalition: string, type: EventType | "", page: number) => void;
}

type Row = Required<Pick<EventItem, "id" | "date" | "type" | "title" | "coalitions">>;

function filters(view: View, coalitions: Coalition[], on: TimelineHandlers): HTMLElement {
  const coalition = h(
    "select",
    { id: "tl-coalition" },
    h("option", { value: "" }, t("all")),
    coalitions.map((c) => h("option", { value: c.id, selected: c.id === view.coalition }, c.abbreviation ?? tr(c.name))),
  );
  const type = h(
    "select",
    { id: "tl-type" },
    h("option", { value: "" }, t("all")),
    (Object.keys(EVENT_TYPES) as EventType[]).map((k) => h("option", { value: k, selected: k === view.type }, tr(EVENT_TYPES[k]))),
  );
  const changed = () => on.change(coalition.value, type.value as EventType | "", 0);
  coalition.addEventListener("change", changed);
  type.addEventListener("change", changed);
  return h(
    "div",
    { class: "filters" },
    h("label", { for: "tl-coalition" }, t("coalition")),
    coalition,
    h("label", { for: "tl-type" }, t("type")),
    type,
  );
}

function row(event: Row, on: TimelineHandlers): HTMLElement {
  const button = h("button", { type: "button", class: "link event-title" }, tr(event.title));
  button.addEventListener("click", () => on.open(event.id));
  return h(
    "li",
    { class: "event", "data-id": event.id, "data-type": event.type },
    dateView(event.date),
    h("span", { class: `tag ${event.coalitions.includes("imctc") ? "imctc" : "gc"}` }, tr(EVENT_TYPES[event.type])),
    button,
  );
}

function query(view: View): { coalition?: string[]; type?: EventType[] } {
  return {
    ...(view.coalition ? { coalition: [view.coalition] } : {}),
    ...(view.type ? { type: [view.type] } : {}),
  };
}

export async function renderTimeline(view: View, coalitions: Coalition[], on: TimelineHandlers): Promise<HTMLElement> {
  const offset = view.page * PAGE;
  const dated = ok(await api.GET("/timeline", { params: { query: { ...query(view), from: "0001", fields: FIELDS, limit: PAGE, offset } } }));
  const all = ok(await api.GET("/timeline", { params: { query: { ...query(view), fields: "id", limit: 1 } } }));
  const undatedTotal = all.total - dated.total;
  const undated = undatedTotal > 0
    ? ok(await api.GET("/timeline", { params: { query: { ...query(view), fields: FIELDS, sort: "date", limit: PAGE, offset: dated.total + offset } } }))
    : null;
  const undatedRows = ((undated?.items ?? []) as Row[]).filter((e) => e.date === null);
  const params = new URLSearchParams();
  if (view.coalition) params.set("coalition", view.coalition);
  if (view.type) params.set("type", view.type);
  const pageCount = Math.max(dated.total, undatedTotal);
  const shown = (total: number) =>
    t("pageOf", { from: total ? Math.min(offset + 1, total) : 0, to: Math.min(offset + PAGE, total), total });
  return h(
    "div",
    {},
    filters(view, coalitions, on),
    h("ol", { class: "events", "aria-label": t("timeline") }, (dated.items as Row[]).map((e) => row(e, on))),
    h("p", { class: "count" }, shown(dated.total)),
    h("h3", {}, t("undated")),
    h("ul", { class: "events undated" }, undatedRows.map((e) => row(e, on))),
    h("p", { class: "count" }, shown(undatedTotal)),
    pageCount > PAGE
      ? pager(offset, PAGE, pageCount, { previous: t("previous"), next: t("next"), position: shown(pageCount), of: t("timeline") }, (o) => on.change(view.coalition, view.type, Math.floor(o / PAGE)))
      : null,
    h("p", { class: "data-links" }, `${t("timelineData")}: `, formatLinks("/timeline", params)),
  );
}
