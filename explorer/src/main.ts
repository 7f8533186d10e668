// The explorer: a map, a timeline, cards with citations and search, in English or
// Arabic, its whole state in the URL. Everything it loads comes from this service.
import { api, coalitionCountries, memberCount, ok, organizationPage } from "./api";
import type { Coalition, EventType, MapMember } from "./api";
import { renderCard, renderList } from "./card";
import { byId, formatLinks, h, pager } from "./dom";
import { setLang, t, tr } from "./i18n";
import type { Lang } from "./i18n";
import { drawMap, legend, nextTask } from "./map";
import type { Counts, MapData } from "./map";
import { renderResults } from "./search";
import { readView, viewQuery } from "./state";
import type { CardKind, View } from "./state";
import { renderTimeline } from "./timeline";

const ORG_PAGE = 8;

let view: View = readView(window.location.search);
let data: MapData | null = null;
let orgOffset = 0;
let listed: MapMember[] | null = null;

function navigate(next: Partial<View>, focusCard = false): void {
  const before = view;
  view = { ...view, ...next };
  const url = `${window.location.pathname}${viewQuery(view)}`;
  window.history.pushState(null, "", url);
  void render(before, focusCard);
}

function openCard(kind: CardKind, id: string): void {
  listed = null;
  navigate({ card: { kind, id } }, true);
}

function openList(members: MapMember[]): void {
  listed = members;
  const region = byId("card-content");
  region.replaceChildren(renderList(members.slice(0, 200), openCard));
  byId("card-title").focus();
}

/** Text that lives in the page's skeleton, in the current language. */
function chrome(): void {
  document.title = t("title");
  byId("title").textContent = t("title");
  byId("subtitle").textContent = t("subtitle");
  byId("q-label").textContent = t("searchLabel");
  byId("q-go").textContent = t("search");
  const lang = byId("lang");
  lang.textContent = t("switchLang");
  lang.setAttribute("aria-label", t("switchLangLabel"));
  lang.setAttribute("lang", view.lang === "ar" ? "en" : "ar");
  byId("map-h").textContent = t("map");
  byId("orgs-h").textContent = t("organizations");
  byId("card-h").textContent = t("card");
  byId("results-h").textContent = t("results");
  byId("timeline-h").textContent = t("timeline");
  byId<HTMLInputElement>("q").value = view.q;
}

async function guarded(target: HTMLElement, work: () => Promise<Node>): Promise<void> {
  target.setAttribute("aria-busy", "true");
  try {
    target.replaceChildren(await work());
  } catch (error) {
    target.replaceChildren(h("p", { class: "error" }, t("failed"), String(error)));
  } finally {
    target.removeAttribute("aria-busy");
  }
}

let coalitions: Coalition[] = [];
let counts: Counts | null = null;

async function loadCoalitions(): Promise<void> {
  coalitions = ok(await api.GET("/coalitions", { params: { query: { limit: 500 } } })).items as Coalition[];
}

async function loadMapData(): Promise<MapData> {
  const worldUrl = document.body.dataset.world ?? "";
  const [world, lists] = await Promise.all([
    fetch(worldUrl).then((r) => r.json() as Promise<MapData["world"]>),
    Promise.all(coalitions.map((c) => coalitionCountries(c.id))),
  ]);
  return { world, coalitions, members: new Map(coalitions.map((c, i) => [c.id, lists[i] ?? []])) };
}

/** Members of IMCTC only, of the other coalition(s) only, and of both, from the API's totals. */
async function loadCounts(): Promise<Counts> {
  const other = coalitions.find((c) => c.id !== "imctc")?.id ?? "global-coalition";
  const [imctc, gc, both] = await Promise.all([
    memberCount(["imctc"]),
    memberCount([other]),
    memberCount(["imctc", other]),
  ]);
  return { imctc: imctc - both, gc: gc - both, both };
}

async function organizations(): Promise<HTMLElement> {
  const { items, total } = await organizationPage(orgOffset, ORG_PAGE);
  const position = t("pageOf", { from: total ? orgOffset + 1 : 0, to: orgOffset + items.length, total });
  return h(
    "div",
    {},
    h(
      "ul",
      { class: "orgs" },
      items.map((m) => {
        const button = h("button", { type: "button", class: "link" }, tr(m.name));
        button.addEventListener("click", () => openCard("member", m.id));
        return h("li", {}, button);
      }),
    ),
    total > ORG_PAGE
      ? pager(orgOffset, ORG_PAGE, total, { previous: t("previous"), next: t("next"), position, of: t("organizations") }, (o) => {
          orgOffset = o;
          void guarded(byId("orgs"), organizations);
        })
      : null,
  );
}

async function renderMapSection(): Promise<void> {
  byId("map-data").replaceChildren(h("span", {}, `${t("mapData")}: `), formatLinks("/members", new URLSearchParams()));
  await Promise.all([
    guarded(byId("map"), async () => {
      data ??= await loadMapData();
      await nextTask(); // the drawing gets tasks of its own
      return await drawMap(data, openCard, openList);
    }),
    guarded(byId("legend"), async () => legend((counts ??= await loadCounts()))),
    guarded(byId("orgs"), organizations),
  ]);
}

async function renderCardRegion(focus: boolean): Promise<void> {
  const region = byId("card-content");
  if (listed) return openList(listed);
  if (!view.card) {
    region.replaceChildren(h("p", { class: "hint" }, t("cardHint")));
    return;
  }
  const { kind, id } = view.card;
  await guarded(region, () => renderCard(kind, id, openCard));
  if (focus) document.getElementById("card-title")?.focus();
}

async function renderSearch(): Promise<void> {
  const section = byId("results-section");
  section.hidden = !view.q;
  if (view.q) await guarded(byId("results"), () => renderResults(view.q, openCard));
}

async function renderTimelineRegion(): Promise<void> {
  await guarded(byId("timeline"), () =>
    renderTimeline(view, coalitions, {
      open: (id) => openCard("event", id),
      change: (coalition: string, type: EventType | "", page: number) => navigate({ coalition, type, page }),
    }),
  );
}

async function render(before: View | null, focusCard = false): Promise<void> {
  const all = before === null || before.lang !== view.lang;
  if (all) {
    setLang(view.lang);
    chrome();
  }
  const work: Promise<void>[] = [];
  if (all) work.push(renderMapSection());
  if (all || before?.card?.kind !== view.card?.kind || before?.card?.id !== view.card?.id) work.push(renderCardRegion(focusCard));
  if (all || before?.q !== view.q) work.push(renderSearch());
  if (all || before?.coalition !== view.coalition || before?.type !== view.type || before?.page !== view.page)
    work.push(renderTimelineRegion());
  await Promise.all(work);
}

async function start(): Promise<void> {
  setLang(view.lang);
  chrome();
  byId("lang").addEventListener("click", () => navigate({ lang: (view.lang === "ar" ? "en" : "ar") as Lang }));
  byId("search").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate({ q: byId<HTMLInputElement>("q").value.trim() });
  });
  window.addEventListener("popstate", () => {
    const before = view;
    view = readView(window.location.search);
    listed = null;
    void render(before);
  });
  await guarded(byId("map"), async () => {
    await loadCoalitions();
    return h("span");
  });
  await render(null);
  document.body.dataset.ready = "true";
  performance.mark("tahaluf:ready"); // read by bench/explorer_load.py
}

void start();
