import { describe, expect, it } from 'vitest';
import { fromChoices, fromWebhooks, noEndpointsText } from './endpointOptions';
import type { Webhook } from '../webhooks/webhooksApi';

describe('endpoint options', () => {
  it('shows an editor the host only, and an endpoint that is off as off', () => {
    expect(fromChoices([{ id: 'wh1', description: 'CRM', host: 'hooks.example.com', enabled: false }]))
      .toEqual([{ id: 'wh1', target: 'hooks.example.com', description: 'CRM', enabled: false, offReason: 'off' }]);
  });
  it('names an endpoint whose host could not be read', () => {
    expect(fromChoices([{ id: 'wh1', description: '', host: '', enabled: true }])[0]!.target).toBe('an endpoint');
  });
  it('shows an owner the URL and why an endpoint is off', () => {
    const hook = { id: 'wh2', url: 'https://x.example/in?t=1', description: '', enabled: false, disabledReason: 'failing for 3 days' } as Webhook;
    expect(fromWebhooks([hook])).toEqual([{ id: 'wh2', target: 'https://x.example/in?t=1', description: '', enabled: false, offReason: 'failing for 3 days' }]);
  });
  it('tells an editor to ask an owner when there is none', () => {
    expect(noEndpointsText(false)).toContain('Ask a workspace owner to add a webhook');
    expect(noEndpointsText(true)).not.toContain('Ask');
  });
});
