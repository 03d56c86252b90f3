// The customer attribute names of the source Explore reads (the one named, else the map's), most common first, so the
// breakdown offers what the data holds instead of guessing a name.
import { api } from '../../../api/client';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';

export function useAttributeNames(workspaceId: string, map: string | undefined, source: string | undefined) {
  const request = { map, source };
  return useServerData({
    key: keys.exploreAttributes(workspaceId, request),
    fetch: (signal) => api.exploreAttributes(workspaceId, request, signal),
  });
}
