// The comments panel's own state for one editing session, shared by its parts (list, thread, composer).
import { createContext, useContext } from 'react';
import type { Load } from '../../ui/load';
import type { Anchor, ThreadList } from './anchors';
import type { CommentActions } from './useCommentActions';

export type Filter = 'open' | 'resolved' | 'all';

export type PanelView =
  | { kind: 'list' }
  | { kind: 'thread'; threadId: string }
  | { kind: 'new'; anchor: Anchor; label: string };

export interface PanelState {
  workspaceId: string;
  mapId: string;
  load: Load<ThreadList>;
  retry: () => void;
  view: PanelView;
  setView: (view: PanelView) => void;
  filter: Filter;
  setFilter: (filter: Filter) => void;
  /** The place whose threads the list shows; null: every place. */
  place: { key: string; label: string } | null;
  setPlace: (place: { key: string; label: string } | null) => void;
  close: () => void;
  actions: CommentActions;
  /** Writing is allowed (see CommentsApi.canComment); without it the threads are read only. */
  canComment: boolean;
  /** The @ list of members: members only (a share-link guest cannot list the workspace's people). */
  mentions: boolean;
}

export const PanelContext = createContext<PanelState | null>(null);

export function usePanel(): PanelState {
  const state = useContext(PanelContext);
  if (!state) throw new Error('usePanel outside CommentsLayer');
  return state;
}
