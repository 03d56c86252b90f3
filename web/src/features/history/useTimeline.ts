// Loads the timeline while the panel is open, again shortly after the live map moves on (a colleague's edit, our own
// save) and after a version changes; "Load older" appends the sessions before the oldest one shown, and a refresh
// keeps them (it asks for as many sessions as are shown).
import { useCallback, useEffect, useRef, useState } from 'react';
import { historyApi } from './historyApi';
import type { TimelineLoad } from './HistoryContext';
import type { MapHistory } from './historyTypes';
import { keepOlder, refreshLimit } from './timeline';

const refreshAfterMs = 800;

export function useTimeline(workspaceId: string, mapId: string, active: boolean, liveKey: unknown) {
  const [load, setLoad] = useState<TimelineLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const first = useRef(true);
  // What is shown now, read by a refresh without making it depend on every load.
  const shown = useRef<MapHistory | undefined>(undefined);
  useEffect(() => { shown.current = load.state === 'ready' ? load.history : undefined; }, [load]);

  useEffect(() => {
    if (!active) { first.current = true; shown.current = undefined; return; }
    const abort = new AbortController();
    // The first load goes at once; a refresh waits for a burst of edits to settle.
    const wait = first.current ? 0 : refreshAfterMs;
    const timer = window.setTimeout(() => {
      const previous = first.current ? undefined : shown.current;
      historyApi.history(workspaceId, mapId, { limit: refreshLimit(previous) }, abort.signal).then(
        (fresh) => { first.current = false; setLoad({ state: 'ready', history: keepOlder(previous, fresh), olderLoading: false }); },
        (error: unknown) => { if (!abort.signal.aborted) setLoad({ state: 'error', error }); },
      );
    }, wait);
    return () => { window.clearTimeout(timer); abort.abort(); };
  }, [workspaceId, mapId, active, liveKey, attempt]);

  const retry = useCallback(() => { first.current = true; setLoad({ state: 'loading' }); setAttempt((a) => a + 1); }, []);
  const refresh = useCallback(() => setAttempt((a) => a + 1), []);

  const loadOlder = useCallback(() => {
    if (load.state !== 'ready' || load.olderLoading) return;
    const current = load.history;
    const before = Math.min(...current.sessions.map((s) => s.fromSeq));
    setLoad({ ...load, olderLoading: true, olderError: undefined });
    historyApi.history(workspaceId, mapId, { before }).then(
      (older) => setLoad({ state: 'ready', olderLoading: false, history: { ...current, sessions: [...current.sessions, ...older.sessions], more: older.more } }),
      (error: unknown) => setLoad({ ...load, olderLoading: false, olderError: error instanceof Error ? error.message : String(error) }),
    );
  }, [load, workspaceId, mapId]);

  return { load, retry, refresh, loadOlder };
}
