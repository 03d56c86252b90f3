// The workspace's map summaries; the actions on them invalidate the list (useMapActions).
import { api } from '../../api/client';
import type { MapSummary } from '../../api/model';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export interface MapList {
  maps: MapSummary[];
  /** When the list was read; the cards' relative times count from it. */
  readAt: Date;
}

export function useMaps(workspaceId: string) {
  return useServerData({
    // Its own key: the list under keys.maps is the bare array other pages (Compare, the explorer) read.
    key: keys.mapCards(workspaceId),
    fetch: async (signal): Promise<MapList> => ({ maps: await api.maps.list(workspaceId, signal), readAt: new Date() }),
  });
}
