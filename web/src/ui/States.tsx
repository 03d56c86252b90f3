// Loading, empty and error states shared by every screen, so they look and read the same everywhere.
import type { ReactNode } from 'react';
import type { Load } from './load';
import styles from './States.module.css';

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <div className={styles.center} role="status" aria-live="polite">
      <span className={styles.spinner} aria-hidden="true" />
      <span className={styles.label}>{label}…</span>
    </div>
  );
}

/** `level` keeps the heading outline in order: 2 right under a page's h1, 3 (the default) inside a section or dialog. */
export function EmptyState({ title, children, action, level = 3 }: { title: string; children?: ReactNode; action?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.empty}>
      <Heading className={styles.emptyTitle}>{title}</Heading>
      {children && <p className="muted">{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({ title = 'Something went wrong', error, onRetry }: { title?: string; error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className={styles.error} role="alert">
      <h3>{title}</h3>
      <p>{message}</p>
      {onRetry && <button type="button" className="btn" onClick={onRetry}>Try again</button>}
    </div>
  );
}

interface LoadViewProps<T> {
  load: Load<T>;
  /** What is being loaded, for the spinner ("Loading API keys"). */
  loading: string;
  errorTitle: string;
  onRetry?: () => void;
  /** The view of the value, once it is there (it stays while the value is asked for again). */
  children: (value: T) => ReactNode;
}

/** Draws server data in the one vocabulary: a spinner while loading, the error with Try again, then the value. */
export function LoadView<T>({ load, loading, errorTitle, onRetry, children }: LoadViewProps<T>) {
  if (load.state === 'loading') return <Spinner label={loading} />;
  if (load.state === 'error') return <ErrorState title={errorTitle} error={load.error} onRetry={onRetry} />;
  if (load.state === 'ready') return <>{children(load.value)}</>;
  return null;
}
