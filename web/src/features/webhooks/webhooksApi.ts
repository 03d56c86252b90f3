// Every call of the webhooks settings and delivery log (owners only): endpoints, their secrets and their deliveries.
// Typed from the server's OpenAPI document; test and replay answer 202 with the delivery, which `Ok` does not name.
import { route, type Schemas } from '../../api/contract';
import { getJson, postJson, putJson, remove } from '../../api/http';

export type Webhook = Schemas['WebhookDto'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];

export interface WebhookChange { url?: string; description?: string; enabled?: boolean; events?: string[] }

const list = (workspaceId: string) => route('/api/workspaces/{workspaceId}/webhooks', { workspaceId });
const one = (workspaceId: string, webhookId: string) => route('/api/workspaces/{workspaceId}/webhooks/{webhookId}', { workspaceId, webhookId });

export const webhooksApi = {
  list: (workspaceId: string, signal?: AbortSignal) => getJson<Webhook[]>(list(workspaceId), signal),
  create: async (workspaceId: string, body: WebhookChange) => (await postJson<CreatedWebhook>(list(workspaceId), body)).value,
  update: async (workspaceId: string, webhookId: string, body: WebhookChange) =>
    (await putJson<Webhook>(one(workspaceId, webhookId), body, '')).value,
  remove: (workspaceId: string, webhookId: string) => remove(one(workspaceId, webhookId), ''),
  rotate: async (workspaceId: string, webhookId: string, overlapHours: number) =>
    (await postJson<CreatedWebhook>(route('/api/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret', { workspaceId, webhookId }), { overlapHours })).value,
  test: async (workspaceId: string, webhookId: string) =>
    (await postJson<WebhookDelivery>(route('/api/workspaces/{workspaceId}/webhooks/{webhookId}/test', { workspaceId, webhookId }), undefined)).value,
  deliveries: (workspaceId: string, webhookId: string, before: string | null, signal?: AbortSignal) =>
    getJson<WebhookDeliveryPage>(`${route('/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries', { workspaceId, webhookId })}${
      before ? `?before=${encodeURIComponent(before)}` : ''}`, signal),
  replay: async (workspaceId: string, webhookId: string, deliveryId: string) =>
    (await postJson<WebhookDelivery>(route('/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/replay',
      { workspaceId, webhookId, deliveryId }), undefined)).value,
};
