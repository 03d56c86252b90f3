// What the step pickers of retention and trends offer: the scope's map's bound steps and the workspace's activities.
import { api } from '../../../api/client';
import type { ActivitySummary } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { valueOf } from '../../../ui/load';
import { useActivities } from '../../mapData';
import { boundSteps, type BoundStep } from './stepChoice';

export interface ExploreSources {
  steps: BoundStep[];
  activities: ActivitySummary[];
  mapName?: string;
  /** The activities are known (an empty list then means the workspace has no events yet). */
  ready: boolean;
}

export function useExploreSources(workspaceId: string, mapId: string | null): ExploreSources {
  const activities = useActivities(workspaceId, true).load;
  const map = useServerData({
    key: keys.mapDocument(workspaceId, mapId ?? ''),
    enabled: mapId !== null,
    fetch: async (signal) => (await api.maps.get(workspaceId, mapId ?? '', signal)).value,
  }).load;
  const doc = valueOf(map);
  return {
    steps: boundSteps(doc),
    activities: valueOf(activities) ?? [],
    mapName: doc?.name,
    ready: activities.state === 'ready',
  };
}
