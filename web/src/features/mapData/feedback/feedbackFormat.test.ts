import { describe, expect, it } from 'vitest';
import type { StepFeedback } from '../../../api/feedback';
import { feedbackQueryString } from '../../../api/feedback';
import {
  cesTone, csatTone, emotionMix, formatSentiment, formatSigned, formatSpread, headlineScore, intentList, npsTone, quoteScore,
  scoresOf, sentimentOnScale, sentimentTone,
} from './feedbackFormat';

function step(patch: Partial<StepFeedback> = {}): StepFeedback {
  return {
    stepId: 's1', count: 10, solicited: 4, unsolicited: 6, nps: null, csat: null, ces: null, rating: null, sentiment: null,
    emotions: { joy: 0, trust: 0, anger: 0, fear: 0, sadness: 0, surprise: 0 }, effort: { high: 0, share: 0 },
    intents: { cancel: 0, switch: 0, refund: 0, complaint: 0, praise: 0, question: 0 }, topics: [], measured: null, ...patch,
  };
}

describe('feedback figures', () => {
  it('leads with NPS, else CSAT, else CES, else rating', () => {
    const all = step({
      nps: { score: 12.5, responses: 40, promoters: 15, passives: 15, detractors: 10 },
      csat: { score: 0.8, mean: 4.1, responses: 30 }, ces: { mean: 5.2, responses: 10 }, rating: { mean: 4.2, responses: 5 },
    });
    expect(scoresOf(all).map((s) => s.kind)).toEqual(['nps', 'csat', 'ces', 'rating']);
    expect(headlineScore(all)).toMatchObject({ kind: 'nps', value: '+13', raw: 12.5 });
    expect(headlineScore(step({ csat: { score: 0.8, mean: 4.1, responses: 30 }, ces: { mean: 5.2, responses: 10 } })))
      .toMatchObject({ kind: 'csat', value: '80%' });
    expect(headlineScore(step({ ces: { mean: 5.24, responses: 10 } }))).toMatchObject({ kind: 'ces', value: '5.2' });
    expect(headlineScore(step({ rating: { mean: 4.25, responses: 3 } }))).toMatchObject({ kind: 'rating', value: '4.3★' });
    expect(headlineScore(step())).toBeNull();
    // A score block without answers is not a score.
    expect(headlineScore(step({ nps: { score: 0, responses: 0, promoters: 0, passives: 0, detractors: 0 }, ces: { mean: 3, responses: 2 } })))
      .toMatchObject({ kind: 'ces' });
  });

  it('says CES is higher-is-easier in its definition', () => {
    expect(headlineScore(step({ ces: { mean: 6, responses: 20 } }))?.definition).toMatch(/higher is easier/);
  });

  it('colours only what means something: enough answers and a clear level', () => {
    expect(npsTone(-40, 50)).toBe('bad');
    expect(npsTone(-5, 50)).toBe('warn');
    expect(npsTone(10, 50)).toBe('neutral');
    expect(npsTone(45, 50)).toBe('good');
    expect(npsTone(-80, 3)).toBe('neutral');
    expect(csatTone(0.5, 20)).toBe('bad');
    expect(csatTone(0.7, 20)).toBe('warn');
    expect(cesTone(3.2, 20)).toBe('bad');
    expect(cesTone(6.5, 20)).toBe('good');
    expect(sentimentTone(-0.5, 30)).toBe('bad');
    expect(sentimentTone(-0.1, 30)).toBe('warn');
    expect(sentimentTone(0, 30)).toBe('neutral');
    expect(sentimentTone(0.6, 30)).toBe('good');
    expect(sentimentTone(-0.9, 2)).toBe('neutral');
  });

  it('formats signed scores and sentiment with a real minus sign', () => {
    expect(formatSigned(12.4)).toBe('+12');
    expect(formatSigned(-8.6)).toBe('−9');
    expect(formatSigned(0.2)).toBe('0');
    expect(formatSentiment(-0.424)).toBe('−0.42');
    expect(formatSentiment(0.18)).toBe('+0.18');
    expect(formatSentiment(0.001)).toBe('0.00');
    expect(formatSpread(0.4)).toBe('0.40');
  });

  it('carries sentiment onto every emotion scale as the server does', () => {
    expect(sentimentOnScale(-0.5, { min: -2, max: 2 })).toBeCloseTo(-1);
    expect(sentimentOnScale(0.5, { min: 1, max: 5 })).toBeCloseTo(4);
    expect(sentimentOnScale(-1, { min: 1, max: 10 })).toBeCloseTo(1);
    expect(sentimentOnScale(0.2, { min: 1, max: 10 })).toBeCloseTo(6.4);
    expect(sentimentOnScale(0.3, { min: -5, max: 5 })).toBeCloseTo(1.5);
    expect(sentimentOnScale(3, { min: -2, max: 2 })).toBe(2);
  });

  it('orders the emotion mix by share and drops empty emotions', () => {
    expect(emotionMix({ joy: 0.1, trust: 0.2, anger: 0.4, fear: 0.1, sadness: 0.2, surprise: 0 }).map((e) => e.emotion))
      .toEqual(['anger', 'trust', 'sadness', 'joy', 'fear']);
    expect(emotionMix(undefined)).toEqual([]);
  });

  it('lists intents found, risky ones first', () => {
    expect(intentList({ cancel: 3, switch: 0, refund: 0, complaint: 5, praise: 8, question: 2 }))
      .toEqual([{ intent: 'cancel', count: 3 }, { intent: 'complaint', count: 5 }, { intent: 'question', count: 2 }, { intent: 'praise', count: 8 }]);
  });

  it('shows a quote’s score on its own scale', () => {
    expect(quoteScore('nps', 3)).toBe('NPS 3');
    expect(quoteScore('csat', 2)).toBe('CSAT 2/5');
    expect(quoteScore('ces', 6)).toBe('CES 6/7');
    expect(quoteScore('rating', 4)).toBe('4/5★');
    expect(quoteScore('none', null)).toBe('');
    expect(quoteScore(null, 5)).toBe('');
  });

  it('asks with the overlay’s period and segment, leaving out what is not set', () => {
    expect(feedbackQueryString({})).toBe('');
    expect(feedbackQueryString({ from: '2026-11-01T00:00:00.000Z', to: null, segment: 'seg 1', window: 24 }))
      .toBe('?from=2026-11-01T00%3A00%3A00.000Z&segment=seg+1&window=24');
  });
});
