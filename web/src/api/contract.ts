// The server's contract as types: the schemas and routes of its OpenAPI document (schema.gen.ts, generated from
// openapi.json by `npm run api:types`, ADR 013). The client names a route by its path in that document, so a route
// the server renames or drops, or whose answer changes shape, fails `tsc` here instead of at run time.
import type { components, paths } from './schema.gen';

/** The named shapes of the server's document. */
export type Schemas = components['schemas'];

export type Route = keyof paths;
type Method = 'get' | 'post' | 'put' | 'delete';

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
/** The path parameters of a route, e.g. { workspaceId, mapId }. */
export type RouteParams<P extends Route> = Record<ParamNames<P>, string>;

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Responses<P extends Route, M extends Method> = NonNullable<paths[P][M]> extends { responses: infer R } ? R : never;

/** What a route answers on success (its 200 or 201 JSON body). */
export type Ok<P extends Route, M extends Method> =
  Responses<P, M> extends { 200: infer A } ? Json<A> : Responses<P, M> extends { 201: infer B } ? Json<B> : never;

/**
 * The JSON body a route reads. The server reads a property left out as null, so the properties its document allows
 * to be null may be left out here (the document lists them as required because the C# records declare them).
 */
export type Body<P extends Route, M extends Method> = Loose<
  NonNullable<NonNullable<NonNullable<paths[P][M]> extends { requestBody?: infer B } ? B : never> extends {
    content: { 'application/json': infer T };
  } ? NonNullable<T> : never>
>;

/** The query parameters a route reads; the client leaves a part that is null or empty out of the URL. */
export type Query<P extends Route, M extends Method> = NonNullable<paths[P][M]> extends { parameters: { query?: infer Q } }
  ? { [K in keyof NonNullable<Q>]?: NonNullable<Q>[K] | null }
  : never;

type Loose<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] } & { [K in keyof T as null extends T[K] ? K : never]?: T[K] };

/** The URL of a route with its path parameters filled in (each escaped). */
export function route<P extends Route>(path: P, params: RouteParams<P>): string {
  const values = params as Record<string, string>;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
