// What a template preview draws: stage bands sized by their steps, and one emotion line across the steps.
import type { JourneyMap } from '../../api/model';
import { scaleRange, stepsOf, type ScaleRange } from '../map/state/queries';

export interface Band {
  id: string;
  name: string;
  steps: number;
}

export function stageBands(map: JourneyMap): Band[] {
  return (map.stages ?? []).map((s) => ({ id: s.id, name: s.name, steps: s.steps?.length ?? 0 }));
}

/**
 * One score per step (null where the curve has no point) from the first emotion-curve lane. A step with points
 * for several personas shows their mean, so the miniature stays one calm line.
 */
export function emotionSeries(map: JourneyMap): (number | null)[] {
  const lane = (map.lanes ?? []).find((l) => l.kind === 'emotionCurve');
  return stepsOf(map).map(({ step }) => {
    const points = lane?.cells?.[step.id]?.emotions ?? [];
    if (points.length === 0) return null;
    return points.reduce((sum, p) => sum + p.score, 0) / points.length;
  });
}

export interface Point {
  x: number;
  y: number;
}

/** Each scored step at the centre of its column, its score mapped onto the height (high scores at the top). */
export function seriesPoints(values: (number | null)[], range: ScaleRange, width: number, height: number, pad = 4): Point[] {
  const n = values.length;
  const span = range.max - range.min || 1;
  const out: Point[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const clamped = Math.min(range.max, Math.max(range.min, v));
    out.push({ x: ((i + 0.5) / n) * width, y: pad + (1 - (clamped - range.min) / span) * (height - 2 * pad) });
  });
  return out;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * A smooth SVG path through the points: a monotone cubic (Fritsch–Carlson), so the line bends softly but never
 * rises above or dips below the scores it joins.
 */
export function smoothPath(points: Point[]): string {
  const n = points.length;
  if (n === 0) return '';
  const p = (i: number) => points[i]!;
  let d = `M${r(p(0).x)} ${r(p(0).y)}`;
  if (n === 1) return d;
  const slopes = Array.from({ length: n - 1 }, (_, i) => (p(i + 1).y - p(i).y) / (p(i + 1).x - p(i).x || 1));
  const tangents = points.map((_, i) => {
    if (i === 0) return slopes[0]!;
    if (i === n - 1) return slopes[n - 2]!;
    const a = slopes[i - 1]!;
    const b = slopes[i]!;
    // At a peak or a valley the curve flattens; elsewhere the harmonic mean keeps it monotone.
    return a * b <= 0 ? 0 : (2 * a * b) / (a + b);
  });
  for (let i = 0; i < n - 1; i++) {
    const dx = (p(i + 1).x - p(i).x) / 3;
    d += ` C${r(p(i).x + dx)} ${r(p(i).y + tangents[i]! * dx)} ${r(p(i + 1).x - dx)} ${r(p(i + 1).y - tangents[i + 1]! * dx)} ${r(p(i + 1).x)} ${r(p(i + 1).y)}`;
  }
  return d;
}

/** The y of the scale's neutral line (0, or the middle of a 1..n scale). */
export function neutralY(range: ScaleRange, height: number, pad = 4): number {
  const neutral = range.min < 0 ? 0 : (range.min + range.max) / 2;
  return pad + (1 - (neutral - range.min) / (range.max - range.min || 1)) * (height - 2 * pad);
}

export { scaleRange };
