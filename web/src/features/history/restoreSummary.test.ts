import { describe, expect, it } from 'vitest';
import type { MapChange } from '../diff/diffGrid';
import { restorePhrases, restoreSentence } from './restoreSummary';

const change = (kind: string, subject: string, extra: Partial<MapChange> = {}): MapChange =>
  ({ kind, subject, part: null, summary: `${subject} ${kind}`, before: null, after: null, ...extra });
const cell = (lane: string, step: string, part = 'text') =>
  change('changed', 'cell', { part, after: { laneId: lane, stepId: step }, before: { laneId: lane, stepId: step }, from: 'a', to: 'b' });

describe('restoreSentence', () => {
  it('says the restore undoes what changed since: added steps go, renames go back, changed cells are counted', () => {
    const changes = [
      change('added', 'step', { to: 'Pay' }),
      change('added', 'step', { to: 'Confirm' }),
      change('renamed', 'stage', { part: 'name', from: 'Basket', to: 'Checkout' }),
      cell('lan_a', 'stp_1'), cell('lan_a', 'stp_1', 'cards'), cell('lan_a', 'stp_2'), cell('lan_b', 'stp_1'),
    ];
    expect(restoreSentence('“after the workshop”', changes))
      .toBe('Restoring “after the workshop” will: remove 2 steps (Pay, Confirm), rename “Checkout” back to “Basket”, change 3 cells.');
  });

  it('brings back what was removed since, moves moved parts back, and counts scores and map details', () => {
    const phrases = restorePhrases([
      change('removed', 'lane', { from: 'Pain points' }),
      change('moved', 'step', { from: null }),
      change('changed', 'emotion', { part: 'score' }),
      change('changed', 'map', { part: 'description' }),
    ]);
    expect(phrases).toEqual(['bring back 1 lane (Pain points)', 'move 1 step back', 'change 1 emotion score', 'put back 1 detail of the map (description)']);
  });

  it('names at most three parts and says when nothing changes', () => {
    const added = ['A', 'B', 'C', 'D'].map((n) => change('added', 'stage', { to: n }));
    expect(restorePhrases(added)).toEqual(['remove 4 stages (A, B, C, …)']);
    expect(restoreSentence('the map as of 10:42', [])).toBe('Restoring the map as of 10:42 changes nothing: the map is the same as it was then.');
  });
});
