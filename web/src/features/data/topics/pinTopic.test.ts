import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../api/model';
import { painPointsAt, pinTopic } from './pinTopic';

const map = {
  id: 'map1', name: 'Trial', kind: 'currentState',
  stages: [{ id: 'stg1', name: 'Start', steps: [{ id: 's1', name: 'Sign up' }, { id: 's2', name: 'Import' }] }],
  lanes: [{ id: 'lan1', kind: 'painPoints', title: 'Pain points', cells: { s2: { painPoints: [{ id: 'pp1', text: 'Import breaks', linkedActivity: 'import_failed' }] } } }],
} as unknown as JourneyMap;

describe('pinTopic', () => {
  it('links an existing card to the topic, replacing its activity link', () => {
    const { map: next, pointId } = pinTopic(map, 's2', 'csv import', { kind: 'existing', pointId: 'pp1' });
    expect(pointId).toBe('pp1');
    expect(painPointsAt(next, 's2')[0]!.point).toEqual({ id: 'pp1', text: 'Import breaks', linkedTopic: 'csv import' });
    expect(painPointsAt(map, 's2')[0]!.point.linkedActivity).toBe('import_failed');
  });

  it('adds a new card at a step without one', () => {
    const { map: next, pointId } = pinTopic(map, 's1', 'verification email', { kind: 'new', text: ' Slow verification ' });
    const points = painPointsAt(next, 's1');
    expect(points).toHaveLength(1);
    expect(points[0]!.point).toMatchObject({ id: pointId, text: 'Slow verification', linkedTopic: 'verification email' });
  });

  it('adds a pain points lane to a map without one', () => {
    const bare = { ...map, lanes: [] } as JourneyMap;
    const { map: next } = pinTopic(bare, 's1', 'pricing', { kind: 'new', text: '' });
    expect(next.lanes).toHaveLength(1);
    expect(painPointsAt(next, 's1')[0]!.point).toMatchObject({ text: 'pricing', linkedTopic: 'pricing' });
  });

  it('refuses a step or card that is gone', () => {
    expect(() => pinTopic(map, 'nope', 'x', { kind: 'new', text: 'x' })).toThrow(/step/);
    expect(() => pinTopic(map, 's2', 'x', { kind: 'existing', pointId: 'gone' })).toThrow(/pain point/);
  });
});
