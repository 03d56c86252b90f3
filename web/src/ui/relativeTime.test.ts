import { describe, expect, it } from 'vitest';
import { exactTime, isReviewDue, relativeTime, todayIso } from './relativeTime';

const now = new Date(2026, 10, 27, 15, 0, 0);
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('relativeTime', () => {
  it('words short distances', () => {
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(relativeTime(ago(3 * 3_600_000 + 5), now)).toBe('3 h ago');
    expect(relativeTime(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(4 * 86_400_000), now)).toBe('4 days ago');
    expect(relativeTime(ago(8 * 86_400_000), now)).toBe('last week');
    expect(relativeTime(ago(15 * 86_400_000), now)).toBe('2 weeks ago');
  });

  it('treats clock skew (a time slightly in the future) as just now', () => {
    expect(relativeTime(new Date(now.getTime() + 4000).toISOString(), now)).toBe('just now');
  });

  it('falls back to a date for old times and to nothing for garbage', () => {
    expect(relativeTime(ago(90 * 86_400_000), now)).not.toMatch(/ago/);
    expect(relativeTime(new Date(2024, 0, 5).toISOString(), now)).toContain('2024');
    expect(relativeTime('not a date', now)).toBe('');
    expect(exactTime('not a date')).toBe('');
  });
});

describe('review dates', () => {
  it('is due only when the date lies before today', () => {
    expect(todayIso(now)).toBe('2026-11-27');
    expect(isReviewDue('2026-11-26', now)).toBe(true);
    expect(isReviewDue('2026-11-27', now)).toBe(false);
    expect(isReviewDue('2027-01-01', now)).toBe(false);
    expect(isReviewDue(null, now)).toBe(false);
    expect(isReviewDue(undefined, now)).toBe(false);
  });
});
