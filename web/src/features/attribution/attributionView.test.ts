import { describe, expect, it } from 'vitest';
import type { AttributionAnswer, AttributionPlayer } from '../../api/attribution';
import { attributionView, defaultSort, emptyReason, formatCredit, models, nextSort, plainNote, totalsAddUp } from './attributionView';

function player(name: string, touches: number, credit: number, over: Partial<AttributionPlayer['credits']> = {}): AttributionPlayer {
  return {
    name, touches, conversionsTouched: Math.ceil(credit),
    credits: {
      firstTouch: credit, lastTouch: credit, linear: credit, timeDecay: credit, positionBased: credit,
      markovFirstOrder: credit, markovSecondOrder: credit, shapley: credit, ...over,
    },
    removalEffectFirstOrder: 0.5, removalEffectSecondOrder: 0.5,
  };
}

function answer(over: Partial<AttributionAnswer> = {}): AttributionAnswer {
  return {
    mapId: 'map_1', by: 'channel', from: null, to: null, segmentKey: 'all', segmentName: 'All customers', outcomeStepId: 'stp-pay',
    customers: 100, conversions: 10, conversionsWithoutTouch: 0, touches: 40,
    players: [player('web', 20, 2.5, { firstTouch: 4 }), player('email', 12, 6.5, { firstTouch: 5 }), player('ads', 8, 1, { firstTouch: 1 })],
    markovFirstOrderStates: 4, markovSecondOrderStates: 10, shapleyPermutations: null, shapleyError: 0,
    notes: ['Exact Shapley.'], ...over,
  };
}

const names = (view: ReturnType<typeof attributionView>) => view.rows.map((r) => r.name);

describe('attributionView', () => {
  it('orders channels by linear credit, largest first, by default', () => {
    const view = attributionView(answer(), new Map(), [], defaultSort('channel'));
    expect(names(view)).toEqual(['email', 'web', 'ads']);
  });

  it('sorts by a model, reverses on a second press and falls back to names on ties', () => {
    const tie = answer({ players: [player('web', 1, 2), player('ads', 1, 2), player('email', 1, 3)] });
    const first = nextSort(defaultSort('channel'), 'shapley');
    expect(first).toEqual({ key: 'shapley', descending: true });
    expect(names(attributionView(tie, new Map(), [], first))).toEqual(['email', 'ads', 'web']);
    const second = nextSort(first, 'shapley');
    expect(names(attributionView(tie, new Map(), [], second))).toEqual(['ads', 'web', 'email']);
    expect(names(attributionView(tie, new Map(), [], nextSort(second, 'name')))).toEqual(['ads', 'email', 'web']);
    expect(names(attributionView(answer(), new Map(), [], { key: 'touches', descending: true }))).toEqual(['web', 'email', 'ads']);
  });

  it('names touchpoints by their step on the map, in map order, and keeps a step the map lost by its id', () => {
    const byStep = answer({ by: 'touchpoint', players: [player('stp-pay', 3, 1), player('stp-gone', 2, 4), player('stp-search', 9, 5)] });
    const stepNames = new Map([['stp-search', 'Search'], ['stp-pay', '<b>Pay</b>']]);
    const view = attributionView(byStep, stepNames, ['stp-search', 'stp-pay'], defaultSort('touchpoint'));
    expect(names(view)).toEqual(['Search', '<b>Pay</b>', 'stp-gone']);
    expect(view.rows.map((r) => r.stepId)).toEqual(['stp-search', 'stp-pay', null]);
  });

  it('totals every model with the conversions no touch preceded, and they add up to the conversions', () => {
    const view = attributionView(answer({ conversions: 12, conversionsWithoutTouch: 2 }), new Map(), [], defaultSort('channel'));
    expect(view.totals.cells.map((c) => c.value)).toEqual([12, 12, 12, 12, 12, 12, 12, 12]);
    expect(view.totals.cells[0]!.text).toBe('12.0');
    expect(totalsAddUp(view.totals)).toBe(true);
    const off = attributionView(answer({ conversions: 11 }), new Map(), [], defaultSort('channel'));
    expect(totalsAddUp(off.totals)).toBe(false);
  });

  it('shows a model not computed as a dash, with no bar and no total, and names it missing', () => {
    const wide = answer({ players: [player('web', 5, 4, { markovSecondOrder: null }), player('ads', 5, 6, { markovSecondOrder: null })] });
    const view = attributionView(wide, new Map(), [], defaultSort('channel'));
    const cell = view.rows[0]!.cells.find((c) => c.model === 'markovSecondOrder')!;
    expect(cell).toMatchObject({ value: null, text: '–', fraction: 0 });
    expect(view.totals.cells.find((c) => c.model === 'markovSecondOrder')!.value).toBeNull();
    expect(view.missing).toEqual(['markovSecondOrder']);
    expect(totalsAddUp(view.totals)).toBe(true);
  });

  it('draws each bar as a share of the largest credit in the table', () => {
    const view = attributionView(answer(), new Map(), [], defaultSort('channel'));
    const email = view.rows.find((r) => r.key === 'email')!;
    expect(email.cells.find((c) => c.model === 'linear')!.fraction).toBe(1);
    const ads = view.rows.find((r) => r.key === 'ads')!;
    expect(ads.cells.find((c) => c.model === 'linear')!.fraction).toBeCloseTo(1 / 6.5);
  });

  it('has a column and an explanation for each of the eight models the server computes', () => {
    expect(models.map((m) => m.id)).toEqual(['firstTouch', 'lastTouch', 'linear', 'timeDecay', 'positionBased', 'markovFirstOrder', 'markovSecondOrder', 'shapley']);
    expect(models.every((m) => m.explain.length > 20)).toBe(true);
  });
});

describe('formatCredit', () => {
  it('writes one decimal with thousands grouped, and a dash for a model not computed', () => {
    expect(formatCredit(1234.56)).toBe('1,234.6');
    expect(formatCredit(0)).toBe('0.0');
    expect(formatCredit(-0.01)).toBe('0.0');
    expect(formatCredit(2 / 3)).toBe('0.7');
    expect(formatCredit(null)).toBe('–');
    expect(formatCredit(Number.NaN)).toBe('–');
  });
});

describe('emptyReason', () => {
  it('tells a map without an outcome from a period without conversions', () => {
    expect(emptyReason(answer({ outcomeStepId: null, conversions: 0, players: [] }))).toBe('noOutcome');
    expect(emptyReason(answer({ conversions: 0, players: [] }))).toBe('noConversions');
    expect(emptyReason(answer())).toBeNull();
  });
});

describe('plainNote', () => {
  it('rewrites the notes it knows in plain words and passes the rest as written', () => {
    expect(plainNote('Markov first order: 9 states, solved exactly.')).toBe('Markov, first order: solved exactly on a chain of 9 states.');
    expect(plainNote('Markov second order not computed: 421 states, more than the 300 solved exactly.'))
      .toBe('Markov, second order: not computed, its chain has 421 states and at most 300 are solved exactly.');
    expect(plainNote('Sampled Shapley: 20,000 permutations (seed 19), each credit within 0.42 conversions of exact.'))
      .toBe('Shapley values: estimated from 20,000 random orders of joining; each is within 0.42 conversions of the exact value.');
    expect(plainNote('Exact Shapley.')).toBe('Shapley values: exact, every group of players counted.');
    expect(plainNote('Time decay: half-life 7 days before the conversion.')).toBe('Time decay: half-life 7 days before the conversion.');
  });
});
