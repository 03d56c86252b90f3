// The workspace's topics for the Topics panel, and the curation actions: each change asks every view that shows
// topics again (topicsChanged), so a renamed or merged topic reads the same on maps, findings and here.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../../api/client';
import type { Schemas } from '../../../api/contract';
import { ApiError } from '../../../api/http';
import { keys, topicsChanged } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';

export type Topic = Schemas['TopicDto'];
export type TopicList = Schemas['TopicsDto'];

export function useTopics(workspaceId: string, search: string) {
  const client = useQueryClient();
  const { load, retry } = useServerData({
    key: keys.topics(workspaceId, search), fetch: (signal) => api.topics.list(workspaceId, search, signal), keepPrevious: true,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Runs one change; true when it went through. The error says what failed, in the server's words. */
  const change = useCallback(async (what: string, run: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await run();
      await topicsChanged(client, workspaceId);
      return true;
    } catch (e) {
      setError(`${what}: ${e instanceof ApiError ? e.messages.join(' ') : String(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }, [client, workspaceId]);
  return { load, retry, busy, error, change, clearError: () => setError(null) };
}
