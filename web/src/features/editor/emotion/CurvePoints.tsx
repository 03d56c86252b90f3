// One curve: its smooth line and a face per point. Points are sliders: drag them, or focus one and use the keys.
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScaleRange } from '../../map/state/queries';
import type { CurveInfo } from './curves';
import { formatScore } from './curves';
import { EmotionFace } from './EmotionFace';
import { columnCenter, moodOf, scoreToY, smoothPath, type Band } from './geometry';
import type { CurvePoint } from './series';
import styles from './EmotionCurve.module.css';

export interface PointHandlers {
  onPointerDown: (e: PointerEvent<SVGGElement>, point: CurvePoint, personaId: string | undefined) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>, point: CurvePoint, personaId: string | undefined) => void;
  onDoubleClick: (point: CurvePoint, personaId: string | undefined) => void;
  onBlur: () => void;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export const CurvePoints = memo(function CurvePoints({ curve, points, range, band, columnWidth, handlers, faded, offset, quietLabels }: {
  curve: CurveInfo;
  /** Horizontal nudge so faces of several curves at one step do not hide each other. */
  offset: number;
  /** Steps whose label would collide with another curve's (shown on hover instead). */
  quietLabels: ReadonlySet<string>;
  points: CurvePoint[];
  range: ScaleRange;
  band: Band;
  columnWidth: number;
  handlers: PointHandlers;
  faded: boolean;
}) {
  const xy = points.map((p) => ({ x: columnCenter(p.column, columnWidth) + offset, y: scoreToY(p.score, range, band) }));
  const maxChars = Math.max(4, Math.floor(columnWidth / 6.4));
  return (
    <g className={faded ? styles.faded : undefined}>
      <path d={smoothPath(xy)} fill="none" stroke={curve.color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />
      {points.map((p, i) => {
        const { x, y } = xy[i]!;
        const valueText = `${formatScore(p.score, range.min)}${p.label ? `, ${p.label}` : ''}`;
        return (
          <g key={p.stepId} className={styles.point} role="slider" tabIndex={0}
            aria-label={`Emotion at ${p.stepName}: ${formatScore(p.score, range.min)}${curve.personaId ? ` (${curve.name})` : ''}`}
            aria-valuemin={range.min} aria-valuemax={range.max} aria-valuenow={p.score} aria-valuetext={valueText}
            aria-orientation="vertical"
            data-testid="emotion-point" data-step-id={p.stepId} data-persona-id={curve.personaId ?? ''} data-score={p.score}
            onPointerDown={(e) => handlers.onPointerDown(e, p, curve.personaId)}
            onKeyDown={(e) => handlers.onKeyDown(e, p, curve.personaId)}
            onDoubleClick={(e) => { e.stopPropagation(); handlers.onDoubleClick(p, curve.personaId); }}
            onBlur={handlers.onBlur}>
            <circle className={styles.hit} cx={x} cy={y} r={16} />
            <circle className={styles.focusRing} cx={x} cy={y} r={15} stroke={curve.color} />
            <EmotionFace cx={x} cy={y} mood={moodOf(p.score, range)} color={curve.color} />
            {p.label && quietLabels.has(p.stepId) && <title>{p.label}</title>}
            {p.label && !quietLabels.has(p.stepId) && (
              <text className={styles.label} x={x} y={y + 25} textAnchor="middle">
                {truncate(p.label, maxChars)}
                <title>{p.label}</title>
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});

/** The based-on map's curve: dashed, faint, behind, not interactive. */
export const BasedOnCurve = memo(function BasedOnCurve({ points, range, band, columnWidth }: {
  points: CurvePoint[]; range: ScaleRange; band: Band; columnWidth: number;
}) {
  const xy = points.map((p) => ({ x: columnCenter(p.column, columnWidth), y: scoreToY(p.score, range, band) }));
  return (
    <g className={styles.basedOn} aria-hidden="true" data-testid="emotion-based-on">
      <path d={smoothPath(xy)} fill="none" stroke="#5f6778" strokeWidth={2} strokeDasharray="5 5" />
      {xy.map((p, i) => <circle key={points[i]!.stepId} cx={p.x} cy={p.y} r={4} fill="#ffffff" stroke="#5f6778" strokeWidth={1.5} />)}
    </g>
  );
});
