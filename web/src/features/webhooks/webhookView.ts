// The words and checks of the webhooks settings: event types with what they mean, a delivery's state as a chip, a
// duration in ms, and the create form's checks (the server's, so a mistake is named before the round trip).

/** The event types an endpoint may take (the server's WebhookEventTypes), each with what fires it. */
export const eventTypes: { id: string; label: string }[] = [
  { id: 'customer.stalled', label: 'A customer stalled between two steps' },
  { id: 'customer.reached-step', label: 'A customer reached a step' },
  { id: 'event.matched', label: 'An event matched a rule' },
  { id: 'feedback.received', label: 'Feedback arrived on a step' },
  { id: 'segment.entered', label: 'A customer entered a segment' },
  { id: 'webhook.test', label: 'Test sends' },
];

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral';

/** A delivery's state in words and colour: delivered is calm, pending waits, failed and dead are losses. */
export function deliveryChip(state: string): { label: string; tone: Tone } {
  switch (state) {
    case 'delivered': return { label: 'Delivered', tone: 'ok' };
    case 'pending': return { label: 'Pending', tone: 'warn' };
    case 'failed': return { label: 'Failed', tone: 'danger' };
    case 'dead': return { label: 'Gave up', tone: 'danger' };
    default: return { label: state, tone: 'neutral' };
  }
}

/** "85 ms", "1.2 s", "10 s"; a dash when there was no attempt. */
export function formatMs(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

export const maxDescription = 500;
export const maxUrl = 2000;

export interface WebhookDraft { url: string; description: string; events: string[] }

/** Problems by field (url, description, events), as the server names them; empty when the draft may be sent. */
export function checkWebhook(draft: WebhookDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const url = draft.url.trim();
  if (url.length === 0) problems.url = 'Enter the URL that receives the webhooks.';
  else if (url.length > maxUrl) problems.url = `The URL is ${url.length} characters; the most is ${maxUrl}.`;
  else {
    let parsed: URL | null = null;
    try { parsed = new URL(url); } catch { /* named below */ }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) problems.url = 'The URL starts with https:// (or http://).';
    else if (parsed.username || parsed.password) problems.url = 'The URL may not hold a user name or password.';
  }
  if (draft.description.trim().length > maxDescription) {
    problems.description = `The description is ${draft.description.trim().length} characters; the most is ${maxDescription}.`;
  }
  if (draft.events.length === 0) problems.events = 'Pick at least one event type.';
  return problems;
}

/** The server's 400 `errors` by our field names: `events[2]` is the events field's problem. */
export function fieldErrors(errors: Record<string, string[]> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const field = path.replace(/\[\d+\]$/, '').replace(/^\$\./, '');
    out[field] = out[field] ? `${out[field]} ${messages.join(' ')}` : messages.join(' ');
  }
  return out;
}
