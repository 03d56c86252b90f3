// Three figures that say how much data the workspace holds; placeholders keep the layout still while loading.
import type { SummaryState } from './useSummary';
import styles from './Data.module.css';

const figures = [
  { key: 'events', label: 'Events' },
  { key: 'customers', label: 'Customers' },
  { key: 'activities', label: 'Activities' },
] as const;

export function DataSummary({ state, onRetry }: { state: SummaryState; onRetry: () => void }) {
  if (state.status === 'error') {
    return (
      <p className={styles.summaryError} role="alert">
        The data summary could not be loaded. <button type="button" className="btn btn-sm" onClick={onRetry}>Try again</button>
      </p>
    );
  }
  return (
    <dl className={styles.summary} aria-busy={state.status === 'loading'} aria-label="Data in this workspace">
      {figures.map((f) => (
        <div key={f.key} className={styles.summaryItem}>
          <dt>{f.label}</dt>
          <dd data-testid={`summary-${f.key}`}>{state.status === 'ready' ? state.summary[f.key].toLocaleString('en-US') : '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
