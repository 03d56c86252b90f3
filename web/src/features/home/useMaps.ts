// The workspace's map summaries, with loading and error states and a reload after each change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { MapSummary } from '../../api/model';

export type MapsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `readAt`: when the list was read; the cards' relative times count from it. */
  | { status: 'ready'; maps: MapSummary[]; readAt: Date };

export function useMaps(workspaceId: string): { state: MapsState; reload: () => void } {
  const [state, setState] = useState<MapsState>({ status: 'loading' });
  const abortRef = useRef<AbortController | null>(null);

  // Another workspace shows as loading from its first render.
  const [requested, setRequested] = useState(workspaceId);
  if (workspaceId !== requested) {
    setRequested(workspaceId);
    setState({ status: 'loading' });
  }

  const load = useCallback(() => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    api.maps.list(workspaceId, abort.signal)
      .then((maps) => setState({ status: 'ready', maps, readAt: new Date() }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', error });
      });
  }, [workspaceId]);

  useEffect(() => {
    load();
    return () => abortRef.current?.abort();
  }, [load]);

  // A reload after an action keeps the cards on screen while the fresh list arrives.
  const reload = useCallback(() => load(), [load]);
  return { state, reload };
}
