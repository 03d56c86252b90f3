import { describe, expect, it } from 'vitest';
import { citationMeta } from './citationText';

describe('citationMeta', () => {
  it('says where a quote came from and when', () => {
    expect(citationMeta({ id: 'c', kind: 'quote', text: 'x', feedbackId: 'f', source: 'review', date: '2026-11-03', citedOn: '2026-12-05' }))
      .toBe('Review · said 2026-11-03 · cited 2026-12-05');
  });

  it('names a finding by its kind, an unknown kind as written', () => {
    expect(citationMeta({ id: 'c', kind: 'finding', text: 'x', findingId: 'f', findingKind: 'bottleneck' })).toBe('Bottleneck');
    expect(citationMeta({ id: 'c', kind: 'finding', text: 'x', findingId: 'f', findingKind: 'newKind' })).toBe('newKind');
  });

  it('gives a figure its period and segment, or all customers', () => {
    expect(citationMeta({ id: 'c', kind: 'figure', text: 'x', metric: 'customers', value: 3, from: '2026-11-01', to: '2026-11-30', segment: 'Teams' }))
      .toBe('2026-11-01 to 2026-11-30 · segment Teams');
    expect(citationMeta({ id: 'c', kind: 'figure', text: 'x', metric: 'customers', value: 3 })).toBe('all customers');
  });
});
