// The emotion curve's maths: where a score sits vertically, which score a pointer height means, and a smooth
// line through the points. The line is a monotone cubic (Fritsch–Carlson) written as Bézier segments, so it
// never overshoots above the happiest or below the saddest point between two steps.
import type { ScaleRange } from '../../map/state/queries';

export interface Point {
  x: number;
  y: number;
}

/** The vertical band the points live in: `top` is where max sits, `bottom` where min sits. */
export interface Band {
  top: number;
  bottom: number;
}

export function scoreToY(score: number, range: ScaleRange, band: Band): number {
  const span = range.max - range.min;
  if (span <= 0) return (band.top + band.bottom) / 2;
  const t = (score - range.min) / span;
  return band.bottom - t * (band.bottom - band.top);
}

/** The (unsnapped) score at a height; heights above or below the band give scores beyond the scale. */
export function yToScore(y: number, range: ScaleRange, band: Band): number {
  const height = band.bottom - band.top;
  if (height <= 0) return (range.min + range.max) / 2;
  return range.min + ((band.bottom - y) / height) * (range.max - range.min);
}

export function columnCenter(column: number, columnWidth: number): number {
  return column * columnWidth + columnWidth / 2;
}

/** The column under an x position, or -1 outside the columns. */
export function columnAt(x: number, columnWidth: number, columns: number): number {
  if (columnWidth <= 0) return -1;
  const column = Math.floor(x / columnWidth);
  return column >= 0 && column < columns ? column : -1;
}

/** Slopes at each point for a monotone cubic through points sorted by x (Fritsch–Carlson). */
export function monotoneSlopes(points: readonly Point[]): number[] {
  const n = points.length;
  if (n < 2) return points.map(() => 0);
  const secants: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const dx = points[i + 1]!.x - points[i]!.x;
    secants.push(dx === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / dx);
  }
  const slopes = new Array<number>(n);
  slopes[0] = secants[0]!;
  slopes[n - 1] = secants[n - 2]!;
  for (let i = 1; i < n - 1; i++) {
    const a = secants[i - 1]!;
    const b = secants[i]!;
    // A local peak or valley (or a flat side) gets a flat tangent so the line does not overshoot it.
    slopes[i] = a * b <= 0 ? 0 : (a + b) / 2;
  }
  for (let i = 0; i < n - 1; i++) {
    const d = secants[i]!;
    if (d === 0) {
      slopes[i] = 0;
      slopes[i + 1] = 0;
      continue;
    }
    const alpha = slopes[i]! / d;
    const beta = slopes[i + 1]! / d;
    const sum = alpha * alpha + beta * beta;
    if (sum > 9) {
      const tau = 3 / Math.sqrt(sum);
      slopes[i] = tau * alpha * d;
      slopes[i + 1] = tau * beta * d;
    }
  }
  return slopes;
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

/** An SVG path through the points (sorted by x): M for one point's start, C segments between neighbours. */
export function smoothPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  if (points.length === 1) return `M${fmt(first.x)},${fmt(first.y)}`;
  const slopes = monotoneSlopes(points);
  let d = `M${fmt(first.x)},${fmt(first.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const third = (q.x - p.x) / 3;
    const c1 = { x: p.x + third, y: p.y + slopes[i]! * third };
    const c2 = { x: q.x - third, y: q.y - slopes[i + 1]! * third };
    d += ` C${fmt(c1.x)},${fmt(c1.y)} ${fmt(c2.x)},${fmt(c2.y)} ${fmt(q.x)},${fmt(q.y)}`;
  }
  return d;
}

/** -1 (saddest) … +1 (happiest): how much a face smiles at this score. */
export function moodOf(score: number, range: ScaleRange): number {
  const span = range.max - range.min;
  if (span <= 0) return 0;
  return Math.max(-1, Math.min(1, ((score - range.min) / span) * 2 - 1));
}
