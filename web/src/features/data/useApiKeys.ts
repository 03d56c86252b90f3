// The workspace's API keys: load, create (the secret comes back once), revoke. Each change invalidates the list.
import { api } from '../../api/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useApiKeys(workspaceId: string) {
  const { load, retry } = useServerData({ key: keys.apiKeys(workspaceId), fetch: (signal) => api.apiKeys.list(workspaceId, signal) });
  const client = useQueryClient();
  // The list asks again in the background; the created key's secret shows without waiting for it.
  const onSuccess = () => { void client.invalidateQueries({ queryKey: keys.apiKeys(workspaceId) }); };
  const create = useMutation({ mutationFn: ({ name, sourceId }: { name: string; sourceId?: string }) => api.apiKeys.create(workspaceId, name, sourceId), onSuccess });
  const revoke = useMutation({ mutationFn: (keyId: string) => api.apiKeys.revoke(workspaceId, keyId), onSuccess });
  return { load, retry, create: create.mutateAsync, revoke: revoke.mutateAsync };
}
