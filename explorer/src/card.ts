// Cards: one record with every fact's citation (the quote in Arabic, the document and
// its publisher), which is what the explorer is for.
import { api, ok, source } from "./api";
import type {
  Citation,
  Coalition,
  DateValue,
  EventRecord,
  Group,
  MapMember,
  Member,
  Person,
  Schemas,
  Text,
} from "./api";
import { formatLinks, h } from "./dom";
import { EVENT_TYPES, MEMBER_TYPES, ROLES, t, tr } from "./i18n";
import type { CardKind } from "./state";

export type OpenCard = (kind: CardKind, id: string) => void;

const PATHS: Record<CardKind, string> = {
  member: "/members",
  event: "/timeline",
  person: "/people",
  group: "/working-groups",
  coalition: "/coalitions",
  source: "/sources",
};

export function cardPath(kind: CardKind, id: string): string {
  return `${PATHS[kind]}/${encodeURIComponent(id)}`;
}

/** A date with every reading of it: an uncertain date shows them all. */
export function dateView(date: DateValue | null): HTMLElement {
  if (!date) return h("span", { class: "date undated" }, "—");
  const readings = date.readings.map((r) => h("time", { class: "reading", datetime: r.date }, r.date));
  const parts: (Node | string)[] = [];
  readings.forEach((node, i) => {
    if (i > 0) parts.push(` ${t("or")} `);
    parts.push(node);
  });
  return h(
    "span",
    { class: date.uncertain ? "date uncertain" : "date", title: date.uncertain ? t("uncertain") : null },
    ...parts,
  );
}

async function citations(list: Citation[]): Promise<HTMLElement | null> {
  if (list.length === 0) return null;
  const documents = await Promise.all(list.map((c) => source(c.source)));
  return h(
    "div",
    { class: "citations" },
    list.map((c, i) => {
      const doc = documents[i];
      return h(
        "figure",
        { class: "citation" },
        h("blockquote", { lang: "ar", dir: "rtl" }, c.quote),
        h(
          "figcaption",
          {},
          h("span", { class: "document" }, `${t("document")}: `, h("a", { href: `/sources/${encodeURIComponent(c.source)}` }, doc ? tr(doc.title) : c.source)),
          doc?.publisher ? h("span", { class: "publisher" }, ` · ${t("publisher")}: ${tr(doc.publisher)}`) : null,
        ),
      );
    }),
  );
}

function field(label: string, ...value: (Node | string | null)[]): HTMLElement | null {
  if (value.every((v) => v === null || v === "")) return null;
  return h("div", { class: "field" }, h("dt", {}, label), h("dd", {}, ...value));
}

function linkButton(open: OpenCard, kind: CardKind, id: string, name: Text | string): HTMLElement {
  const button = h("button", { type: "button", class: "link" }, typeof name === "string" ? name : tr(name));
  button.addEventListener("click", () => open(kind, id));
  return button;
}

function notes(list: string[]): HTMLElement | null {
  if (list.length === 0) return null;
  // The notes are the curators' English.
  return h("details", { class: "notes" }, h("summary", {}, t("notes")), h("ul", { lang: "en", dir: "ltr" }, list.map((n) => h("li", {}, n))));
}

/** A sub-fact (a membership, a role) with its own citations. */
async function fact(title: (Node | string | null)[], cited: Citation[], noted: string[]): Promise<HTMLElement> {
  return h("section", { class: "fact" }, h("h4", {}, ...title), await citations(cited), notes(noted));
}

async function memberCard(member: Member, open: OpenCard): Promise<HTMLElement[]> {
  const memberships = await Promise.all(
    member.memberships.map((m) =>
      fact(
        [
          linkButton(open, "coalition", m.coalition.id, m.coalition.name),
          ` · ${m.roles.map((r) => tr(ROLES[r])).join(t("comma"))}`,
          m.since ? " · " : null,
          m.since ? dateView(m.since) : null,
          ...m.working_groups.flatMap((g) => [" · ", linkButton(open, "group", g.id, g.name)]),
        ],
        m.sources,
        m.notes,
      ),
    ),
  );
  return [
    h(
      "dl",
      {},
      field(t("type"), tr(MEMBER_TYPES[member.type])),
      field(t("region"), [member.region, member.subregion].filter(Boolean).join(" / ")),
      field(t("capital"), member.point ? member.point.name : null),
    ),
    h("h3", {}, t("memberships")),
    ...memberships,
  ];
}

async function eventCard(event: EventRecord, open: OpenCard): Promise<HTMLElement[]> {
  return [
    h(
      "dl",
      {},
      field(t("date"), dateView(event.date)),
      field(t("type"), tr(EVENT_TYPES[event.type])),
      field(t("place"), event.location ? [tr(event.location.city), event.location.country ? tr(event.location.country.name) : ""].filter(Boolean).join(", ") : null),
      field(t("participants"), ...event.participants.flatMap((id) => [linkButton(open, "member", id, id), " "])),
      field(t("people"), ...event.people.flatMap((p) => [linkButton(open, "person", p.id, p.name), " "])),
    ),
    event.date?.note ? h("p", { class: "date-note", lang: "en", dir: "ltr" }, event.date.note) : h("span"),
    h("p", {}, tr(event.description)),
  ];
}

