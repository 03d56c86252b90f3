import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../api/model';
import type { WhatIfAnswer } from '../../api/whatif';
import { describeAnswered, describeQuestion, direction, emptyReason, formatChange, formatCustomers, formatInterval, funnelChoices, readAmount } from './whatIfView';

const bound = (id: string, name: string) => ({ id, name, binding: { activities: [name] } });

function mapOf(extra: Partial<JourneyMap> = {}): JourneyMap {
  return {
    id: 'map_1', name: 'Map', lanes: [],
    stages: [
      { id: 'stg_1', name: 'One', steps: [bound('stp_a', 'Ad'), { id: 'stp_note', name: 'Note' }] },
      { id: 'stg_2', name: 'Two', steps: [bound('stp_b', 'Visit'), bound('stp_c', 'Pay'), bound('stp_d', 'Return')] },
    ],
    ...extra,
  } as unknown as JourneyMap;
}

function answerOf(over: Partial<WhatIfAnswer> = {}): WhatIfAnswer {
  return {
    mapId: 'map_1', kind: 'conversion', points: 10, waitSeconds: null, from: null, to: null, segmentKey: 'all', segmentName: 'All customers',
    outcomeStepId: 'stp_d', measured: { entries: 10, outcome: 3 }, projected: { outcome: 3.5, low: 1.5, high: 5.5 },
    change: { outcome: 0.5, low: 0.2, high: 0.9 },
    step: { id: 'stp_a', label: 'Ad', nextStepId: 'stp_b', reached: 10, conversion: 0.6, medianWaitSeconds: 1800, waiting: 4 },
    resamples: 500, notes: [], ...over,
  };
}

describe('funnelChoices', () => {
  it('lists the bound steps before the outcome, in map order', () => {
    expect(funnelChoices(mapOf()).map((c) => c.id)).toEqual(['stp_a', 'stp_b', 'stp_c']);
  });

  it('starts at the entry and ends before the outcome the map names', () => {
    expect(funnelChoices(mapOf({ entryStepId: 'stp_b', outcomeStepId: 'stp_c' })).map((c) => c.id)).toEqual(['stp_b']);
  });

  it('offers nothing with one bound step', () => {
    const map = mapOf({ stages: [{ id: 's', name: 'S', steps: [bound('stp_a', 'Ad'), { id: 'n', name: 'N' }] }] });
    expect(funnelChoices(map)).toEqual([]);
  });

  it('names an unnamed step', () => {
    const map = mapOf({ stages: [{ id: 's', name: 'S', steps: [bound('stp_a', ' '), bound('stp_b', 'B')] }] });
    expect(funnelChoices(map)).toEqual([{ id: 'stp_a', name: 'Untitled step' }]);
  });
});

describe('readAmount', () => {
  it('reads points within -100..100', () => {
    expect(readAmount({ kind: 'conversion', points: '12.5', wait: '', unit: 'hours' })).toEqual({ points: 12.5 });
    expect(readAmount({ kind: 'conversion', points: '-100', wait: '', unit: 'hours' })).toEqual({ points: -100 });
  });

  it.each(['1000', '', 'abc', '101', 'Infinity'])('refuses points %s', (points) => {
    expect(readAmount({ kind: 'conversion', points, wait: '', unit: 'hours' }).error).toBe('Enter points from −100 to 100.');
  });

  it('turns the wait into seconds by its unit', () => {
    expect(readAmount({ kind: 'wait', points: '', wait: '2', unit: 'hours' })).toEqual({ waitSeconds: 7200 });
    expect(readAmount({ kind: 'wait', points: '', wait: '1.5', unit: 'days' })).toEqual({ waitSeconds: 129_600 });
  });

  it('refuses a wait of zero or less, or above a year', () => {
    expect(readAmount({ kind: 'wait', points: '', wait: '-1', unit: 'minutes' }).error).toBe('Enter a wait above zero.');
    expect(readAmount({ kind: 'wait', points: '', wait: '0', unit: 'minutes' }).error).toBe('Enter a wait above zero.');
    expect(readAmount({ kind: 'wait', points: '', wait: '366', unit: 'days' }).error).toBe('Enter a wait of at most a year.');
    expect(readAmount({ kind: 'wait', points: '', wait: '365', unit: 'days' })).toEqual({ waitSeconds: 31_536_000 });
  });
});

describe('formatting', () => {
  it('writes customers as the overlay counts them from 10 up, one decimal below', () => {
    expect(formatCustomers(12_034.4)).toBe('12,034');
    expect(formatCustomers(2_400_000)).toBe('2.4M');
    expect(formatCustomers(3.46)).toBe('3.5');
    expect(formatCustomers(3)).toBe('3');
    expect(formatCustomers(0.04)).toBe('0');
  });

  it('signs a change with a true minus, and no sign for none', () => {
    expect(formatChange(12.2)).toBe('+12');
    expect(formatChange(-3.5)).toBe('−3.5');
    expect(formatChange(0)).toBe('±0');
    expect(formatInterval(-0.5, 4)).toBe('−0.5 to +4');
  });

  it('says the question in words', () => {
    expect(describeQuestion('conversion', 'Checkout', '10', 'hours')).toBe('If the conversion at Checkout rose by 10 points');
    expect(describeQuestion('conversion', 'Checkout', '-1', 'hours')).toBe('If the conversion at Checkout fell by 1 point');
    expect(describeQuestion('wait', 'Checkout', '2', 'hours')).toBe('If the wait after Checkout were 2 hours shorter');
    expect(describeQuestion('wait', 'Checkout', '1', 'days')).toBe('If the wait after Checkout were 1 day shorter');
  });

  it('says the question an answer is for, the wait in the chosen unit', () => {
    expect(describeAnswered(answerOf({ kind: 'wait', points: null, waitSeconds: 5400 }), 'Ad', 'hours')).toBe('If the wait after Ad were 1.5 hours shorter');
    expect(describeAnswered(answerOf(), 'Ad', 'hours')).toBe('If the conversion at Ad rose by 10 points');
  });
});

describe('the answer', () => {
  it('is empty when nobody entered, or nobody reached the step', () => {
    expect(emptyReason(answerOf({ measured: { entries: 0, outcome: 0 } }))).toBe('noEntries');
    expect(emptyReason(answerOf({ step: { ...answerOf().step, reached: 0 } }))).toBe('nobodyAtStep');
    expect(emptyReason(answerOf())).toBeNull();
  });

  it('reads the interval: clearly up, clearly down, or could be none', () => {
    expect(direction(answerOf())).toBe('up');
    expect(direction(answerOf({ change: { outcome: -1, low: -2, high: -0.1 } }))).toBe('down');
    expect(direction(answerOf({ change: { outcome: 0.2, low: -0.1, high: 0.5 } }))).toBe('unclear');
    expect(direction(answerOf({ change: { outcome: 0, low: 0, high: 0 } }))).toBe('unclear');
  });
});
