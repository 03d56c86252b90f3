import { describe, expect, it } from 'vitest';
import type { MapFeedback, StepFeedback } from '../../../api/feedback';
import { measuredPoints } from './measured';

const refs = [
  { step: { id: 's1', name: 'Sign up' }, column: 0 },
  { step: { id: 's2', name: 'Connect data' }, column: 1 },
  { step: { id: 's3', name: 'Invite team' }, column: 3 },
];

function stepFigures(stepId: string, mean: number | null, texts = 10): StepFeedback {
  return {
    stepId, count: texts, solicited: 0, unsolicited: texts, nps: null, csat: null, ces: null, rating: null,
    sentiment: mean === null ? null : { mean, sd: 0.3, texts, negative: 0, neutral: 0, positive: 0 },
    emotions: { joy: 0, trust: 0, anger: 0, fear: 0, sadness: 0, surprise: 0 }, effort: { high: 0, share: 0 },
    intents: { cancel: 0, switch: 0, refund: 0, complaint: 0, praise: 0, question: 0 }, topics: [], measured: null,
  };
}

function feedback(steps: StepFeedback[], curve: MapFeedback['curve'] = []): MapFeedback {
  return { items: 30, placed: 30, unplaced: 0, byMethod: { step: 30, activity: 0, event: 0, keyword: 0 }, steps, curve };
}

describe('measured emotion curve', () => {
  it('puts each step’s mean sentiment on the map’s scale at its column, skipping steps without texts', () => {
    const result = feedback([stepFigures('s3', 0.5), stepFigures('s1', -0.25), stepFigures('s2', null)]);
    const points = measuredPoints(result, refs, { min: 1, max: 5 });
    expect(points.map((p) => [p.stepId, p.column, p.value])).toEqual([['s1', 0, 2.5], ['s3', 3, 4]]);
    expect(points[0]).toMatchObject({ sentiment: -0.25, texts: 10, stepName: 'Sign up' });
  });

  it('follows the current scale, so a scale changed since the last save still lines up', () => {
    const result = feedback([stepFigures('s1', -0.25)]);
    expect(measuredPoints(result, refs, { min: -2, max: 2 })[0]?.value).toBeCloseTo(-0.5);
    expect(measuredPoints(result, refs, { min: 1, max: 10 })[0]?.value).toBeCloseTo(4.375);
  });

  it('uses the curve’s value when a step has no sentiment block, and nothing without data', () => {
    const result = feedback([], [{ stepId: 's2', designed: 1, measured: -1, texts: 4 }, { stepId: 's3', designed: null, measured: null, texts: 0 }]);
    expect(measuredPoints(result, refs, { min: -2, max: 2 })).toEqual([
      { stepId: 's2', stepName: 'Connect data', column: 1, value: -1, sentiment: -0.5, texts: 4 },
    ]);
    expect(measuredPoints(null, refs, { min: -2, max: 2 })).toEqual([]);
  });
});
