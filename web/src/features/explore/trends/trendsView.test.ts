import { describe, expect, it } from 'vitest';
import type { TrendsResult } from '../../../api/retention';
import { changeWords, niceMax } from './trendsView';
import { defaultTrends, parseTrends, trendsSearch } from './trendsSettings';

const series = (customers: number, conversion: number | null) => ({ from: null, to: null, customers, converted: null, conversion, truncated: false, points: [] });

function result(current: number, previous: number, change: number | null, conversion: number | null = null): TrendsResult {
  return {
    from: null, to: null, granularity: 'day', step: 'A', next: null,
    current: series(current, null), previous: series(previous, null),
    change: { customers: change, conversion, previousLabel: 'the previous 30 days' },
  };
}

describe('trends view', () => {
  it('says the change on the previous period in words', () => {
    expect(changeWords(result(112, 100, 0.12), 'customers')).toEqual({ text: '+12 % on the previous 30 days', direction: 'up' });
    expect(changeWords(result(95, 100, -0.05), 'customers')).toEqual({ text: '−5.0 % on the previous 30 days', direction: 'down' });
    expect(changeWords(result(100, 100, 0), 'customers')?.direction).toBe('flat');
    expect(changeWords(result(5, 0, null), 'customers')?.text).toBe('5 customers, none in the previous 30 days');
    expect(changeWords(result(1, 1, 0, 0.031), 'conversion')?.text).toBe('+3.1 points on the previous 30 days');
    expect(changeWords({ ...result(1, 1, 0), change: null, previous: null }, 'customers')).toBeNull();
  });

  it('rounds the axis up to a readable bound', () => {
    expect([niceMax(0), niceMax(7), niceMax(13), niceMax(230), niceMax(0.42)]).toEqual([1, 10, 20, 250, 0.5]);
  });

  it('keeps its settings in the address', () => {
    const settings = { ...defaultTrends, step: { kind: 'activity' as const, name: 'Paid' }, by: 'week' as const, metric: 'conversion' as const };
    expect(parseTrends(trendsSearch(settings, '?period=30d'))).toEqual(settings);
    expect(parseTrends('')).toEqual(defaultTrends);
  });
});
