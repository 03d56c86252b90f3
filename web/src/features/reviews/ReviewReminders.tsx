// The inbox's review reminders: each map the caller owns whose review-by date has passed, opening the map (where
// the stale strip has "Mark reviewed").
import type { Schemas } from '../../api/contract';
import { navigate } from '../../app/router';
import { staleText } from './reviewText';
import styles from './ReviewReminders.module.css';

type ReviewDue = Schemas['ReviewDueDto'];

export function ReviewReminders({ reviews, onOpen }: { reviews: readonly ReviewDue[]; onOpen: () => void }) {
  if (reviews.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Reviews due">
      {reviews.map((r) => (
        <li key={r.mapId}>
          <button type="button" className={styles.item} data-testid="inbox-review"
            onClick={() => { onOpen(); navigate(`/maps/${encodeURIComponent(r.mapId)}`); }}>
            <span className={styles.icon} aria-hidden="true">
              <svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" /><path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
            </span>
            <span className={styles.text}>
              <strong className={styles.name}>{r.mapName}</strong>
              <span className={styles.when}>{staleText(r.reviewBy)} · you own this map</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
