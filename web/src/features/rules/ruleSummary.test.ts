import { describe, expect, it } from 'vitest';
import { rulesAtStep, triggerSummary, type Names } from './ruleSummary';

const names: Names = {
  step: (id) => ({ s1: 'Browse', s2: 'Checkout' } as Record<string, string>)[id],
  segment: (id) => (id === 'seg1' ? 'Returning buyers' : undefined),
};

describe('triggerSummary', () => {
  it('says a stall with both steps and the time', () => {
    expect(triggerSummary({ kind: 'stalled', stepId: 's1', untilStepId: 's2', withinSeconds: 86_400 }, names))
      .toBe('Stalls after Browse: not at Checkout within 1 day');
  });
  it('names a step that is gone', () => {
    expect(triggerSummary({ kind: 'reached-step', stepId: 'gone' }, names)).toBe('Reaches a deleted step');
  });
  it('says an event with its first filter and how many more', () => {
    expect(triggerSummary({ kind: 'event', activity: 'order_placed', properties: [
      { key: 'total', op: 'gt', value: '100' }, { key: 'coupon', op: 'exists' }] }, names))
      .toBe('Does “order_placed” where total > 100 and 1 more');
  });
  it('says feedback with its conditions', () => {
    expect(triggerSummary({ kind: 'feedback', stepId: 's2', feedback: { scoreMax: 6, sentiment: 'negative' } }, names))
      .toBe('Gives feedback on Checkout (score ≤ 6, negative)');
  });
  it('says a segment by its name', () => {
    expect(triggerSummary({ kind: 'segment-entered', segmentId: 'seg1' }, names)).toBe('Enters Returning buyers');
    expect(triggerSummary({ kind: 'segment-entered', segmentId: 'x' }, names)).toBe('Enters a deleted segment');
  });
});

describe('rulesAtStep', () => {
  const rules = [
    { id: 'a', trigger: { kind: 'stalled' as const, stepId: 's1', untilStepId: 's2' } },
    { id: 'b', trigger: { kind: 'reached-step' as const, stepId: 's2' } },
    { id: 'c', trigger: { kind: 'event' as const, activity: 'x' } },
  ];
  it('keeps the rules that start or end at the step', () => {
    expect(rulesAtStep(rules, 's2').map((r) => r.id)).toEqual(['a', 'b']);
    expect(rulesAtStep(rules, 's1').map((r) => r.id)).toEqual(['a']);
  });
  it('keeps every rule without a step, none for a step nothing names', () => {
    expect(rulesAtStep(rules, undefined)).toHaveLength(3);
    expect(rulesAtStep(rules, 'nowhere')).toEqual([]);
  });
});
