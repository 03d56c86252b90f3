// The backtest's period (by default the last 30 days, to today) and its answer in words.
import type { BacktestResult } from './rulesApi';

const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last `days` days up to today (UTC days, as the data view counts them), as "yyyy-mm-dd" for the date fields. */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: iso(today - days * dayMs), to: iso(today) };
}

/** The period as the server reads it, like the data view's: from the start of the first day to the end of the last (exclusive). */
export function periodRequest(from: string, to: string): { from: string; to: string } {
  return { from: new Date(`${from}T00:00:00Z`).toISOString(), to: new Date(Date.parse(`${to}T00:00:00Z`) + dayMs).toISOString() };
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
