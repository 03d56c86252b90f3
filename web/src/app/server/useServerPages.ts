// Reads a list the server answers a page at a time (newest first, each page naming the cursor of the next) through the
// same query cache and Load vocabulary as useServerData: the pages so far as one list, whether older ones are left,
// and a way to ask for the next. A failed next page keeps the pages on screen and says so (moreError).
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Load } from '../../ui/load';

export interface Page<T, C> {
  items: T[];
  /** The cursor of the next (older) page; null when there is none. */
  next: C | null;
}

export interface ServerPages<T> {
  load: Load<T[]>;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  loadMore: () => void;
  retry: () => void;
}

export function useServerPages<T, C>(key: QueryKey, fetch: (cursor: C | null, signal: AbortSignal) => Promise<Page<T, C>>): ServerPages<T> {
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetch(pageParam as C | null, signal),
    initialPageParam: null as C | null,
    getNextPageParam: (last: Page<T, C>) => last.next ?? undefined,
  });
  const { fetchNextPage, refetch, hasNextPage, isFetchingNextPage, isFetchNextPageError } = query;
  const loadMore = useCallback(() => { void fetchNextPage(); }, [fetchNextPage]);
  const retry = useCallback(() => { void refetch(); }, [refetch]);
  const items = query.data?.pages.flatMap((p) => p.items);
  const load: Load<T[]> = items !== undefined
    ? { state: 'ready', value: items, refreshing: query.isFetching && !isFetchingNextPage }
    : query.isError && !query.isFetching ? { state: 'error', error: query.error } : { state: 'loading' };
  return {
    load,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    moreError: isFetchNextPageError ? query.error : null,
    loadMore,
    retry,
  };
}
