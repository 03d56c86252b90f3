import { describe, expect, it } from 'vitest';
import type { CustomerTimeline, TimelineEvent } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { formatWait, scoreLabel, sentimentWord, splitMatch, timelineDays, timelineSummary, visitedSteps } from './timelineView';

const map = {
  id: 'map-1', name: 'Trial',
  stages: [{ id: 'stg', name: 'All', steps: [{ id: 's1', name: 'Visit' }, { id: 's2', name: 'Sign up' }] }],
} as JourneyMap;

const event = (at: string | null, activity: string, stepIds: string[] = []): TimelineEvent =>
  ({ at, activity, channel: null, properties: {}, stepIds });

const timeline: CustomerTimeline = {
  customerId: 'c1', attributes: {}, totalEvents: 5, totalFeedback: 0, feedback: [],
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

describe('feedback among the events', () => {
  it('puts what the customer said in time order, after an event of the same instant, on its placed step', () => {
    const said = (at: string, text: string, stepId: string | null) => ({
      id: text, at, scoreType: 'nps', score: 3, text, source: 'survey', solicited: true, sentiment: -0.4, stepId, placedBy: stepId ? 'event' : null,
    });
    const withFeedback = { ...timeline, totalFeedback: 3, feedback: [
      said('2026-11-01T09:00:00Z', 'before', null), said('2026-11-01T10:00:00Z', 'same instant', 's1'), said('2026-11-04T08:00:00Z', 'last', 'gone'),
    ] };
    const days = timelineDays(withFeedback, map, 'UTC');
    const order = days.flatMap((d) => d.rows.map((r) => (r.kind === 'feedback' ? `said:${r.item.text}` : r.event.activity)));
    expect(order).toEqual(['said:before', 'visit', 'said:same instant', 'help', 'visit', 'signup', 'old', 'said:last']);
    const sameInstant = days[0]!.rows[2]!;
    expect([sameInstant.placed, sameInstant.steps]).toEqual([true, [{ id: 's1', name: 'Visit' }]]);
    expect(days[2]!.rows[0]!.placed).toBe(false);
    expect(days[0]!.rows[3]!.since).toBe('+3 min');
  });

  it('names scores and sentiment as the feedback figures do', () => {
    expect(sentimentWord(-0.05)).toBe('Negative');
    expect(sentimentWord(0.01)).toBe('Neutral');
    expect(sentimentWord(null)).toBeNull();
    expect(scoreLabel({ id: 'x', at: '', scoreType: 'rating', score: 4, text: null, source: 'review', solicited: false, sentiment: null, stepId: null, placedBy: null })).toBe('Rating 4');
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
