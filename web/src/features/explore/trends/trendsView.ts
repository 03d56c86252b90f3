// Pure shaping of a step's trend: the figure of a point, the change in words, and the chart's scale.
import type { TrendPoint, TrendsResult, TrendSeries } from '../../../api/retention';
import { formatCount, formatShare } from '../retention/retentionView';
import type { TrendMetric } from './trendsSettings';

export function valueOf(point: TrendPoint, metric: TrendMetric): number | null {
  return metric === 'customers' ? point.customers : point.conversion ?? null;
}

export function totalOf(series: TrendSeries, metric: TrendMetric): string {
  return metric === 'customers' ? formatCount(series.customers) : formatShare(series.conversion);
}

/**
 * "+12 % on the previous 30 days" for customers, "+3.1 points on the previous 30 days" for conversion; null without
 * a previous period to compare with.
 */
export function changeWords(result: TrendsResult, metric: TrendMetric): { text: string; direction: 'up' | 'down' | 'flat' } | null {
  const change = result.change;
  if (!change || !result.previous) return null;
  const on = `on ${change.previousLabel}`;
  if (metric === 'customers') {
    if (change.customers === null || change.customers === undefined) {
      return { text: `${formatCount(result.current.customers)} customers, none ${on.replace('on ', 'in ')}`, direction: 'up' };
    }
    const pct = change.customers * 100;
    const rounded = Math.abs(pct) < 10 && pct !== 0 ? Math.abs(pct).toFixed(1) : Math.round(Math.abs(pct)).toString();
    if (rounded === '0') return { text: `No change ${on}`, direction: 'flat' };
    return { text: `${pct > 0 ? '+' : '−'}${rounded} % ${on}`, direction: pct > 0 ? 'up' : 'down' };
  }
  if (change.conversion === null || change.conversion === undefined) return null;
  const points = change.conversion * 100;
  if (Math.abs(points) < 0.05) return { text: `No change ${on}`, direction: 'flat' };
  return { text: `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} points ${on}`, direction: points > 0 ? 'up' : 'down' };
}

/** A round upper bound for the axis (1, 2, 2.5 or 5 times a power of ten), at least 1. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
