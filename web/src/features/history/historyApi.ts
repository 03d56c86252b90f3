// The map history's calls: the timeline, the map at a seq, the diff from a seq to now, and named versions.
import { getJson, patchJson, postJson, remove } from '../../api/http';
import type { MapDiffAnswer } from '../diff/diffGrid';
import type { MapAt, MapHistory, MapVersion } from './historyTypes';

const base = (workspaceId: string, mapId: string) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(mapId)}`;

export const historyApi = {
  /** Sessions newest first: `limit` of them (the server's default when absent); `before` pages to older ones (the oldest fromSeq shown). */
  history: (workspaceId: string, mapId: string, page: { before?: number; limit?: number } = {}, signal?: AbortSignal) => {
    const query = new URLSearchParams();
    if (page.before !== undefined) query.set('before', String(page.before));
    if (page.limit !== undefined) query.set('limit', String(page.limit));
    const search = query.toString();
    return getJson<MapHistory>(`${base(workspaceId, mapId)}/history${search ? `?${search}` : ''}`, signal);
  },
  /** The map just after op `seq` (0: before the first op). */
  at: (workspaceId: string, mapId: string, seq: number, signal?: AbortSignal) =>
    getJson<MapAt>(`${base(workspaceId, mapId)}/history/at?seq=${seq}`, signal),
  /** What changed from the map at `seq` (before) to the map now (after). */
  diff: (workspaceId: string, mapId: string, seq: number, signal?: AbortSignal) =>
    getJson<MapDiffAnswer>(`${base(workspaceId, mapId)}/diff?seq=${seq}`, signal),
  nameVersion: async (workspaceId: string, mapId: string, name: string, seq?: number) =>
    (await postJson<MapVersion>(`${base(workspaceId, mapId)}/versions`, seq === undefined ? { name } : { name, seq })).value,
  renameVersion: (workspaceId: string, mapId: string, versionId: string, name: string) =>
    patchJson<MapVersion>(`${base(workspaceId, mapId)}/versions/${encodeURIComponent(versionId)}`, { name }),
  deleteVersion: (workspaceId: string, mapId: string, versionId: string) =>
    remove(`${base(workspaceId, mapId)}/versions/${encodeURIComponent(versionId)}`, ''),
};
