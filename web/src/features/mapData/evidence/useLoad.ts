// Loads something for a panel and reloads when its key changes; an older answer never overwrites a newer one.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading'; previous?: T }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: unknown };

export function useLoad<T>(key: string | null, fetch: (signal: AbortSignal) => Promise<T>): { load: Load<T>; retry: () => void } {
  const [load, setLoad] = useState<Load<T>>(() => (key === null ? { state: 'idle' } : { state: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  // A new request shows as loading from its first render; the last figures stay on screen meanwhile, so nothing jumps.
  const request = key === null ? null : JSON.stringify([key, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setLoad((l) => (request === null ? { state: 'idle' }
      : { state: 'loading', previous: l.state === 'ready' ? l.value : l.state === 'loading' ? l.previous : undefined }));
  }
  // `fetch` is a new function every render; the key says when the request changes, and the latest `fetch` makes it.
  const start = useEffectEvent((signal: AbortSignal) => fetch(signal));
  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    start(abort.signal).then(
      (value) => { if (!abort.signal.aborted) setLoad({ state: 'ready', value }); },
      (error: unknown) => { if (!abort.signal.aborted) setLoad({ state: 'error', error }); },
    );
    return () => abort.abort();
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
