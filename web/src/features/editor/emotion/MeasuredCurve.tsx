// The emotion curve measured from feedback, beside the designed one: a dashed smooth line in its own colour with a
// small diamond per step; hovering or focusing a diamond shows its mean sentiment and how many texts it comes from.
import { memo } from 'react';
import { formatSentiment, texts } from '../../mapData';
import type { ScaleRange } from '../../map/state/queries';
import { formatScore } from './curves';
import { columnCenter, scoreToY, smoothPath, type Band } from './geometry';
import { measuredCurveColor, type MeasuredPoint } from './measured';
import styles from './EmotionCurve.module.css';

const tipHeight = 40;
/** About how wide a line of the tip is (11-12px system font), so the box fits its words. */
const lineWidth = (text: string, px: number) => Math.ceil(text.length * px * 0.56);

/** Where a measured point sits in the row. */
function pointXY(p: MeasuredPoint, range: ScaleRange, band: Band, columnWidth: number) {
  return { x: columnCenter(p.column, columnWidth), y: scoreToY(p.value, range, band) };
}

export const MeasuredCurve = memo(function MeasuredCurve({ points, range, band, columnWidth, onTip }: {
  points: MeasuredPoint[]; range: ScaleRange; band: Band; columnWidth: number;
  /** The step whose figures to show (hover or focus), null to hide them; the row draws the tip above every curve. */
  onTip: (update: (stepId: string | null) => string | null) => void;
}) {
  const xy = points.map((p) => pointXY(p, range, band, columnWidth));
  const setTip = onTip;
  return (
    <g data-testid="emotion-measured" className={styles.measured}>
      <path d={smoothPath(xy)} fill="none" stroke={measuredCurveColor} strokeWidth={2} strokeDasharray="6 4" strokeLinecap="round" aria-hidden="true" />
      {points.map((p, i) => {
        const { x, y } = xy[i]!;
        const onScale = formatScore(Math.round(p.value * 10) / 10, range.min);
        const text = `Measured at ${p.stepName}: mean sentiment ${formatSentiment(p.sentiment)} (${onScale} on the map's scale) from ${texts(p.texts)}`;
        return (
          <g key={p.stepId} className={styles.measuredPoint} tabIndex={0} role="img" aria-label={text}
            data-testid="emotion-measured-point" data-step-id={p.stepId} data-value={p.value} data-sentiment={p.sentiment} data-texts={p.texts}
            onPointerEnter={() => setTip(() => p.stepId)} onPointerLeave={() => setTip((t) => (t === p.stepId ? null : t))}
            onFocus={() => setTip(() => p.stepId)} onBlur={() => setTip((t) => (t === p.stepId ? null : t))}>
            <circle cx={x} cy={y} r={10} fill="transparent" />
            <path d={`M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} Z`} fill="#ffffff" stroke={measuredCurveColor} strokeWidth={2} strokeLinejoin="round" />
          </g>
        );
      })}
    </g>
  );
});

/** A measured point's figures in a small dark box above it (below it near the top), kept inside the row. */
export function MeasuredTip({ point, range, band, columnWidth, width }: {
  point: MeasuredPoint; range: ScaleRange; band: Band; columnWidth: number; width: number;
}) {
  const { x, y } = pointXY(point, range, band, columnWidth);
  const name = point.stepName.length > 24 ? `${point.stepName.slice(0, 23)}…` : point.stepName;
  const title = `Mean sentiment ${formatSentiment(point.sentiment)}`;
  const line = `from ${texts(point.texts)} at ${name}`;
  const tipWidth = Math.max(lineWidth(title, 12), lineWidth(line, 11)) + 20;
  const left = Math.max(2, Math.min(width - tipWidth - 2, x - tipWidth / 2));
  // Above the point when there is room, else below it.
  const top = y - tipHeight - 12 >= 0 ? y - tipHeight - 12 : Math.min(y + 12, band.bottom + 30 - tipHeight);
  return (
    <g className={styles.tip} aria-hidden="true" data-testid="emotion-measured-tip">
      <rect x={left} y={top} width={tipWidth} height={tipHeight} rx={6} />
      <text x={left + 10} y={top + 16} className={styles.tipTitle}>{title}</text>
      <text x={left + 10} y={top + 31} className={styles.tipText}>{line}</text>
    </g>
  );
}
