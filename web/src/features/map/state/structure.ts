// Structure operations built from the Edit union: new stages, steps and lanes with fresh ids and sensible
// names, and moving a step one place left or right, across a stage boundary when it is at the edge.
import type { JourneyMap, LaneKind } from '../../../api/model';
import type { Edit } from './edits';
import { newId } from './ids';
import { isBelowLineOfVisibility, laneKindLabels } from './queries';

export function addStageEdit(map: JourneyMap, index: number, name?: string): Edit {
  const count = (map.stages?.length ?? 0) + 1;
  return {
    type: 'addStage',
    index,
    stage: { id: newId('stg'), name: name ?? `Stage ${count}`, steps: [{ id: newId('stp'), name: 'New step' }] },
  };
}

export function addStepEdit(stageId: string, index: number, name = 'New step'): Edit {
  return { type: 'addStep', stageId, index, step: { id: newId('stp'), name } };
}

export function addLaneEdit(index: number, kind: LaneKind, title?: string): Edit {
  const trimmed = title?.trim();
  return { type: 'addLane', index, lane: { id: newId('lan'), kind, title: trimmed || laneKindLabels[kind] } };
}

/**
 * Moves a step one place left (-1) or right (+1). At the edge of its stage it moves into the neighbouring stage
 * (to its end when going left, its start when going right). Null when there is nowhere to go.
 */
export function nudgeStepEdit(map: JourneyMap, stepId: string, direction: -1 | 1): Edit | null {
  const stages = map.stages ?? [];
  const stageIndex = stages.findIndex((s) => s.steps?.some((p) => p.id === stepId));
  if (stageIndex < 0) return null;
  const stage = stages[stageIndex]!;
  const steps = stage.steps ?? [];
  const index = steps.findIndex((p) => p.id === stepId);
  const target = index + direction;
  if (target >= 0 && target < steps.length) return { type: 'moveStep', stepId, toStageId: stage.id, toIndex: target };
  const neighbour = stages[stageIndex + direction];
  if (!neighbour) return null;
  const toIndex = direction < 0 ? (neighbour.steps?.length ?? 0) : 0;
  return { type: 'moveStep', stepId, toStageId: neighbour.id, toIndex };
}

/** True when a cell of this step holds anything, so deleting the step loses content. */
export function stepHasContent(map: JourneyMap, stepId: string): boolean {
  return (map.lanes ?? []).some((l) => l.cells?.[stepId] !== undefined);
}

export function stageHasContent(map: JourneyMap, stageId: string): boolean {
  const stage = map.stages?.find((s) => s.id === stageId);
  return (stage?.steps ?? []).some((p) => stepHasContent(map, p.id));
}

export function laneHasContent(map: JourneyMap, laneId: string): boolean {
  const lane = map.lanes?.find((l) => l.id === laneId);
  return Object.keys(lane?.cells ?? {}).length > 0;
}

/** The step ids marked as a moment of truth in any moments-of-truth lane. */
export function momentOfTruthSteps(map: JourneyMap): string[] {
  const ids = new Set<string>();
  for (const lane of map.lanes ?? []) {
    if (lane.kind !== 'momentsOfTruth') continue;
    for (const [stepId, cell] of Object.entries(lane.cells ?? {})) if (cell.momentOfTruth) ids.add(stepId);
  }
  return [...ids];
}

/** Lanes shown under a persona filter: those that speak for nobody in particular or for that persona. */
export function visibleLanes<T extends { personaId?: string }>(lanes: readonly T[], personaFilter: string | null): T[] {
  if (!personaFilter) return lanes.slice();
  return lanes.filter((l) => !l.personaId || l.personaId === personaFilter);
}

/** Index of the first lane below the line of visibility when a lane above it is frontstage-like, else -1. */
export function lineOfVisibilityIndex(kinds: readonly LaneKind[]): number {
  const first = kinds.findIndex(isBelowLineOfVisibility);
  return first > 0 ? first : -1;
}
