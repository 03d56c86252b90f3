// The workspace's feedback at a glance: the span it covers and its items by source and by score type, as bars.
import type { FeedbackSummary } from '../../api/feedbackData';
import { breakdown, formatTime, scoreTypeLabels, sourceLabels, type BreakdownRow } from './feedbackView';
import styles from './Data.module.css';

export function FeedbackOverview({ summary }: { summary: FeedbackSummary }) {
  return (
    <div className={styles.overview} data-testid="feedback-overview">
      {summary.first && summary.last && (
        <p className="muted">From {formatTime(summary.first)} to {formatTime(summary.last)} (UTC)</p>
      )}
      <Breakdown title="By source" testId="by-source" rows={breakdown(summary.bySource, sourceLabels)} />
      <Breakdown title="By score type" testId="by-score-type" rows={breakdown(summary.byScoreType, scoreTypeLabels)} />
    </div>
  );
}

function Breakdown({ title, testId, rows }: { title: string; testId: string; rows: BreakdownRow[] }) {
  const id = `${testId}-title`;
  return (
    <div className={styles.breakdown}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0
        ? <p className="muted">None</p>
        : (
          <ul aria-labelledby={id} data-testid={testId}>
            {rows.map((row) => (
              <li key={row.key} data-key={row.key}>
                <span className={styles.breakdownLabel}>{row.label}</span>
                <span className={styles.breakdownBar} aria-hidden="true"><span style={{ width: `${Math.max(2, row.share * 100)}%` }} /></span>
                <span className={styles.breakdownCount} data-testid={`${testId}-${row.key}`}>{row.count.toLocaleString('en-US')}</span>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}
