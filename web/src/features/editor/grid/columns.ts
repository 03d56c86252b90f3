// The grid's columns: every step in order, and one placeholder column for a stage that has no steps yet (so it
// can still be seen, named and dropped into). Steps are numbered as queries.stepsOf numbers them.
import type { Stage } from '../../../api/model';
import type { StepRef } from '../../map/state/queries';

export type Column =
  | { kind: 'step'; ref: StepRef }
  | { kind: 'empty'; stage: Stage };

export function columnsOf(stages: readonly Stage[] | undefined): { columns: Column[]; steps: StepRef[] } {
  const steps: StepRef[] = [];
  const columns: Column[] = [];
  (stages ?? []).forEach((stage, stageIndex) => {
    const list = stage.steps ?? [];
    if (list.length === 0) columns.push({ kind: 'empty', stage });
    list.forEach((step, indexInStage) => {
      const ref: StepRef = { step, stage, stageIndex, indexInStage, column: steps.length };
      steps.push(ref);
      columns.push({ kind: 'step', ref });
    });
  });
  return { columns, steps };
}
