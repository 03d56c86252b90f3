// Loads the workspace's activities for the picker: loading, the list, none yet (404 or empty), or an error.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { ActivitySummary } from '../../../api/model';

export type ActivitiesLoad =
  | { state: 'loading' }
  | { state: 'ready'; list: ActivitySummary[] }
  | { state: 'none' }
  | { state: 'error'; error: unknown };

/** Fetched each time `active` turns on (the dialog opens), so new event data shows without a reload. */
export function useActivities(workspaceId: string, active: boolean): { load: ActivitiesLoad; retry: () => void } {
  const [load, setLoad] = useState<ActivitiesLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Each request (an opening, a retry) shows as loading from its first render.
  const request = active ? JSON.stringify([workspaceId, attempt]) : null;
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    if (request !== null) setLoad({ state: 'loading' });
  }
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    api.activities(workspaceId, abort.signal)
      .then((list) => setLoad(list.length > 0 ? { state: 'ready', list } : { state: 'none' }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        // Until the workspace has event data (or the server can list it) the endpoint answers 404.
        setLoad(error instanceof ApiError && error.status === 404 ? { state: 'none' } : { state: 'error', error });
      });
    return () => abort.abort();
  }, [workspaceId, active, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
