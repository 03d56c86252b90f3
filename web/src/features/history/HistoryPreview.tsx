// The map at a point of its history, read-only, over the live grid: the live map with what changed since the point
// marked (the diff grid), and a bar to restore it, name it or go back to the live map (Esc does too).
import { useEffect, useMemo, useState } from 'react';
import { ErrorState, Spinner } from '../../ui/States';
import { DiffGridView } from '../diff/DiffGridView';
import { countMarks, diffGrid, markText, type Mark, type MapDiffAnswer } from '../diff/diffGrid';
import { historyApi } from './historyApi';
import { useHistoryState } from './HistoryContext';
import type { HistoryPoint } from './historyTypes';
import styles from './History.module.css';

type DiffLoad = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; seq: number; diff: MapDiffAnswer };

export function HistoryPreview() {
  const state = useHistoryState();
  return state.preview ? <Preview point={state.preview} /> : null;
}

function Preview({ point }: { point: HistoryPoint }) {
  const state = useHistoryState();
  const { workspaceId, mapId, liveSeq, liveMap } = state;
  const [load, setLoad] = useState<DiffLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    historyApi.diff(workspaceId, mapId, point.seq, abort.signal).then(
      (diff) => setLoad({ state: 'ready', seq: point.seq, diff }),
      (error: unknown) => { if (!abort.signal.aborted) setLoad({ state: 'error', error }); },
    );
    return () => abort.abort();
    // The live map moving on changes what is marked: the diff is asked for again (the last one shows meanwhile).
  }, [workspaceId, mapId, point.seq, liveSeq, attempt]);
  const ready = load.state === 'ready' && load.seq === point.seq ? load.diff : undefined;
  const grid = useMemo(() => (ready ? diffGrid(liveMap, ready) : null), [liveMap, ready]);
  const counts = ready ? countMarks(ready.changes) : undefined;
  return (
    <section className={styles.preview} aria-label={`Preview of ${point.title}`} data-testid="history-preview">
      <div className={styles.previewBar} role="toolbar" aria-label="Preview">
        <span className={styles.viewing}>Viewing <strong>{point.title}</strong></span>
        {counts && (
          <span className={styles.counts} data-testid="history-preview-counts">
            {ready!.changes.length === 0 ? 'Same as the live map' : `${ready!.changes.length} ${ready!.changes.length === 1 ? 'change' : 'changes'} since:`}
            {(Object.keys(counts) as Mark[]).filter((m) => counts[m] > 0).map((m) => (
              <span key={m} className={styles.count}><span aria-hidden="true">{markText[m].sign}</span> {counts[m]} {markText[m].label.toLowerCase()}</span>
            ))}
          </span>
        )}
        <span className={styles.barActions}>
          {state.canEdit && (
            <>
              <button type="button" className="btn btn-sm btn-primary" onClick={() => state.askRestore(point)} data-testid="history-restore"
                disabled={ready?.changes.length === 0}>Restore this version</button>
              {!point.version && (
                <button type="button" className="btn btn-sm" onClick={() => state.askName(point.seq)} data-testid="history-name">Name this version</button>
              )}
            </>
          )}
          <button type="button" className="btn btn-sm" onClick={() => state.show(null)} title="Back to the live map (Esc)" data-testid="history-back">
            Back to the live map
          </button>
        </span>
      </div>
      <div className={styles.previewBody}>
        {load.state === 'error' && <ErrorState title="This point could not be shown" error={load.error} onRetry={() => setAttempt((a) => a + 1)} />}
        {load.state !== 'error' && (!grid ? <Spinner label="Opening this point of the history" /> : <DiffGridView map={liveMap} grid={grid} />)}
      </div>
    </section>
  );
}
