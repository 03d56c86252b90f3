// The workspace's event sources for the Explore scope bar (the default one first).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useExploreSources(workspaceId: string) {
  return useServerData({ key: keys.sources(workspaceId), fetch: (signal) => api.sources.list(workspaceId, signal) }).load;
}
