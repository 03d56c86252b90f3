// Three figures that say how much data the workspace holds; placeholders keep the layout still while loading.
import styles from './Data.module.css';

export interface SummaryFigure {
  /** Ends the figure's test id: summary-{key}. */
  key: string;
  label: string;
  /** null while loading. */
  value: number | null;
}

interface Props {
  figures: SummaryFigure[];
  label: string;
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
}

export function DataSummary({ figures, label, loading, failed, onRetry }: Props) {
  if (failed) {
    return (
      <p className={styles.summaryError} role="alert">
        The data summary could not be loaded. <button type="button" className="btn btn-sm" onClick={onRetry}>Try again</button>
      </p>
    );
  }
  return (
    <dl className={styles.summary} aria-busy={loading} aria-label={label}>
      {figures.map((f) => (
        <div key={f.key} className={styles.summaryItem}>
          <dt>{f.label}</dt>
          <dd data-testid={`summary-${f.key}`}>{f.value === null ? '–' : f.value.toLocaleString('en-US')}</dd>
        </div>
      ))}
    </dl>
  );
}
