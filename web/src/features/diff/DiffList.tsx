// The changes as a list beside the grid, in map order. Each change on the grid is a button that takes focus to its
// place there, so the list is also the keyboard's way through the marks.
import { cellKey, markText, type MapChange, type Mark } from './diffGrid';
import styles from './Compare.module.css';

function placeKey(c: MapChange): string | null {
  const a = c.after;
  if (!a) return c.before?.stepId ? `ghost-step-${c.before.stepId}` : c.before?.stageId ? `ghost-stage-${c.before.stageId}`
    : c.before?.laneId ? `ghost-lane-${c.before.laneId}` : null;
  if ((c.subject === 'cell' || c.subject === 'emotion') && a.laneId && a.stepId) return cellKey(a.laneId, a.stepId);
  if (c.subject === 'step' && a.stepId) return a.stepId;
  if (c.subject === 'step' && c.kind === 'removed' && c.before?.stepId) return `ghost-step-${c.before.stepId}`;
  if (c.subject === 'stage' && a.stageId) return a.stageId;
  if (c.subject === 'lane' && a.laneId) return a.laneId;
  return null;
}

function focusOnGrid(key: string) {
  const target = document.querySelector<HTMLElement>(`[data-diff-key="${CSS.escape(key)}"]`);
  target?.scrollIntoView({ block: 'nearest', inline: 'center' });
  target?.focus();
}

export function DiffList({ changes }: { changes: readonly MapChange[] }) {
  return (
    <ol className={styles.list} data-testid="diff-list">
      {changes.map((c, i) => {
        const mark = (markText[c.kind as Mark] ? c.kind : 'changed') as Mark;
        const key = placeKey(c);
        const body = (
          <>
            <span className={`${styles.badge} ${styles[mark]}`}><span aria-hidden="true">{markText[mark].sign}</span> {markText[mark].label}</span>
            <span className={styles.summary}>{c.summary}</span>
          </>
        );
        return (
          <li key={i} data-kind={c.kind} data-subject={c.subject}>
            {key
              ? <button type="button" className={styles.item} onClick={() => focusOnGrid(key)} title="Show on the map">{body}</button>
              : <div className={styles.item}>{body}</div>}
          </li>
        );
      })}
    </ol>
  );
}
