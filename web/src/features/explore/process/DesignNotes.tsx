// Under the graph with the designed order on: the legend, the steps customers take in another order than designed,
// and the steps the graph cannot draw (not bound, not done, or hidden at this coverage).
import { formatDuration } from '../../mapData';
import { ordinal, type DesignPoint, type DesignStep } from './processOverlays';
import styles from './Process.module.css';

export function DesignNotes({ steps, drawn, mapName }: { steps: DesignStep[]; drawn: DesignPoint[]; mapName: string }) {
  const differing = steps.filter((s) => s.differs);
  const shown = new Set(drawn.map((p) => p.step.stepId));
  const notDrawn = steps.filter((s) => !shown.has(s.stepId));
  return (
    <div className={styles.designNotes} data-testid="process-design-notes">
      <p>
        <span className={styles.legendLine} aria-hidden="true" /> Designed order of <strong>{mapName}</strong>: numbered in the
        map’s order; <span className={styles.legendDiffers} aria-hidden="true" /> amber where customers first do the step in another place.
      </p>
      {differing.length > 0 && (
        <ul className={styles.designList} data-testid="process-design-differs">
          {differing.map((s) => (
            <li key={s.stepId}>
              <strong>{s.name}</strong> ({s.stage}): designed {ordinal(s.position!)}, customers do it {ordinal(s.actualPosition!)}
              {' '}(median {formatDuration(s.medianToFirstSeconds)} after their first step)
            </li>
          ))}
        </ul>
      )}
      {differing.length === 0 && drawn.length > 0 && <p className={styles.hint}>Customers first do the steps in the designed order.</p>}
      {notDrawn.length > 0 && (
        <p className={styles.hint}>
          Not drawn: {notDrawn.map((s) => s.name).join(', ')} ({notDrawn.length === 1 ? 'not bound, not done in this scope, or hidden at this coverage' : 'each not bound, not done in this scope, or hidden at this coverage'}).
        </p>
      )}
    </div>
  );
}
