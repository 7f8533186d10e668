// The view lives in the URL: `/explore?lang=ar&member=SA` opens that view again.
import type { EventType } from "./api";
import type { Lang } from "./i18n";

export type CardKind = "member" | "event" | "person" | "group" | "coalition" | "source";
export const CARD_KINDS: CardKind[] = ["member", "event", "person", "group", "coalition", "source"];

export interface View {
  lang: Lang;
  card: { kind: CardKind; id: string } | null;
  q: string;
  coalition: string;
  type: EventType | "";
  page: number;
}

export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const kind = CARD_KINDS.find((k) => params.get(k));
  const page = Number.parseInt(params.get("page") ?? "0", 10);
  return {
    lang: params.get("lang") === "ar" ? "ar" : "en",
    card: kind ? { kind, id: params.get(kind) ?? "" } : null,
    q: params.get("q") ?? "",
    coalition: params.get("coalition") ?? "",
    type: (params.get("type") ?? "") as EventType | "",
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.lang !== "en") params.set("lang", view.lang);
  if (view.card) params.set(view.card.kind, view.card.id);
  if (view.q) params.set("q", view.q);
  if (view.coalition) params.set("coalition", view.coalition);
  if (view.type) params.set("type", view.type);
  if (view.page) params.set("page", String(view.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
