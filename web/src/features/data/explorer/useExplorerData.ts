// What the explorer reads: the page for the current query, the workspace's tags, maps and segments, and the chosen
// map's steps (their names). All through the one query cache (ADR 015).
import { api } from '../../../api/client';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { valueOf } from '../../../ui/load';
import { stepsOf } from '../../map/state/queries';
import type { Named } from './ExplorerFilters';

export const pageSize = 50;

export function useExplorerData(workspaceId: string, search: string, sort: string, offset: number, mapId: string) {
  const query = [search, sort === 'newest' ? '' : `sort=${sort}`, `offset=${offset}`, `limit=${pageSize}`].filter(Boolean).join('&');
  const page = useServerData({
    key: keys.feedbackSearch(workspaceId, query),
    fetch: (signal) => api.feedback.search(workspaceId, query, signal),
    keepPrevious: true,
  });
  const tags = useServerData({ key: keys.feedbackTags(workspaceId), fetch: (signal) => api.feedback.tags.list(workspaceId, signal) });
  const maps = useServerData({ key: keys.maps(workspaceId), fetch: (signal) => api.maps.list(workspaceId, signal) });
  const segments = useServerData({ key: keys.segments(workspaceId), fetch: (signal) => api.segments.list(workspaceId, signal) });
  const map = useServerData({
    key: [...keys.maps(workspaceId), mapId, 'explorer'],
    fetch: async (signal) => (await api.maps.get(workspaceId, mapId, signal)).value,
    enabled: mapId !== '',
  });
  const mapValue = valueOf(map.load);
  const steps: Named[] = mapValue ? stepsOf(mapValue).map((r) => ({ id: r.step.id, name: r.step.name || 'Untitled step' })) : [];
  return {
    page,
    tags: (valueOf(tags.load) ?? []).map((t) => ({ id: t.id, name: t.name, count: t.count })),
    maps: (valueOf(maps.load) ?? []).map((m) => ({ id: m.id, name: m.name })),
    segments: (valueOf(segments.load) ?? []).map((s) => ({ id: s.id, name: s.name })),
    steps,
  };
}
