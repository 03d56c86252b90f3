// The PUT the autosave sends. Normally through the API client; when the page is being left, as a keepalive
// request that outlives the page (browsers cap those bodies at 64 KiB, so a larger map goes the normal way).
import { api } from '../../../api/client';
import { ApiError, clientHeader, currentUser, headerSafe, type Problem } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';

const keepaliveLimit = 60_000;

export async function putMap(
  workspaceId: string, doc: JourneyMap, etag: string, summary: string, keepalive: boolean,
): Promise<{ etag: string }> {
  const safe = headerSafe(summary);
  const body = JSON.stringify(doc);
  if (!keepalive || body.length > keepaliveLimit) {
    const answer = await api.maps.save(workspaceId, doc, etag, safe);
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
        ...clientHeader,
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
