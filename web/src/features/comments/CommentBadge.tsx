// The count of open threads on a place of the map (a stage, a step, a cell), shown only when there are some; a click
// opens the panel on that place's threads.
import type { Anchor } from './anchors';
import { anchorKey } from './anchors';
import { useComments } from './CommentsContext';
import { CommentIcon } from './icons';
import styles from './Comments.module.css';

export function CommentBadge({ anchor, label, className }: { anchor: Anchor; label: string; className?: string }) {
  const comments = useComments();
  const count = comments.openCount(anchorKey(anchor));
  if (count === 0) return null;
  const words = `${count} open comment thread${count === 1 ? '' : 's'} on ${label}`;
  return (
    <button type="button" className={`${styles.badge} ${className ?? ''}`} aria-label={words} title={words} data-testid="comment-badge"
      draggable={false}
      onClick={(e) => { e.stopPropagation(); comments.showPlace(anchor, label); }}
      onDoubleClick={(e) => e.stopPropagation()}>
      <CommentIcon name="bubble" size={12} />
      {count}
    </button>
  );
}
