import { describe, expect, it } from 'vitest';
import { insertAt, moveItem, removeAt, updateAt } from './listEdit';

const list = ['a', 'b', 'c'];

describe('list editing', () => {
  it('updates one item and leaves the input alone', () => {
    expect(updateAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(updateAt(list, 5, 'x')).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('inserts at a clamped position', () => {
    expect(insertAt(list, 1)).toEqual(['a', '', 'b', 'c']);
    expect(insertAt(list, 99, 'z')).toEqual(['a', 'b', 'c', 'z']);
    expect(insertAt([], -3, 'z')).toEqual(['z']);
  });

  it('removes by index', () => {
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(removeAt(list, 3)).toEqual(list);
  });

  it('moves up and down, ignoring moves past either end', () => {
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 2, 3)).toEqual(list);
  });
});
