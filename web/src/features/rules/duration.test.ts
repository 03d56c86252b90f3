import { describe, expect, it } from 'vitest';
import { spellSeconds, splitDuration, toSeconds } from './duration';

describe('splitDuration', () => {
  it('takes the largest unit that holds the seconds whole', () => {
    expect(splitDuration(86_400)).toEqual({ value: 1, unit: 'days' });
    expect(splitDuration(129_600)).toEqual({ value: 36, unit: 'hours' });
    expect(splitDuration(5_400)).toEqual({ value: 90, unit: 'minutes' });
    expect(splitDuration(31_536_000)).toEqual({ value: 365, unit: 'days' });
  });
});

describe('toSeconds', () => {
  it('multiplies by the unit', () => {
    expect(toSeconds('1', 'days')).toBe(86_400);
    expect(toSeconds(' 1.5 ', 'hours')).toBe(5_400);
    expect(toSeconds('30', 'minutes')).toBe(1_800);
  });
  it('refuses what is not a positive number', () => {
    for (const bad of ['', 'abc', '-1', '0', '1e3', '2 days', '<b>1</b>']) expect(toSeconds(bad, 'days')).toBeNull();
  });
});

describe('spellSeconds', () => {
  it('writes one and many', () => {
    expect(spellSeconds(86_400)).toBe('1 day');
    expect(spellSeconds(7_200)).toBe('2 hours');
    expect(spellSeconds(60)).toBe('1 minute');
    expect(spellSeconds(150)).toBe('2.5 minutes');
  });
});
