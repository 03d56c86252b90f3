// An event source's figures for the Data page header (the default source until one is picked); an upload
// invalidates them (app/server/keys.ts).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useSummary(workspaceId: string, source?: string) {
  return useServerData({ key: keys.eventSummary(workspaceId, source), fetch: (signal) => api.events.summary(workspaceId, signal, source) });
}
