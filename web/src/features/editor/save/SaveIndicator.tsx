// The save state in words in the top bar: Saved / Saving… / Unsaved changes / Save failed — retrying in Ns,
// with "Retry now", the server's reasons when it refused the map, and a way back to an unresolved conflict.
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { SaveStatus } from './saveMachine';
import styles from './save.module.css';

interface SaveIndicatorProps {
  status: SaveStatus;
  onRetry: () => void;
  onResolve: () => void;
}

/** Whole seconds left until `at`, read from the clock, which is checked twice a second while there is an `at`. */
function useSecondsUntil(at: number | undefined): number {
  const subscribe = useCallback((tick: () => void) => {
    if (at === undefined) return () => undefined;
    const timer = window.setInterval(tick, 500);
    return () => window.clearInterval(timer);
  }, [at]);
  return useSyncExternalStore(subscribe, () => (at === undefined ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000))));
}

export function SaveIndicator({ status, onRetry, onResolve }: SaveIndicatorProps) {
  const seconds = useSecondsUntil(status.retryAt);
  const [showWhy, setShowWhy] = useState(false);
  const { state } = status;
  const text = status.label ?? (state === 'saved' ? 'Saved'
    : state === 'saving' ? 'Saving…'
      : state === 'dirty' ? 'Unsaved changes'
        : state === 'conflict' ? 'Not saved — changed elsewhere'
          : status.messages ? 'Not saved — the server refused the map'
            : seconds > 0 ? `Save failed — retrying in ${seconds}s` : 'Save failed — retrying…');

  return (
    <div className={styles.wrap}>
      <span className={`${styles.status} ${styles[state]}`} data-testid="save-status" data-state={state} role="status"
        data-sync={status.label ? 'operations' : 'document'} data-seq={status.seq}
        aria-live="polite" title={status.error}>
        <span className={styles.dot} aria-hidden="true" />
        {text}
      </span>
      {state === 'failed' && (
        <button type="button" className="btn btn-sm" onClick={onRetry} data-testid="save-retry">{status.label ? 'Retry' : 'Retry now'}</button>
      )}
      {state === 'failed' && status.messages && (
        <button type="button" className="btn btn-sm btn-ghost" aria-expanded={showWhy} onClick={() => setShowWhy((s) => !s)}>
          Why?
        </button>
      )}
      {state === 'conflict' && (
        <button type="button" className="btn btn-sm" onClick={onResolve}>Resolve…</button>
      )}
      {state === 'failed' && status.messages && showWhy && (
        <div className={styles.messages} role="alert" data-testid="save-messages">
          <p>The server did not accept the map. Your edits are kept here; fix these and it saves again:</p>
          <ul>{status.messages.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
