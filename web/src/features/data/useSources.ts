// The workspace's event sources with their figures: load, create, rename, delete. A change asks again for every
// figure measured from events (a deleted source unbinds its maps; a renamed one shows in keys and maps).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { eventsChanged, keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useSources(workspaceId: string) {
  const { load, retry } = useServerData({ key: keys.sources(workspaceId), fetch: (signal) => api.sources.list(workspaceId, signal) });
  const client = useQueryClient();
  const onSuccess = () => {
    void eventsChanged(client, workspaceId);
    void client.invalidateQueries({ queryKey: keys.apiKeys(workspaceId) });
  };
  const create = useMutation({ mutationFn: (name: string) => api.sources.create(workspaceId, name), onSuccess });
  const rename = useMutation({ mutationFn: ({ id, name }: { id: string; name: string }) => api.sources.rename(workspaceId, id, name), onSuccess });
  const remove = useMutation({ mutationFn: (id: string) => api.sources.remove(workspaceId, id), onSuccess });
  return { load, retry, create: create.mutateAsync, rename: rename.mutateAsync, remove: remove.mutateAsync };
}
