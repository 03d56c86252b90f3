// The workspace's segments for the pickers, loaded while the data view is on and reloaded after an edit.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/http';
import { listSegments } from '../../../api/segments';
import type { SegmentsLoad } from './OverlayContext';

export function useSegments(workspaceId: string, active: boolean): { segments: SegmentsLoad; reload: () => void } {
  const [segments, setSegments] = useState<SegmentsLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!active) return;
    const abort = new AbortController();
    listSegments(workspaceId, abort.signal)
      .then((list) => setSegments({ state: 'ready', list: [...list].sort((a, b) => a.name.localeCompare(b.name)) }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        // A server without segments yet lists none rather than failing the data view.
        setSegments(error instanceof ApiError && error.status === 404 ? { state: 'ready', list: [] } : { state: 'error', error });
      });
    return () => abort.abort();
  }, [workspaceId, active, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { segments, reload };
}
