// A small element builder: text is always set as text, never parsed as HTML.
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  setAttrs(node, attrs);
  for (const child of children) if (child) node.append(child);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** Links to a resource in each of the service's formats. */
export function formatLinks(path: string, query: URLSearchParams): HTMLElement {
  const links = (["json", "csv", "geojson", "xlsx"] as const).map((format) => {
    const params = new URLSearchParams(query);
    if (format !== "json") params.set("format", format);
    const text = params.toString();
    return h("a", { href: text ? `${path}?${text}` : path }, format.toUpperCase());
  });
  return h("span", { class: "formats" }, ...links);
}

/** A page of `total` items: previous and next buttons and where we are. */
export function pager(
  offset: number,
  size: number,
  total: number,
  labels: { previous: string; next: string; position: string; of: string },
  go: (offset: number) => void,
): HTMLElement {
  const previous = h("button", { type: "button", disabled: offset === 0 }, labels.previous);
  const next = h("button", { type: "button", disabled: offset + size >= total }, labels.next);
  previous.addEventListener("click", () => go(Math.max(0, offset - size)));
  next.addEventListener("click", () => go(offset + size));
  return h(
    "nav",
    { class: "pager", "aria-label": labels.of },
    previous,
    h("span", {}, labels.position),
    next,
  );
}
