// The "send events" and "send feedback" examples on the Data page: curl calls to the ingestion API that work when
// pasted.

/** The ingestion URL of this server (for events or feedback), as the browser reaches it. */
export function ingestUrl(origin: string, what: 'events' | 'feedback' = 'events'): string {
  return `${origin.replace(/\/+$/, '')}/api/ingest/${what}`;
}

const isoSeconds = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A curl command sending one NDJSON event with the given key (or a placeholder). */
export function curlSnippet(origin: string, key?: string, now: Date = new Date()): string {
  const event = JSON.stringify({
    id: 'evt-0001',
    customerId: 'customer-42',
    activity: 'Signed up',
    timestamp: isoSeconds(now),
    channel: 'web',
  });
  return [
    `curl -X POST ${ingestUrl(origin)} \\`,
    `  -H "Authorization: Bearer ${key ?? 'YOUR_API_KEY'}" \\`,
    '  -H "Content-Type: application/x-ndjson" \\',
    `  --data-binary '${event}'`,
  ].join('\n');
}

/** A curl command sending one NDJSON feedback item (an NPS answer with its comment) with the key or a placeholder. */
export function feedbackCurlSnippet(origin: string, key?: string, now: Date = new Date()): string {
  const item = JSON.stringify({
    id: 'fb-0001',
    customerId: 'customer-42',
    time: isoSeconds(now),
    scoreType: 'nps',
    score: 4,
    text: 'Connecting my bank took three tries.',
    source: 'survey',
    solicited: true,
  });
  return [
    `curl -X POST ${ingestUrl(origin, 'feedback')} \\`,
    `  -H "Authorization: Bearer ${key ?? 'YOUR_API_KEY'}" \\`,
    '  -H "Content-Type: application/x-ndjson" \\',
    `  --data-binary '${item.replace(/'/g, "'\\''")}'`,
  ].join('\n');
}
