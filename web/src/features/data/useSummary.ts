// The workspace's event figures for the Data page header; an upload invalidates them (app/server/keys.ts).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useSummary(workspaceId: string) {
  return useServerData({ key: keys.eventSummary(workspaceId), fetch: (signal) => api.events.summary(workspaceId, signal) });
}
