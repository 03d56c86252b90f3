// The backtest's period (by default the last 30 days, to today) and its answer in words.
import type { BacktestResult } from './rulesApi';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last `days` days up to today, as the "yyyy-mm-dd" dates the date fields and the server read. */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  return { from: iso(from), to: iso(now) };
}

/** A problem with the period, or null. */
export function periodProblem(from: string, to: string): string | null {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!date.test(from) || !date.test(to)) return 'Pick both dates.';
  if (from > to) return 'The period starts before it ends.';
  return null;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "Would have fired for 12 customers (15 times)"; "Would not have fired" when nothing matched. */
export function backtestLine(r: BacktestResult): string {
  if (r.firings === 0) return 'Would not have fired in this period';
  return `Would have fired for ${plural(r.customers, 'customer', 'customers')} (${plural(r.firings, 'time', 'times')})`;
}
