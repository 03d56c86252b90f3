// Which event source a map reads (its bindings resolve only there), and binding it to another or to none. A change
// asks again for everything measured from events: the map's figures now come from elsewhere.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { eventsChanged, keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';

export function useMapSource(workspaceId: string, mapId: string, withList: boolean) {
  const current = useServerData({ key: keys.mapSource(workspaceId, mapId), fetch: (signal) => api.sources.ofMap(workspaceId, mapId, signal) });
  const list = useServerData({ key: keys.sources(workspaceId), enabled: withList, fetch: (signal) => api.sources.list(workspaceId, signal) });
  const client = useQueryClient();
  const bind = useMutation({
    mutationFn: (sourceId: string | null) => api.sources.bindMap(workspaceId, mapId, sourceId),
    onSuccess: () => { void eventsChanged(client, workspaceId); },
  });
  return { current: current.load, sources: list.load, bind: bind.mutateAsync, binding: bind.isPending };
}
