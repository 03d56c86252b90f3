// The top bar's switch of the comments panel, with the number of open threads on the map.
import { useComments } from './CommentsContext';
import { CommentIcon } from './icons';
import styles from './Comments.module.css';

export function CommentsButton() {
  const { totalOpen: n, panelOpen, togglePanel, registerToggle } = useComments();
  return (
    <button ref={registerToggle} type="button" className={`btn btn-sm ${panelOpen ? styles.pressed : ''}`} aria-pressed={panelOpen}
      onClick={togglePanel} data-testid="toggle-comments" title="Comments"
      aria-label={n > 0 ? `Comments, ${n} open` : 'Comments'}>
      <CommentIcon name="bubble" />
      {n > 0 && <span className={styles.count}>{n}</span>}
    </button>
  );
}
