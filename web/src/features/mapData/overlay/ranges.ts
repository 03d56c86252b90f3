// The data view's time range: presets (last 7, 30, 90 days, all time) or custom dates, turned into the overlay's
// from/to (ISO 8601 UTC; from inclusive, to exclusive).

export type RangePreset = '7d' | '30d' | '90d' | 'all' | 'custom';

export interface TimeRange {
  preset: RangePreset;
  /** Custom range: first and last day included, yyyy-mm-dd. */
  fromDate?: string;
  toDate?: string;
}

export const rangePresets: { id: RangePreset; label: string }[] = [
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: '90d', label: 'Last 90 days' },
  { id: 'all', label: 'All time' },
  { id: 'custom', label: 'Custom…' },
];

const days: Partial<Record<RangePreset, number>> = { '7d': 7, '30d': 30, '90d': 90 };
const dayMs = 24 * 60 * 60 * 1000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * The from/to to ask for. "Last N days" means today (UTC) and the N−1 days before it, whole days, so figures do not
 * change with the minute the page was opened. A custom range runs from its first day's start to its last day's end;
 * an invalid or reversed one gives an error instead.
 */
export function resolveRange(range: TimeRange, now: Date): { from: string | null; to: string | null; error?: string } {
  const n = days[range.preset];
  if (n) {
    const today = startOfDay(isoDay(now.getTime()));
    return { from: new Date(today - (n - 1) * dayMs).toISOString(), to: new Date(today + dayMs).toISOString() };
  }
  if (range.preset === 'all') return { from: null, to: null };
  const from = range.fromDate && datePattern.test(range.fromDate) ? startOfDay(range.fromDate) : NaN;
  const to = range.toDate && datePattern.test(range.toDate) ? startOfDay(range.toDate) : NaN;
  if (range.fromDate && Number.isNaN(from)) return { from: null, to: null, error: 'The start date is not a date.' };
  if (range.toDate && Number.isNaN(to)) return { from: null, to: null, error: 'The end date is not a date.' };
  if (!Number.isNaN(from) && !Number.isNaN(to) && to < from) {
    return { from: null, to: null, error: 'The end date is before the start date.' };
  }
  return {
    from: Number.isNaN(from) ? null : new Date(from).toISOString(),
    to: Number.isNaN(to) ? null : new Date(to + dayMs).toISOString(),
  };
}

/** The range in words for the funnel panel's heading: "Last 30 days", "1 Nov 2026 – 27 Nov 2026", "Since 1 Nov 2026". */
export function describeRange(range: TimeRange): string {
  if (range.preset !== 'custom') return rangePresets.find((p) => p.id === range.preset)?.label ?? '';
  const fmt = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const from = range.fromDate && datePattern.test(range.fromDate) ? fmt(range.fromDate) : null;
  const to = range.toDate && datePattern.test(range.toDate) ? fmt(range.toDate) : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return `Since ${from}`;
  if (to) return `Until ${to}`;
  return 'All time';
}
