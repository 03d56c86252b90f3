import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../api/model';
import { contrastRatio, parseHex } from '../../../ui/contrast';
import { stepsOf } from '../../map/state/queries';
import { sampleMap } from '../../map/state/testMaps';
import { basedOnCurve, curveLayout, curvesToDraw, formatScore, mainCurveColor } from './curves';

const map = sampleMap();
const lane = map.lanes!.find((l) => l.kind === 'emotionCurve')!;

describe('curves to draw', () => {
  it('draws the main curve and one per persona in its colour', () => {
    const curves = curvesToDraw(map, lane, null);
    expect(curves.map((c) => [c.personaId, c.color])).toEqual([
      [undefined, mainCurveColor], ['per_ana', '#3a6ea5'], ['per_bo', '#b5477a'],
    ]);
  });

  it('deepens a persona colour too pale to see on the lane', () => {
    const pale: JourneyMap = { ...map, personas: map.personas!.map((p, i) => (i === 0 ? { ...p, color: '#ffe680' } : p)) };
    const color = curvesToDraw(pale, lane, null)[1]!.color;
    expect(color).not.toBe('#ffe680');
    expect(contrastRatio(parseHex(color)!, parseHex('#fbfbf5')!)).toBeGreaterThanOrEqual(3);
  });

  it('draws only the filtered persona', () => {
    expect(curvesToDraw(map, lane, 'per_bo').map((c) => c.personaId)).toEqual(['per_bo']);
  });

  it('draws only the main curve on a map without personas', () => {
    const plain: JourneyMap = { ...map, personas: undefined };
    expect(curvesToDraw(plain, lane, null).map((c) => c.name)).toEqual(['Emotion']);
  });
});

describe('the based-on curve', () => {
  it('lines up by step id, or by name when ids differ', () => {
    const future: JourneyMap = {
      ...map,
      stages: [{ id: 'stg_x', name: 'All', steps: [{ id: 'stp_new', name: 'searches ' }, { id: 'stp_2', name: 'Reads' }] }],
    };
    const steps = stepsOf(future);
    expect(basedOnCurve(map, steps, 'per_bo').map((p) => [p.stepId, p.column, p.score])).toEqual([['stp_new', 0, -1], ['stp_2', 1, 0]]);
    expect(basedOnCurve(map, steps, undefined).map((p) => p.stepId)).toEqual(['stp_new']);
    expect(basedOnCurve(undefined, steps, undefined)).toEqual([]);
  });
});

it('signs positive scores on scales around zero', () => {
  expect(formatScore(2, -2)).toBe('+2');
  expect(formatScore(0, -2)).toBe('0');
  expect(formatScore(4, 1)).toBe('4');
});

describe('curve layout', () => {
  const range = { min: -2, max: 2 };
  const band = { top: 0, bottom: 100 };
  const curve = (personaId: string | undefined) => ({ personaId, name: personaId ?? 'main', color: '#000' });
  const pt = (stepId: string, score: number, label?: string) => ({ stepId, stepName: stepId, column: 0, score, label });

  it('nudges the faces of curves that have points apart, symmetric around the centre', () => {
    const layout = curveLayout([
      { curve: curve(undefined), points: [] },
      { curve: curve('a'), points: [pt('s1', 0)] },
      { curve: curve('b'), points: [pt('s1', 0)] },
    ], 'a', range, band);
    expect(layout.offsets.get('a')).toBe(-6);
    expect(layout.offsets.get('b')).toBe(6);
    expect(layout.offsets.has(undefined)).toBe(false);
  });

  it('keeps the active curve\'s labels and quiets colliding ones of the others', () => {
    const layout = curveLayout([
      { curve: curve('a'), points: [pt('s1', 0, 'Calm'), pt('s2', 2, 'Happy')] },
      { curve: curve('b'), points: [pt('s1', 0, 'Tense'), pt('s2', -2, 'Sad')] },
    ], 'b', range, band);
    expect([...layout.quiet.get('b')!]).toEqual([]);
    expect([...layout.quiet.get('a')!]).toEqual(['s1']);
  });
});
