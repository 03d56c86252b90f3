import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPoints, formatShare, spellDuration } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'], [45, '45 s'], [59.4, '59 s'], [60, '1 min'], [12 * 60 + 20, '12 min'], [3600, '1 h'],
    [2 * 3600 + 5 * 60, '2 h 5 min'], [2 * 3600 + 5 * 60 + 29, '2 h 5 min'], [86_399, '1 d'], [86_400, '1 d'],
    [3 * 86_400 + 4 * 3600, '3 d 4 h'], [45 * 86_400 + 3600, '45 d'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('says it does not know for null, negative or not finite', () => {
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(-5)).toBe('–');
    expect(formatDuration(Number.NaN)).toBe('–');
  });

  it('spells units out for tooltips', () => {
    expect(spellDuration(2 * 3600 + 5 * 60)).toBe('2 hours 5 minutes');
    expect(spellDuration(86_400 + 3600)).toBe('1 day 1 hour');
    expect(spellDuration(null)).toBe('unknown');
  });
});

describe('formatShare and formatPoints', () => {
  it.each([[0.4812, '48%'], [0.045, '4.5%'], [0.05, '5%'], [0, '0%'], [1, '100%'], [0.0004, '0%']])('%s is %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it('shows a dash for unknown shares', () => {
    expect(formatShare(null)).toBe('–');
    expect(formatShare(undefined)).toBe('–');
  });

  it('signs differences in points', () => {
    expect(formatPoints(0.112)).toBe('+11 pts');
    expect(formatPoints(-0.035)).toBe('−3.5 pts');
    expect(formatPoints(0)).toBe('±0 pts');
  });

  it('keeps counts exact below a million', () => {
    expect(formatCount(12_034)).toBe('12,034');
    expect(formatCount(1_250_000)).toBe('1.3M');
  });
});
