// A cell editor works on a draft of the whole cell: commit writes it (one edit, only when something changed) and
// leaves edit mode; cancel drops it. Both run at most once, whichever comes first (Enter, blur, Esc, a button).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Cell } from '../../../api/model';
import { isEmptyCell } from '../../map/state/queries';
import type { CellProps } from './types';

export interface CellDraft<T> {
  draft: T;
  setDraft: (next: T | ((previous: T) => T)) => void;
  commit: () => void;
  cancel: () => void;
}

export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isEmptyCell(a) && isEmptyCell(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function useCellDraft<T>(
  props: Pick<CellProps, 'cell' | 'onChange' | 'onDone'>,
  fromCell: (cell: Cell | undefined) => T,
  toCell: (draft: T, cell: Cell | undefined) => Cell | undefined,
): CellDraft<T> {
  const [draft, setDraftState] = useState<T>(() => fromCell(props.cell));
  const latest = useRef(draft);
  const finished = useRef(false);
  // commit and cancel stay the same functions for the editor's life and read the latest props when they run.
  const propsRef = useRef(props);
  const toCellRef = useRef(toCell);
  useLayoutEffect(() => {
    propsRef.current = props;
    toCellRef.current = toCell;
  });

  const setDraft = useCallback((next: T | ((previous: T) => T)) => {
    const value = typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
    latest.current = value;
    setDraftState(value);
  }, []);

  const commit = useCallback(() => {
    if (finished.current) return;
    finished.current = true;
    const { cell, onChange, onDone } = propsRef.current;
    const next = toCellRef.current(latest.current, cell);
    if (!sameCell(next, cell)) onChange(isEmptyCell(next) ? undefined : next);
    onDone();
  }, []);

  const cancel = useCallback(() => {
    if (finished.current) return;
    finished.current = true;
    propsRef.current.onDone(true);
  }, []);

  return { draft, setDraft, commit, cancel };
}
