// The stale flag on the open map: a strip under the top bar once the review-by date has passed, saying when it was
// due and who owns the map, with "Mark reviewed" for that owner (and workspace owners). Without a review interval
// it asks for the next date first. The strip is not in the top bar: the bar is full.
import { useId, useState } from 'react';
import { api } from '../../api/client';
import type { JourneyMap } from '../../api/model';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { valueOf } from '../../ui/load';
import { isReviewDue } from '../../ui/relativeTime';
import { daysFromToday, nextDateProblem, staleText } from './reviewText';
import styles from './ReviewStrip.module.css';

interface ReviewStripProps {
  workspaceId: string;
  map: JourneyMap;
  /** Saves what is pending and answers the ETag the mark is made against. */
  prepare: () => Promise<string | undefined>;
  /** The map as the server saved it with the review recorded. */
  onReviewed: (doc: JourneyMap, etag: string) => void;
}

export function ReviewStrip({ workspaceId, map, prepare, onReviewed }: ReviewStripProps) {
  const reviewBy = map.scope?.reviewBy;
  if (!reviewBy || !isReviewDue(reviewBy)) return null;
  return <Strip workspaceId={workspaceId} map={map} reviewBy={reviewBy} prepare={prepare} onReviewed={onReviewed} />;
}

function Strip({ workspaceId, map, reviewBy, prepare, onReviewed }: ReviewStripProps & { reviewBy: string }) {
  const ownerId = map.scope?.ownerId ?? null;
  const { load } = useServerData({
    key: keys.review(workspaceId, map.id, ownerId),
    fetch: (signal) => api.maps.review(workspaceId, map.id, signal),
  });
  const review = valueOf(load);
  const [asking, setAsking] = useState(false);
  const [next, setNext] = useState(() => daysFromToday(90));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const interval = map.scope?.reviewEveryDays;

  const mark = async (nextReviewBy?: string) => {
    setBusy(true);
    setError(null);
    try {
      const etag = await prepare();
      const saved = await api.maps.markReviewed(workspaceId, map.id, etag, nextReviewBy);
      setAsking(false);
      onReviewed(saved.value, saved.etag);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const problem = asking ? nextDateProblem(next) : null;
  // Unknown until the review is read (a share-link guest never reads it): then the strip names no owner at all.
  const owner = review ? review.ownerName ?? (ownerId ? 'a former member' : null) : undefined;

  return (
    <section className={styles.strip} aria-label="Review" data-testid="review-strip">
      <span className={styles.flag} data-testid="stale-flag">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" /><path d="M8 6v3.5M8 11.5v.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
        {staleText(reviewBy)}
      </span>
      {owner !== undefined && (
        <span className={styles.owner} data-testid="review-owner">{owner ? <>Owner: <strong>{owner}</strong></> : 'No owner yet: choose one in the side panel’s Scope tab'}</span>
      )}
      {review?.canMarkReviewed && !asking && (
        <button type="button" className="btn btn-sm" disabled={busy} data-testid="mark-reviewed"
          onClick={() => (interval ? void mark() : setAsking(true))}>
          {busy ? 'Marking…' : 'Mark reviewed'}
        </button>
      )}
      {asking && (
        <form className={styles.ask} onSubmit={(e) => { e.preventDefault(); if (!problem) void mark(next); }}>
          <label htmlFor={dateId}>Next review by</label>
          <input id={dateId} type="date" className={styles.date} value={next} onChange={(e) => setNext(e.target.value)}
            aria-invalid={problem !== null} aria-describedby={problem ? `${dateId}-why` : undefined} data-testid="next-review-by" />
          <button type="submit" className="btn btn-sm btn-primary" disabled={busy || problem !== null}>{busy ? 'Marking…' : 'Mark reviewed'}</button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setAsking(false)}>Cancel</button>
          {problem && <span id={`${dateId}-why`} className={styles.error}>{problem}</span>}
        </form>
      )}
      {error && <span className={styles.error} role="alert">Not marked: {error}</span>}
    </section>
  );
}
