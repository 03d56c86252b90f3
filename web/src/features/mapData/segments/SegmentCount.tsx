// The segment's size while it is edited: "1,204 customers (18% of all) · Last 30 days", and, when the conditions
// use names the data does not know, which ones (each makes the segment match nobody, or exclude nobody).
import type { SegmentPreview } from '../../../api/segments';
import type { Load } from '../../../ui/load';
import { formatCount, formatShare } from '../overlay/format';
import styles from './Segments.module.css';
import { unknownNames } from './useSegmentPreview';

interface SegmentCountProps {
  load: Load<SegmentPreview>;
  /** The period counted, in words ("Last 30 days"). */
  period: string;
}

export function SegmentCount({ load, period }: SegmentCountProps) {
  const preview = load.state === 'ready' ? load.value : null;
  const nobody = preview !== null && preview.customers === 0;
  const unknown = preview ? unknownNames(preview) : [];
  if (load.state === 'idle' || load.state === 'invalid') return null;
  return (
    <div className={`${styles.count} ${nobody ? styles.countNobody : ''}`} role="status" aria-live="polite" data-testid="segment-count"
      data-state={load.state === 'ready' && load.refreshing ? 'refreshing' : load.state}>
      {load.state === 'loading' && <span className={styles.countText}>Counting customers…</span>}
      {load.state === 'error' && <span className={styles.countText}>The customers could not be counted.</span>}
      {preview && (
        <span className={styles.countText}>
          {nobody
            ? <><strong>No customer</strong> matches these conditions</>
            : <><strong>{formatCount(preview.customers)}</strong> {preview.customers === 1 ? 'customer' : 'customers'} ({formatShare(preview.share)} of all)</>}
          <span className={styles.countPeriod}> · {period}</span>
        </span>
      )}
      {unknown.length > 0 && (
        <span className={styles.countUnknown} data-testid="segment-unknown">Not in the data: {unknown.join(', ')}. Check the spelling.</span>
      )}
    </div>
  );
}
