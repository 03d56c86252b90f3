// What the card menus and the New map dialog do, each as one awaited call against the API. A change to the list
// invalidates it: the cards stay on screen while the fresh list arrives.
import { api } from '../../api/client';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MapKind, MapSummary } from '../../api/model';
import { hrefOf, navigate } from '../../app/router';
import { keys } from '../../app/server/keys';

export interface MapActions {
  create: (name: string, kind: MapKind, sourceId?: string) => Promise<void>;
  rename: (map: MapSummary, name: string) => Promise<void>;
  duplicate: (map: MapSummary) => Promise<MapSummary>;
  startFutureState: (map: MapSummary) => Promise<void>;
  remove: (map: MapSummary) => Promise<void>;
}

const open = (mapId: string) => navigate(hrefOf({ page: 'map', mapId }));

export function useMapActions(workspaceId: string): MapActions {
  const client = useQueryClient();
  return useMemo<MapActions>(() => {
    const reload = () => { void client.invalidateQueries({ queryKey: keys.maps(workspaceId) }); };
    return {
      async create(name, kind, sourceId) {
        const created = await api.maps.create(workspaceId, { name, kind, ...(sourceId ? { sourceId } : {}) });
        open(created.value.id);
      },
      async rename(map, name) {
        // The name lives in the document: read it with its ETag, change the name, write it back guarded.
        const { value, etag } = await api.maps.get(workspaceId, map.id);
        await api.maps.save(workspaceId, { ...value, name }, etag, `Renamed the map to "${name}"`);
        reload();
      },
      async duplicate(map) {
        const copy = await api.maps.duplicate(workspaceId, map.id, { asFutureState: false });
        reload();
        return copy.value;
      },
      async startFutureState(map) {
        const copy = await api.maps.duplicate(workspaceId, map.id, { asFutureState: true });
        open(copy.value.id);
      },
      async remove(map) {
        const { etag } = await api.maps.get(workspaceId, map.id);
        await api.maps.remove(workspaceId, map.id, etag);
        reload();
      },
    };
  }, [workspaceId, client]);
}
