// The two sticky header rows: stages spanning their steps (with "+ Stage" at the end), then the steps.
import { memo } from 'react';
import type { Stage } from '../../../api/model';
import type { Column } from './columns';
import type { RenameTarget, SetRenaming } from './rename';
import { StageHeader } from './StageHeader';
import { StepHeader } from './StepHeader';
import type { DragType, DropHint, GridDnd } from './useGridDnd';
import type { Structure } from './useStructure';
import styles from './grid.module.css';

interface GridHeaderProps {
  stages: Stage[];
  columns: Column[];
  stepCount: number;
  truthSteps: ReadonlySet<string>;
  entryStepId: string | null;
  outcomeStepId: string | null;
  columnWidth: number;
  renaming: RenameTarget | null;
  hint: DropHint | null;
  dragging: { type: DragType; id: string } | null;
  structure: Structure;
  dnd: GridDnd;
  setRenaming: SetRenaming;
}

export const GridHeader = memo(function GridHeader(props: GridHeaderProps) {
  const { stages, columns, truthSteps, entryStepId, outcomeStepId, columnWidth, renaming, hint, dragging, structure, dnd, setRenaming } = props;
  const lastStage = stages.length - 1;

  return (
    <div role="rowgroup" className={styles.head}>
      <div role="row" className={styles.stageRow}>
        <div role="columnheader" className={`${styles.corner} ${styles.cornerTop}`}>
          <span className={styles.cornerLabel}>Stages</span>
        </div>
        {stages.map((stage, index) => (
          <StageHeader
            key={stage.id}
            stage={stage}
            width={Math.max(1, stage.steps?.length ?? 0) * columnWidth}
            index={index}
            count={stages.length}
            renaming={renaming?.id === stage.id && (renaming.kind === 'stage' || renaming.kind === 'goal') ? renaming.kind : null}
            dropSide={hint?.type === 'stage' && hint.overId === stage.id ? hint.side : null}
            dropInto={hint?.type === 'stepIntoStage' && hint.stageId === stage.id}
            dragged={dragging?.id === stage.id}
            structure={structure}
            dnd={dnd}
            setRenaming={setRenaming}
          />
        ))}
        <div role="gridcell" className={styles.addStageCell}>
          <button
            type="button"
            className={styles.addStage}
            data-testid="add-stage"
            aria-label="Add a stage at the end"
            title="Add a stage at the end"
            onClick={() => setRenaming({ kind: 'stage', id: structure.addStage(stages.length) })}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
      </div>
      <div role="row" className={styles.stepRow}>
        <div role="columnheader" className={`${styles.corner} ${styles.cornerBottom}`}>
          <span className={styles.cornerLabel}>Steps</span>
        </div>
        {columns.map((column) => {
          if (column.kind === 'empty') {
            return (
              <div key={`empty-${column.stage.id}`} role="columnheader" className={`${styles.step} ${styles.emptyStep} ${
                hint?.type === 'stepIntoStage' && hint.stageId === column.stage.id ? styles.dropInto : ''}`}
                style={{ width: columnWidth }} onDragOver={(e) => dnd.over('stage', column.stage.id, e)} onDrop={dnd.drop}>
                <button type="button" className="btn btn-ghost btn-sm"
                  onClick={() => setRenaming({ kind: 'step', id: structure.addStep(column.stage.id, 0) })}>
                  + Add a step
                </button>
              </div>
            );
          }
          const { step, stage, stageIndex, indexInStage } = column.ref;
          const stepsInStage = stage.steps?.length ?? 0;
          return (
            <StepHeader
              key={step.id}
              step={step}
              stageId={stage.id}
              indexInStage={indexInStage}
              width={columnWidth}
              truth={truthSteps.has(step.id)}
              end={step.id === entryStepId ? 'entry' : step.id === outcomeStepId ? 'outcome' : null}
              canMoveLeft={stageIndex > 0 || indexInStage > 0}
              canMoveRight={stageIndex < lastStage || indexInStage < stepsInStage - 1}
              renaming={renaming?.kind === 'step' && renaming.id === step.id}
              dropSide={hint?.type === 'step' && hint.overId === step.id ? hint.side : null}
              dragged={dragging?.id === step.id}
              structure={structure}
              dnd={dnd}
              setRenaming={setRenaming}
            />
          );
        })}
      </div>
    </div>
  );
});
