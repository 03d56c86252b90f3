// The save state in a few words, the same for the map and the persona sheet: Saving… / All changes saved /
// Offline — N changes waiting / Couldn't save, with Retry, "Why?" (the reasons a refused document was given) or
// "Resolve…" (a conflict). Kept short: the map's top bar has no room to spare (TopBarLayoutTests measure it).
import { useState } from 'react';
import type { SaveStatus as Status } from './autosaver';
import { saveWords } from './saveWords';
import styles from './SaveStatus.module.css';

interface SaveStatusProps {
  status: Status;
  onRetry: () => void;
  /** Shows "Resolve…" on a conflict (the editor's dialog); without it the page shows the conflict itself. */
  onResolve?: () => void;
}

/** The tone of a state: busy, fine, waiting or wrong. */
const tone: Record<Status['state'], string> = {
  saved: 'saved', dirty: 'saving', saving: 'saving', offline: 'offline', failed: 'failed', invalid: 'failed', conflict: 'failed',
};

export function SaveStatus({ status, onRetry, onResolve }: SaveStatusProps) {
  const [showWhy, setShowWhy] = useState(false);
  const { state } = status;
  const why = state === 'invalid' && status.messages && status.messages.length > 0 ? status.messages : null;
  return (
    <div className={styles.wrap}>
      <span className={`${styles.status} ${styles[tone[state]]}`} data-testid="save-status" data-state={state} role="status"
        data-sync={status.seq === undefined ? 'document' : 'operations'} data-seq={status.seq}
        aria-live="polite" title={status.error}>
        <span className={styles.dot} aria-hidden="true" />
        {saveWords(status)}
      </span>
      {(state === 'failed' || state === 'offline') && (
        <button type="button" className="btn btn-sm" onClick={onRetry} data-testid="save-retry">Retry</button>
      )}
      {why && (
        <button type="button" className="btn btn-sm btn-ghost" aria-expanded={showWhy} onClick={() => setShowWhy((s) => !s)}>Why?</button>
      )}
      {state === 'conflict' && onResolve && <button type="button" className="btn btn-sm" onClick={onResolve}>Resolve…</button>}
      {why && showWhy && (
        <div className={styles.messages} role="alert" data-testid="save-messages">
          <p>Your edits are kept here. Fix these and it saves again:</p>
          <ul>{why.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
