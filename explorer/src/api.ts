// The service's API through openapi-fetch, typed by openapi-typescript from /openapi.json.
// `generated/tahaluf.d.ts` is generated from the live document before type-checking (it
// is not committed): a contract change that breaks this page fails `tsc --strict`.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/tahaluf";

export type Schemas = components["schemas"];
export type Text = Schemas["Text"];
export type Citation = Schemas["Citation"];
export type DateValue = Schemas["DatePublic"];
export type EventType = Schemas["EventType"];
export type Kind = Schemas["Kind"];
export type Member = Schemas["MemberPublic"];
export type MemberItem = Schemas["MemberItem"];
export type EventRecord = Schemas["EventPublic"];
export type EventItem = Schemas["EventItem"];
export type Person = Schemas["PersonPublic"];
export type Group = Schemas["WorkingGroupPublic"];
export type Coalition = Schemas["CoalitionPublic"];
export type Source = Schemas["SourcePublic"];
export type Hit = Schemas["SearchHitItem"];

export const api = createClient<paths, "application/json">({ baseUrl: window.location.origin });

/** The largest page the API serves. */
export const MAX_LIMIT = 500;

export class ApiError extends Error {}

/** The body of a successful answer, or an error naming what failed. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiError(`${result.response.status} ${result.response.url}`);
  }
  return result.data;
}

type MemberFields = "id" | "type" | "name" | "iso_numeric" | "point";
export type MapMember = Required<Pick<MemberItem, MemberFields>>;

/** The countries of a coalition, the fields the map needs only, in parallel pages.
 * Countries are bounded by ISO 3166 (about 250), whatever the size of the data;
 * organizations are listed a page at a time instead (see `organizationPage`). */
export async function coalitionCountries(coalition: string): Promise<MapMember[]> {
  const fetchPage = async (offset: number) =>
    ok(
      await api.GET("/coalitions/{coalition_id}/members", {
        params: {
          path: { coalition_id: coalition },
          query: { type: "country", fields: "id,type,name,iso_numeric,point", limit: MAX_LIMIT, offset },
        },
      }),
    );
  const first = await fetchPage(0);
  const offsets: number[] = [];
  for (let offset = MAX_LIMIT; offset < first.total; offset += MAX_LIMIT) offsets.push(offset);
  const rest = await Promise.all(offsets.map(fetchPage));
  return [first, ...rest].flatMap((page) => page.items as MapMember[]);
}

/** How many members belong to all of `coalitions` (one of them: any). */
export async function memberCount(coalitions: string[]): Promise<number> {
  const page = ok(
    await api.GET("/members", { params: { query: { coalition: coalitions, match: "all", fields: "id", limit: 1 } } }),
  );
  return page.total;
}

export type OrgItem = Required<Pick<MemberItem, "id" | "name">>;

/** A page of the organizations, in the API's order. */
export async function organizationPage(offset: number, limit: number): Promise<{ items: OrgItem[]; total: number }> {
  const page = ok(
    await api.GET("/members", { params: { query: { type: "organization", fields: "id,name", limit, offset } } }),
  );
  return { items: page.items as OrgItem[], total: page.total };
}

const sources = new Map<string, Promise<Source | null>>();

/** A cited document, fetched once per page load. */
export function source(id: string): Promise<Source | null> {
  let found = sources.get(id);
  if (found === undefined) {
    found = api
      .GET("/sources/{source_id}", { params: { path: { source_id: id } } })
      .then((result) => result.data ?? null);
    sources.set(id, found);
  }
  return found;
}
