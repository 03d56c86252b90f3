// The retention curve: the weighted average share per period (period 0 = 100 %), over complete cells only.
import type { RetentionResult } from '../../../api/retention';
import type { Granularity } from './retentionSettings';
import { formatShare, periodName } from './retentionView';
import styles from './Retention.module.css';

const width = 640;
const height = 200;
const pad = { left: 44, right: 16, top: 12, bottom: 28 };

export function RetentionCurve({ result }: { result: RetentionResult }) {
  const by = result.granularity as Granularity;
  const points = result.average.filter((a) => a.share !== null).map((a) => ({ k: a.period, share: a.share as number }));
  if (points.length < 2) return null;
  const x = (k: number) => pad.left + (k / Math.max(1, result.periods)) * (width - pad.left - pad.right);
  const y = (share: number) => pad.top + (1 - share) * (height - pad.top - pad.bottom);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.k).toFixed(1)},${y(p.share).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <figure className={styles.curve} data-testid="retention-curve">
      <figcaption className={styles.curveTitle}>Retention curve <span className={styles.muted}>· weighted average of complete periods</span></figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img"
        aria-label={`Retention falls to ${formatShare(last.share)} by ${periodName(last.k, by)}`}>
        {[0, 0.25, 0.5, 0.75, 1].map((g) => (
          <g key={g}>
            <line x1={pad.left} x2={width - pad.right} y1={y(g)} y2={y(g)} className={styles.grid} />
            <text x={pad.left - 6} y={y(g) + 4} textAnchor="end" className={styles.axis}>{g * 100} %</text>
          </g>
        ))}
        {Array.from({ length: result.periods + 1 }, (_, k) => k).filter((k) => result.periods <= 12 || k % Math.ceil(result.periods / 12) === 0).map((k) => (
          <text key={k} x={x(k)} y={height - 8} textAnchor="middle" className={styles.axis}>{k}</text>
        ))}
        <path d={line} className={styles.curveLine} />
        {points.map((p) => (
          <circle key={p.k} cx={x(p.k)} cy={y(p.share)} r={3.5} className={styles.curveDot}>
            <title>{`${periodName(p.k, by)}: ${formatShare(p.share)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
