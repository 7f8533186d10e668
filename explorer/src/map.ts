// The world map: world-atlas shapes drawn with d3-geo, member countries coloured by
// coalition. Shapes are the atlas's (about 180, whatever the data's size); capitals and
// headquarters are aggregated into one circle per few pixels, so the node count stays
// bounded as the data grows (organizations are a paged list beside the map). A member with no shape at this scale (Bahrain, say) is
// reachable through its point, which is then a control of its own.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Coalition, MapMember } from "./api";
import { h, s } from "./dom";
import { t, tr } from "./i18n";

const WIDTH = 960;
const HEIGHT = 480;
const CELL = 10; // pixels: points closer than this share one circle

export interface MapData {
  world: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  /** coalition id -> its member countries (map fields only) */
  members: Map<string, MapMember[]>;
  coalitions: Coalition[];
}

export type Open = (kind: "member" | "coalition", id: string) => void;
export type OpenList = (members: MapMember[]) => void;

interface Place {
  members: MapMember[];
  coalitions: Set<string>;
}

/** The class of a set of coalitions: imctc, gc or both. */
export function coalitionClass(coalitions: Set<string>): string {
  const imctc = coalitions.has("imctc");
  const others = [...coalitions].some((id) => id !== "imctc");
  return imctc && others ? "both" : imctc ? "imctc" : others ? "gc" : "none";
}

function byCountry(data: MapData): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const [coalition, members] of data.members) {
    for (const member of members) {
      const key = member.iso_numeric ?? `member:${member.id}`;
      let place = places.get(key);
      if (!place) places.set(key, (place = { members: [], coalitions: new Set() }));
      if (!place.members.some((m) => m.id === member.id)) place.members.push(member);
      place.coalitions.add(coalition);
    }
  }
  return places;
}

function control(node: SVGElement, label: string, activate: () => void): void {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.setAttribute("aria-label", label);
  node.addEventListener("click", activate);
  node.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      activate();
    }
  });
}

function memberLabel(place: Place): string {
  const first = place.members[0];
  if (place.members.length === 1 && first) return tr(first.name);
  return t("membersHere", { n: place.members.length });
}

const CHUNK = 25; // shapes drawn per task, so that no task runs long on a slow machine

