// Fetches the feedback placed on the saved map for the data view's range and segment (the same as the overlay's),
// again when a saved edit changes what places feedback (bindings and keywords), and every 30 s while visible. The
// last answer stays on screen while the next one is on its way.
import { api } from '../../../api/client';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
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
  const shape = measuredShape(savedMap);
  const mapId = savedMap.id;
  const { from, to, error: rangeError } = resolveRange(settings.range, new Date());
  const { segment } = settings;
  return useServerData({
    key: keys.mapFeedback(workspaceId, mapId, [from, to, segment, shape]),
    enabled: active,
    invalid: active ? rangeError : undefined,
    keepPrevious: true,
    refreshEvery: liveRefreshMs,
    fetch: (signal) => api.feedback.forMap(workspaceId, mapId, { from, to, segment }, signal),
  });
}
