// The workspace's map summaries, with loading and error states and a reload after each change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { MapSummary } from '../../api/model';

export type MapsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; maps: MapSummary[] };

export function useMaps(workspaceId: string): { state: MapsState; reload: () => void } {
  const [state, setState] = useState<MapsState>({ status: 'loading' });
  const abortRef = useRef<AbortController | null>(null);

  const load = useCallback((quiet: boolean) => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    if (!quiet) setState({ status: 'loading' });
    api.maps(workspaceId, abort.signal)
      .then((maps) => setState({ status: 'ready', maps }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', error });
      });
  }, [workspaceId]);

  useEffect(() => {
    load(false);
    return () => abortRef.current?.abort();
  }, [load]);

  // A reload after an action keeps the cards on screen while the fresh list arrives.
  const reload = useCallback(() => load(true), [load]);
  return { state, reload };
}
