// The process map's controls: the two coverage sliders (moved freely, asked for once they rest), the edge labels
// (frequency or time) and the designed-order toggle.
import { useId } from 'react';
import type { EdgeLabels, ProcessSettings } from './processSettings';
import styles from './Process.module.css';

interface Props {
  draft: ProcessSettings;
  onDraft: (next: ProcessSettings) => void;
  hasMap: boolean;
  summary: string | null;
}

export function ProcessControls({ draft, onDraft, hasMap, summary }: Props) {
  const ids = { activities: useId(), paths: useId(), designed: useId() };
  const labels: { id: EdgeLabels; text: string }[] = [{ id: 'count', text: 'Frequency' }, { id: 'time', text: 'Median time' }];
  return (
    <div className={styles.controls} data-testid="process-controls">
      <div className={styles.slider}>
        <label htmlFor={ids.activities}>Activities <output data-testid="process-activities-value">{draft.activities}%</output></label>
        <input id={ids.activities} type="range" min={1} max={100} step={1} value={draft.activities} data-testid="process-activities"
          aria-describedby={`${ids.activities}-hint`} onChange={(e) => onDraft({ ...draft, activities: Number(e.target.value), variant: null })} />
        <span id={`${ids.activities}-hint`} className="visually-hidden">Shows the most frequent activities covering this share of events.</span>
      </div>
      <div className={styles.slider}>
        <label htmlFor={ids.paths}>Paths <output data-testid="process-paths-value">{draft.paths}%</output></label>
        <input id={ids.paths} type="range" min={1} max={100} step={1} value={draft.paths} data-testid="process-paths"
          aria-describedby={`${ids.paths}-hint`} onChange={(e) => onDraft({ ...draft, paths: Number(e.target.value), variant: null })} />
        <span id={`${ids.paths}-hint`} className="visually-hidden">Shows the most frequent paths covering this share of moves; the graph stays connected.</span>
      </div>
      <div className={styles.segmented} role="group" aria-label="Edge labels">
        {labels.map((l) => (
          <button key={l.id} type="button" aria-pressed={draft.labels === l.id} data-testid={`process-labels-${l.id}`}
            className={styles.segment} onClick={() => onDraft({ ...draft, labels: l.id })}>{l.text}</button>
        ))}
      </div>
      <label className={styles.check} htmlFor={ids.designed} title={hasMap ? undefined : 'Choose a map in “Steps from” to draw its designed order'}>
        <input id={ids.designed} type="checkbox" checked={hasMap && draft.designed} disabled={!hasMap} data-testid="process-designed-toggle"
          onChange={(e) => onDraft({ ...draft, designed: e.target.checked })} />
        Designed order
      </label>
      {summary && <p className={styles.summary} data-testid="process-summary">{summary}</p>}
    </div>
  );
}
