// Per-user undo must not take a colleague's work with it. Undoing something this person added is a delete (a
// stage, a step, a lane); if someone else has since put work into it (a step in the added stage, text in the added
// step's cells, a cell of the added lane), the delete would remove theirs too. So an undo step remembers what each
// thing it would delete looked like when this person last left it, and the undo is skipped, with a notice, when the
// thing has changed since.
import type { JourneyMap } from '../../api/model';
import type { Edit } from '../map/state/edits';

/** What a delete in an undo step may remove: the thing as this person left it (its JSON). */
export interface UndoGuard {
  kind: 'stage' | 'step' | 'lane';
  id: string;
  footprint: string;
}

const stepIdsOf = (map: JourneyMap, stageId: string): string[] =>
  map.stages?.find((s) => s.id === stageId)?.steps?.map((s) => s.id) ?? [];

/** The step's own JSON and its cells that hold something, by lane (a lane added or removed without a cell here is no change). */
function stepFootprint(map: JourneyMap, stepId: string): unknown[] | undefined {
  const step = map.stages?.flatMap((s) => s.steps ?? []).find((s) => s.id === stepId);
  if (!step) return undefined;
  return [step, (map.lanes ?? []).flatMap((l) => (l.cells?.[stepId] ? [[l.id, l.cells[stepId]]] : []))];
}

/** The thing's content as JSON, or undefined when the map has no such thing. */
export function footprintOf(map: JourneyMap, kind: UndoGuard['kind'], id: string): string | undefined {
  switch (kind) {
    case 'lane': {
      const lane = map.lanes?.find((l) => l.id === id);
      return lane ? JSON.stringify(lane) : undefined;
    }
    case 'step': {
      const step = stepFootprint(map, id);
      return step ? JSON.stringify(step) : undefined;
    }
    case 'stage': {
      const stage = map.stages?.find((s) => s.id === id);
      return stage ? JSON.stringify([stage, stepIdsOf(map, id).map((stepId) => stepFootprint(map, stepId))]) : undefined;
    }
  }
}

function guarded(edit: Edit): { kind: UndoGuard['kind']; id: string } | undefined {
  switch (edit.type) {
    case 'deleteStage': return { kind: 'stage', id: edit.stageId };
    case 'deleteStep': return { kind: 'step', id: edit.stepId };
    case 'deleteLane': return { kind: 'lane', id: edit.laneId };
    default: return undefined;
  }
}

function nameOf(map: JourneyMap, kind: UndoGuard['kind'], id: string): string {
  if (kind === 'lane') return map.lanes?.find((l) => l.id === id)?.title ?? '';
  if (kind === 'stage') return map.stages?.find((s) => s.id === id)?.name ?? '';
  return map.stages?.flatMap((s) => s.steps ?? []).find((s) => s.id === id)?.name ?? '';
}

/** The guards of an undo step's deletes, taken from the map as this person's edit left it. */
export function guardsFor(map: JourneyMap, inverse: readonly Edit[]): UndoGuard[] {
  return inverse.flatMap((edit) => {
    const target = guarded(edit);
    const footprint = target && footprintOf(map, target.kind, target.id);
    return target && footprint !== undefined ? [{ ...target, footprint }] : [];
  });
}

/**
 * The first guard whose thing someone else has changed since. A thing that is gone is not this check's business:
 * the delete goes to the server, which answers that it was deleted, and by whom.
 */
export function brokenGuard(map: JourneyMap, guards: readonly UndoGuard[]): UndoGuard | undefined {
  return guards.find((g) => {
    const now = footprintOf(map, g.kind, g.id);
    return now !== undefined && now !== g.footprint;
  });
}

/** The notice when an undo (or redo) is skipped to keep a colleague's work. */
export function skippedWords(map: JourneyMap, guard: UndoGuard, redo: boolean): string {
  const name = nameOf(map, guard.kind, guard.id);
  const what = name ? `the ${guard.kind} “${name}”` : `this ${guard.kind}`;
  return `Not ${redo ? 'redone' : 'undone'}: someone else has changed ${what} since, and it would remove their work too.`;
}
