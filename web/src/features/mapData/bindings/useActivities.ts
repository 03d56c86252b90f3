// Loads the activities for the pickers: of a map's event source when a map is given, else the default source's. Until the workspace has event data (or the server can list
// it) the endpoint answers 404: that reads as an empty list, "no event data yet".
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { ActivitySummary } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import type { Load } from '../../../ui/load';

export type ActivitiesLoad = Load<ActivitySummary[]>;

/** Asked each time `active` turns on (the dialog opens), so new event data shows without a reload. */
export function useActivities(workspaceId: string, active: boolean, mapId?: string): { load: ActivitiesLoad; retry: () => void } {
  return useServerData({
    key: keys.activities(workspaceId, mapId),
    enabled: active,
    fetch: async (signal) => {
      try {
        return await api.events.activities(workspaceId, signal, mapId);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      }
    },
  });
}

/** The activities, once the workspace has some. */
export function knownActivities(load: ActivitiesLoad): ActivitySummary[] | null {
  return load.state === 'ready' && load.value.length > 0 ? load.value : null;
}

/** The workspace has no event data yet. */
export function noActivities(load: ActivitiesLoad): boolean {
  return load.state === 'ready' && load.value.length === 0;
}
