// Loads something for a panel and reloads when its key changes; an older answer never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';

export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading'; previous?: T }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: unknown };

export function useLoad<T>(key: string | null, fetch: (signal: AbortSignal) => Promise<T>): { load: Load<T>; retry: () => void } {
  const [load, setLoad] = useState<Load<T>>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) { setLoad({ state: 'idle' }); return; }
    const abort = new AbortController();
    // The last figures stay on screen while new ones load, so nothing jumps.
    setLoad((l) => ({ state: 'loading', previous: l.state === 'ready' ? l.value : l.state === 'loading' ? l.previous : undefined }));
    fetch(abort.signal).then(
      (value) => { if (!abort.signal.aborted) setLoad({ state: 'ready', value }); },
      (error: unknown) => { if (!abort.signal.aborted) setLoad({ state: 'error', error }); },
    );
    return () => abort.abort();
    // `fetch` is recreated every render; the key says when the request changes.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
