import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AttributionAnswer, AttributionPlayer } from '../../api/attribution';
import { AttributionFigures } from './AttributionFigures';
import { defaultSort } from './attributionView';

const hostile = '<img src=x onerror="alert(1)">';

function player(name: string, credit: number): AttributionPlayer {
  return {
    name, touches: 3, conversionsTouched: 2, removalEffectFirstOrder: 0.4, removalEffectSecondOrder: null,
    credits: { firstTouch: credit, lastTouch: credit, linear: credit, timeDecay: credit, positionBased: credit, markovFirstOrder: credit, markovSecondOrder: null, shapley: credit },
  };
}

function answer(over: Partial<AttributionAnswer>): AttributionAnswer {
  return {
    mapId: 'map_1', by: 'channel', from: null, to: null, segmentKey: 'all', segmentName: 'All customers', outcomeStepId: 'stp-pay',
    customers: 9, conversions: 5, conversionsWithoutTouch: 1, touches: 6, players: [player(hostile, 2.5), player('email', 1.5)],
    markovFirstOrderStates: 4, markovSecondOrderStates: 421, shapleyPermutations: null, shapleyError: 0,
    notes: ['Markov second order not computed: 421 states, more than the 300 solved exactly.', '<script>alert(2)</script>'], ...over,
  };
}

function render(a: AttributionAnswer): string {
  return renderToStaticMarkup(createElement(AttributionFigures, {
    answer: a, by: a.by === 'touchpoint' ? 'touchpoint' : 'channel', stepNames: new Map([['stp-pay', `Pay ${hostile}`]]), stepOrder: ['stp-pay'],
    outcomeName: 'Pay', sort: defaultSort('channel'), onSort: () => {}, onShowStep: () => {},
  }));
}

describe('AttributionFigures', () => {
  it('draws a table with a caption, column and row headings, the no-touch row and the totals', () => {
    const html = render(answer({}));
    expect(html).toContain('<caption');
    expect(html.match(/<th scope="col"/g)).toHaveLength(10);
    expect(html.match(/<th scope="row"/g)).toHaveLength(4); // two players, no touch, total
    expect(html).toContain('No touch before');
    expect(html).toMatch(/data-testid="attribution-total".*?>5\.0</);
  });

  it('writes channel names, step names and notes as text, never as markup', () => {
    const html = render(answer({}));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    const steps = render(answer({ by: 'touchpoint', players: [player('stp-pay', 4)], conversionsWithoutTouch: 0, conversions: 4 }));
    expect(steps).not.toContain('<img');
    expect(steps).toContain('Pay &lt;img');
  });

  it('names the models not computed and shows them as dashes', () => {
    const html = render(answer({}));
    expect(html).toContain('Shown as “–”: Markov, second order, not computed for this many channels.');
    expect(html).toContain('not computed, its chain has 421 states');
  });

  it('says what to do when nobody converted in the period, or when the map has no outcome', () => {
    const none = render(answer({ conversions: 0, conversionsWithoutTouch: 0, players: [] }));
    expect(none).toContain('No conversions in this period');
    expect(none).toContain('Pick a longer period or another segment');
    expect(none).not.toContain('<table');
    const noOutcome = render(answer({ outcomeStepId: null, conversions: 0, conversionsWithoutTouch: 0, players: [] }));
    expect(noOutcome).toContain('No outcome to credit');
  });
});
