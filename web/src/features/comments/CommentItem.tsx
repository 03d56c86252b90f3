// One comment in a thread: who wrote it and when, its text, and — for its author — edit and delete.
import { useState } from 'react';
import { Avatar } from '../../ui/Avatar';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import type { Comment } from './anchors';
import { CommentBody } from './CommentBody';
import { Composer } from './Composer';
import styles from './Comments.module.css';

interface CommentItemProps {
  workspaceId: string;
  comment: Comment;
  onEdit: (body: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}

export function CommentItem({ workspaceId, comment, onEdit, onDelete }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const remove = async () => {
    try { await onDelete(); } catch { setFailed(true); setConfirming(false); }
  };
  return (
    <li className={styles.comment} data-testid="comment">
      <Avatar name={comment.authorName} size={28} />
      <div className={styles.commentMain}>
        <div className={styles.commentHead}>
          <span className={styles.author}>{comment.authorName}</span>
          {comment.authorId == null && <span className="badge">guest</span>}
          <time className={styles.time} dateTime={comment.createdAt} title={exactTime(comment.createdAt)}>{relativeTime(comment.createdAt)}</time>
          {comment.editedAt && <span className={styles.time} title={`Edited ${exactTime(comment.editedAt)}`}>(edited)</span>}
        </div>
        {editing
          ? <Composer workspaceId={workspaceId} label="Edit the comment" placeholder="Comment" submitLabel="Save" initial={comment.body} autoFocus
              onSubmit={async (body) => { await onEdit(body); setEditing(false); }} onCancel={() => setEditing(false)} />
          : <CommentBody body={comment.body} />}
        {!editing && (comment.mine || comment.canDelete) && (
          <div className={styles.commentActions}>
            {confirming
              ? (
                <>
                  <span className={styles.hint}>Delete this comment?</span>
                  <button type="button" className="btn btn-sm btn-danger" onClick={() => void remove()}>Delete</button>
                  <button type="button" className="btn btn-sm btn-ghost" onClick={() => setConfirming(false)}>Keep</button>
                </>
              )
              : (
                <>
                  {comment.mine && <button type="button" className={styles.linkButton} onClick={() => setEditing(true)}>Edit</button>}
                  <button type="button" className={styles.linkButton} onClick={() => setConfirming(true)}>Delete</button>
                </>
              )}
            {failed && <span className={styles.error} role="alert">Could not delete it.</span>}
          </div>
        )}
      </div>
    </li>
  );
}
