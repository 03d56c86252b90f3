// The emotion curve measured from feedback, beside the designed one: a dashed smooth line in its own colour with a
// small diamond per step; each diamond tells the mean sentiment and how many texts it comes from (hover or focus).
import { memo } from 'react';
import { formatSentiment, texts } from '../../feedback/feedbackFormat';
import type { ScaleRange } from '../state/queries';
import { formatScore } from './curves';
import { columnCenter, scoreToY, smoothPath, type Band } from './geometry';
import { measuredCurveColor, type MeasuredPoint } from './measured';
import styles from './EmotionCurve.module.css';

export const MeasuredCurve = memo(function MeasuredCurve({ points, range, band, columnWidth }: {
  points: MeasuredPoint[]; range: ScaleRange; band: Band; columnWidth: number;
}) {
  const xy = points.map((p) => ({ x: columnCenter(p.column, columnWidth), y: scoreToY(p.value, range, band) }));
  return (
    <g data-testid="emotion-measured" className={styles.measured}>
      <path d={smoothPath(xy)} fill="none" stroke={measuredCurveColor} strokeWidth={2} strokeDasharray="6 4" strokeLinecap="round" aria-hidden="true" />
      {points.map((p, i) => {
        const { x, y } = xy[i]!;
        const text = `Measured at ${p.stepName}: mean sentiment ${formatSentiment(p.sentiment)} (${formatScore(Math.round(p.value * 10) / 10, range.min)} on the map's scale) from ${texts(p.texts)}`;
        return (
          <g key={p.stepId} className={styles.measuredPoint} tabIndex={0} role="img" aria-label={text}
            data-testid="emotion-measured-point" data-step-id={p.stepId} data-value={p.value} data-sentiment={p.sentiment} data-texts={p.texts}>
            <title>{text}</title>
            <circle cx={x} cy={y} r={10} fill="transparent" />
            <path d={`M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} Z`} fill="#ffffff" stroke={measuredCurveColor} strokeWidth={2} strokeLinejoin="round" />
          </g>
        );
      })}
    </g>
  );
});
