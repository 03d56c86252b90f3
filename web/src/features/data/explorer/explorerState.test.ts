import { describe, expect, it } from 'vitest';
import { cleared, conditionCount, emptyState, filterSearch, highlightRuns, rangeIds, rangeText, stateFromSearch, stateSearch, toggle } from './explorerState';

describe('explorer state in the address', () => {
  it('reads back what it writes, lists in order', () => {
    const state = toggle(toggle({ ...emptyState, q: 'refund "too slow"', map: 'm1', sort: 'score-low' }, 'source', 'chat'), 'source', 'email');
    const search = stateSearch(state);
    expect(search).toBe('q=refund+%22too+slow%22&source=chat&source=email&map=m1&sort=score-low');
    expect(stateFromSearch(`?${search}`)).toEqual(state);
  });

  it('keeps the order out of the filter the tag route gets', () => {
    expect(filterSearch({ ...emptyState, sort: 'oldest', solicited: 'false' })).toBe('solicited=false');
  });

  it('counts conditions and clears them but keeps the map', () => {
    const state = toggle({ ...emptyState, q: 'x', map: 'm1', from: '2026-01-01' }, 'tag', 't1');
    expect(conditionCount(state)).toBe(3);
    expect(cleared(state)).toEqual({ ...emptyState, map: 'm1' });
  });
});

describe('highlights', () => {
  it('cuts a text into plain and marked runs by UTF-16 ranges', () => {
    expect(highlightRuns('Refunds took weeks', [{ start: 0, length: 7 }, { start: 13, length: 5 }])).toEqual([
      { text: 'Refunds', mark: true }, { text: ' took ', mark: false }, { text: 'weeks', mark: true }]);
  });

  it('ignores ranges outside the text and overlaps', () => {
    expect(highlightRuns('abc', [{ start: 1, length: 10 }, { start: 2, length: 1 }, { start: 9, length: 1 }])).toEqual([
      { text: 'a', mark: false }, { text: 'bc', mark: true }]);
  });
});

describe('paging and ranges', () => {
  it('says which items a page shows', () => {
    expect(rangeText(0, 50, 12345)).toBe('1–50 of 12,345');
    expect(rangeText(50, 3, 53)).toBe('51–53 of 53');
    expect(rangeText(0, 0, 0)).toBe('No items');
  });

  it('selects from the anchor to the clicked item either way round', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(rangeIds(ids, 'b', 'd')).toEqual(['b', 'c', 'd']);
    expect(rangeIds(ids, 'd', 'a')).toEqual(['a', 'b', 'c', 'd']);
    expect(rangeIds(ids, null, 'c')).toEqual(['c']);
  });
});
