import { describe as group, expect, it } from 'vitest';
import { describe, sentenceText, type ActivityLine } from './actionWords';

function line(part: Partial<ActivityLine>): ActivityLine {
  return {
    sequence: 1, at: '2026-12-05T14:05:00Z', actorId: 'u1', actorName: 'Ana', action: 'map.created',
    target: 'map_1', targetExists: true, detail: 'Onboarding', ...part,
  };
}

group('describe', () => {
  it('words a known action about a named thing, linking it while it exists', () => {
    const s = describe(line({ action: 'map.deleted', targetExists: false }));
    expect(sentenceText(s)).toBe('Ana deleted the map Onboarding');
    expect(s.href).toBeUndefined();
    expect(describe(line({})).href).toBe('/maps/map_1');
    expect(describe(line({ action: 'persona.created', target: 'per 1' })).href).toBe('/personas/per%201');
  });

  it('splits an import into the file and its counts, at the last colon', () => {
    const s = describe(line({ action: 'import.events', target: null, detail: 'crm: export.csv: 5 rows imported, 0 already stored, 1 skipped' }));
    expect(sentenceText(s)).toBe('Ana imported events from crm: export.csv');
    expect(s.note).toBe('5 rows imported, 0 already stored, 1 skipped');
  });

  it('names the API key that sent data', () => {
    const s = describe(line({ action: 'ingest.events', actorName: 'Shop backend', detail: '3 batches: 10 stored' }));
    expect(sentenceText(s)).toBe('API key Shop backend sent events through the API');
    expect(s.note).toBe('3 batches: 10 stored');
  });

  it('knows the words of the other features', () => {
    expect(sentenceText(describe(line({ action: 'member.role-changed', detail: null })))).toBe('Ana changed a member’s role');
    expect(sentenceText(describe(line({ action: 'share-link.revoked', detail: null })))).toBe('Ana revoked a share link');
  });

  it('shows an action it does not know by its dotted name, with the detail as a note', () => {
    const s = describe(line({ action: 'webhook.fired', detail: 'to https://example.com' }));
    expect(s.known).toBe(false);
    expect(sentenceText(s)).toBe('Ana webhook.fired');
    expect(s.note).toBe('to https://example.com');
  });

  it('keeps markup as the text it is', () => {
    const s = describe(line({ detail: '<img src=x onerror=alert(1)>' }));
    expect(s.object).toBe('<img src=x onerror=alert(1)>');
  });
});
