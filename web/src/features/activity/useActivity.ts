// The workspace's activity pages for a set of filters, and the actors to filter by, through the app's query cache.
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { useServerPages } from '../../app/server/useServerPages';
import type { ActivityLine } from './actionWords';
import { toQuery, type ActivityFilters } from './activityFilters';

const pageSize = 50;

export function useActivity(workspaceId: string, filters: ActivityFilters) {
  return useServerPages<ActivityLine, number>(keys.activity(workspaceId, filters), async (before, signal) => {
    const page = await api.activity.page(workspaceId, { ...toQuery(filters), before, limit: pageSize }, signal);
    return { items: page.items, next: page.before == null ? null : Number(page.before) };
  });
}

export function useActivityActors(workspaceId: string) {
  return useServerData({ key: keys.activityActors(workspaceId), fetch: (signal) => api.activity.actors(workspaceId, signal) });
}
