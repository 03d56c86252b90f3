// "Restore this version?": what the restore will change, worked out from the diff of the point to the live map,
// then Restore (the map at the point, fetched with the diff, goes back as one edit) or Cancel.
import { useEffect, useState } from 'react';
import type { JourneyMap } from '../../api/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorState, Spinner } from '../../ui/States';
import type { MapChange } from '../diff/diffGrid';
import { historyApi } from './historyApi';
import type { HistoryPoint } from './historyTypes';
import { restoreSentence } from './restoreSummary';
import styles from './History.module.css';

interface RestoreDialogProps {
  workspaceId: string;
  mapId: string;
  point: HistoryPoint | null;
  onRestore: (map: JourneyMap, point: HistoryPoint) => void;
  onClose: () => void;
}

type Prepared = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; map: JourneyMap; changes: MapChange[] };

const changesShown = 8;

export function RestoreDialog({ workspaceId, mapId, point, onRestore, onClose }: RestoreDialogProps) {
  const [prepared, setPrepared] = useState<Prepared>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const seq = point?.seq;
  const [for_, setFor] = useState(seq);
  if (seq !== for_) { setFor(seq); setPrepared({ state: 'loading' }); }
  useEffect(() => {
    if (seq === undefined) return;
    const abort = new AbortController();
    Promise.all([historyApi.at(workspaceId, mapId, seq, abort.signal), historyApi.diff(workspaceId, mapId, seq, abort.signal)]).then(
      ([at, diff]) => setPrepared({ state: 'ready', map: at.map, changes: diff.changes }),
      (error: unknown) => { if (!abort.signal.aborted) setPrepared({ state: 'error', error }); },
    );
    return () => abort.abort();
  }, [workspaceId, mapId, seq, attempt]);

  const ready = prepared.state === 'ready' ? prepared : undefined;
  return (
    <Dialog open={point !== null} title="Restore this version?" onClose={onClose} footer={(
      <>
        <button type="button" className="btn" onClick={onClose}>Cancel</button>
        <button type="button" className="btn btn-primary" disabled={!ready || ready.changes.length === 0} data-testid="restore-confirm"
          onClick={() => ready && point && onRestore(ready.map, point)}>Restore</button>
      </>
    )}>
      {prepared.state === 'loading' && <Spinner label="Working out what will change" />}
      {prepared.state === 'error' && <ErrorState title="What will change could not be worked out" error={prepared.error} onRetry={() => setAttempt((a) => a + 1)} />}
      {ready && point && (
        <div className={styles.restoreBody} data-testid="restore-summary">
          <p>{restoreSentence(point.title, ready.changes)}</p>
          {ready.changes.length > 0 && (
            <>
              <p className={styles.hint}>What changed since then:</p>
              <ul className={styles.changeList}>
                {ready.changes.slice(0, changesShown).map((c, i) => <li key={i}>{c.summary}</li>)}
              </ul>
              {ready.changes.length > changesShown && <p className={styles.hint}>and {ready.changes.length - changesShown} more differences.</p>}
              <p className={styles.hint}>The restore is one new edit: everyone sees it at once, and Undo (Ctrl+Z) takes it back.</p>
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
