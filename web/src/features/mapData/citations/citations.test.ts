import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../api/model';
import { addCitation, alreadyCites, citingCards, maxCitations, newCitation, removeCitation, type CitationDraft } from './citations';

const map: JourneyMap = {
  schemaVersion: 1, id: 'map_1', name: 'Trial',
  stages: [{ id: 'stg_1', name: 'Try', steps: [{ id: 'stp_1', name: 'Signs up' }, { id: 'stp_2', name: 'Invites' }] }],
  lanes: [
    { id: 'lan_p', kind: 'painPoints', title: 'Pains', cells: { stp_1: { painPoints: [{ id: 'pp_1', text: 'Card too early' }, { id: 'pp_2', text: 'Slow' }] } } },
    { id: 'lan_i', kind: 'ideas', title: 'Ideas', cells: { stp_1: { ideas: [{ id: 'idea_1', text: 'No card' }] } } },
    { id: 'lan_m', kind: 'momentsOfTruth', title: 'Moments', cells: { stp_1: { momentOfTruth: {} }, stp_2: {} } },
    { id: 'lan_t', kind: 'thoughts', title: 'Thinks', cells: { stp_1: { text: 'Hmm' } } },
  ],
};

const quote: CitationDraft = { kind: 'quote', text: '<b>Why</b> a card?', feedbackId: 'fb_1', source: 'review' };

describe('citingCards', () => {
  it('lists pain points, ideas and a marked moment of truth of the step, in lane order', () => {
    expect(citingCards(map, 'stp_1').map((c) => `${c.kind}:${c.itemId ?? '-'}`)).toEqual(['painPoint:pp_1', 'painPoint:pp_2', 'idea:idea_1', 'momentOfTruth:-']);
  });

  it('finds nothing on a step without such cards', () => {
    expect(citingCards(map, 'stp_2')).toEqual([]);
  });
});

describe('addCitation and removeCitation', () => {
  const cell = map.lanes![0]!.cells!.stp_1;
  const citation = newCitation(quote, new Date(2026, 11, 7), 'cit_1');

  it('adds to the one pain point, dated today, and never twice', () => {
    const once = addCitation(cell, { kind: 'painPoint', itemId: 'pp_2' }, citation);
    const twice = addCitation(once, { kind: 'painPoint', itemId: 'pp_2' }, { ...citation, id: 'cit_2' });
    expect(twice?.painPoints?.[1]?.citations).toEqual([{ id: 'cit_1', kind: 'quote', text: '<b>Why</b> a card?', feedbackId: 'fb_1', source: 'review', citedOn: '2026-12-07' }]);
    expect(twice?.painPoints?.[0]?.citations).toBeUndefined();
    expect(alreadyCites(twice?.painPoints?.[1]?.citations ?? [], quote)).toBe(true);
  });

  it('adds to a moment of truth and removes back to the canonical empty form', () => {
    const moment = map.lanes![2]!.cells!.stp_1;
    const added = addCitation(moment, { kind: 'momentOfTruth', itemId: null }, citation);
    expect(added?.momentOfTruth?.citations).toHaveLength(1);
    expect(removeCitation(added, { kind: 'momentOfTruth', itemId: null }, 'cit_1')).toEqual({ momentOfTruth: {} });
  });

  it('stops at the file format limit', () => {
    const full = Array.from({ length: maxCitations }, (_, i) => ({ ...citation, id: `c${i}`, feedbackId: `fb_${i + 10}` }));
    const start = { painPoints: [{ id: 'pp_1', text: 'x', citations: full }] };
    expect(addCitation(start, { kind: 'painPoint', itemId: 'pp_1' }, citation)?.painPoints?.[0]?.citations).toHaveLength(maxCitations);
  });
});
