// The inbox in the top bar: a count of unread mentions and replies, and the list of them (unread first). Opening one
// marks it read and shows its thread on its map. Above them, the maps the caller owns whose review is overdue: each
// stays (and counts) until the map is marked reviewed.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { commentsChanged, keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { valueOf, type Load } from '../../ui/load';
import { Avatar } from '../../ui/Avatar';
import { relativeTime } from '../../ui/relativeTime';
import { ErrorState, Spinner } from '../../ui/States';
import { placeOf, type Inbox, type InboxItem } from './anchors';
import { ReviewReminders } from '../reviews/ReviewReminders';
import { CommentBody } from './CommentBody';
import { useCommentsMaybe } from './CommentsContext';
import { CommentIcon } from './icons';
import styles from './Comments.module.css';

export function InboxButton({ workspaceId }: { workspaceId: string }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const { load, retry } = useServerData({
    key: keys.inbox(workspaceId),
    fetch: (signal) => api.comments.inbox(workspaceId, signal),
    refreshEvery: 60_000,
  });
  const unread = Number(valueOf(load)?.unread ?? 0);

  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!box.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open]);

  return (
    <div className={styles.inboxWrap} onKeyDown={(e) => {
      if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); setOpen(false); button.current?.focus(); }
    }}>
      <button ref={button} type="button" className={`btn btn-sm btn-ghost ${styles.inboxButton}`} aria-expanded={open} aria-controls={open ? id : undefined}
        aria-label={unread > 0 ? `Inbox, ${unread} unread` : 'Inbox'} title="Mentions, replies and reviews due" data-testid="inbox-button"
        onClick={() => setOpen((o) => !o)}>
        <CommentIcon name="inbox" />
        {unread > 0 && <span className={styles.unread} data-testid="inbox-unread">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <div ref={box} id={id} className={styles.inbox} role="dialog" aria-label="Inbox" data-testid="inbox">
          <InboxList workspaceId={workspaceId} load={load} retry={retry} onDone={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

function InboxList({ workspaceId, load, retry, onDone }: {
  workspaceId: string; load: Load<Inbox>; retry: () => void; onDone: () => void;
}) {
  const client = useQueryClient();
  const comments = useCommentsMaybe();
  const markRead = async (request: { ids?: number[]; all?: boolean }) => {
    await api.comments.markRead(workspaceId, request);
    await commentsChanged(client, workspaceId);
  };
  const openItem = (item: InboxItem) => {
    onDone();
    if (!item.read) void markRead({ ids: [Number(item.id)] }).catch(() => undefined);
    if (comments?.mapId === item.mapId) comments.showThread(item.threadId);
    else navigate(`/maps/${encodeURIComponent(item.mapId)}?thread=${encodeURIComponent(item.threadId)}`);
  };
  const value = valueOf(load);
  return (
    <>
      <div className={styles.inboxHead}>
        <h2 className={styles.title}>Inbox</h2>
        {value && Number(value.unread) > 0 && (
          <button type="button" className={styles.linkButton} onClick={() => void markRead({ all: true }).catch(() => undefined)}>Mark all read</button>
        )}
      </div>
      {load.state === 'error' && <ErrorState title="The inbox could not be loaded" error={load.error} onRetry={retry} />}
      {!value && load.state !== 'error' && <Spinner label="Loading the inbox" />}
      {value && <ReviewReminders reviews={value.reviews} onOpen={onDone} />}
      {value && value.items.length === 0 && value.reviews.length === 0 && (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>Nothing here yet</p>
          <p className="muted">When someone mentions you or replies in a thread you wrote in, or a map you own is due for review, it shows here.</p>
        </div>
      )}
      {value && value.items.length > 0 && (
        <ul className={styles.inboxList}>
          {value.items.map((item) => (
            <li key={item.id}>
              <button type="button" className={`${styles.inboxItem} ${item.read ? '' : styles.isUnread}`} onClick={() => openItem(item)}
                data-testid="inbox-item">
                <Avatar name={item.authorName} size={28} />
                <span className={styles.inboxText}>
                  <span className={styles.inboxWhat}>
                    <strong>{item.authorName}</strong> {item.reason === 'mention' ? 'mentioned you' : 'replied'}
                    <span className={styles.time}> · {relativeTime(item.at)}</span>
                  </span>
                  <span className={styles.inboxWhere}>{item.mapName} · {placeOf({ anchor: item.anchor, anchorLabel: item.anchorLabel, anchorRemoved: false })}</span>
                  <span className={styles.clip}><CommentBody body={item.body} /></span>
                </span>
                {!item.read && <span className={styles.dot} aria-label="Unread" />}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
