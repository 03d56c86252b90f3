import { describe, expect, it } from 'vitest';
import { checkWebhook, deliveryChip, fieldErrors, formatMs } from './webhookView';

describe('formatMs', () => {
  it('writes milliseconds, then seconds with one decimal under ten', () => {
    expect(formatMs(85)).toBe('85 ms');
    expect(formatMs(1234)).toBe('1.2 s');
    expect(formatMs(10_400)).toBe('10 s');
  });
  it('writes a dash when there was no attempt', () => {
    expect(formatMs(null)).toBe('—');
    expect(formatMs(Number.NaN)).toBe('—');
    expect(formatMs(-5)).toBe('—');
  });
});

describe('deliveryChip', () => {
  it('names each state with its tone', () => {
    expect(deliveryChip('delivered')).toEqual({ label: 'Delivered', tone: 'ok' });
    expect(deliveryChip('pending').tone).toBe('warn');
    expect(deliveryChip('dead')).toEqual({ label: 'Gave up', tone: 'danger' });
    expect(deliveryChip('strange')).toEqual({ label: 'strange', tone: 'neutral' });
  });
});

describe('checkWebhook', () => {
  const ok = { url: 'https://hooks.example.com/waymark', description: '', events: ['customer.stalled'] };
  it('takes an https URL with an event', () => {
    expect(checkWebhook(ok)).toEqual({});
  });
  it('names an empty, foreign-scheme or credentialed URL', () => {
    expect(checkWebhook({ ...ok, url: '  ' }).url).toMatch(/Enter the URL/);
    expect(checkWebhook({ ...ok, url: 'ftp://example.com' }).url).toMatch(/https/);
    expect(checkWebhook({ ...ok, url: 'javascript:alert(1)' }).url).toMatch(/https/);
    expect(checkWebhook({ ...ok, url: 'https://u:p@example.com/' }).url).toMatch(/user name/);
    expect(checkWebhook({ ...ok, url: `https://e.com/${'a'.repeat(2000)}` }).url).toMatch(/the most is 2000/);
  });
  it('names a long description and no events', () => {
    const problems = checkWebhook({ ...ok, description: 'x'.repeat(501), events: [] });
    expect(problems.description).toMatch(/501 characters/);
    expect(problems.events).toMatch(/at least one/);
  });
});

describe('fieldErrors', () => {
  it('puts an indexed path on its field and joins messages', () => {
    expect(fieldErrors({ 'events[1]': ['nope'], url: ['bad', 'worse'] })).toEqual({ events: 'nope', url: 'bad worse' });
    expect(fieldErrors(undefined)).toEqual({});
  });
});
