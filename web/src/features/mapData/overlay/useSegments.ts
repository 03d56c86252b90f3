// The workspace's segments for the pickers, loaded while the data view is on; saving or deleting a segment
// invalidates them (app/server/keys.ts).
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import type { SegmentsLoad } from './OverlayContext';

export function useSegments(workspaceId: string, active: boolean): SegmentsLoad {
  return useServerData({
    key: keys.segments(workspaceId),
    enabled: active,
    fetch: async (signal) => {
      try {
        return [...await api.segments.list(workspaceId, signal)].sort((a, b) => a.name.localeCompare(b.name));
      } catch (error) {
        // A server without segments yet lists none rather than failing the data view.
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      }
    },
  }).load;
}
