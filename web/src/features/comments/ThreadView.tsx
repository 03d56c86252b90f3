// One thread in the panel: where it is pinned, its comments, resolve or reopen, and a reply.
import { useState } from 'react';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { ErrorState, Spinner } from '../../ui/States';
import { placeOf } from './anchors';
import { CommentItem } from './CommentItem';
import { Composer } from './Composer';
import { usePanel } from './PanelContext';
import styles from './Comments.module.css';

export function ThreadView({ threadId }: { threadId: string }) {
  const { workspaceId, load, retry, setView, actions, canComment } = usePanel();
  const [busy, setBusy] = useState(false);
  const back = <button type="button" className={styles.back} onClick={() => setView({ kind: 'list' })}>← All threads</button>;
  if (load.state === 'loading' || load.state === 'idle') return <Spinner label="Loading the thread" />;
  if (load.state !== 'ready') return <ErrorState title="The comments could not be loaded" error={load.state === 'error' ? load.error : ''} onRetry={retry} />;
  const thread = load.value.threads.find((t) => t.id === threadId);
  if (!thread) {
    return <div className={styles.section}>{back}<p className="muted">This thread was deleted.</p></div>;
  }
  const resolved = thread.status === 'resolved';
  const toggle = async () => {
    setBusy(true);
    try { await actions.setResolved(thread.id, !resolved); } finally { setBusy(false); }
  };
  return (
    <div className={styles.thread} data-testid="comment-thread">
      <div className={styles.threadHead}>
        {back}
        {canComment && (
          <button type="button" className={`btn btn-sm ${resolved ? '' : styles.resolve}`} disabled={busy} onClick={() => void toggle()}
            data-testid={resolved ? 'reopen-thread' : 'resolve-thread'}>
            {resolved ? 'Reopen' : '✓ Resolve'}
          </button>
        )}
      </div>
      <p className={`${styles.place} ${thread.anchorRemoved ? styles.removed : ''}`}>{placeOf(thread)}</p>
      {resolved && thread.resolvedAt && (
        <p className={styles.resolvedNote} title={exactTime(thread.resolvedAt)}>
          Resolved by {thread.resolvedByName ?? 'someone'} {relativeTime(thread.resolvedAt)}
        </p>
      )}
      <ol className={styles.comments}>
        {thread.comments.map((c) => (
          <CommentItem key={c.id} workspaceId={workspaceId} comment={c}
            onEdit={(body) => actions.edit(thread.id, c.id, body)} onDelete={() => actions.remove(thread.id, c.id)} />
        ))}
      </ol>
      {canComment && (
        <Composer key={thread.id} workspaceId={workspaceId} label="Reply" placeholder="Reply…" submitLabel="Reply"
          onSubmit={(body) => actions.reply(thread.id, body)} />
      )}
    </div>
  );
}
