// A small trend line: customers per day or week over the chosen range, with the last value dotted.
import type { TrendPoint } from '../../../api/overlay';
import { formatCount } from './format';
import { sparkShape } from './sparkline';
import styles from './Overlay.module.css';

export function Sparkline({ trend, width = 64, height = 22 }: { trend: TrendPoint[]; width?: number; height?: number }) {
  if (trend.length < 2) return null;
  const shape = sparkShape(trend, width, height, 2);
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const label = `Trend: ${formatCount(first.customers)} on ${day(first.start)}, ${formatCount(last.customers)} on ${day(last.start)}`;
  return (
    <svg className={styles.sparkline} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}
      data-testid="sparkline">
      <title>{label}</title>
      <polygon points={shape.area} fill="currentColor" opacity="0.12" />
      <polyline points={shape.line} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
      {shape.last && <circle cx={shape.last.x} cy={shape.last.y} r="2" fill="currentColor" />}
    </svg>
  );
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
