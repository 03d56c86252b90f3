// The webhook endpoints a rule may call, as the caller may see them: owners through the full list (shared with
// Data → Webhooks), editors through the narrow choices route; viewers and commenters ask for nothing.
import { route } from '../../api/contract';
import { getJson } from '../../api/http';
import { useServerData } from '../../app/server/useServerData';
import type { Load } from '../../ui/load';
import { useWebhooks } from '../webhooks/useWebhooks';
import { fromChoices, fromWebhooks, type EndpointOption, type WebhookChoice } from './endpointOptions';

export const webhookChoiceKeys = { list: (ws: string) => ['workspace', ws, 'webhook-choices'] as const };

export function useEndpointOptions(workspaceId: string, role: { owner: boolean; editor: boolean }): { load: Load<EndpointOption[]>; retry: () => void } {
  const full = useWebhooks(workspaceId, role.owner);
  const narrow = useServerData({
    key: webhookChoiceKeys.list(workspaceId),
    enabled: !role.owner && role.editor,
    fetch: (signal) => getJson<WebhookChoice[]>(route('/api/workspaces/{workspaceId}/webhooks/choices', { workspaceId }), signal),
  });
  if (role.owner) return { load: mapLoad(full.load, fromWebhooks), retry: full.retry };
  return { load: mapLoad(narrow.load, fromChoices), retry: narrow.retry };
}

function mapLoad<T, U>(load: Load<T>, f: (value: T) => U): Load<U> {
  return load.state === 'ready' ? { ...load, value: f(load.value) } : load;
}
