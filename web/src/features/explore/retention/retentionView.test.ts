import { describe, expect, it } from 'vitest';
import { cellDescription, cohortName, formatShare, heat, maxShare } from './retentionView';
import { defaultRetention, parseRetention, retentionSearch } from './retentionSettings';
import { choiceQuery, parseChoice, usable } from './stepChoice';

describe('retention view', () => {
  it('names cohorts by their first day in UTC', () => {
    expect(cohortName('2026-10-05', 'week')).toBe('Week of 5 Oct 2026');
    expect(cohortName('2026-10-01', 'month')).toBe('October 2026');
    expect(cohortName('2026-10-31', 'day')).toBe('31 Oct 2026');
  });

  it('formats shares with a decimal only under 10 %', () => {
    expect([formatShare(0.0456), formatShare(0.456), formatShare(0), formatShare(null)]).toEqual(['4.6 %', '46 %', '0 %', '—']);
  });

  it('colours relative to the largest later share, white text on the dark end', () => {
    const cells = [[{ period: 0, start: '', customers: 10, share: 1, state: 'complete' }, { period: 1, start: '', customers: 4, share: 0.4, state: 'complete' }]];
    expect(maxShare(cells)).toBe(0.4);
    expect(heat(0.4, 0.4).color).toBe('#ffffff');
    expect(heat(0, 0.4).color).toBe('var(--text)');
  });

  it('says when a cell may still grow', () => {
    expect(cellDescription({ period: 2, start: '', customers: 3, share: 0.3, state: 'incomplete' }, 10, 'week'))
      .toBe('Week 2: 3 of 10 returned (30 %); the period is not complete, so this may still grow');
  });

  it('keeps its settings in the address beside other keys', () => {
    const settings = { ...defaultRetention, start: parseChoice('step:stp_1'), back: parseChoice('activity:Paid'), by: 'month' as const, periods: 6, show: 'count' as const };
    const search = retentionSearch(settings, '?period=30d');
    expect(search).toBe('?period=30d&start=step%3Astp_1&return=activity%3APaid&by=month&periods=6&show=count');
    expect(parseRetention(search)).toEqual(settings);
    expect(parseRetention('?periods=99&by=year')).toEqual(defaultRetention);
  });

  it('asks the API with the choice’s parameter and drops a map step without its map', () => {
    expect(choiceQuery('start', parseChoice('step:stp_1'))).toEqual({ startStep: 'stp_1' });
    expect(choiceQuery('return', parseChoice('activity:Paid'))).toEqual({ returnActivity: 'Paid' });
    expect(usable(parseChoice('step:stp_1'), null)).toBeNull();
  });
});
