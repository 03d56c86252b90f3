// Focus and keys in the grid: a roving tab stop over the cells, arrow keys into the step, stage and lane titles,
// Enter to edit or rename, Esc to cancel, Alt+arrows to move a title or the step or lane of a cell (across stages,
// like the step menu's Move left/right), Delete to clear or delete, Tab to leave.
import { useCallback, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Lane } from '../../../api/model';
import type { Edit } from '../../map/state/edits';
import {
  clampPos, laneTitleCol, nextPos, stageHeaderRow, stepHeaderRow, type GridPos, type GridShape,
} from '../../map/state/navigation';
import type { StepRef } from '../../map/state/queries';
import type { CellDone } from './GridCell';
import { cellElement, focusIsLost, headerElement, isTyping, type HeaderKind } from './gridDom';
import type { SetRenaming } from './rename';
import type { Notice, Structure } from './useStructure';

interface GridKeyboardOptions {
  root: RefObject<HTMLElement | null>;
  /** Where Tab from a cell goes: the first control after the grid's cells. */
  exit: RefObject<HTMLElement | null>;
  lanes: Lane[];
  steps: StepRef[];
  visibleIds: readonly string[];
  shape: GridShape;
  structure: Structure;
  dispatch: (edit: Edit, coalesceKey?: string) => void;
  seal: () => void;
  notify: (notice: Notice) => void;
  setRenaming: SetRenaming;
}

const arrowDirection = (key: string) => (key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : key === 'ArrowRight' || key === 'ArrowDown' ? 1 : 0);

