// Fetches the overlay for the saved map and the chosen range and segments. The server measures the saved document,
// so a new request goes out when a saved edit changed the bindings, step order or journey ends, not on every keystroke.
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';
import { type OverlayResult } from '../../../api/overlay';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
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

/** Each request keeps the last figures on screen (marked as refreshing) until its answer arrives; a range that is
 * not valid shows its problem instead; while the view is off nothing is asked. Live: asked again every 30 s while
 * the page is visible, so new events show without a reload. */
export function useOverlayLoad({ workspaceId, savedMap, active, settings }: Args): { load: OverlayLoad; retry: () => void } {
  const shape = measuredShape(savedMap);
  const mapId = savedMap.id;
  const { from, to, error: rangeError } = resolveRange(settings.range, new Date());
  const { segment } = settings;
  const compare = settings.compare && settings.compare !== settings.segment ? settings.compare : null;
  return useServerData({
    key: keys.overlay(workspaceId, mapId, [from, to, segment, compare, shape]),
    enabled: active,
    invalid: active ? rangeError : undefined,
    keepPrevious: true,
    refreshEvery: liveRefreshMs,
    // Nothing measured in a workspace without any events: null says so, and the data page is where they come from.
    fetch: async (signal) => {
      const result = await api.overlay.get(workspaceId, mapId, { from, to, segment, compare }, signal);
      return measuredNothing(result) && !(await workspaceHasEvents(workspaceId, mapId, signal)) ? null : result;
    },
  });
}

/** Whether the map's event source holds any event (none when the map reads no source). */
async function workspaceHasEvents(workspaceId: string, mapId: string, signal: AbortSignal): Promise<boolean> {
  try {
    return (await api.events.activities(workspaceId, signal, mapId)).length > 0;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}
