import { describe, expect, it } from 'vitest';
import { bucketOf, formatDuration, formatPeriod } from './funnelFormat';

describe('funnel format', () => {
  it('writes durations in the largest unit that reads well', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(720)).toBe('12 min');
    expect(formatDuration(3.5 * 3600)).toBe('3.5 h');
    expect(formatDuration(86_400)).toBe('1 day');
  });

  it('finds the bucket of a time by upper bounds, the last being open', () => {
    expect(bucketOf(60, [60, 300, null])).toBe(0);
    expect(bucketOf(61, [60, 300, null])).toBe(1);
    expect(bucketOf(1e9, [60, 300, null])).toBe(2);
  });

  it('names periods by day or month', () => {
    expect(formatPeriod('2026-11-02', 'week')).toBe('2 Nov');
    expect(formatPeriod('2026-11-01', 'month')).toBe('Nov 2026');
  });
});
