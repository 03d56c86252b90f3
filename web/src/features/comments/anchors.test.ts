import { describe, expect, it } from 'vitest';
import { anchorKey, placeOf } from './anchors';

describe('anchorKey', () => {
  it('names each kind of place as the server does', () => {
    expect(anchorKey({ kind: 'map' })).toBe('map');
    expect(anchorKey({ kind: 'stage', stageId: 'stg_1' })).toBe('stage:stg_1');
    expect(anchorKey({ kind: 'step', stageId: 'stg_1', stepId: 'stp_1' })).toBe('step:stp_1');
    expect(anchorKey({ kind: 'cell', laneId: 'lane_1', stepId: 'stp_1' })).toBe('cell:lane_1:stp_1');
  });
});

describe('placeOf', () => {
  it('says where a thread is, and when its place was removed', () => {
    expect(placeOf({ anchor: { kind: 'map' }, anchorLabel: 'Trial', anchorRemoved: false })).toBe('Whole map');
    expect(placeOf({ anchor: { kind: 'step', stepId: 's' }, anchorLabel: 'Signs up', anchorRemoved: false })).toBe('Step · Signs up');
    expect(placeOf({ anchor: { kind: 'step', stepId: 's' }, anchorLabel: 'Signs up', anchorRemoved: true })).toBe('On a removed step · Signs up');
  });
});
