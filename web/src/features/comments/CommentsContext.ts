// What the comments offer the editor's places (step and stage headers, cells, the top bar): the count of open threads
// on a place, and opening the panel on a place, a thread or a new thread.
import { createContext, useContext } from 'react';
import type { Anchor } from './anchors';

export interface CommentsApi {
  mapId: string;
  /** The caller may start threads, reply and resolve (a commenter or more, or a guest of a comment link). */
  canComment: boolean;
  /** Open threads pinned on the place with this key (anchorKey). */
  openCount: (key: string) => number;
  /** Open threads on the whole map, all places included. */
  totalOpen: number;
  panelOpen: boolean;
  /** The top bar's switch, where focus goes back when the panel closes. */
  registerToggle: (button: HTMLButtonElement | null) => void;
  togglePanel: () => void;
  /** The panel on the threads of one place. */
  showPlace: (anchor: Anchor, label: string) => void;
  showThread: (threadId: string) => void;
  startThread: (anchor: Anchor, label: string) => void;
}

export const CommentsContext = createContext<CommentsApi | null>(null);

/** The comments of the open map; null outside an editing session (the inbox uses it when it is there). */
export function useCommentsMaybe(): CommentsApi | null {
  return useContext(CommentsContext);
}

const ignore = () => undefined;

/**
 * The grid is also drawn outside an editing session (a share link's read-only map), where no comments layer is
 * loaded: there it counts no threads and opens nothing, rather than failing the whole page.
 */
export const noComments: CommentsApi = {
  mapId: '', canComment: false, openCount: () => 0, totalOpen: 0, panelOpen: false,
  registerToggle: ignore, togglePanel: ignore, showPlace: ignore, showThread: ignore, startThread: ignore,
};

export function useComments(): CommentsApi {
  return useContext(CommentsContext) ?? noComments;
}