export function useGridKeyboard(o: GridKeyboardOptions) {
  const { root, exit, lanes, steps, shape, structure, seal } = o;
  const [focusPos, setFocusPos] = useState<GridPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<GridPos | null>(null);

  const focusCell = useCallback((pos: GridPos) => {
    setFocusPos(pos);
    cellElement(root.current, pos.row, pos.col)?.focus();
  }, [root]);

  const onCellDone = useCallback<CellDone>((row, col) => {
    seal();
    setEditing(null);
    const el = cellElement(root.current, row, col);
    if (el && (focusIsLost() || el.contains(document.activeElement))) el.focus();
  }, [root, seal]);

  /** Focuses a cell, or a title when the position is in the header rows or the lane title column. */
  const focusAt = (pos: GridPos) => {
    if (pos.row >= 0 && pos.col >= 0) { focusCell(pos); return; }
    const ref = steps[pos.col];
    const lane = lanes[pos.row];
    if (pos.row === stepHeaderRow && ref) headerElement(root.current, 'step', ref.step.id)?.focus();
    else if (pos.row === stageHeaderRow && ref) headerElement(root.current, 'stage', ref.stage.id)?.focus();
    else if (pos.col === laneTitleCol && lane) headerElement(root.current, 'lane', lane.id)?.focus();
  };

  const onHeaderKey = (e: KeyboardEvent, header: HTMLElement) => {
    const kind = header.dataset.navHeader as HeaderKind;
    const id = (kind === 'step' ? header.dataset.stepId : kind === 'stage' ? header.dataset.stageId : header.dataset.laneId) ?? '';
    const handled = () => { e.preventDefault(); e.stopPropagation(); };
    if (e.key === 'Enter' || e.key === 'F2') { handled(); o.setRenaming({ kind, id }); return; }
    if (e.key === 'Delete') {
      handled();
      if (kind === 'step') structure.deleteStep(id);
      else if (kind === 'stage') structure.deleteStage(id);
      else structure.deleteLane(id);
      requestAnimationFrame(() => focusCell(clampPos(focusPos, shape)));
      return;
    }
    const dir = arrowDirection(e.key);
    if (e.altKey && dir !== 0) {
      handled();
      const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
      if (kind === 'step' && horizontal) structure.nudgeStep(id, dir);
      else if (kind === 'stage' && horizontal) structure.nudgeStage(id, dir);
      else if (kind === 'lane' && !horizontal) structure.nudgeLane(id, dir, o.visibleIds);
      // React may re-insert the moved node, which drops focus: give it back.
      requestAnimationFrame(() => { if (focusIsLost()) headerElement(root.current, kind, id)?.focus(); });
      return;
    }
    const pos: GridPos = kind === 'step' ? { row: stepHeaderRow, col: steps.findIndex((r) => r.step.id === id) }
      : kind === 'stage' ? { row: stageHeaderRow, col: steps.find((r) => r.stage.id === id)?.column ?? 0 }
        : { row: lanes.findIndex((l) => l.id === id), col: laneTitleCol };
    const next = pos.col >= laneTitleCol && pos.row >= stageHeaderRow ? nextPos(pos, { key: e.key, ctrl: e.ctrlKey || e.metaKey }, shape) : null;
    if (next) { handled(); focusAt(next); }
  };

  const posOf = (el: HTMLElement): GridPos => ({
    row: Number(el.dataset.row),
    col: el.dataset.col === 'span' ? focusPos.col : Number(el.dataset.col),
  });

  const onCellKey = (e: KeyboardEvent, target: HTMLElement, el: HTMLElement) => {
    const pos = posOf(el);
    const span = el.dataset.col === 'span';
    const editingHere = !!editing && editing.row === pos.row && editing.col === pos.col;
    if (e.key === 'Tab' && !e.shiftKey && !editingHere && exit.current) {
      e.preventDefault();
      exit.current.focus();
      return;
    }
    if (target !== el) { // keys inside a widget belong to it; Esc still returns to the cell
      if (e.key === 'Escape' && !e.defaultPrevented) {
        if (editingHere) onCellDone(pos.row, pos.col, true);
        el.focus();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (span) el.querySelector<HTMLElement>('button, [tabindex], input, textarea, select, a[href]')?.focus();
      else setEditing(pos);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !span) {
      const lane = lanes[pos.row];
      const step = steps[pos.col];
      if (lane && step && lane.cells?.[step.step.id]) {
        e.preventDefault();
        seal();
        o.dispatch({ type: 'setCell', laneId: lane.id, stepId: step.step.id, cell: undefined });
        o.notify({ message: 'Cell cleared', undoable: true });
      }
      return;
    }
    if (e.altKey && arrowDirection(e.key) !== 0) {
      if (!span) moveFromCell(e, pos);
      return;
    }
    if (span && ['ArrowRight', 'Home', 'End'].includes(e.key) && !e.ctrlKey) return;
    const next = nextPos(span && e.key === 'ArrowLeft' ? { ...pos, col: 0 } : pos, { key: e.key, ctrl: e.ctrlKey || e.metaKey }, shape);
    if (next) {
      e.preventDefault();
      focusAt(next);
    }
  };

  /** Alt+arrow on a cell moves its step (left, right) or its lane (up, down); focus stays on the moved cell. */
  const moveFromCell = (e: KeyboardEvent, pos: GridPos) => {
    const lane = lanes[pos.row];
    const ref = steps[pos.col];
    if (!lane || !ref) return;
    e.preventDefault();
    const dir = arrowDirection(e.key) as -1 | 1;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') structure.nudgeStep(ref.step.id, dir);
    else structure.nudgeLane(lane.id, dir, o.visibleIds);
    requestAnimationFrame(() => {
      const moved = root.current?.querySelector<HTMLElement>(`[data-testid="cell-${CSS.escape(lane.id)}-${CSS.escape(ref.step.id)}"]`);
      if (!moved) return;
      setFocusPos({ row: Number(moved.dataset.row), col: Number(moved.dataset.col) });
      moved.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.dataset.navHeader) { onHeaderKey(e, target); return; }
    // Alt+arrow on a control inside a title (its menu button, after "Move left") moves the title like on the title.
    const header = target.closest<HTMLElement>('[data-nav-header]');
    if (header && e.altKey && arrowDirection(e.key) !== 0 && !isTyping(target)) { onHeaderKey(e, header); return; }
    const el = target.closest<HTMLElement>('[data-row]');
    if (el) onCellKey(e, target, el);
  };

  const onFocus = (e: FocusEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!el) return;
    const pos = posOf(el);
    if (pos.row === focusPos.row && pos.col === focusPos.col) return;
    setFocusPos(pos);
    if (editing && (editing.row !== pos.row || editing.col !== pos.col)) { seal(); setEditing(null); }
  };

  const onDoubleClick = (e: MouseEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!el || el.dataset.col === 'span' || isTyping(e.target)) return;
    setEditing(posOf(el));
  };

  return { tab: clampPos(focusPos, shape), editing, onCellDone, onKeyDown, onFocus, onDoubleClick };
}
