import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../map/state/testMaps';
import { stepsOf } from '../../map/state/queries';
import { curveKeys, curveOf, pointAt, removePoint, setPoint } from './series';

const map = sampleMap();
const lane = map.lanes!.find((l) => l.kind === 'emotionCurve')!;
const steps = stepsOf(map);

describe('emotion series', () => {
  it('reads one curve per persona plus the main curve, in column order', () => {
    expect(curveOf(lane, steps, undefined).map((p) => [p.stepId, p.score])).toEqual([['stp_1', 1]]);
    expect(curveOf(lane, steps, 'per_bo').map((p) => [p.stepId, p.column, p.score])).toEqual([['stp_1', 0, -1], ['stp_2', 1, 0]]);
    expect(curveKeys(lane)).toEqual([undefined, 'per_bo']);
  });

  it('sets a point without touching the other curves', () => {
    const cell = lane.cells!.stp_1;
    const next = setPoint(cell, 'per_bo', { score: 2 });
    expect(next.emotions).toEqual([{ score: 1 }, { score: 2, personaId: 'per_bo' }]);
    expect(cell!.emotions![1]!.score).toBe(-1);
  });

  it('adds a point where a curve has none and keeps a label until cleared', () => {
    const added = setPoint(undefined, undefined, { score: 0, label: 'Relief' });
    expect(added).toEqual({ emotions: [{ score: 0, label: 'Relief' }] });
    expect(setPoint(added, undefined, { score: 1 }).emotions![0]).toEqual({ score: 1, label: 'Relief' });
    expect(setPoint(added, undefined, { score: 1, label: '' }).emotions![0]).toEqual({ score: 1 });
    expect(pointAt(added, undefined)?.score).toBe(0);
  });

  it('removes a point, and the cell when nothing is left', () => {
    expect(removePoint(lane.cells!.stp_1, undefined)!.emotions).toEqual([{ score: -1, personaId: 'per_bo' }]);
    expect(removePoint(lane.cells!.stp_2, 'per_bo')).toBeUndefined();
  });
});
