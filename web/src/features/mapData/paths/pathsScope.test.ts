import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../api/segments';
import { pathsScope } from './pathsScope';

const pro = { id: 'seg_pro', name: 'Pro teams', conditions: { attributes: [], did: [], didNot: [], channels: [] }, updatedAt: '' } as Segment;
const now = new Date('2026-11-27T15:00:00Z');

describe('pathsScope', () => {
  it('covers everything while the data view is off', () => {
    expect(pathsScope(false, { preset: '7d' }, 'seg_pro', [pro], now)).toEqual({ query: {}, label: 'All time, all customers' });
  });

  it('follows the data view range and segment', () => {
    const scope = pathsScope(true, { preset: '7d' }, 'seg_pro', [pro], now);
    expect(scope.query).toEqual({ from: '2026-11-21T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z', segment: 'seg_pro' });
    expect(scope.label).toBe('Last 7 days, segment “Pro teams”');
  });

  it('leaves out a segment that no longer exists', () => {
    expect(pathsScope(true, { preset: 'all' }, 'seg_gone', [pro], now)).toEqual({ query: {}, label: 'All time, all customers' });
  });
});
