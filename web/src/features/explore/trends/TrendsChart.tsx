// The trend as a line: this period solid, the previous period of equal length dashed behind it (aligned by position:
// the first day against the first day), an incomplete last period hollow; the figures as a table under it.
import type { TrendPoint, TrendsResult } from '../../../api/retention';
import { formatCount, formatShare } from '../retention/retentionView';
import type { TrendMetric } from './trendsSettings';
import { niceMax, valueOf } from './trendsView';
import styles from './Trends.module.css';

const width = 900;
const height = 260;
const pad = { left: 56, right: 16, top: 12, bottom: 32 };
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const label = (start: string) => dateFormat.format(new Date(`${start}T00:00:00Z`));

export function TrendsChart({ result, metric }: { result: TrendsResult; metric: TrendMetric }) {
  const current = result.current.points;
  const previous = result.previous?.points ?? [];
  const count = Math.max(current.length, previous.length);
  const values = [...current, ...previous].map((p) => valueOf(p, metric) ?? 0);
  const top = niceMax(Math.max(...values, 0));
  const x = (i: number) => pad.left + (count <= 1 ? 0.5 : i / (count - 1)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - v / top) * (height - pad.top - pad.bottom);
  const format = (v: number) => (metric === 'customers' ? formatCount(v) : formatShare(v));
  const path = (points: TrendPoint[]) => points
    .map((p, i) => ({ i, v: valueOf(p, metric) }))
    .filter((p): p is { i: number; v: number } => p.v !== null)
    .map((p, n) => `${n === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const every = Math.max(1, Math.ceil(current.length / 10));
  return (
    <figure className={styles.chart} data-testid="trends-chart">
      <div className={styles.legend} aria-hidden="true">
        <span><i className={styles.swatch} /> This period</span>
        {previous.length > 0 && <span><i className={`${styles.swatch} ${styles.swatchPrev}`} /> Previous period</span>}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} role="img"
        aria-label={`${metric === 'customers' ? 'Customers' : 'Conversion'} per ${result.granularity}, from ${label(current[0]!.start)}; the figures are in the table below`}>
        {[0, 0.25, 0.5, 0.75, 1].map((g) => (
          <g key={g}>
            <line x1={pad.left} x2={width - pad.right} y1={y(g * top)} y2={y(g * top)} className={styles.grid} />
            <text x={pad.left - 8} y={y(g * top) + 4} textAnchor="end" className={styles.axis}>{format(g * top)}</text>
          </g>
        ))}
        {current.map((p, i) => (i % every === 0 ? <text key={p.start} x={x(i)} y={height - 10} textAnchor="middle" className={styles.axis}>{label(p.start)}</text> : null))}
        {previous.length > 0 && <path d={path(previous)} className={styles.previous} data-testid="trends-previous-line" />}
        <path d={path(current)} className={styles.line} data-testid="trends-line" />
        {current.map((p, i) => {
          const v = valueOf(p, metric);
          if (v === null) return null;
          return (
            <circle key={p.start} cx={x(i)} cy={y(v)} r={current.length > 60 ? 2 : 3.5} className={p.incomplete ? styles.hollow : styles.dot}>
              <title>{`${label(p.start)}: ${format(v)}${p.incomplete ? ' (period not complete)' : ''}${previous[i] ? `; previous period ${format(valueOf(previous[i], metric) ?? 0)}` : ''}`}</title>
            </circle>
          );
        })}
      </svg>
      <details className={styles.details}>
        <summary>Figures as a table</summary>
        <table className={styles.table} data-testid="trends-table">
          <thead>
            <tr><th scope="col">Period</th><th scope="col">Customers</th>{result.next && <th scope="col">Converted</th>}{previous.length > 0 && <th scope="col">Previous period</th>}</tr>
          </thead>
          <tbody>
            {current.map((p, i) => (
              <tr key={p.start} data-testid="trends-row" data-customers={p.customers}>
                <th scope="row">{label(p.start)}{p.incomplete ? ' *' : ''}</th>
                <td>{formatCount(p.customers)}</td>
                {result.next && <td>{formatCount(p.converted ?? 0)} ({formatShare(p.conversion)})</td>}
                {previous.length > 0 && <td data-testid="trends-previous">{previous[i] ? format(valueOf(previous[i], metric) ?? 0) : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
