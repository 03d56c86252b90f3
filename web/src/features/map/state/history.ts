// Undo and redo over immutable map snapshots. Edits that continue one gesture (typing in one cell, dragging one
// point) share a coalesce key and become a single undo step.
import type { JourneyMap } from '../../../api/model';
import { applyEdit, type Edit } from './edits';

export interface History {
  past: JourneyMap[];
  present: JourneyMap;
  future: JourneyMap[];
  /** The coalesce key of the newest undo step, when it may still absorb edits. */
  openKey?: string;
}

export const historyLimit = 200;

export function startHistory(map: JourneyMap): History {
  return { past: [], present: map, future: [] };
}

export function record(history: History, edit: Edit, coalesceKey?: string): History {
  const next = applyEdit(history.present, edit);
  if (next === history.present) return history;
  if (coalesceKey !== undefined && coalesceKey === history.openKey) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present];
  if (past.length > historyLimit) past.shift();
  return { past, present: next, future: [], openKey: coalesceKey };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1) };
}

/** Ends the open gesture so the next edit starts a new undo step. */
export function seal(history: History): History {
  return history.openKey === undefined ? history : { ...history, openKey: undefined };
}

/** Replaces the whole document (a reload or a server answer) and forgets the undo trail. */
export function reset(map: JourneyMap): History {
  return startHistory(map);
}
