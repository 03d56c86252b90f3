// The workspace's webhook endpoints through the app's query cache; each change asks for the list again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServerData } from '../../app/server/useServerData';
import { webhooksApi, type WebhookChange } from './webhooksApi';

/** Under the workspace's prefix, so leaving the workspace forgets them with the rest. */
export const webhookKeys = {
  list: (ws: string) => ['workspace', ws, 'webhooks'] as const,
  deliveries: (ws: string, webhookId: string) => ['workspace', ws, 'webhooks', 'deliveries', webhookId] as const,
};

export function useWebhooks(workspaceId: string, enabled = true) {
  const { load, retry } = useServerData({ key: webhookKeys.list(workspaceId), enabled, fetch: (signal) => webhooksApi.list(workspaceId, signal) });
  const client = useQueryClient();
  const onSuccess = () => { void client.invalidateQueries({ queryKey: webhookKeys.list(workspaceId) }); };
  const create = useMutation({ mutationFn: (body: WebhookChange) => webhooksApi.create(workspaceId, body), onSuccess });
  const update = useMutation({ mutationFn: ({ id, body }: { id: string; body: WebhookChange }) => webhooksApi.update(workspaceId, id, body), onSuccess });
  const remove = useMutation({ mutationFn: (id: string) => webhooksApi.remove(workspaceId, id), onSuccess });
  const rotate = useMutation({ mutationFn: ({ id, hours }: { id: string; hours: number }) => webhooksApi.rotate(workspaceId, id, hours), onSuccess });
  return { load, retry, create: create.mutateAsync, update: update.mutateAsync, remove: remove.mutateAsync, rotate: rotate.mutateAsync };
}
