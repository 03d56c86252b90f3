// The trends view's own settings in the page's address (?step=…&next=…&by=day&metric=conversion): the step to
// follow, an optional next step for conversion, the period (automatic by default) and the figure drawn.
import { parseGranularity, type Granularity } from '../retention/retentionSettings';
import { choiceText, parseChoice, type StepChoice } from '../retention/stepChoice';

export type TrendMetric = 'customers' | 'conversion';

export interface TrendSettings {
  step: StepChoice;
  next: StepChoice;
  /** null: the server picks days, weeks or months by the period's length. */
  by: Granularity | null;
  metric: TrendMetric;
}

export const defaultTrends: TrendSettings = { step: null, next: null, by: null, metric: 'customers' };

export function parseTrends(search: string): TrendSettings {
  const q = new URLSearchParams(search);
  const by = q.get('by');
  return {
    step: parseChoice(q.get('step')),
    next: parseChoice(q.get('next')),
    by: by ? parseGranularity(by, 'day') : null,
    metric: q.get('metric') === 'conversion' ? 'conversion' : 'customers',
  };
}

export function trendsSearch(settings: TrendSettings, search: string): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string) => (value ? q.set(key, value) : q.delete(key));
  set('step', choiceText(settings.step));
  set('next', choiceText(settings.next));
  set('by', settings.by ?? '');
  set('metric', settings.metric === 'customers' ? '' : settings.metric);
  const text = q.toString();
  return text ? `?${text}` : '';
}
