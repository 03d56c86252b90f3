// The PUT the autosave sends. Normally through the API client; when the page is being left, as a keepalive
// request that outlives the page (browsers cap those bodies at 64 KiB, so a larger map goes the normal way).
import { api } from '../../../api/client';
import { ApiError, currentUser, type Problem } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';

const keepaliveLimit = 60_000;

/** HTTP header values must be ISO-8859-1; summaries carry map text, so fold them to plain ASCII. */
export function headerSafe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e]/g, '?');
}

export async function putMap(
  workspaceId: string, doc: JourneyMap, etag: string, summary: string, keepalive: boolean,
): Promise<{ etag: string }> {
  const safe = headerSafe(summary);
  const body = JSON.stringify(doc);
  if (!keepalive || body.length > keepaliveLimit) {
    const answer = await api.saveMap(workspaceId, doc, etag, safe);
    return { etag: answer.etag };
  }
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(doc.id)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      keepalive: true,
      body,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'If-Match': etag,
        'X-Waymark-User': headerSafe(currentUser()),
        'X-Waymark-Summary': safe.slice(0, 500),
      },
    });
  } catch {
    throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached. Check that it is running.' });
  }
  if (!response.ok) {
    let problem: Problem = { status: response.status };
    try { problem = { ...(await response.json()) as Problem, status: response.status }; } catch { /* no body */ }
    throw new ApiError(response.status, problem);
  }
  return { etag: response.headers.get('ETag') ?? etag };
}
