// The most common variants (complete journeys) beside the graph: pick one to light its path on the graph.
import { formatCount, formatDuration, formatShare } from '../../mapData';
import type { ProcessMapData } from './processLayout';
import styles from './Process.module.css';

interface Props {
  variants: ProcessMapData['variants'];
  selected: number | null;
  hidden: number;
  onSelect: (index: number | null) => void;
}

export function VariantsList({ variants, selected, hidden, onSelect }: Props) {
  const covered = variants.top.reduce((sum, v) => sum + v.share, 0);
  return (
    <aside className={styles.variants} aria-labelledby="process-variants-title" data-testid="process-variants">
      <div className={styles.variantsHead}>
        <h3 id="process-variants-title">Variants</h3>
        <p className={styles.hint}>
          The {variants.top.length} most common of {formatCount(variants.count)} complete journeys cover{' '}
          <strong data-testid="process-variants-covered">{formatShare(covered)}</strong> of {formatCount(variants.customers)} customers.
        </p>
      </div>
      {variants.top.length === 0
        ? <p className={styles.hint}>No journeys in this scope.</p>
        : (
          <ol className={styles.variantList}>
            {variants.top.map((v, i) => (
              <li key={v.activities.join('\u0001')}>
                <button type="button" className={styles.variant} aria-pressed={selected === i} data-testid="process-variant"
                  data-share={v.share} data-customers={v.customers} onClick={() => onSelect(selected === i ? null : i)}
                  title={v.activities.join(' → ')}>
                  <span className={styles.variantRank}>{i + 1}</span>
                  <span className={styles.variantBody}>
                    <span className={styles.variantSteps}>{v.activities.join(' → ')}</span>
                    <span className={styles.variantFigures}>
                      <span className={styles.shareBar} aria-hidden="true"><span style={{ width: `${Math.max(2, v.share * 100)}%` }} /></span>
                      {formatShare(v.share)} · {formatCount(v.customers)} customers · {v.activities.length} {v.activities.length === 1 ? 'activity' : 'activities'}
                      {' '}· median {formatDuration(v.medianSeconds)}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      {selected !== null && hidden > 0 && (
        <p className={styles.hint} role="status">
          {hidden} {hidden === 1 ? 'move' : 'moves'} of this variant {hidden === 1 ? 'is' : 'are'} hidden at this coverage: raise the sliders to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
    </aside>
  );
}
