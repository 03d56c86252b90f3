// Drag and drop maths: which side of a header the pointer is on and where the dragged item lands. The edits
// (moveItem, moveStep) remove the item first and then insert, so an index after its old place shifts by one.
import type { JourneyMap } from '../../../api/model';

export type Side = 'before' | 'after';

/** Before or after a target, from the pointer's position along the target's axis (x for columns, y for rows). */
export function sideOf(pointer: number, start: number, size: number): Side {
  return pointer < start + size / 2 ? 'before' : 'after';
}

/** The toIndex for moveItem when the item at `from` is dropped on the `side` of the item at `over`. */
export function dropIndex(from: number, over: number, side: Side): number {
  const to = over + (side === 'after' ? 1 : 0);
  return from < to ? to - 1 : to;
}

/** True when dropping there leaves the list as it is (no edit, no indicator). */
export function isNoOpDrop(from: number, over: number, side: Side): boolean {
  return dropIndex(from, over, side) === from;
}

export interface StepTarget {
  toStageId: string;
  toIndex: number;
}

/** Where a dragged step lands when dropped beside another step, possibly in another stage. */
export function stepDropTarget(map: JourneyMap, stepId: string, overStepId: string, side: Side): StepTarget | null {
  const stages = map.stages ?? [];
  const overStage = stages.find((s) => s.steps?.some((p) => p.id === overStepId));
  if (!overStage) return null;
  const steps = overStage.steps ?? [];
  const over = steps.findIndex((p) => p.id === overStepId);
  const from = steps.findIndex((p) => p.id === stepId);
  if (from >= 0) return { toStageId: overStage.id, toIndex: dropIndex(from, over, side) };
  return { toStageId: overStage.id, toIndex: over + (side === 'after' ? 1 : 0) };
}

/** Where a dragged step lands when dropped on a stage header: at the end of that stage. */
export function stepIntoStage(map: JourneyMap, stepId: string, stageId: string): StepTarget | null {
  const stage = map.stages?.find((s) => s.id === stageId);
  if (!stage) return null;
  const steps = stage.steps ?? [];
  const inside = steps.some((p) => p.id === stepId);
  return { toStageId: stageId, toIndex: inside ? steps.length - 1 : steps.length };
}

/** True when a step target is where the step already is. */
export function isStepAt(map: JourneyMap, stepId: string, target: StepTarget): boolean {
  const stage = map.stages?.find((s) => s.id === target.toStageId);
  return stage?.steps?.findIndex((p) => p.id === stepId) === target.toIndex;
}