/** Yield to the browser, so that one long piece of work does not block input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function drawMap(data: MapData, open: Open, openList: OpenList): Promise<HTMLElement> {
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = geoPath(projection).digits(1); // a tenth of a pixel: shorter paths to parse
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "group",
    "aria-label": t("mapLabel"),
    class: "map",
  });
  svg.append(s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }));
  const places = byCountry(data);
  const drawn = new Set<string>();
  const shapes = feature(data.world, data.world.objects.countries).features as Feature<
    Geometry,
    { name: string }
  >[];
  await nextTask(); // decoding the TopoJSON was one task, drawing the shapes are others
  const countries = s("g", { class: "countries" });
  for (const [index, shape] of shapes.entries()) {
    if (index % CHUNK === CHUNK - 1) await nextTask();
    const id = shape.id === undefined ? undefined : String(shape.id);
    const place = id === undefined ? undefined : places.get(id);
    const node = s("path", { d: path(shape) ?? "", class: "country" });
    if (place && id !== undefined) {
      drawn.add(id);
      node.classList.add("member", coalitionClass(place.coalitions));
      node.dataset.members = place.members.map((m) => m.id).join(" ");
      node.dataset.name = memberLabel(place);
      control(node, memberLabel(place), () => activate(place));
    } else {
      node.dataset.name = shape.properties.name;
    }
    countries.append(node);
  }
  svg.append(countries);

  function activate(place: Place): void {
    const first = place.members[0];
    if (place.members.length === 1 && first) open("member", first.id);
    else openList(place.members);
  }

  // Capitals (and members without a shape), aggregated into cells.
  const cells = new Map<string, { x: number; y: number; place: Place; orphans: boolean }>();
  for (const [key, place] of places) {
    for (const member of place.members) {
      if (!member.point) continue;
      const xy = projection([member.point.lon, member.point.lat]);
      if (!xy) continue;
      const cellKey = `${Math.round(xy[0] / CELL)},${Math.round(xy[1] / CELL)}`;
      let cell = cells.get(cellKey);
      if (!cell) {
        cell = { x: xy[0], y: xy[1], place: { members: [], coalitions: new Set() }, orphans: false };
        cells.set(cellKey, cell);
      }
      cell.place.members.push(member);
      for (const c of place.coalitions) cell.place.coalitions.add(c);
      if (!drawn.has(key)) cell.orphans = true;
    }
  }
  const points = s("g", { class: "points" });
  for (const cell of cells.values()) {
    const n = cell.place.members.length;
    const dot = s("circle", {
      cx: cell.x.toFixed(1),
      cy: cell.y.toFixed(1),
      r: (2 + Math.sqrt(n)).toFixed(1),
      class: `point ${coalitionClass(cell.place.coalitions)}`,
    });
    dot.dataset.name = memberLabel(cell.place);
    if (cell.orphans) {
      dot.classList.add("orphan");
      dot.dataset.members = cell.place.members.map((m) => m.id).join(" ");
      control(dot, memberLabel(cell.place), () => activate(cell.place));
    } else {
      dot.setAttribute("aria-hidden", "true");
      dot.addEventListener("click", () => activate(cell.place));
    }
    points.append(dot);
  }
  for (const coalition of data.coalitions) {
    const hq = coalition.headquarters;
    if (!hq || hq.lat === null || hq.lon === null) continue;
    const xy = projection([hq.lon, hq.lat]);
    if (!xy) continue;
    const label = `${t("headquarters")}: ${tr(coalition.name)} (${tr(hq.city)})`;
    const mark = s("rect", {
      x: (xy[0] - 5).toFixed(1),
      y: (xy[1] - 5).toFixed(1),
      width: 10,
      height: 10,
      transform: `rotate(45 ${xy[0].toFixed(1)} ${xy[1].toFixed(1)})`,
      class: "hq",
    });
    mark.dataset.name = label;
    control(mark, label, () => open("coalition", coalition.id));
    points.append(mark);
  }
  svg.append(points);

  const tooltip = h("div", { class: "tooltip", role: "status", hidden: true });
  const frame = h("div", { class: "map-frame" }, svg as unknown as Node, tooltip);
  const show = (event: Event) => {
    const target = event.target as SVGElement | null;
    const name = target?.dataset?.name;
    if (!target || !name) {
      tooltip.hidden = true;
      return;
    }
    const box = frame.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    tooltip.textContent = name;
    tooltip.hidden = false;
    tooltip.style.left = `${Math.round(at.left + at.width / 2 - box.left)}px`;
    tooltip.style.top = `${Math.round(at.top - box.top)}px`;
  };
  svg.addEventListener("pointerover", show);
  svg.addEventListener("focusin", show);
  svg.addEventListener("pointerleave", () => (tooltip.hidden = true));
  svg.addEventListener("focusout", () => (tooltip.hidden = true));
  return frame;
}

export interface Counts {
  imctc: number;
  gc: number;
  both: number;
}

/** The legend: what each colour means, with the number of members of each kind. */
export function legend(counts: Counts): HTMLElement {
  const item = (kind: keyof Counts) =>
    h("li", {}, h("span", { class: `swatch ${kind}`, "aria-hidden": "true" }), `${t(kind)} (${counts[kind]})`);
  return h(
    "ul",
    { class: "legend" },
    item("imctc"),
    item("gc"),
    item("both"),
    h("li", {}, h("span", { class: "swatch capital", "aria-hidden": "true" }), t("capital")),
    h("li", {}, h("span", { class: "swatch hq", "aria-hidden": "true" }), t("headquarters")),
  );
}
