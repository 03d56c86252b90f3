import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../ui/relativeTime';
import { formatDate, isPast } from './dates';

describe('dates', () => {
  it('writes today as yyyy-MM-dd', () => {
    expect(todayIso(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('flags a review-by date only once it has passed', () => {
    expect(isPast('2027-05-30', '2027-05-31')).toBe(true);
    expect(isPast('2027-05-31', '2027-05-31')).toBe(false);
    expect(isPast('2027-06-01', '2027-05-31')).toBe(false);
    expect(isPast(undefined, '2027-05-31')).toBe(false);
    expect(isPast('soon', '2027-05-31')).toBe(false);
  });

  it('reads dates as day, month and year', () => {
    expect(formatDate('2027-05-31')).toBe('31 May 2027');
    expect(formatDate('later')).toBe('later');
  });
});
