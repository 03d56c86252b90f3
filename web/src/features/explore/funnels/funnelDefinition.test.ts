import { describe, expect, it } from 'vitest';
import { move } from '../steps/stepRefs';
import { defaultDefinition, definitionBody, definitionSearch, parseDefinition, type FunnelDefinition } from './funnelDefinition';

describe('funnel definition', () => {
  const full: FunnelDefinition = {
    steps: [{ stepId: 'stp_1' }, { activity: 'Paid, annual' }, { activity: 'a:b' }],
    mode: 'strict',
    window: { value: 7, unit: 'd' },
    exclusions: [{ ref: { activity: 'Asked @ help' }, after: 1 }],
    breakdown: { by: 'attribute', attribute: 'plan' },
    top: 3,
    over: 'month',
  };

  it('round-trips through the address and keeps the scope’s keys', () => {
    const search = definitionSearch(full, '?period=30d&map=map_1');
    expect(search.startsWith('?period=30d&map=map_1&steps=')).toBe(true);
    expect(parseDefinition(search)).toEqual(full);
  });

  it('reads a map’s link (?map=&steps=) and ignores what it cannot read', () => {
    const d = parseDefinition('?map=m&steps=s%3Astp_a,s%3Astp_b,x%3Aoops&mode=sideways&window=0d&top=99&exclude=junk');
    expect(d).toEqual({ ...defaultDefinition, steps: [{ stepId: 'stp_a' }, { stepId: 'stp_b' }] });
    expect(definitionSearch(defaultDefinition, '')).toBe('');
  });

  it('becomes the API’s body: window in seconds, exclusions between steps only', () => {
    const body = definitionBody({ ...full, exclusions: [...full.exclusions, { ref: { stepId: 'stp_x' }, after: 2 }] });
    expect(body.windowSeconds).toBe(7 * 86_400);
    expect(body.steps).toEqual([{ stepId: 'stp_1', activity: null }, { stepId: null, activity: 'Paid, annual' }, { stepId: null, activity: 'a:b' }]);
    expect(body.exclusions).toEqual([{ stepId: null, activity: 'Asked @ help', after: 1 }]);
    expect(body.breakdown).toEqual({ by: 'attribute', attribute: 'plan', limit: 3, segments: null });
  });

  it('moves a step up and down', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
