// The structure operations the headers and menus call. They read the newest map through a ref, so the object
// stays the same across renders and memoised headers do not re-render on every edit.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { JourneyMap, LaneKind } from '../../../api/model';
import type { Edit } from '../../map/state/edits';
import { journeyEndEdit, type JourneyEnd } from '../../map/state/journeyEnds';
import { dropIndex, isNoOpDrop, isStepAt, type Side, type StepTarget } from '../../map/state/dropPosition';
import {
  addLaneEdit, addStageEdit, addStepEdit, laneHasContent, nudgeStepEdit, stageHasContent, stepHasContent,
} from '../../map/state/structure';

export interface Notice {
  message: string;
  /** Offers "Undo" next to the message. */
  undoable?: boolean;
}

export interface Structure {
  addStage: (index: number) => string;
  renameStage: (stageId: string, name: string) => void;
  setStageGoal: (stageId: string, goal: string) => void;
  nudgeStage: (stageId: string, direction: -1 | 1) => void;
  deleteStage: (stageId: string) => void;
  addStep: (stageId: string, index: number) => string;
  renameStep: (stepId: string, name: string) => void;
  nudgeStep: (stepId: string, direction: -1 | 1) => void;
  deleteStep: (stepId: string) => void;
  /** Makes the step the journey's entry or outcome step, or clears it when it already is. */
  toggleJourneyEnd: (stepId: string, end: JourneyEnd) => void;
  addLane: (index: number, kind: LaneKind, title: string) => string;
  renameLane: (laneId: string, title: string) => void;
  /** Moves a lane past its visible neighbour (lanes hidden by the persona filter are skipped). */
  nudgeLane: (laneId: string, direction: -1 | 1, visibleIds: readonly string[]) => void;
  deleteLane: (laneId: string) => void;
  setLanePersona: (laneId: string, personaId: string | undefined) => void;
  dropStep: (stepId: string, target: StepTarget) => void;
  dropStage: (stageId: string, overStageId: string, side: Side) => void;
  dropLane: (laneId: string, overLaneId: string, side: Side) => void;
}

export function useStructure(
  map: JourneyMap,
  dispatch: (edit: Edit, coalesceKey?: string) => void,
  notify: (notice: Notice) => void,
): Structure {
  const ref = useRef(map);
  useLayoutEffect(() => { ref.current = map; }, [map]);

  return useMemo<Structure>(() => {
    const run = (edit: Edit | null) => { if (edit) dispatch(edit); };
    const stageOf = (id: string) => ref.current.stages?.find((s) => s.id === id);
    const stepOf = (id: string) => ref.current.stages?.flatMap((s) => s.steps ?? []).find((p) => p.id === id);
    const laneOf = (id: string) => ref.current.lanes?.find((l) => l.id === id);
    const deleted = (what: string, name: string, hadContent: boolean) =>
      notify({ message: `Deleted ${what} “${name}”${hadContent ? ' and its cells' : ''}`, undoable: true });

    return {
      addStage: (index) => {
        const edit = addStageEdit(ref.current, index);
        run(edit);
        return edit.type === 'addStage' ? edit.stage.id : '';
      },
      renameStage: (stageId, name) => run({ type: 'updateStage', stageId, patch: { name } }),
      toggleJourneyEnd: (stepId, end) => {
        const edit = journeyEndEdit(ref.current, end, stepId);
        run(edit);
        const other = end === 'entry' ? 'outcome' : 'entry';
        if (edit.type === 'updateMap' && `${other}StepId` in edit.patch) {
          notify({ message: `“${stepOf(stepId)?.name ?? ''}” is the ${end} step now; the ${other} step came before it and was cleared`, undoable: true });
        }
      },
      setStageGoal: (stageId, goal) => run({ type: 'updateStage', stageId, patch: { goal: goal || undefined } }),
      nudgeStage: (stageId, direction) => {
        const index = (ref.current.stages ?? []).findIndex((s) => s.id === stageId);
        if (index >= 0) run({ type: 'moveStage', stageId, toIndex: index + direction });
      },
      deleteStage: (stageId) => {
        const stage = stageOf(stageId);
        if (!stage) return;
        const hadContent = stageHasContent(ref.current, stageId);
        run({ type: 'deleteStage', stageId });
        deleted('stage', stage.name, hadContent);
      },
      addStep: (stageId, index) => {
        const edit = addStepEdit(stageId, index);
        run(edit);
        return edit.type === 'addStep' ? edit.step.id : '';
      },
      renameStep: (stepId, name) => run({ type: 'updateStep', stepId, patch: { name } }),
      nudgeStep: (stepId, direction) => run(nudgeStepEdit(ref.current, stepId, direction)),
      deleteStep: (stepId) => {
        const step = stepOf(stepId);
        if (!step) return;
        const hadContent = stepHasContent(ref.current, stepId);
        run({ type: 'deleteStep', stepId });
        deleted('step', step.name, hadContent);
      },
      addLane: (index, kind, title) => {
        const edit = addLaneEdit(index, kind, title);
        run(edit);
        return edit.type === 'addLane' ? edit.lane.id : '';
      },
      renameLane: (laneId, title) => run({ type: 'updateLane', laneId, patch: { title } }),
      nudgeLane: (laneId, direction, visibleIds) => {
        const at = visibleIds.indexOf(laneId);
        const neighbour = visibleIds[at + direction];
        if (at < 0 || !neighbour) return;
        const toIndex = (ref.current.lanes ?? []).findIndex((l) => l.id === neighbour);
        run({ type: 'moveLane', laneId, toIndex });
      },
      deleteLane: (laneId) => {
        const lane = laneOf(laneId);
        if (!lane) return;
        const hadContent = laneHasContent(ref.current, laneId);
        run({ type: 'deleteLane', laneId });
        deleted('lane', lane.title, hadContent);
      },
      setLanePersona: (laneId, personaId) => run({ type: 'updateLane', laneId, patch: { personaId } }),
      dropStep: (stepId, target) => {
        if (!isStepAt(ref.current, stepId, target)) run({ type: 'moveStep', stepId, ...target });
      },
      dropStage: (stageId, overStageId, side) => {
        const stages = ref.current.stages ?? [];
        const from = stages.findIndex((s) => s.id === stageId);
        const over = stages.findIndex((s) => s.id === overStageId);
        if (from < 0 || over < 0 || isNoOpDrop(from, over, side)) return;
        run({ type: 'moveStage', stageId, toIndex: dropIndex(from, over, side) });
      },
      dropLane: (laneId, overLaneId, side) => {
        const lanes = ref.current.lanes ?? [];
        const from = lanes.findIndex((l) => l.id === laneId);
        const over = lanes.findIndex((l) => l.id === overLaneId);
        if (from < 0 || over < 0 || isNoOpDrop(from, over, side)) return;
        run({ type: 'moveLane', laneId, toIndex: dropIndex(from, over, side) });
      },
    };
  }, [dispatch, notify]);
}
