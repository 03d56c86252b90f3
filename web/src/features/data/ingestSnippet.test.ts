import { describe, expect, it } from 'vitest';
import { curlSnippet, ingestUrl } from './ingestSnippet';

describe('ingest snippet', () => {
  it('points at the server the browser uses', () => {
    expect(ingestUrl('http://localhost:5080/')).toBe('http://localhost:5080/api/ingest/events');
  });

  it('sends one NDJSON event with the key or a placeholder', () => {
    const snippet = curlSnippet('http://localhost:5080', undefined, new Date('2026-11-27T10:00:00.123Z'));
    expect(snippet).toContain('Authorization: Bearer YOUR_API_KEY');
    expect(snippet).toContain('"timestamp":"2026-11-27T10:00:00Z"');
    expect(curlSnippet('http://h', 'wmk_secret')).toContain('Bearer wmk_secret');
  });
});
