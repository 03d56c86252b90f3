// Numbers and durations as the funnel view writes them.
const counts = new Intl.NumberFormat('en-US');
const shares = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthDates = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatCount = (n: number) => counts.format(n);
export const formatShare = (f: number) => shares.format(f);

/** "45 s", "12 min", "3.5 h", "2.1 days". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${round1(seconds / 3600)} h`;
  const days = round1(seconds / 86_400);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export function formatPeriod(start: string, over: string): string {
  const at = new Date(`${start}T00:00:00Z`);
  return over === 'month' ? monthDates.format(at) : dates.format(at);
}

/** The histogram bucket (index) holding `seconds`, by the buckets' upper bounds (null: no bound). */
export function bucketOf(seconds: number, bounds: (number | null)[]): number {
  const i = bounds.findIndex((b) => b === null || seconds <= b);
  return i < 0 ? bounds.length - 1 : i;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
