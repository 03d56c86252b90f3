// The "send events" example on the Data page: a curl call to the ingestion API that works when pasted.

/** The ingestion URL of this server, as the browser reaches it. */
export function ingestUrl(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/api/ingest/events`;
}

/** A curl command sending one NDJSON event with the given key (or a placeholder). */
export function curlSnippet(origin: string, key?: string, now: Date = new Date()): string {
  const event = JSON.stringify({
    id: 'evt-0001',
    customerId: 'customer-42',
    activity: 'Signed up',
    timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    channel: 'web',
  });
  return [
    `curl -X POST ${ingestUrl(origin)} \\`,
    `  -H "Authorization: Bearer ${key ?? 'YOUR_API_KEY'}" \\`,
    '  -H "Content-Type: application/x-ndjson" \\',
    `  --data-binary '${event}'`,
  ].join('\n');
}
