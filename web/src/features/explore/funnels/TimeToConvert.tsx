// Time to convert: how long the customers who completed every step took from the first to the last, as the
// engine's histogram, with the buckets holding the median and the p90 marked.
import { bucketOf, formatCount, formatDuration } from './funnelFormat';
import type { FunnelAnswer } from './funnelTypes';
import styles from './Funnels.module.css';

export function TimeToConvert({ answer }: { answer: FunnelAnswer }) {
  const t = answer.timeToConvert;
  const bounds = t.buckets.map((b) => b.upTo ?? null);
  const median = t.median != null ? bucketOf(t.median, bounds) : -1;
  const p90 = t.p90 != null ? bucketOf(t.p90, bounds) : -1;
  const used = t.buckets.map((b, i) => (b.customers > 0 || i === median || i === p90 ? i : -1)).filter((i) => i >= 0);
  const from = used.length > 0 ? Math.min(...used) : 0;
  const to = used.length > 0 ? Math.max(...used) : -1;
  const shown = t.buckets.slice(from, to + 1);
  const max = Math.max(1, ...shown.map((b) => b.customers));
  return (
    <section className={styles.card} aria-labelledby="funnel-ttc-title" data-testid="funnel-time-to-convert">
      <div className={styles.cardHead}>
        <h3 id="funnel-ttc-title">Time to convert</h3>
        <span className={styles.note}>
          {t.customers === 0 ? 'Nobody completed every step.' : (
            <>
              <span data-testid="ttc-median">median {formatDuration(t.median)}</span> · <span data-testid="ttc-p90">p90 {formatDuration(t.p90)}</span>
              {' '}· {formatCount(t.customers)} converted
            </>
          )}
        </span>
      </div>
      {t.customers > 0 && (
        <ol className={styles.histogram} aria-label="Customers by time to convert">
          {shown.map((b, at) => {
            const i = from + at;
            return (
              <li key={b.label} className={styles.bucket} data-testid="ttc-bucket" data-customers={b.customers}>
                <span className={styles.bucketLabel}>{b.label.replace('<= ', 'up to ')}</span>
                <span className={styles.bucketBar}>
                  <span className={`${styles.bucketFill} ${i === median || i === p90 ? styles.bucketMarked : ''}`} style={{ width: `${(100 * b.customers) / max}%` }} />
                </span>
                <span className={styles.bucketCount}>{formatCount(b.customers)}</span>
                <span className={styles.bucketMarks}>
                  {i === median && <span className={`${styles.mark} ${styles.markMedian}`}>median</span>}
                  {i === p90 && <span className={`${styles.mark} ${styles.markP90}`}>p90</span>}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
