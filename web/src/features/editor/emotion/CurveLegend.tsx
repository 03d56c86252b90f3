// The curves' legend: one entry per curve in its colour (choosing one makes it the curve new points go to), the
// current-state curve of a future-state map, the curve measured from feedback, and the keys that work on a point.
import { memo } from 'react';
import type { CurveInfo } from './curves';
import { measuredCurveColor } from './measured';
import styles from './EmotionCurve.module.css';

export const CurveLegend = memo(function CurveLegend({ curves, active, onActive, showBasedOn, multiple, showMeasured = false }: {
  curves: CurveInfo[];
  active: string | undefined;
  onActive: (personaId: string | undefined) => void;
  showBasedOn: boolean;
  multiple: boolean;
  /** The curve measured from feedback is drawn: the single designed curve is named "Designed" beside it. */
  showMeasured?: boolean;
}) {
  return (
    <div className={styles.legend}>
      {multiple
        ? (
          <div className={styles.legendItems} role="group" aria-label="Curve that new points go to">
            {curves.map((c) => (
              <button key={c.personaId ?? ''} type="button" className={styles.legendItem} aria-pressed={c.personaId === active}
                title={`Add new points to ${c.name}'s curve`} onClick={() => onActive(c.personaId)}>
                <svg width="18" height="8" aria-hidden="true"><path d="M1 4h16" stroke={c.color} strokeWidth="2.5" strokeLinecap="round" /></svg>
                {c.name}
              </button>
            ))}
          </div>
        )
        : curves[0] && (
          <span className={styles.legendStatic}>
            <svg width="18" height="8" aria-hidden="true"><path d="M1 4h16" stroke={curves[0].color} strokeWidth="2.5" strokeLinecap="round" /></svg>
            {showMeasured && curves[0].personaId === undefined ? 'Designed' : curves[0].name}
          </span>
        )}
      {showBasedOn && (
        <span className={styles.legendStatic}>
          <svg width="18" height="8" aria-hidden="true"><path d="M1 4h16" stroke="#5f6778" strokeWidth="2" strokeDasharray="3 3" /></svg>
          Current state
        </span>
      )}
      {showMeasured && (
        <span className={styles.legendStatic} data-testid="emotion-legend-measured"
          title="Each step's mean text sentiment (−1 to +1) carried onto the map's emotion scale">
          <svg width="18" height="8" aria-hidden="true"><path d="M1 4h16" stroke={measuredCurveColor} strokeWidth="2" strokeDasharray="4 3" /></svg>
          Measured from feedback
        </span>
      )}
      <span className={styles.keys}>Click a step to add · drag or ↑↓ to change · Del removes · Enter for a label</span>
    </div>
  );
});
