// The data the paths view reads: the Sankey for the scope and settings, the scope map's steps and the activities.
import { api, type ExplorePathsRequest } from '../../../api/client';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { valueOf } from '../../../ui/load';
import { useActivities } from '../../mapData';

export function usePathsData(workspaceId: string, mapId: string | null, request: ExplorePathsRequest, invalid?: string) {
  const paths = useServerData({
    key: keys.explorePaths(workspaceId, request),
    fetch: (signal) => api.explorePaths(workspaceId, request, signal),
    invalid,
    keepPrevious: true,
  });
  const map = useServerData({
    key: [...keys.maps(workspaceId), mapId, 'explore'],
    fetch: async (signal) => (await api.maps.get(workspaceId, mapId ?? '', signal)).value,
    enabled: mapId !== null,
  });
  const activities = useActivities(workspaceId, true);
  return { paths, map: valueOf(map.load) ?? null, activities: valueOf(activities.load) ?? [] };
}
