// The workspace's event figures for the Data page header; an upload invalidates them (app/server/keys.ts).
import { dataApi } from '../../api/data';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useSummary(workspaceId: string) {
  return useServerData({ key: keys.eventSummary(workspaceId), fetch: (signal) => dataApi.summary(workspaceId, signal) });
}
