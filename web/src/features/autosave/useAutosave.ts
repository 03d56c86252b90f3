// Wires an Autosaver to the page: its status as React state, a write as soon as the page loses focus or is hidden,
// a keepalive write when it is left (asking first only when the write cannot be expected to get through), another
// try as soon as the browser is back online, and what is pending written when the page goes away inside the app.
import { useEffect, useSyncExternalStore } from 'react';
import type { Autosaver, SaveStatus } from './autosaver';

const idle: SaveStatus = { state: 'saved', waiting: 0 };
const noSubscription = () => () => undefined;

/** Real timers for an Autosaver's deps. */
export const browserClock = {
  setTimer: (fn: () => void, ms: number): unknown => window.setTimeout(fn, ms),
  clearTimer: (handle: unknown) => window.clearTimeout(handle as number),
  now: () => Date.now(),
};

export function useAutosave<T>(saver: Autosaver<T> | null): SaveStatus {
  const status = useSyncExternalStore(
    saver ? (listener) => saver.subscribe(listener) : noSubscription,
    () => saver?.status ?? idle,
  );

  useEffect(() => {
    if (!saver) return;
    const onBlur = () => void saver.flush();
    const onVisibility = () => { if (document.visibilityState === 'hidden') void saver.flush(true); };
    const onOnline = () => { if (saver.status.state === 'offline' || saver.status.state === 'failed') void saver.retryNow(); };
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved) return;
      void saver.flush(true);
      const { state } = saver.status;
      if (state !== 'saving' && state !== 'dirty') e.preventDefault();
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onLeave);
      void saver.flush(); // leaving inside the app: write what is pending now (its owner disposes it)
    };
  }, [saver]);

  return status;
}
