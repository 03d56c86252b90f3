// The workspace's activity list as the picker shows it: searched, best matches first, counts in short form.
import type { ActivitySummary } from '../../../api/model';

/**
 * The activities whose name holds every word of the query (case-insensitive). An exact name comes first, then
 * names that start with the query, then the rest, each group in the order given (the server's: most customers first).
 */
export function filterActivities(list: readonly ActivitySummary[], query: string): ActivitySummary[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...list];
  const words = q.split(/\s+/);
  const rank = (name: string) => (name === q ? 0 : name.startsWith(q) ? 1 : 2);
  return list
    .map((a, i) => ({ a, i, name: a.name.toLocaleLowerCase() }))
    .filter(({ name }) => words.every((w) => name.includes(w)))
    .sort((x, y) => rank(x.name) - rank(y.name) || x.i - y.i)
    .map(({ a }) => a);
}

/** The activity with exactly this name (ignoring case and outer spaces), if the workspace has it. */
export function findActivity(list: readonly ActivitySummary[], name: string): ActivitySummary | undefined {
  const q = name.trim().toLocaleLowerCase();
  return list.find((a) => a.name.toLocaleLowerCase() === q);
}

const short = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en-GB');

/** 950, 12K, 1.2M: counts that fit a narrow column (the exact figure goes in the title). */
export function shortCount(n: number): string {
  return n < 10_000 ? full.format(n) : short.format(n);
}

export function fullCount(n: number): string {
  return full.format(n);
}
