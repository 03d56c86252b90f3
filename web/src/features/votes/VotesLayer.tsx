// Loads the open map's votes and changes them; each change answers the map's votes as they are now, which replace
// the cached ones, so every card shows the server's count.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import type { MapVotes } from '../../api/sharing';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { VotesContext, type Votes } from './VotesContext';

export function VotesLayer({ workspaceId, mapId, children }: { workspaceId: string; mapId: string; children: ReactNode }) {
  const key = keys.votes(workspaceId, mapId);
  const { load } = useServerData({ key, fetch: (signal) => api.votes.list(workspaceId, mapId, signal), refreshEvery: 15_000 });
  const client = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    if (!refusal) return;
    const timer = window.setTimeout(() => setRefusal(null), 4000);
    return () => window.clearTimeout(timer);
  }, [refusal]);

  const change = useMutation({
    mutationFn: ({ ideaId, up }: { ideaId: string; up: boolean }) =>
      (up ? api.votes.vote(workspaceId, mapId, ideaId) : api.votes.unvote(workspaceId, mapId, ideaId)),
    onSuccess: (votes: MapVotes) => client.setQueryData(key, votes),
    onError: (error) => {
      setRefusal(error instanceof ApiError ? error.message : 'The vote did not go through. Try again.');
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const { mutate } = change;
  const pending = change.isPending ? change.variables.ideaId : null;
  const votes = load.state === 'ready' ? load.value : undefined;
  const value = useMemo<Votes>(() => ({
    votes,
    vote: (ideaId) => mutate({ ideaId, up: true }),
    unvote: (ideaId) => mutate({ ideaId, up: false }),
    pending,
    refusal,
  }), [votes, mutate, pending, refusal]);
  return <VotesContext.Provider value={value}>{children}</VotesContext.Provider>;
}
