// The edits that undo an edit, computed against the map as it was just before the edit was applied. Per-user undo
// sends these as new operations, so only the properties and items the edit touched go back: a colleague's edit to
// anything else stays.
import type { Cell, JourneyMap, Lane } from '../../api/model';
import type { CellsByLane, Edit } from '../map/state/edits';
import { applyEdit } from '../map/state/edits';

/** The old values of the keys a patch names; a key that was absent comes back as null (clear). */
function oldValues(before: object | undefined, patch: object): Record<string, unknown> {
  const old = (before ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) out[key] = old[key] === undefined ? null : old[key];
  return out;
}

function cellsOf(lanes: Lane[] | undefined, stepIds: Set<string>): CellsByLane | undefined {
  const out: CellsByLane = {};
  for (const lane of lanes ?? []) {
    for (const [stepId, cell] of Object.entries(lane.cells ?? {})) {
      if (!stepIds.has(stepId)) continue;
      (out[lane.id] ??= {})[stepId] = cell;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function stepPlace(map: JourneyMap, stepId: string): { stageId: string; index: number } | undefined {
  for (const stage of map.stages ?? []) {
    const index = (stage.steps ?? []).findIndex((p) => p.id === stepId);
    if (index >= 0) return { stageId: stage.id, index };
  }
  return undefined;
}

/** Deleting or moving steps may clear the entry or outcome step (withValidEnds); the undo sets them back. */
function endsBack(before: JourneyMap, after: JourneyMap): Edit[] {
  const patch: Record<string, string> = {};
  if (before.entryStepId && after.entryStepId !== before.entryStepId) patch.entryStepId = before.entryStepId;
  if (before.outcomeStepId && after.outcomeStepId !== before.outcomeStepId) patch.outcomeStepId = before.outcomeStepId;
  return Object.keys(patch).length > 0 ? [{ type: 'updateMap', patch }] : [];
}

/** Removing a persona drops its lanes' link and its emotion points; undoing it puts those back too. */
function personaBack(before: JourneyMap, personaId: string): Edit[] {
  const index = (before.personas ?? []).findIndex((p) => p.id === personaId);
  const persona = before.personas?.[index];
  if (!persona) return [];
  const out: Edit[] = [{ type: 'addPersona', persona, index, restore: true }];
  for (const lane of before.lanes ?? []) {
    if (lane.personaId === personaId) out.push({ type: 'updateLane', laneId: lane.id, patch: { personaId } });
    for (const [stepId, cell] of Object.entries(lane.cells ?? {})) {
      if (cell.emotions?.some((e) => e.personaId === personaId)) out.push({ type: 'setCell', laneId: lane.id, stepId, cell });
    }
  }
  return out;
}

/** The edits (in order) that take `applyEdit(before, edit)` back to `before`; empty when the edit changed nothing. */
export function inverseOf(before: JourneyMap, edit: Edit): Edit[] {
  const after = applyEdit(before, edit);
  if (after === before) return [];
  return [...inverseEdits(before, edit), ...endsBackFor(before, after, edit)];
}

function endsBackFor(before: JourneyMap, after: JourneyMap, edit: Edit): Edit[] {
  return /^(delete|move)St/.test(edit.type) ? endsBack(before, after) : [];
}

function inverseEdits(before: JourneyMap, edit: Edit): Edit[] {
  switch (edit.type) {
    case 'updateMap': return [{ type: 'updateMap', patch: oldValues(before, edit.patch) }];
    case 'updateScope': return [{ type: 'updateScope', patch: oldValues(before.scope, edit.patch) }];
    case 'addStage': return [{ type: 'deleteStage', stageId: edit.stage.id }];
    case 'updateStage': {
      const stage = before.stages?.find((s) => s.id === edit.stageId);
      return [{ type: 'updateStage', stageId: edit.stageId, patch: oldValues(stage, edit.patch) }];
    }
    case 'deleteStage': {
      const index = (before.stages ?? []).findIndex((s) => s.id === edit.stageId);
      const stage = before.stages![index]!;
      const cells = cellsOf(before.lanes, new Set((stage.steps ?? []).map((p) => p.id)));
      return [{ type: 'addStage', stage, index, ...(cells ? { cells } : {}), restore: true }];
    }
    case 'moveStage': {
      const index = (before.stages ?? []).findIndex((s) => s.id === edit.stageId);
      return [{ type: 'moveStage', stageId: edit.stageId, toIndex: index }];
    }
    case 'addStep': return [{ type: 'deleteStep', stepId: edit.step.id }];
    case 'updateStep': {
      const step = before.stages?.flatMap((s) => s.steps ?? []).find((p) => p.id === edit.stepId);
      return [{ type: 'updateStep', stepId: edit.stepId, patch: oldValues(step, edit.patch) }];
    }
    case 'deleteStep': {
      const place = stepPlace(before, edit.stepId)!;
      const step = before.stages!.find((s) => s.id === place.stageId)!.steps![place.index]!;
      const cells = cellsOf(before.lanes, new Set([edit.stepId]));
      return [{ type: 'addStep', stageId: place.stageId, step, index: place.index, ...(cells ? { cells } : {}), restore: true }];
    }
    case 'moveStep': {
      const place = stepPlace(before, edit.stepId)!;
      return [{ type: 'moveStep', stepId: edit.stepId, toStageId: place.stageId, toIndex: place.index }];
    }
    case 'addLane': return [{ type: 'deleteLane', laneId: edit.lane.id }];
    case 'updateLane': {
      const lane = before.lanes?.find((l) => l.id === edit.laneId);
      return [{ type: 'updateLane', laneId: edit.laneId, patch: oldValues(lane, edit.patch) }];
    }
    case 'deleteLane': {
      const index = (before.lanes ?? []).findIndex((l) => l.id === edit.laneId);
      return [{ type: 'addLane', lane: before.lanes![index]!, index, restore: true }];
    }
    case 'moveLane': {
      const index = (before.lanes ?? []).findIndex((l) => l.id === edit.laneId);
      return [{ type: 'moveLane', laneId: edit.laneId, toIndex: index }];
    }
    case 'setCell': {
      const old: Cell | undefined = before.lanes?.find((l) => l.id === edit.laneId)?.cells?.[edit.stepId];
      return [{ type: 'setCell', laneId: edit.laneId, stepId: edit.stepId, cell: old ?? null }];
    }
    case 'addPersona': return [{ type: 'removePersona', personaId: edit.persona.id }];
    case 'updatePersona': {
      const old = before.personas?.find((p) => p.id === edit.persona.id);
      return old ? [{ type: 'updatePersona', persona: old }] : [];
    }
    case 'removePersona': return personaBack(before, edit.personaId);
    case 'replaceDocument': return [{ type: 'replaceDocument', map: before }];
  }
}

/**
 * Folds the inverse of a later edit of the same gesture (typing on in one cell) into the undo step's inverse: the
 * older value wins, since undo goes back to before the gesture. Returns undefined when they cannot be folded.
 */
export function foldInverse(older: Edit[], newer: Edit[]): Edit[] | undefined {
  if (older.length !== 1 || newer.length !== 1) return undefined;
  const [a, b] = [older[0]!, newer[0]!];
  if (a.type === 'setCell' && b.type === 'setCell' && a.laneId === b.laneId && a.stepId === b.stepId) return older;
  if (a.type !== b.type || !('patch' in a) || !('patch' in b) || targetOf(a) !== targetOf(b)) return undefined;
  return [{ ...a, patch: { ...b.patch, ...a.patch } } as Edit];
}

function targetOf(edit: Edit): string {
  switch (edit.type) {
    case 'updateStage': return edit.stageId;
    case 'updateStep': return edit.stepId;
    case 'updateLane': return edit.laneId;
    default: return '';
  }
}
