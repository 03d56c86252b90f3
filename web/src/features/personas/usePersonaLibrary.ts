// The persona library: one request, whose summaries carry what a card shows (photo, colour, role, quote).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function usePersonaLibrary(workspaceId: string) {
  return useServerData({ key: keys.personas(workspaceId), fetch: (signal) => api.personas.list(workspaceId, signal) });
}
