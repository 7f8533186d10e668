// Search through the API's /search, in Arabic or English.
import { api, ok } from "./api";
import type { Hit, Kind } from "./api";
import { h } from "./dom";
import { t, tr } from "./i18n";
import type { CardKind } from "./state";

const CARD_OF: Partial<Record<Kind, CardKind>> = {
  coalition: "coalition",
  member: "member",
  event: "event",
  person: "person",
  "working-group": "group",
  source: "source",
};

export async function renderResults(q: string, open: (kind: CardKind, id: string) => void): Promise<HTMLElement> {
  const page = ok(await api.GET("/search", { params: { query: { q, limit: 50 } } }));
  const items = page.items as Hit[];
  if (items.length === 0) return h("p", {}, t("noResults"));
  return h(
    "ol",
    { class: "results" },
    items.map((hit) => {
      const kind = hit.kind ? CARD_OF[hit.kind] : undefined;
      const button = h("button", { type: "button", class: "link", "data-kind": hit.kind, "data-id": hit.id }, tr(hit.name));
      if (kind) button.addEventListener("click", () => open(kind, hit.id));
      return h("li", {}, button, h("span", { class: "kind" }, ` (${hit.kind})`));
    }),
  );
}
