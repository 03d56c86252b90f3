import { describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { formatShare, hiddenRows, moveKind, splitDefinition, splitText, transitionRows, unreachedNames } from './pathsView';

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
  entered: 3,
  funnel: [
    { stepId: 's1', reached: 3, lost: 1, endedHere: 0, lostAndEndedHere: 0 },
    { stepId: 's3', reached: 2, lost: 1, endedHere: 2, lostAndEndedHere: 1 },
    { stepId: 's4', reached: 1, lost: null, endedHere: 0, lostAndEndedHere: 0 },
  ],
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

describe('leave rows against the step lost', () => {
  it('give a leave row from an in-funnel step its split, and no other row', () => {
    const rows = transitionRows(result, map);
    expect(rows.find((r) => r.key === 's3>$')?.split).toEqual({ lostHere: 1, lost: 1, movedOn: 0, others: 1 });
    expect(rows.filter((r) => r.split).length).toBe(1);
  });

  it('split a leave row into the step lost and the others, both ways', () => {
    expect(splitText({ lostHere: 1087, lost: 1087, movedOn: 0, others: 25 })).toBe('1,087 lost at this step + 25 others');
    expect(splitText({ lostHere: 214, lost: 239, movedOn: 25, others: 0 })).toBe('214 of the 239 lost at this step');
    expect(splitDefinition({ lostHere: 214, lost: 239, movedOn: 25, others: 0 }, 'Sets up'))
      .toContain('214 end their journey here, 25 go on to other steps');
  });
});
