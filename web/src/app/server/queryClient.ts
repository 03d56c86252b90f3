// The app's one cache of server data (TanStack Query), created once by the app shell. The defaults keep what the
// hand-written loaders did: no silent retries (an error shows at once, with its Try again), no refetch when the
// window regains focus or the network returns, and an answer is forgotten as soon as no view shows it, so opening a
// view asks the server again. Changes invalidate the keys they affect (keys.ts) instead of reloading by hand.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, gcTime: 0 },
      mutations: { retry: false },
    },
  });
}
