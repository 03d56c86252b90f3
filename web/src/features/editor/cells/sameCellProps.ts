// When a grid cell redraws: CellView is memoised on this (the grid draws hundreds of cells; an edit redraws only the
// cell it changed).
import type { CellProps } from './types';

/**
 * Redraws when what the cell shows changes. The lane object changes whenever any of its cells does, so only the
 * lane's own fields are compared; callbacks are compared by identity too, so the grid should keep them stable.
 */
export function sameCellProps(a: CellProps, b: CellProps): boolean {
  return a.cell === b.cell && a.editing === b.editing
    && a.lane.id === b.lane.id && a.lane.kind === b.lane.kind && a.lane.title === b.lane.title
    && a.lane.personaId === b.lane.personaId
    && a.step.id === b.step.id && a.step.name === b.step.name
    && a.onChange === b.onChange && a.onDone === b.onDone;
}
