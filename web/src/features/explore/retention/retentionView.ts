// Pure shaping of the retention answer for the table and the curve: the heat colour of a share, cell words, period
// and cohort names.
import type { RetentionCell } from '../../../api/retention';
import type { Granularity } from './retentionSettings';

const whole = new Intl.NumberFormat('en-GB');
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatCount = (n: number) => whole.format(n);

/** "42.5 %" (one decimal under 10 %, none above), or "—" without a value. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  const pct = share * 100;
  return `${pct > 0 && pct < 10 ? pct.toFixed(1) : Math.round(pct).toString()} %`;
}

/** The cohort's name by its first day: "5 Oct 2026", "Week of 5 Oct 2026", "October 2026". */
export function cohortName(start: string, by: Granularity): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (by === 'month') return monthFormat.format(date);
  return by === 'week' ? `Week of ${dayFormat.format(date)}` : dayFormat.format(date);
}

export function periodName(k: number, by: Granularity): string {
  return `${by === 'day' ? 'Day' : by === 'week' ? 'Week' : 'Month'} ${k}`;
}

/**
 * The cell's background on the accent's hue: lighter for a small share, strong for a large one (relative to the
 * largest share of periods 1..n, so a triangle of low shares still shows its shape); text turns white when dark.
 */
export function heat(share: number, max: number): { background: string; color: string } {
  const level = max > 0 ? Math.min(1, share / max) : 0;
  const alpha = 0.06 + (0.84 * level);
  return { background: `rgba(47, 91, 211, ${alpha.toFixed(3)})`, color: alpha > 0.5 ? '#ffffff' : 'var(--text)' };
}

/** The largest share among the complete and incomplete cells after period 0. */
export function maxShare(cells: RetentionCell[][]): number {
  let max = 0;
  for (const row of cells) for (const c of row) if (c.period > 0 && c.state !== 'notYet') max = Math.max(max, c.share);
  return max;
}

/** What a screen reader and a tooltip say about a cell. */
export function cellDescription(cell: RetentionCell, cohortSize: number, by: Granularity): string {
  if (cell.state === 'notYet') return `${periodName(cell.period, by)}: not reached yet`;
  const base = `${periodName(cell.period, by)}: ${formatCount(cell.customers)} of ${formatCount(cohortSize)} returned (${formatShare(cell.share)})`;
  return cell.state === 'incomplete' ? `${base}; the period is not complete, so this may still grow` : base;
}
