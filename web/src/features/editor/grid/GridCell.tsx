// One cell of the grid: the focusable box the grid owns (focus, edit mode, the moment-of-truth wash) around the
// lane kind's widget. Memoised on the cell object: applyEdit keeps untouched cells identical, so an edit
// re-renders only the cells it changed (and the cells of that lane, whose object changes too).
import { memo, useCallback } from 'react';
import type { Cell, Lane, Step } from '../../../api/model';
import { CommentBadge, useCellMenu } from '../../comments';
import { CellView } from '../cells/CellView';
import styles from './grid.module.css';

export type CellChange = (laneId: string, stepId: string, cell: Cell | undefined, coalesceKey?: string) => void;
export type CellDone = (row: number, col: number, cancelled?: boolean) => void;

interface GridCellProps {
  lane: Lane;
  step: Step;
  cell: Cell | undefined;
  row: number;
  col: number;
  width: number;
  tabbable: boolean;
  editing: boolean;
  truth: boolean;
  onCellChange: CellChange;
  onCellDone: CellDone;
}

/** The lane object changes whenever any of its cells does, so only the lane's own fields are compared. */
function sameGridCell(a: GridCellProps, b: GridCellProps): boolean {
  return a.cell === b.cell && a.step === b.step && a.row === b.row && a.col === b.col && a.width === b.width
    && a.tabbable === b.tabbable && a.editing === b.editing && a.truth === b.truth
    && a.lane.id === b.lane.id && a.lane.kind === b.lane.kind && a.lane.title === b.lane.title
    && a.lane.personaId === b.lane.personaId
    && a.onCellChange === b.onCellChange && a.onCellDone === b.onCellDone;
}

export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { lane, step, cell, row, col, width, tabbable, editing, truth, onCellChange, onCellDone } = props;
  const laneId = lane.id;
  const stepId = step.id;
  const onChange = useCallback((next: Cell | undefined, key?: string) => onCellChange(laneId, stepId, next, key),
    [laneId, stepId, onCellChange]);
  const onDone = useCallback((cancelled?: boolean) => onCellDone(row, col, cancelled), [row, col, onCellDone]);
  const cellMenu = useCellMenu();
  const place = `${lane.title || 'Lane'} · ${step.name}`;

  return (
    <div
      role="gridcell"
      className={`${styles.cell} ${truth ? styles.truth : ''} ${editing ? styles.editing : ''}`}
      style={{ width }}
      tabIndex={tabbable ? 0 : -1}
      data-testid={`cell-${laneId}-${stepId}`}
      data-row={row}
      data-col={col}
      data-cell-lane={laneId}
      data-cell-step={stepId}
      onContextMenu={cellMenu ? (e) => cellMenu(e, { kind: 'cell', laneId, stepId }, place) : undefined}
    >
      <div className={styles.zoomed}>
        <CellView lane={lane} step={step} cell={cell} editing={editing} onChange={onChange} onDone={onDone} />
      </div>
      <CommentBadge anchor={{ kind: 'cell', laneId, stepId }} label={place} className={styles.cellComments} />
    </div>
  );
}, sameGridCell);
