import { describe, expect, it } from 'vitest';
import { serviceLinesAbove } from './serviceLines';

describe('serviceLinesAbove', () => {
  it('draws all three lines of a full blueprint between the right lanes', () => {
    const lines = serviceLinesAbove(['touchpoints', 'actions', 'frontstage', 'backstage', 'supportProcesses']);
    expect([...lines]).toEqual([[2, ['interaction']], [3, ['visibility']], [4, ['internalInteraction']]]);
  });

  it('draws no line on a plain journey map', () => {
    expect(serviceLinesAbove(['actions', 'thoughts', 'emotionCurve']).size).toBe(0);
  });

  it('draws only the lines with lanes on both sides', () => {
    // No customer lane above the frontstage: no line of interaction; no backstage: no line of internal interaction.
    expect([...serviceLinesAbove(['frontstage', 'supportProcesses'])]).toEqual([[1, ['visibility']]]);
    expect([...serviceLinesAbove(['actions', 'frontstage'])]).toEqual([[1, ['interaction']]]);
    expect([...serviceLinesAbove(['backstage', 'actions'])]).toEqual([]);
  });

  it('keeps the line of interaction above the line of visibility', () => {
    expect([...serviceLinesAbove(['actions', 'backstage', 'frontstage'])]).toEqual([[1, ['visibility']]]);
  });
});
