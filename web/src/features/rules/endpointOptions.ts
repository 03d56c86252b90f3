// The webhook endpoints a rule's editor picks from, in one shape whoever asks: an owner reads the full list (the URL,
// why one is off), an editor the narrow choices (the host only: a URL's path or query may carry tokens).
import type { Schemas } from '../../api/contract';
import type { Webhook } from '../webhooks/webhooksApi';

export type WebhookChoice = Schemas['WebhookChoice'];

export interface EndpointOption {
  id: string;
  /** What the endpoint calls: the URL for an owner, the host for an editor. */
  target: string;
  description: string;
  enabled: boolean;
  /** Why it is off, when the reader may know. */
  offReason: string | null;
}

export function fromWebhooks(hooks: Webhook[]): EndpointOption[] {
  return hooks.map((h) => ({ id: h.id, target: h.url, description: h.description, enabled: h.enabled, offReason: h.enabled ? null : h.disabledReason ?? 'off' }));
}

export function fromChoices(choices: WebhookChoice[]): EndpointOption[] {
  return choices.map((c) => ({ id: c.id, target: c.host || 'an endpoint', description: c.description, enabled: c.enabled, offReason: c.enabled ? null : 'off' }));
}

/** What to say when there is nothing to pick: owners add one, editors ask an owner. */
export function noEndpointsText(owner: boolean): string {
  return owner ? 'This workspace has no webhooks yet.' : 'This workspace has no webhooks yet. Ask a workspace owner to add a webhook.';
}
