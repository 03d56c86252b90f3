import type { Cell, Lane, Step } from '../../../api/model';

/**
 * The contract between the grid and a lane kind's widget. The grid owns focus and edit mode (Enter or a double
 * click starts editing, Esc cancels, arrow keys move between cells when not editing); the widget shows the cell
 * and, while `editing`, its editor.
 */
export interface CellProps {
  lane: Lane;
  step: Step;
  cell: Cell | undefined;
  editing: boolean;
  /** Replaces the cell (undefined or an empty cell removes it). Same coalesceKey in a row = one undo step. */
  onChange: (cell: Cell | undefined, coalesceKey?: string) => void;
  /** Leaves edit mode; `cancelled` when Esc was pressed (the widget has already discarded its draft). */
  onDone: (cancelled?: boolean) => void;
}
