import { describe, expect, it } from 'vitest';
import { daysFromToday, nextDateProblem, staleText } from './reviewText';

describe('review words', () => {
  const now = new Date(2026, 11, 6, 10, 0);

  it('flags a stale map with the date it was due', () => {
    expect(staleText('2026-11-03')).toBe('Stale — review was due on 3 Nov 2026');
  });

  it('counts days from today across a month end', () => {
    expect(daysFromToday(30, now)).toBe('2027-01-05');
  });

  it('takes only a date after today as the next review', () => {
    expect(nextDateProblem('', now)).toMatch(/Choose/);
    expect(nextDateProblem('2026-12-06', now)).toMatch(/after today/);
    expect(nextDateProblem('<script>', now)).toMatch(/Choose/);
    expect(nextDateProblem('2026-12-07', now)).toBeNull();
  });
});
