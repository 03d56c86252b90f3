// The points of a trend sparkline: customers per bucket scaled into a small box (y grows downwards in SVG).
import type { TrendPoint } from '../../../api/overlay';

export interface SparkShape {
  /** The polyline's points, "x,y x,y …". */
  line: string;
  /** The same line closed along the bottom, for a soft fill. */
  area: string;
  last: { x: number; y: number } | null;
}

export function sparkShape(trend: readonly TrendPoint[], width: number, height: number, pad = 1.5): SparkShape {
  if (trend.length === 0) return { line: '', area: '', last: null };
  const values = trend.map((t) => t.customers);
  const max = Math.max(...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const stepX = trend.length > 1 ? (width - 2 * pad) / (trend.length - 1) : 0;
  const round = (v: number) => Math.round(v * 10) / 10;
  const points = values.map((v, i) => ({
    x: round(trend.length > 1 ? pad + i * stepX : width / 2),
    y: round(height - pad - ((v - min) / span) * (height - 2 * pad)),
  }));
  const line = points.map((p) => `${p.x},${p.y}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const bottom = round(height - pad);
  return { line, area: `${first.x},${bottom} ${line} ${last.x},${bottom}`, last };
}
