// The comments of one editing session: loads the map's threads, keeps the panel's state, and offers the places of the
// map their counts and a way to open the panel (CommentsContext). A link to a thread (?thread=id, from the inbox)
// opens the panel on it.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { valueOf } from '../../ui/load';
import { anchorKey, type Anchor } from './anchors';
import { CommentsContext, type CommentsApi } from './CommentsContext';
import { PanelContext, type Filter, type PanelState, type PanelView } from './PanelContext';
import { useCommentActions } from './useCommentActions';

function threadInLink(): string | null {
  return new URLSearchParams(location.search).get('thread');
}

/** What the caller may do with comments: write them (and resolve), and pick members to @mention. */
export interface CommentAccess { comment: boolean; mentions: boolean }

const fullAccess: CommentAccess = { comment: true, mentions: true };

interface CommentsLayerProps { workspaceId: string; mapId: string; access?: CommentAccess; children: ReactNode }

export function CommentsLayer({ workspaceId, mapId, access = fullAccess, children }: CommentsLayerProps) {
  const { comment: canComment, mentions } = access;
  const { load, retry } = useServerData({
    key: keys.comments(workspaceId, mapId),
    fetch: (signal) => api.comments.list(workspaceId, mapId, signal),
    refreshEvery: 30_000, // others' comments arrive without a reload
  });
  const [linked] = useState(threadInLink);
  const [open, setOpen] = useState(linked !== null);
  const [view, setView] = useState<PanelView>(linked ? { kind: 'thread', threadId: linked } : { kind: 'list' });
  const [filter, setFilter] = useState<Filter>('open');
  const [place, setPlace] = useState<{ key: string; label: string } | null>(null);

  useEffect(() => {
    if (linked) history.replaceState(history.state, '', location.pathname); // the link was followed: keep the address clean
  }, [linked]);

  const list = valueOf(load);
  const counts = useMemo(() => new Map((list?.counts ?? []).map((c) => [anchorKey(c.anchor), Number(c.open)])), [list]);
  const openCount = useCallback((key: string) => counts.get(key) ?? 0, [counts]);
  const toggle = useRef<HTMLButtonElement | null>(null);
  const registerToggle = useCallback((button: HTMLButtonElement | null) => { toggle.current = button; }, []);
  const close = useCallback(() => { setOpen(false); toggle.current?.focus(); }, []);
  const actions = useCommentActions(workspaceId, mapId);

  const comments = useMemo<CommentsApi>(() => ({
    mapId,
    canComment,
    openCount,
    totalOpen: Number(list?.open ?? 0),
    panelOpen: open,
    registerToggle,
    togglePanel: () => setOpen((o) => !o),
    showPlace: (anchor: Anchor, label: string) => {
      setPlace({ key: anchorKey(anchor), label });
      setView({ kind: 'list' });
      setFilter('open');
      setOpen(true);
    },
    showThread: (threadId: string) => { setView({ kind: 'thread', threadId }); setOpen(true); },
    startThread: (anchor: Anchor, label: string) => {
      if (!canComment) return;
      setView({ kind: 'new', anchor, label });
      setOpen(true);
    },
  }), [mapId, canComment, openCount, list, open, registerToggle]);

  const panel = useMemo<PanelState>(() => ({
    workspaceId, mapId, load, retry, view, setView, filter, setFilter, place, setPlace, close, actions, canComment, mentions,
  }), [workspaceId, mapId, load, retry, view, filter, place, close, actions, canComment, mentions]);

  return (
    <CommentsContext.Provider value={comments}>
      <PanelContext.Provider value={open ? panel : null}>
        {children}
      </PanelContext.Provider>
    </CommentsContext.Provider>
  );
}
