// The live view's one call: per step of a map, customers in flight and stalled now, and the rules there
// (GET /maps/{mapId}/live, RuleLive on the server). Shapes come from the server's OpenAPI document.
import { route, type Schemas } from '../../api/contract';
import { getJson } from '../../api/http';

export type LiveView = Schemas['LiveView'];
export type LiveStep = Schemas['LiveStep'];
export type LiveRule = Schemas['LiveRule'];

export const liveApi = {
  get: (ws: string, mapId: string, signal?: AbortSignal) =>
    getJson<LiveView>(route('/api/workspaces/{workspaceId}/maps/{mapId}/live', { workspaceId: ws, mapId }), signal),
};

/** Every 10 s while the page is visible. */
export const liveRefreshMs = 10_000;

/** Under the workspace's prefix, so leaving the workspace forgets them with the rest. */
export const liveKeys = {
  view: (ws: string, mapId: string) => ['workspace', ws, 'live', mapId] as const,
};
