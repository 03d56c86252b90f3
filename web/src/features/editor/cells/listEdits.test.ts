import { describe, expect, it } from 'vitest';
import type { Card } from '../../../api/model';
import {
  appendItem, orUndefined, parseTags, removeItem, shiftItem, updateItem, withoutBlank,
} from './listEdits';

const cards: Card[] = [
  { id: 'crd_a', text: 'one', color: 'yellow' },
  { id: 'crd_b', text: 'two' },
  { id: 'crd_c', text: 'three', tags: ['x'] },
];

describe('list edits', () => {
  it('updates only the item with the id, without mutating', () => {
    const out = updateItem(cards, 'crd_b', { color: 'teal', text: 'TWO' });
    expect(out[1]).toEqual({ id: 'crd_b', text: 'TWO', color: 'teal' });
    expect(out[0]).toBe(cards[0]);
    expect(cards[1]).toEqual({ id: 'crd_b', text: 'two' });
  });

  it('removes and appends', () => {
    expect(removeItem(cards, 'crd_a').map((c) => c.id)).toEqual(['crd_b', 'crd_c']);
    expect(removeItem(undefined, 'x')).toEqual([]);
    expect(appendItem(undefined, cards[0]!)).toEqual([cards[0]]);
    expect(appendItem(cards, cards[0]!)).toHaveLength(4);
  });

  it('shifts within bounds', () => {
    expect(shiftItem(cards, 'crd_b', -1).map((c) => c.id)).toEqual(['crd_b', 'crd_a', 'crd_c']);
    expect(shiftItem(cards, 'crd_c', 1).map((c) => c.id)).toEqual(['crd_a', 'crd_b', 'crd_c']);
    expect(shiftItem(cards, 'crd_a', -1).map((c) => c.id)).toEqual(['crd_a', 'crd_b', 'crd_c']);
  });

  it('drops blank items and empty lists before commit', () => {
    expect(withoutBlank([{ id: 'a', text: '  ' }, { id: 'b', text: 'x' }])).toEqual([{ id: 'b', text: 'x' }]);
    expect(withoutBlank([{ id: 'a', text: '' }])).toBeUndefined();
    expect(orUndefined([])).toBeUndefined();
  });

  it('parses tags: trimmed, distinct, no blanks', () => {
    expect(parseTags(' urgent, web ,, urgent,  ')).toEqual(['urgent', 'web']);
    expect(parseTags('')).toEqual([]);
  });
});
