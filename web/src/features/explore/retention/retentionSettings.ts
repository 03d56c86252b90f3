// The retention view's own settings, kept in the page's address beside the scope (?start=…&return=…&by=week&
// periods=8&show=percent), so a link opens the same triangle.
import { choiceText, parseChoice, type StepChoice } from './stepChoice';

export type Granularity = 'day' | 'week' | 'month';
export type CellDisplay = 'percent' | 'count';

export interface RetentionSettings {
  start: StepChoice;
  back: StepChoice;
  by: Granularity;
  periods: number;
  show: CellDisplay;
}

export const granularities: { id: Granularity; label: string }[] = [
  { id: 'day', label: 'Day' },
  { id: 'week', label: 'Week' },
  { id: 'month', label: 'Month' },
];

export const defaultRetention: RetentionSettings = { start: null, back: null, by: 'week', periods: 8, show: 'percent' };
const maxPeriods = 60;

export function parseGranularity(text: string | null, fallback: Granularity): Granularity {
  return granularities.find((g) => g.id === text)?.id ?? fallback;
}

export function parseRetention(search: string): RetentionSettings {
  const q = new URLSearchParams(search);
  const periods = Number.parseInt(q.get('periods') ?? '', 10);
  return {
    start: parseChoice(q.get('start')),
    back: parseChoice(q.get('return')),
    by: parseGranularity(q.get('by'), defaultRetention.by),
    periods: Number.isFinite(periods) && periods >= 1 && periods <= maxPeriods ? periods : defaultRetention.periods,
    show: q.get('show') === 'count' ? 'count' : 'percent',
  };
}

/** The address with these settings (defaults left out); other keys of `search` are kept. */
export function retentionSearch(settings: RetentionSettings, search: string): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string, fallback: string) => (value && value !== fallback ? q.set(key, value) : q.delete(key));
  set('start', choiceText(settings.start), '');
  set('return', choiceText(settings.back), '');
  set('by', settings.by, defaultRetention.by);
  set('periods', String(settings.periods), String(defaultRetention.periods));
  set('show', settings.show, defaultRetention.show);
  const text = q.toString();
  return text ? `?${text}` : '';
}
