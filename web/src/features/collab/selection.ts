// Which part of the map this tab has selected, read from the grid's focus, for the others' presence outlines.
import type { Selection } from './protocol';

/** What the grid's focused element stands for: a cell (lane and step) or a step's header. */
export function selectionOf(el: Element | null): Selection | null {
  const cell = el?.closest<HTMLElement>('[data-cell-lane]');
  if (cell) return { laneId: cell.dataset.cellLane ?? null, stepId: cell.dataset.cellStep ?? null };
  const header = el?.closest<HTMLElement>('[data-nav-header="step"]');
  if (header?.dataset.stepId) return { stepId: header.dataset.stepId };
  return null;
}
