import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../api/model';
import { sampleMap } from '../../map/state/testMaps';
import { isHexColor, nextPersonaColor, personaColors, personaFromLibrary, personaUsage } from './personas';

describe('map personas', () => {
  it('counts the lanes and curve points a persona has', () => {
    const map = sampleMap();
    expect(personaUsage(map, 'per_bo')).toEqual({ lanes: 1, points: 2 });
    expect(personaUsage(map, 'per_ana')).toEqual({ lanes: 0, points: 0 });
  });

  it('copies only persona fields from a library document', () => {
    const doc = { schemaVersion: 1, id: 'per_x', name: 'Xi', quote: 'Hi', extra: true } as unknown as Persona & Record<string, unknown>;
    expect(personaFromLibrary(doc)).toEqual({ id: 'per_x', name: 'Xi', quote: 'Hi' });
  });

  it('picks an unused colour for a new persona', () => {
    const map = sampleMap();
    expect(nextPersonaColor(map)).toBe(personaColors[0]);
    const taken = { ...map, personas: personaColors.map((color, i) => ({ id: `p${i}`, name: 'P', color })) };
    expect(personaColors).toContain(nextPersonaColor(taken));
  });

  it('accepts #rrggbb colours only', () => {
    expect(isHexColor('#4f6bed')).toBe(true);
    expect(isHexColor('4f6bed')).toBe(false);
    expect(isHexColor('#fff')).toBe(false);
  });
});
