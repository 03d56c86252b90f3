// The map's threads in the panel: open, resolved or all, optionally of one place, newest activity first.
import { Avatar } from '../../ui/Avatar';
import { relativeTime } from '../../ui/relativeTime';
import { ErrorState, Spinner } from '../../ui/States';
import { anchorKey, placeOf, type Thread } from './anchors';
import { CommentBody } from './CommentBody';
import { usePanel, type Filter } from './PanelContext';
import styles from './Comments.module.css';

const filters: { id: Filter; label: string }[] = [{ id: 'open', label: 'Open' }, { id: 'resolved', label: 'Resolved' }, { id: 'all', label: 'All' }];

export function ThreadList() {
  const { load, retry, filter, setFilter, place, setPlace, setView, canComment } = usePanel();
  if (load.state === 'loading' || load.state === 'idle') return <Spinner label="Loading comments" />;
  if (load.state !== 'ready') return <ErrorState title="The comments could not be loaded" error={load.state === 'error' ? load.error : ''} onRetry={retry} />;
  const { threads } = load.value;
  const here = place ? threads.filter((t) => anchorKey(t.anchor) === place.key) : threads;
  const count = (f: Filter) => here.filter((t) => f === 'all' || t.status === f).length;
  const shown = here.filter((t) => filter === 'all' || t.status === filter);

  return (
    <div className={styles.section}>
      <div role="radiogroup" aria-label="Show threads" className={styles.filters}>
        {filters.map((f) => (
          <button key={f.id} type="button" role="radio" aria-checked={filter === f.id} className={styles.filter}
            onClick={() => setFilter(f.id)} data-testid={`filter-${f.id}`}>
            {f.label} <span className={styles.filterCount}>{count(f.id)}</span>
          </button>
        ))}
      </div>
      {place && (
        <div className={styles.placeChip}>
          <span>On {place.label}</span>
          <button type="button" className="icon-btn" aria-label="Show every place" onClick={() => setPlace(null)}>✕</button>
        </div>
      )}
      {shown.length === 0
        ? <Empty filter={filter} any={here.length > 0} canComment={canComment} />
        : (
          <ul className={styles.list} aria-label="Threads">
            {shown.map((t) => <ThreadCard key={t.id} thread={t} onOpen={() => setView({ kind: 'thread', threadId: t.id })} />)}
          </ul>
        )}
    </div>
  );
}

function Empty({ filter, any, canComment }: { filter: Filter; any: boolean; canComment: boolean }) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{filter === 'resolved' ? 'Nothing resolved yet' : any ? 'No open threads' : 'No comments yet'}</p>
      <p className="muted">
        {filter === 'resolved' ? 'Resolved threads show here.'
          : canComment ? 'Start a thread on the whole map below, or on a stage, a step or a cell from its menu (right-click a cell).'
          : 'Threads on the map, its stages, steps and cells show here.'}
      </p>
    </div>
  );
}

function ThreadCard({ thread, onOpen }: { thread: Thread; onOpen: () => void }) {
  const first = thread.comments[0];
  const replies = thread.comments.length - 1;
  return (
    <li>
      <button type="button" className={styles.card} onClick={onOpen} data-testid="thread-card">
        <span className={styles.cardTop}>
          <span className={`${styles.place} ${thread.anchorRemoved ? styles.removed : ''}`}>{placeOf(thread)}</span>
          {thread.status === 'resolved' && <span className="badge badge-ok">Resolved</span>}
        </span>
        {first && (
          <span className={styles.cardAuthor}>
            <Avatar name={first.authorName} size={20} />
            <span className={styles.author}>{first.authorName}</span>
            <span className={styles.time}>{relativeTime(first.createdAt)}</span>
          </span>
        )}
        {first && <span className={styles.clip}><CommentBody body={first.body} /></span>}
        <span className={styles.cardFoot}>
          {replies === 0 ? 'No replies' : replies === 1 ? '1 reply' : `${replies} replies`} · {relativeTime(thread.lastActivityAt)}
        </span>
      </button>
    </li>
  );
}
