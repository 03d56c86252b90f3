// The top bar's switch of the comments panel, with the number of open threads on the map.
import { useComments } from './CommentsContext';
import { CommentIcon } from './icons';
import styles from './Comments.module.css';

export function CommentsButton() {
  const comments = useComments();
  const n = comments.totalOpen;
  return (
    <button type="button" className={`btn btn-sm ${comments.panelOpen ? styles.pressed : ''}`} aria-pressed={comments.panelOpen}
      onClick={comments.togglePanel} data-testid="toggle-comments" title="Comments"
      aria-label={n > 0 ? `Comments, ${n} open` : 'Comments'}>
      <CommentIcon name="bubble" />
      {n > 0 && <span className={styles.count}>{n}</span>}
    </button>
  );
}
