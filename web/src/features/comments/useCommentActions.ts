// The changes a person makes to comments; each asks the map's threads and the inbox again once it is saved.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { commentsChanged } from '../../app/server/keys';
import type { Anchor } from './anchors';

export type CommentActions = ReturnType<typeof useCommentActions>;

export function useCommentActions(workspaceId: string, mapId: string) {
  const client = useQueryClient();
  return useMemo(() => {
    const after = async <T>(work: Promise<T>): Promise<T> => {
      const value = await work;
      await commentsChanged(client, workspaceId, mapId);
      return value;
    };
    return {
      start: (anchor: Anchor, body: string) =>
        after(api.comments.start(workspaceId, mapId, { anchor: { stageId: null, stepId: null, laneId: null, ...anchor }, body })),
      reply: (threadId: string, body: string) => after(api.comments.reply(workspaceId, mapId, threadId, body)),
      edit: (threadId: string, commentId: string, body: string) => after(api.comments.edit(workspaceId, mapId, threadId, commentId, body)),
      remove: (threadId: string, commentId: string) => after(api.comments.remove(workspaceId, mapId, threadId, commentId)),
      setResolved: (threadId: string, resolved: boolean) => after(api.comments.setResolved(workspaceId, mapId, threadId, resolved)),
    };
  }, [client, workspaceId, mapId]);
}