async function personCard(person: Person, open: OpenCard): Promise<HTMLElement[]> {
  const roles = await Promise.all(
    person.roles.map((role) =>
      fact(
        [
          tr(role.title),
          " · ",
          role.body.id && role.body.kind === "member" ? linkButton(open, "member", role.body.id, role.body.name) : tr(role.body.name),
          role.date ? " · " : null,
          role.date ? dateView(role.date) : null,
        ],
        role.sources,
        role.notes,
      ),
    ),
  );
  return [
    h("h3", {}, t("roles")),
    ...roles,
    h("dl", {}, field(t("events"), ...person.events.flatMap((e) => [linkButton(open, "event", e.id, e.name), " "]))),
  ];
}

async function groupCard(group: Group, open: OpenCard): Promise<HTMLElement[]> {
  return [
    h(
      "dl",
      {},
      field(t("coalition"), linkButton(open, "coalition", group.coalition.id, group.coalition.name)),
      field(t("chairs"), ...group.chairs.flatMap((c) => [linkButton(open, "member", c.id, c.name), " "])),
      field(t("established"), group.established ? dateView(group.established) : null),
    ),
    h("p", {}, tr(group.description)),
  ];
}

async function coalitionCard(c: Coalition, open: OpenCard): Promise<HTMLElement[]> {
  return [
    h(
      "dl",
      {},
      field(t("founded"), dateView(c.founded)),
      field(t("headquarters"), c.headquarters ? tr(c.headquarters.city) : null),
      field(t("members"), String(c.member_count)),
      field(t("workingGroups"), ...c.working_groups.flatMap((g: Schemas["Ref"]) => [linkButton(open, "group", g.id, g.name), " "])),
      field(t("leaders"), ...c.leaders.flatMap((l) => [linkButton(open, "person", l.id, l.name), " "])),
    ),
    c.slogan ? h("p", { class: "slogan" }, tr(c.slogan)) : h("span"),
  ];
}

interface Loaded {
  name: Text;
  sources: Citation[];
  notes: string[];
  body: HTMLElement[];
}

async function load(kind: CardKind, id: string, open: OpenCard): Promise<Loaded> {
  switch (kind) {
    case "member": {
      const r = ok(await api.GET("/members/{member_id}", { params: { path: { member_id: id } } }));
      return { name: r.name, sources: r.sources, notes: r.notes, body: await memberCard(r, open) };
    }
    case "event": {
      const r = ok(await api.GET("/timeline/{event_id}", { params: { path: { event_id: id } } }));
      return { name: r.title, sources: r.sources, notes: r.notes, body: await eventCard(r, open) };
    }
    case "person": {
      const r = ok(await api.GET("/people/{person_id}", { params: { path: { person_id: id } } }));
      return { name: r.name, sources: r.sources, notes: r.notes, body: await personCard(r, open) };
    }
    case "group": {
      const r = ok(await api.GET("/working-groups/{group_id}", { params: { path: { group_id: id } } }));
      return { name: r.name, sources: r.sources, notes: r.notes, body: await groupCard(r, open) };
    }
    case "coalition": {
      const r = ok(await api.GET("/coalitions/{coalition_id}", { params: { path: { coalition_id: id } } }));
      return { name: r.name, sources: r.sources, notes: r.notes, body: await coalitionCard(r, open) };
    }
    case "source": {
      const r = ok(await api.GET("/sources/{source_id}", { params: { path: { source_id: id } } }));
      const body = [h("dl", {}, field(t("publisher"), tr(r.publisher)), field(t("date"), r.published ? dateView(r.published) : null))];
      return { name: r.title, sources: [], notes: r.notes, body };
    }
  }
}

/** The card of one record: heading, its facts, its citations, links to its data. */
export async function renderCard(kind: CardKind, id: string, open: OpenCard): Promise<HTMLElement> {
  const loaded = await load(kind, id, open);
  return h(
    "article",
    { class: `card-body ${kind}`, "data-kind": kind, "data-id": id },
    h("h2", { id: "card-title", tabindex: "-1" }, tr(loaded.name)),
    ...loaded.body,
    loaded.sources.length ? h("h3", {}, t("sources")) : null,
    await citations(loaded.sources),
    notes(loaded.notes),
    h("p", { class: "data-links" }, `${t("cardData")}: `, formatLinks(cardPath(kind, id), new URLSearchParams())),
  );
}

/** Several members sharing one place on the map (only at large data sizes). */
export function renderList(members: MapMember[], open: OpenCard): HTMLElement {
  return h(
    "article",
    { class: "card-body list" },
    h("h2", { id: "card-title", tabindex: "-1" }, t("membersOf", { n: members.length })),
    h("ul", {}, members.map((m) => h("li", {}, linkButton(open, "member", m.id, m.name)))),
  );
}
