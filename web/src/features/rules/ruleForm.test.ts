import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, errorAt, reachDraft, requestOf, serverErrors, stallDraft, unplacedErrors } from './ruleForm';
import type { Rule } from './rulesApi';

const steps = new Set(['s1', 's2', 's3']);
const browse = { id: 's1', name: 'Browse' };
const checkout = { id: 's2', name: 'Checkout' };

describe('stallDraft', () => {
  it('is A = this step, B = the next one, within 1 day', () => {
    const d = stallDraft(browse, checkout);
    expect(d).toMatchObject({ kind: 'stalled', stepId: 's1', untilStepId: 's2', within: '1', withinUnit: 'days', name: 'Stalled after Browse' });
    expect(requestOf(d).trigger).toEqual({ kind: 'stalled', stepId: 's1', untilStepId: 's2', withinSeconds: 86_400 });
  });
  it('leaves B to pick on the last step', () => {
    expect(checkDraft(stallDraft(checkout, undefined), steps)['trigger.untilStepId']).toMatch(/Pick the step/);
  });
});

describe('checkDraft', () => {
  it('passes a prefilled rule', () => {
    expect(checkDraft(stallDraft(browse, checkout), steps)).toEqual({});
    expect(checkDraft(reachDraft(checkout), steps)).toEqual({});
  });
  it('names the stall window outside one minute to one year', () => {
    expect(checkDraft({ ...stallDraft(browse, checkout), within: '30', withinUnit: 'minutes' }, steps)).toEqual({});
    expect(checkDraft({ ...stallDraft(browse, checkout), within: '0.5', withinUnit: 'minutes' }, steps)['trigger.withinSeconds']).toMatch(/one minute/);
    expect(checkDraft({ ...stallDraft(browse, checkout), within: '366', withinUnit: 'days' }, steps)['trigger.withinSeconds']).toMatch(/one year/);
    expect(checkDraft({ ...stallDraft(browse, checkout), within: 'soon' }, steps)['trigger.withinSeconds']).toMatch(/number/);
  });
  it('names the same step twice and a deleted step', () => {
    expect(checkDraft({ ...stallDraft(browse, checkout), untilStepId: 's1' }, steps)['trigger.untilStepId']).toMatch(/other than/);
    expect(checkDraft({ ...reachDraft(checkout), stepId: 'gone' }, steps)['trigger.stepId']).toMatch(/no longer on the map/);
  });
  it('names an empty, long or control-character name', () => {
    expect(checkDraft({ ...reachDraft(checkout), name: '  ' }, steps).name).toMatch(/Name the rule/);
    expect(checkDraft({ ...reachDraft(checkout), name: 'x'.repeat(121) }, steps).name).toMatch(/121 characters/);
    expect(checkDraft({ ...reachDraft(checkout), name: 'a\u0007b' }, steps).name).toMatch(/control/);
  });
  it('keeps markup in a name as text to send', () => {
    const d = { ...reachDraft(checkout), name: '<script>alert(1)</script>' };
    expect(checkDraft(d, steps)).toEqual({});
    expect(requestOf(d).name).toBe('<script>alert(1)</script>');
  });
  it('names attribute rows by their index', () => {
    const d = { ...reachDraft(checkout), attributes: [{ key: 'plan', op: 'eq' as const, value: 'pro' }, { key: '', op: 'eq' as const, value: 'x' },
      { key: 'age', op: 'gt' as const, value: 'old' }] };
    expect(checkDraft(d, steps)).toEqual({
      'conditions.attributes[1].key': 'Name the property.', 'conditions.attributes[2].value': 'Greater and less than compare numbers.',
    });
  });
  it('asks for an action and a sane daily cap', () => {
    const e = checkDraft({ ...reachDraft(checkout), activityFeed: false, maxPerDay: '0' }, steps);
    expect(e.actions).toMatch(/at least one action/);
    expect(e['frequency.maxPerDay']).toMatch(/whole number from 1 to 10,000/);
    expect(checkDraft({ ...reachDraft(checkout), maxPerDay: '10001' }, steps)['frequency.maxPerDay']).toMatch(/10,000/);
    expect(checkDraft({ ...reachDraft(checkout), maxPerDay: '10000' }, steps)).toEqual({});
  });
  it('checks the fields of the chosen kind only', () => {
    expect(checkDraft({ ...reachDraft(checkout), kind: 'event' }, steps)).toEqual({ 'trigger.activity': 'Name the activity the event must have.' });
    expect(checkDraft({ ...reachDraft(checkout), kind: 'segment-entered' }, steps)).toEqual({ 'trigger.segmentId': 'Pick a segment.' });
    expect(checkDraft({ ...reachDraft(checkout), kind: 'feedback', scoreMin: '8', scoreMax: '3' }, steps))
      .toEqual({ 'trigger.feedback.scoreMax': 'The highest score is at least the lowest.' });
  });
});

describe('requestOf and draftOf', () => {
  it('round-trip a saved rule', () => {
    const rule: Rule = {
      ...requestOf({ ...stallDraft(browse, checkout), within: '36', withinUnit: 'hours', reentry: 'after', reentryAfter: '2', reentryUnit: 'days',
        maxPerDay: '3', webhookEndpointIds: ['whk_1'], attributes: [{ key: 'plan', op: 'exists', value: 'ignored' }] }),
      id: 'rul_1', mapId: 'map_1', createdAt: '', updatedAt: '', createdBy: 'A', firings24h: 0, firingsTotal: 0, state: 'off', problem: null, lastFiredAt: null,
    };
    expect(rule.trigger.withinSeconds).toBe(129_600);
    expect(rule.frequency).toEqual({ reentry: 'after', reentryAfterSeconds: 172_800, maxPerDay: 3 });
    expect(rule.conditions.attributes).toEqual([{ key: 'plan', op: 'exists' }]);
    const back = draftOf(rule);
    expect(back).toMatchObject({ within: '36', withinUnit: 'hours', reentryAfter: '2', reentryUnit: 'days', maxPerDay: '3', webhookEndpointIds: ['whk_1'] });
    expect(requestOf(back)).toEqual(requestOf(draftOf(rule)));
  });
});

describe('server errors', () => {
  const errors = serverErrors({ '$.trigger.withinSeconds': ['too long'], 'Actions.WebhookEndpointIds[0]': ['not in this workspace'], '': ['general'], weird: ['x'] });
  it('normalise paths to the form\'s', () => {
    expect(errors['trigger.withinSeconds']).toBe('too long');
    expect(errors['actions.webhookEndpointIds[0]']).toBe('not in this workspace');
  });
  it('reach the field that holds the path', () => {
    expect(errorAt(errors, 'actions.webhookEndpointIds')).toBe('not in this workspace');
    expect(errorAt(errors, 'actions')).toBe('not in this workspace');
    expect(errorAt(errors, 'trigger.within')).toBeUndefined();
  });
  it('list what no field shows', () => {
    expect(unplacedErrors(errors, ['trigger.withinSeconds', 'actions'])).toEqual(['general', 'weird: x']);
  });
});
