// A map's share links: load, create (the token comes back once), revoke. Each change asks for the list again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { shareRequest, type ShareForm } from './shareForm';

export function useShareLinks(workspaceId: string, mapId: string, enabled: boolean) {
  const key = keys.shareLinks(workspaceId, mapId);
  const { load, retry } = useServerData({ key, fetch: (signal) => api.sharing.links(workspaceId, mapId, signal), enabled });
  const client = useQueryClient();
  const onSuccess = () => { void client.invalidateQueries({ queryKey: key }); };
  const create = useMutation({ mutationFn: (form: ShareForm) => api.sharing.create(workspaceId, mapId, shareRequest(form, new Date())), onSuccess });
  const revoke = useMutation({ mutationFn: (linkId: string) => api.sharing.revoke(workspaceId, mapId, linkId), onSuccess });
  return { load, retry, create: create.mutateAsync, revoke: revoke.mutateAsync };
}
