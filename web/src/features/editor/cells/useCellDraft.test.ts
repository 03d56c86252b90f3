import { describe, expect, it } from 'vitest';
import type { Lane, Step } from '../../../api/model';
import { sameCellProps } from './sameCellProps';
import type { CellProps } from './types';
import { sameCell } from './useCellDraft';

describe('sameCell', () => {
  it('treats every empty cell as the same', () => {
    expect(sameCell(undefined, {})).toBe(true);
    expect(sameCell({ cards: [] }, undefined)).toBe(true);
    expect(sameCell({ text: 'a' }, { text: 'a' })).toBe(true);
    expect(sameCell({ text: 'a' }, { text: 'b' })).toBe(false);
    expect(sameCell({ momentOfTruth: {} }, undefined)).toBe(false);
  });
});

describe('sameCellProps', () => {
  const lane: Lane = { id: 'l', kind: 'thoughts', title: 'T', cells: { s: { text: 'x' } } };
  const step: Step = { id: 's', name: 'S' };
  const onChange = () => {};
  const onDone = () => {};
  const base: CellProps = { lane, step, cell: lane.cells!.s, editing: false, onChange, onDone };

  it('ignores a new lane object when the lane itself did not change (another cell of it did)', () => {
    expect(sameCellProps(base, { ...base, lane: { ...lane, cells: { ...lane.cells, t: { text: 'y' } } } })).toBe(true);
  });

  it('redraws when the cell, edit mode, lane title or step name changes', () => {
    expect(sameCellProps(base, { ...base, cell: { text: 'y' } })).toBe(false);
    expect(sameCellProps(base, { ...base, editing: true })).toBe(false);
    expect(sameCellProps(base, { ...base, lane: { ...lane, title: 'U' } })).toBe(false);
    expect(sameCellProps(base, { ...base, step: { ...step, name: 'R' } })).toBe(false);
  });
});
