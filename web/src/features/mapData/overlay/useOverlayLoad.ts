// Fetches the overlay for the saved map and the chosen range and segments. The server measures the saved document,
// so a new request goes out when a saved edit changed the bindings, step order or journey ends, not on every keystroke.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';
import { getOverlay, type OverlayResult } from '../../../api/overlay';
import type { OverlayLoad } from './OverlayContext';
import { resolveRange } from './ranges';
import type { OverlaySettings } from './settings';

/** How often the data view asks again while it is on and the page is visible. */
export const liveRefreshMs = 30_000;

/** What in the map changes the figures: the bindings, the step order and the journey's ends. */
export function measuredShape(map: JourneyMap): string {
  const steps = (map.stages ?? []).map((s) => [s.id, (s.steps ?? []).map((p) => [p.id, p.binding ?? null])]);
  return JSON.stringify([steps, map.entryStepId ?? null, map.outcomeStepId ?? null]);
}

/** True when nothing at all was measured: no entrants and no step visited. */
export function measuredNothing(result: OverlayResult): boolean {
  return result.series.every((s) => s.entrants === 0 && s.steps.every((p) => p.visitors === 0));
}

interface Args {
  workspaceId: string;
  /** The map as the server last stored it (what it measures). */
  savedMap: JourneyMap;
  active: boolean;
  settings: OverlaySettings;
}

export function useOverlayLoad({ workspaceId, savedMap, active, settings }: Args): { load: OverlayLoad; retry: () => void } {
  const [load, setLoad] = useState<OverlayLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const shape = measuredShape(savedMap);
  const mapId = savedMap.id;
  const [last, setLast] = useState<OverlayResult | undefined>(undefined);

  const range = resolveRange(settings.range, new Date());
  const { from, to, error: rangeError } = range;
  const { segment } = settings;
  const compare = settings.compare && settings.compare !== settings.segment ? settings.compare : null;

  // Each request shows its state from its first render: the range's problem, or loading (the last figures stay on
  // screen, marked as refreshing). While the view is off nothing changes.
  const request = !active ? null : rangeError ? `invalid ${rangeError}`
    : JSON.stringify([workspaceId, mapId, from, to, segment, compare, shape, attempt]);
  const [requested, setRequested] = useState<string | null | undefined>(undefined);
  if (request !== requested) {
    setRequested(request);
    if (rangeError && active) setLoad({ state: 'invalid', message: rangeError });
    else if (active) setLoad(last ? { state: 'ready', result: last, refreshing: true } : { state: 'loading' });
  }

  useEffect(() => {
    if (!active || rangeError) return;
    const abort = new AbortController();
    (async () => {
      const result = await getOverlay(workspaceId, mapId, { from, to, segment, compare }, abort.signal);
      if (measuredNothing(result) && !(await workspaceHasEvents(workspaceId, abort.signal))) {
        setLast(undefined);
        setLoad({ state: 'noEvents' });
        return;
      }
      setLast(result);
      setLoad({ state: 'ready', result, refreshing: false });
    })().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      setLoad({ state: 'error', error });
    });
    return () => abort.abort();
  }, [active, workspaceId, mapId, from, to, segment, compare, rangeError, shape, attempt]);

  // Live: new events show without a reload. The figures on screen stay while the next ones are measured.
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

async function workspaceHasEvents(workspaceId: string, signal: AbortSignal): Promise<boolean> {
  try {
    return (await api.activities(workspaceId, signal)).length > 0;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}
