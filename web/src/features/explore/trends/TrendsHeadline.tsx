// The trend's headline: the period's total, the previous period's, and the change in words.
import type { TrendsResult } from '../../../api/retention';
import { changeWords, totalOf } from './trendsView';
import type { TrendMetric } from './trendsSettings';
import styles from './Trends.module.css';

export function TrendsHeadline({ result, metric }: { result: TrendsResult; metric: TrendMetric }) {
  const change = changeWords(result, metric);
  const what = metric === 'customers'
    ? <>customers did <strong>{result.step}</strong></>
    : <>of those who did <strong>{result.step}</strong> then did <strong>{result.next}</strong></>;
  return (
    <div className={styles.headline}>
      <p className={styles.total}>
        <span className={styles.big} data-testid="trends-total">{totalOf(result.current, metric)}</span> {what}
        {metric === 'customers' && <span className={styles.note}> (each counted once in the period)</span>}
      </p>
      {change && (
        <p className={`${styles.change} ${styles[change.direction]}`} data-testid="trends-change">
          <span aria-hidden="true">{change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '■'}</span> {change.text}
          {result.previous && <span className={styles.note}> ({totalOf(result.previous, metric)} then)</span>}
        </p>
      )}
      {!result.previous && <p className={styles.note}>Choose a period with an end (e.g. last 30 days) to compare with the one before.</p>}
    </div>
  );
}
