// The latest feedback items, newest first: the words as plain text (never markup), the score, source, time, who and
// where. Long texts show their start with a way to read the rest.
import { useState } from 'react';
import type { FeedbackListItem, FeedbackPage } from '../../api/feedbackData';
import { count } from './uploadFlow';
import { formatScore, formatTime, scoreTone, sourceLabels } from './feedbackView';
import styles from './Data.module.css';

/** Texts longer than this show their start first. */
const shortText = 240;

export function LatestFeedback({ page }: { page: FeedbackPage }) {
  return (
    <div className={styles.latest}>
      <div className={styles.latestHead}>
        <h3 id="latest-feedback-title">Latest feedback</h3>
        <span className="muted">{page.items.length < page.total ? `${page.items.length} of ${count(page.total, 'item')}` : count(page.total, 'item')}</span>
      </div>
      <ul className={styles.latestList} aria-labelledby="latest-feedback-title" data-testid="latest-feedback" tabIndex={0}>
        {page.items.map((item) => <FeedbackRow key={item.id} item={item} />)}
      </ul>
    </div>
  );
}

function FeedbackRow({ item }: { item: FeedbackListItem }) {
  const [open, setOpen] = useState(false);
  const score = formatScore(item.scoreType, item.score);
  const tone = scoreTone(item.scoreType, item.score);
  const long = (item.text?.length ?? 0) > shortText;
  const where = item.stepId ? `step ${item.stepId}` : item.activity ? `after “${item.activity}”` : null;
  return (
    <li className={styles.feedbackItem} data-testid="feedback-item" data-id={item.id}>
      <div className={styles.feedbackMeta}>
        {score && <span className={`badge ${tone === 'low' ? 'badge-danger' : tone === 'high' ? 'badge-ok' : 'badge-warn'}`}>{score}</span>}
        <span className="badge">{sourceLabels[item.source] ?? item.source}</span>
        {!item.solicited && <span className="badge" title="Given without being asked (not a survey answer)">Unsolicited</span>}
        <span className={styles.feedbackWhen}>{formatTime(item.time)}</span>
      </div>
      {item.text
        ? <p className={styles.feedbackText} data-testid="feedback-text">{long && !open ? `${item.text.slice(0, shortText).trimEnd()}…` : item.text}</p>
        : <p className={styles.feedbackNoText}>No text, a score only</p>}
      <p className={styles.feedbackWho}>
        {item.customerId ? <>Customer <span className={styles.mono}>{item.customerId}</span></> : 'Anonymous'}
        {where && <> · {where}</>}
        {item.language && <> · {item.language}</>}
        {long && (
          <button type="button" className={styles.linkButton} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? 'Show less' : 'Show all'}
          </button>
        )}
      </p>
    </li>
  );
}
