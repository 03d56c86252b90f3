import { describe, expect, it } from 'vitest';
import type { OverlayResult } from '../../../api/overlay';
import { sampleMap } from '../../map/state/testMaps';
import { measuredNothing, measuredShape } from './useOverlayLoad';

describe('measuredShape', () => {
  it('changes with bindings, step order and journey ends, not with names or cells', () => {
    const map = sampleMap();
    const base = measuredShape(map);
    expect(measuredShape({ ...map, name: 'Renamed', lanes: [] })).toBe(base);
    const bound = { ...map, stages: map.stages!.map((s, i) => (i === 0 ? { ...s, steps: [{ ...s.steps![0]!, binding: { activities: ['x'] } }, s.steps![1]!] } : s)) };
    expect(measuredShape(bound)).not.toBe(base);
    expect(measuredShape({ ...map, entryStepId: 'stp_2' })).not.toBe(base);
    expect(measuredShape({ ...map, stages: [...map.stages!].reverse() })).not.toBe(base);
  });
});

describe('measuredNothing', () => {
  const result = (entrants: number, visitors: number): OverlayResult => ({
    mapId: 'm', from: null, to: null, entryStepId: null, outcomeStepId: null, unboundStepIds: [], comparison: null,
    series: [{
      key: 'all', name: 'All customers', entrants, outcome: { customers: 0, conversion: 0 }, stages: [],
      steps: [{
        stepId: 's', bound: true, inFunnel: true, customers: 0, visitors, shareOfEntrants: null, nextStepId: null,
        conversionToNext: null, dropOff: null, dropOffRate: null, medianFromPrevious: null, p90FromPrevious: null, trend: [], loss: 0, wait: 0,
      }],
    }],
  });

  it('is true only when no one entered and no step was visited', () => {
    expect(measuredNothing(result(0, 0))).toBe(true);
    expect(measuredNothing(result(0, 3))).toBe(false);
    expect(measuredNothing(result(5, 0))).toBe(false);
  });
});
