import { describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { formatShare, hiddenRows, moveKind, transitionRows, unreachedNames } from './pathsView';

const map: JourneyMap = {
  id: 'map-1', name: 'Trial', stages: [
    { id: 'stg-1', name: 'Find', steps: [{ id: 's1', name: 'Visit' }, { id: 's2', name: 'Sign up' }] },
    { id: 'stg-2', name: 'Use', steps: [{ id: 's3', name: 'Pay' }, { id: 's4', name: 'Renew' }] },
  ],
} as JourneyMap;

const result: PathsResult = {
  customers: 4,
  transitions: [
    { fromStepId: null, toStepId: 's1', customers: 4, events: 4 },
    { fromStepId: 's1', toStepId: 's2', customers: 3, events: 5 },
    { fromStepId: 's2', toStepId: 's1', customers: 1, events: 1 },
    { fromStepId: 's1', toStepId: 's3', customers: 1, events: 1 },
    { fromStepId: 's3', toStepId: null, customers: 2, events: 2 },
    { fromStepId: 'gone', toStepId: 's4', customers: 1, events: 1 },
  ],
  hiddenActivities: [{ name: 'help_viewed', customers: 6, events: 9 }, { name: 'chat', customers: 3, events: 3 }],
  unreachedStepIds: ['s4', 'gone', 's2'],
  designedOrderShare: 0.75,
};

describe('transitionRows', () => {
  it('names steps, start and end, and shares of the customers', () => {
    const rows = transitionRows(result, map);
    expect(rows.map((r) => `${r.from} → ${r.to}`)).toEqual([
      'Journey start → Visit', 'Visit → Sign up', 'Sign up → Visit', 'Visit → Pay', 'Pay → Leaves', 'A removed step → Renew',
    ]);
    expect(rows[1]).toMatchObject({ share: 0.75, bar: 0.75, events: 5, kind: 'next' });
    expect(rows[0]!.bar).toBe(1);
  });

  it('tells moves on, ahead and back apart', () => {
    expect(transitionRows(result, map).map((r) => r.kind)).toEqual(['enter', 'next', 'back', 'skip', 'leave', 'skip']);
    expect(moveKind(2, 2)).toBe('repeat');
  });
});

describe('hiddenRows and unreachedNames', () => {
  it('scales bars to the most common hidden activity', () => {
    expect(hiddenRows(result).map((h) => h.bar)).toEqual([1, 0.5]);
  });

  it('lists unreached steps still on the map in map order', () => {
    expect(unreachedNames(result, map)).toEqual([{ id: 's2', name: 'Sign up' }, { id: 's4', name: 'Renew' }]);
  });
});

describe('formatShare', () => {
  it('rounds to whole percents and keeps tiny and near-total shares honest', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.004)).toBe('<1%');
    expect(formatShare(0.666)).toBe('67%');
    expect(formatShare(0.999)).toBe('>99%');
    expect(formatShare(1)).toBe('100%');
  });
});
