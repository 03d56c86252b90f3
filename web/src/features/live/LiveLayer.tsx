// Asks for the live view while it is on: every 10 s while the page is visible (TanStack Query skips the interval in
// a hidden tab, and asks at once when the tab shows again), keeping the last figures when a refresh fails.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useEvidence } from '../mapData';
import { liveApi, liveKeys, liveRefreshMs } from './liveApi';
import { LiveContext, type LiveState } from './LiveContext';

export function LiveLayer({ workspaceId, mapId, children }: { workspaceId: string; mapId: string; children: ReactNode }) {
  const { live: on } = useEvidence();
  const query = useQuery({
    queryKey: liveKeys.view(workspaceId, mapId),
    queryFn: ({ signal }) => liveApi.get(workspaceId, mapId, signal),
    enabled: on,
    refetchInterval: liveRefreshMs,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
  const { data, isError, isPending, refetch } = query;
  const retry = useCallback(() => { void refetch(); }, [refetch]);
  const state = useMemo<LiveState>(() => {
    const view = on ? data ?? null : null;
    const byStep = new Map((view?.steps ?? []).map((s) => [s.stepId, s]));
    return { on, view, loading: on && isPending && !isError, failed: on && isError, step: (id) => byStep.get(id), retry };
  }, [on, data, isError, isPending, retry]);
  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}
