import { describe, expect, it } from 'vitest';
import type { CustomerTimeline, TimelineEvent } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { formatWait, splitMatch, timelineDays, timelineSummary, visitedSteps } from './timelineView';

const map = {
  id: 'map-1', name: 'Trial',
  stages: [{ id: 'stg', name: 'All', steps: [{ id: 's1', name: 'Visit' }, { id: 's2', name: 'Sign up' }] }],
} as JourneyMap;

const event = (at: string | null, activity: string, stepIds: string[] = []): TimelineEvent =>
  ({ at, activity, channel: null, properties: {}, stepIds });

const timeline: CustomerTimeline = {
  customerId: 'c1', attributes: {}, totalEvents: 5,
  events: [
    event('2026-11-01T10:00:00Z', 'visit', ['s1']),
    event('2026-11-01T10:02:30Z', 'help'),
    event('2026-11-01T23:59:00Z', 'visit', ['s1']),
    event('2026-11-03T09:00:00Z', 'signup', ['s2', 'removed']),
    event('2026-11-03T09:00:40Z', 'old', ['removed']),
  ],
};

describe('timelineDays', () => {
  it('groups by day with times, waits and step names', () => {
    const days = timelineDays(timeline, map, 'UTC');
    expect(days.map((d) => d.day)).toEqual(['Sun, 1 Nov 2026', 'Tue, 3 Nov 2026']);
    expect(days[0]!.rows.map((r) => [r.time, r.since, r.placed])).toEqual([
      ['10:00', null, true], ['10:02', '+3 min', false], ['23:59', '+14 h', true],
    ]);
    expect(days[1]!.rows[0]!.steps).toEqual([{ id: 's2', name: 'Sign up' }]);
    expect(days[1]!.rows[0]!.since).toBe('+1 day');
    expect(days[1]!.rows[1]!.placed).toBe(false);
  });
});

describe('visitedSteps and timelineSummary', () => {
  it('counts events per step still on the map', () => {
    expect(visitedSteps(timeline, map)).toEqual({ s1: 2, s2: 1 });
  });

  it('sums up events, placed events, steps and the time span', () => {
    expect(timelineSummary(timeline, map)).toEqual({
      events: 5, placed: 3, steps: 2, first: '2026-11-01T10:00:00Z', last: '2026-11-03T09:00:40Z',
    });
  });
});

describe('formatWait and splitMatch', () => {
  it('reads waits in the largest sensible unit', () => {
    expect(formatWait(40_000)).toBe('40 s');
    expect(formatWait(90 * 60_000)).toBe('2 h');
    expect(formatWait(3 * 86_400_000)).toBe('3 days');
  });

  it('splits the typed prefix off, ignoring case', () => {
    expect(splitMatch('Cus-0042', 'cus')).toEqual(['Cus', '-0042']);
    expect(splitMatch('cus-0042', 'x')).toEqual(['', 'cus-0042']);
  });
});
