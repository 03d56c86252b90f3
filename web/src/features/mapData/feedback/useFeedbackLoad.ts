// Fetches the feedback placed on the saved map for the data view's range and segment (the same as the overlay's),
// again when a saved edit changes what places feedback (bindings and keywords), and every 30 s while visible.
import { useCallback, useEffect, useState } from 'react';
import { getMapFeedback, type MapFeedback } from '../../../api/feedback';
import type { JourneyMap } from '../../../api/model';
import { resolveRange } from '../overlay/ranges';
import type { OverlaySettings } from '../overlay/settings';
import { liveRefreshMs, measuredShape } from '../overlay/useOverlayLoad';
import type { FeedbackLoad } from './FeedbackContext';

interface Args {
  workspaceId: string;
  savedMap: JourneyMap;
  active: boolean;
  settings: OverlaySettings;
}

export function useFeedbackLoad({ workspaceId, savedMap, active, settings }: Args): { load: FeedbackLoad; retry: () => void } {
  const [load, setLoad] = useState<FeedbackLoad>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [last, setLast] = useState<MapFeedback | undefined>(undefined);
  const shape = measuredShape(savedMap);
  const mapId = savedMap.id;
  const { from, to, error: rangeError } = resolveRange(settings.range, new Date());
  const { segment } = settings;

  // Each request shows its state from its first render: idle while off, the range's problem, or loading with the
  // last answer kept on screen.
  const request = !active ? 'idle' : rangeError ? `invalid ${rangeError}`
    : JSON.stringify([workspaceId, mapId, from, to, segment, shape, attempt]);
  const [requested, setRequested] = useState<string | null>(null);
  if (request !== requested) {
    setRequested(request);
    setLoad(!active ? { state: 'idle' } : rangeError ? { state: 'invalid', message: rangeError } : { state: 'loading', previous: last });
  }

  useEffect(() => {
    if (!active || rangeError) return;
    const abort = new AbortController();
    getMapFeedback(workspaceId, mapId, { from, to, segment }, abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        setLast(value);
        setLoad({ state: 'ready', value });
      },
      (error: unknown) => { if (!abort.signal.aborted) setLoad({ state: 'error', error }); },
    );
    return () => abort.abort();
  }, [active, workspaceId, mapId, from, to, segment, rangeError, shape, attempt]);

  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') setAttempt((a) => a + 1);
    }, liveRefreshMs);
    return () => window.clearInterval(timer);
  }, [active]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry };
}
