// Conversion over time: of the customers whose best attempt started in a period, the share who reached the last
// step, as a line (each point says how many entered). Periods are UTC days, ISO weeks or months.
import { formatCount, formatPeriod, formatShare } from './funnelFormat';
import type { FunnelAnswer } from './funnelTypes';
import styles from './Funnels.module.css';

const width = 420;
const height = 180;
const pad = { left: 40, right: 12, top: 12, bottom: 24 };

export function ConversionOverTime({ answer }: { answer: FunnelAnswer }) {
  const over = answer.overTime;
  if (!over) return null;
  const periods = over.periods;
  const x = (i: number) => pad.left + (periods.length <= 1 ? (width - pad.left - pad.right) / 2 : (i * (width - pad.left - pad.right)) / (periods.length - 1));
  // The scale ends a little above the best period (at a round share), so a 2% funnel's changes are visible.
  const top = niceTop(Math.max(0, ...periods.map((p) => p.conversion)));
  const y = (f: number) => pad.top + (1 - f / top) * (height - pad.top - pad.bottom);
  const line = periods.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.conversion).toFixed(1)}`).join(' ');
  const labelEvery = Math.max(1, Math.ceil(periods.length / 6));
  return (
    <section className={styles.card} aria-labelledby="funnel-over-time-title" data-testid="funnel-over-time">
      <div className={styles.cardHead}>
        <h3 id="funnel-over-time-title">Conversion over time</h3>
        <span className={styles.note}>by {over.granularity} the customer entered{over.truncated ? ' (latest periods)' : ''}</span>
      </div>
      {periods.length === 0 ? <p className={styles.note}>Nobody entered the funnel in this period.</p> : (
        <svg viewBox={`0 0 ${width} ${height}`} className={styles.chart} role="img"
          aria-label={`Conversion from first to last step per ${over.granularity}, from ${formatShare(Math.min(...periods.map((p) => p.conversion)))} to ${formatShare(Math.max(...periods.map((p) => p.conversion)))}.`}>
          {[0, top / 2, top].map((f) => (
            <g key={f}>
              <line x1={pad.left} x2={width - pad.right} y1={y(f)} y2={y(f)} className={styles.grid} />
              <text x={pad.left - 6} y={y(f) + 4} className={styles.axis} textAnchor="end">{formatShare(f)}</text>
            </g>
          ))}
          <path d={line} className={styles.line} />
          {periods.map((p, i) => (
            <g key={p.start}>
              <circle cx={x(i)} cy={y(p.conversion)} r={3} className={styles.dot} data-testid="over-time-point">
                <title>{`${formatPeriod(p.start, over.granularity)}: ${formatShare(p.conversion)} of ${formatCount(p.reached[0] ?? 0)} who entered converted`}</title>
              </circle>
              {i % labelEvery === 0 && <text x={x(i)} y={height - 6} className={styles.axis} textAnchor={anchorOf(i, periods.length)}>{formatPeriod(p.start, over.granularity)}</text>}
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}

function niceTop(max: number): number {
  const steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1];
  return steps.find((s) => s >= max * 1.15) ?? 1;
}

/** The first and last labels sit inside the chart: they start and end at their point. */
function anchorOf(i: number, count: number): 'start' | 'middle' | 'end' {
  return count > 1 && i === 0 ? 'start' : count > 1 && i === count - 1 ? 'end' : 'middle';
}
