import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../api/model';
import { emotionSeries, neutralY, seriesPoints, smoothPath, stageBands } from './miniature';

const map: JourneyMap = {
  schemaVersion: 1, id: 'm', name: 'M',
  stages: [
    { id: 's1', name: 'Aware', steps: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
    { id: 's2', name: 'Buy', steps: [{ id: 'c', name: 'C' }] },
    { id: 's3', name: 'Empty' },
  ],
  lanes: [
    { id: 'l1', kind: 'actions', title: 'Do' },
    { id: 'l2', kind: 'emotionCurve', title: 'Feel', cells: {
      a: { emotions: [{ score: 2 }] },
      c: { emotions: [{ score: -2, personaId: 'p1' }, { score: 0, personaId: 'p2' }] },
    } },
  ],
};

describe('template miniature', () => {
  it('sizes stage bands by their steps, empty stages included', () => {
    expect(stageBands(map)).toEqual([
      { id: 's1', name: 'Aware', steps: 2 }, { id: 's2', name: 'Buy', steps: 1 }, { id: 's3', name: 'Empty', steps: 0 },
    ]);
  });

  it('gives one score per step, null for gaps, the mean where personas differ', () => {
    expect(emotionSeries(map)).toEqual([2, null, -1]);
    expect(emotionSeries({ ...map, lanes: [] })).toEqual([null, null, null]);
  });

  it('places points at column centres with high scores on top', () => {
    const pts = seriesPoints([2, null, -2], { min: -2, max: 2 }, 300, 100, 0);
    expect(pts).toEqual([{ x: 50, y: 0 }, { x: 250, y: 100 }]);
    expect(neutralY({ min: -2, max: 2 }, 100, 0)).toBe(50);
    expect(neutralY({ min: 1, max: 5 }, 100, 0)).toBe(50);
  });

  it('clamps scores outside the scale', () => {
    expect(seriesPoints([9], { min: -2, max: 2 }, 10, 10, 0)).toEqual([{ x: 5, y: 0 }]);
  });

  it('draws a smooth path through the points', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 0, y: 10 }])).toBe('M0 10');
    expect(smoothPath([{ x: 0, y: 10 }, { x: 30, y: 0 }])).toBe('M0 10 C10 6.7 20 3.3 30 0');
    // A peak in the middle gets a flat tangent, so the curve does not overshoot it.
    expect(smoothPath([{ x: 0, y: 10 }, { x: 30, y: 0 }, { x: 60, y: 10 }])).toBe('M0 10 C10 6.7 20 0 30 0 C40 0 50 6.7 60 10');
  });
});
