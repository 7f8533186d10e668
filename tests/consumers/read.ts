// Compiled by tests/test_openapi_consumers.py with `tsc --strict` against the types that
// openapi-typescript generates from /openapi.json (`./tahaluf`). It reads what a frontend
// reads, with no casts: a page's items, a record, and a problem's status and errors.
import type { components, operations, paths } from "./tahaluf";

type Schemas = components["schemas"];
type MembersPage = paths["/members"]["get"]["responses"][200]["content"]["application/json"];
type MemberNotFound =
  operations["getMember"]["responses"][404]["content"]["application/problem+json"];

export function memberLabels(page: MembersPage): string[] {
  // With `fields`, any field but `id` may be absent: the types say so.
  return page.items.map((item) => `${item.id}: ${item.name?.en ?? "?"} (${page.total})`);
}

export function coalitionsOf(member: Schemas["MemberPublic"]): string[] {
  // A record has every field.
  return member.memberships.map((m) => `${m.coalition.id} ${m.roles.join("+")}`);
}

export function eventYear(event: Schemas["EventPublic"]): string | null {
  // A date may have several readings; `date` is the earliest, `uncertain` says if others exist.
  if (event.date === null) return null;
  const year = event.date.date.slice(0, 4);
  return event.date.uncertain ? `${year}? (${event.date.edtf})` : year;
}

export function explain(problem: Schemas["Problem"] | MemberNotFound): string {
  const named = (problem.errors ?? []).map((e) => `${e.name} (${e.in}): ${e.reason}`);
  return [String(problem.status), problem.title, ...named].join("; ");
}

export function personLine(person: Schemas["PersonPublic"]): string {
  const roles = person.roles.map((role) => `${role.title.en} (${role.body.kind})`);
  return `${person.name.en}: ${roles.join(", ")}; ${person.events.length} event(s)`;
}

export const kinds: Schemas["Kind"][] = ["member", "event", "person"];
