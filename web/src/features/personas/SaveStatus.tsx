// A quiet word about saving: Saved, Saving…, Unsaved changes, Not saved (with why), Conflict.
import type { SaveStatus as Status } from './usePersonaEditor';
import styles from './PersonaPage.module.css';

const words: Record<Status, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Save failed',
  invalid: 'Not saved: fix the marked fields',
  conflict: 'Not saved: changed elsewhere',
};

export function SaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  const tone = status === 'saved' ? styles.ok : status === 'failed' || status === 'invalid' || status === 'conflict' ? styles.bad : styles.busy;
  return (
    <span className={styles.saveWrap}>
      <span className={`${styles.status} ${tone}`} data-testid="save-status" data-status={status} role="status" aria-live="polite">
        <span className={styles.dot} aria-hidden="true" />
        {words[status]}
      </span>
      {status === 'failed' && <button type="button" className="btn btn-sm" onClick={onRetry}>Retry now</button>}
    </span>
  );
}
