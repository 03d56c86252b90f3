import { describe, expect, it } from 'vitest';
import type { LiveStep, LiveView } from './liveApi';
import { asOf, chipFor, legendFor, noStallRules } from './liveText';

const stall = { id: 'r1', name: 'Nudge', kind: 'stalled', enabled: true, untilHere: false };
const step = (stepId: string, inFlight: number, stalledNow: number, rules: LiveStep['rules']): LiveStep => ({ stepId, inFlight, stalledNow, rules });
const view = (...steps: LiveStep[]): LiveView => ({ at: '2026-12-07T12:04:10Z', steps });

describe('chipFor', () => {
  it('counts a step with a stall rule from it, and says what each figure is', () => {
    const chip = chipFor(step('a', 3, 1, [stall]))!;
    expect(chip).toMatchObject({ measured: true, inFlight: 3, stalled: 1, rulesOn: 1, rulesAll: 1 });
    expect(chip.label).toBe('3 customers in flight: reached the step, its stall rule’s wait not over; 1 customer stalled in the last 24 h');
    expect(chip.label).not.toMatch(/at this step/);
  });
  it('shows zeros as measured when a stall rule starts here', () => {
    expect(chipFor(step('a', 0, 0, [stall]))!.measured).toBe(true);
  });
  it('does not measure a step that only ends a stall rule or has other rules', () => {
    const chip = chipFor(step('b', 0, 0, [{ ...stall, untilHere: true }, { id: 'r2', name: 'Thanks', kind: 'reached-step', enabled: false, untilHere: false }]))!;
    expect(chip.measured).toBe(false);
    expect(chip.label).toBe('No stall rule from this step: nothing is counted here');
    expect(chip.rulesAll).toBe(2);
    expect(chip.rulesOn).toBe(1);
    expect(chip.rulesLabel).toBe('1 rule on at this step (1 off): show them');
  });
  it('keeps counts of a rule switched off (its stalls of the last day still happened)', () => {
    expect(chipFor(step('a', 0, 2, [{ ...stall, enabled: false }]))).toMatchObject({ measured: true, stalled: 2, rulesOn: 0 });
  });
  it('has nothing for a step the view does not know', () => {
    expect(chipFor(undefined)).toBeNull();
  });
});

describe('legendFor', () => {
  it('says how to get figures when no step has a stall rule, instead of zeros', () => {
    const legend = legendFor(view(step('a', 0, 0, []), step('b', 0, 0, [{ ...stall, kind: 'reached-step' }])));
    expect(legend.noStallRules).toBe(true);
    expect(noStallRules).toBe('In flight is counted for steps with a stall rule — add one from the step’s menu');
  });
  it('notes unmeasured steps and adds up the measured ones', () => {
    const legend = legendFor(view(step('a', 3, 1, [stall]), step('b', 0, 0, [{ ...stall, untilHere: true }]), step('c', 2, 0, [stall])));
    expect(legend).toEqual({ noStallRules: false, someUnmeasured: true, inFlight: 5, stalled: 1 });
  });
  it('has no note when every step is measured', () => {
    expect(legendFor(view(step('a', 0, 0, [stall]))).someUnmeasured).toBe(false);
  });
});

describe('asOf', () => {
  it('writes the time of the figures to the second', () => {
    expect(asOf('2026-12-07T12:04:10Z', 'UTC')).toBe('as of 12:04:10');
    expect(asOf(new Date('2026-12-07T23:59:05Z'), 'UTC')).toBe('as of 23:59:05');
  });
  it('writes nothing for a time it cannot read', () => {
    expect(asOf('not a time')).toBe('');
  });
});
