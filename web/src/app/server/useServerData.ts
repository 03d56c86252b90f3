// Reads server data through the app's query cache and answers in the one Load vocabulary: idle, loading, ready (and
// refreshing), error, invalid. An older answer never overwrites a newer one, and a request no view waits for is
// cancelled through the signal.
import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Load } from '../../ui/load';

export interface ServerDataOptions<T> {
  key: QueryKey;
  fetch: (signal: AbortSignal) => Promise<T>;
  /** False: nothing is asked for and the load is idle. */
  enabled?: boolean;
  /** A problem with the request as it stands: shown instead of asking. */
  invalid?: string;
  /** While the answer to a new key is on its way, the last answer stays on screen (ready, refreshing). */
  keepPrevious?: boolean;
  /** Asks again this often (ms) while the page is visible: live figures. */
  refreshEvery?: number;
  /** How long an answer stays fresh and is kept (ms); by default it is asked for again on every view. */
  keepFor?: number;
}

export function useServerData<T>(options: ServerDataOptions<T>): { load: Load<T>; retry: () => void } {
  const { key, fetch, enabled = true, invalid, keepPrevious = false, refreshEvery, keepFor } = options;
  const active = enabled && invalid === undefined;
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetch(signal),
    enabled: active,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval: refreshEvery,
    ...(keepFor === undefined ? {} : { staleTime: keepFor, gcTime: keepFor }),
  });
  const { refetch } = query;
  const retry = useCallback(() => { void refetch(); }, [refetch]);
  return { load: toLoad(query, active, invalid), retry };
}

export function toLoad<T>(query: UseQueryResult<T>, active: boolean, invalid?: string): Load<T> {
  if (invalid !== undefined) return { state: 'invalid', message: invalid };
  if (!active) return { state: 'idle' };
  if (query.isError) return query.isFetching ? { state: 'loading' } : { state: 'error', error: query.error };
  if (query.data === undefined) return { state: 'loading' };
  return { state: 'ready', value: query.data, refreshing: query.isFetching };
}
