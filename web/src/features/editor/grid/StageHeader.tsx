// A stage over its steps: name, the customer's goal on a second line, "+" for a step and a menu.
import { memo } from 'react';
import type { Stage } from '../../../api/model';
import { CommentBadge, useComments } from '../../comments';
import { StageFiguresView } from '../../mapData';
import type { Side } from '../../map/state/dropPosition';
import { InlineEdit } from './InlineEdit';
import { HeaderMenu } from './HeaderMenu';
import { useReadOnly } from './readOnly';
import type { SetRenaming } from './rename';
import { dragHandlers, type GridDnd } from './useGridDnd';
import type { Structure } from './useStructure';
import styles from './grid.module.css';

interface StageHeaderProps {
  stage: Stage;
  width: number;
  index: number;
  count: number;
  renaming: 'stage' | 'goal' | null;
  dropSide: Side | null;
  dropInto: boolean;
  dragged: boolean;
  structure: Structure;
  dnd: GridDnd;
  setRenaming: SetRenaming;
}

export const StageHeader = memo(function StageHeader(props: StageHeaderProps) {
  const { stage, width, index, count, renaming, dropSide, dropInto, dragged, structure, dnd, setRenaming } = props;
  const stepCount = stage.steps?.length ?? 0;
  const comments = useComments();
  const readOnly = useReadOnly();
  const addStep = (at: number) => setRenaming({ kind: 'step', id: structure.addStep(stage.id, at) });
  const addStage = (at: number) => setRenaming({ kind: 'stage', id: structure.addStage(at) });
  const classes = [styles.stage, dropSide === 'before' ? styles.dropBefore : '', dropSide === 'after' ? styles.dropAfter : '',
    dropInto ? styles.dropInto : '', dragged ? styles.dragged : ''].join(' ');

  return (
    <div
      role="columnheader"
      aria-colspan={Math.max(1, stepCount)}
      className={classes}
      style={{ width }}
      data-testid="stage-header"
      data-stage-id={stage.id}
      tabIndex={-1}
      data-nav-header="stage"
      {...dragHandlers(dnd, 'stage', stage.id, stage.name, renaming === null)}
    >
      <div className={styles.zoomed}>
        <div className={styles.stageTop}>
          {renaming === 'stage'
            ? <InlineEdit className={styles.renameInput} label="Stage name" value={stage.name}
                onCommit={(name) => structure.renameStage(stage.id, name)} onClose={() => setRenaming(null)} />
            : (
              <h2 className={styles.stageName} title={stage.name} onDoubleClick={() => setRenaming({ kind: 'stage', id: stage.id })}>
                {stage.name}
              </h2>
            )}
          <CommentBadge anchor={{ kind: 'stage', stageId: stage.id }} label={stage.name} />
          <button
            type="button"
            className={styles.headerButton}
            aria-label={`Add a step to ${stage.name}`}
            title="Add a step at the end of this stage"
            data-testid="add-step"
            data-stage-id={stage.id}
            onClick={() => addStep(stepCount)}
          >
            +
          </button>
          <HeaderMenu
            label={`Stage ${stage.name} actions`}
            comment={comments.canComment ? { label: 'Comment on stage…', onSelect: () => comments.startThread({ kind: 'stage', stageId: stage.id }, stage.name) } : null}
            readOnly={readOnly}
            items={[
              { label: 'Rename', onSelect: () => setRenaming({ kind: 'stage', id: stage.id }) },
              { label: stage.goal ? 'Edit goal' : 'Add a goal', onSelect: () => setRenaming({ kind: 'goal', id: stage.id }) },
              { label: 'Add step at the end', onSelect: () => addStep(stepCount) },
              { label: 'Add stage before', onSelect: () => addStage(index), separated: true },
              { label: 'Add stage after', onSelect: () => addStage(index + 1) },
              { label: 'Move left', onSelect: () => structure.nudgeStage(stage.id, -1), disabled: index === 0 },
              { label: 'Move right', onSelect: () => structure.nudgeStage(stage.id, 1), disabled: index === count - 1 },
              { label: 'Delete stage', onSelect: () => structure.deleteStage(stage.id), danger: true, separated: true },
            ]}
          />
        </div>
        {renaming === 'goal'
          ? <InlineEdit className={styles.renameInput} label="Customer goal in this stage" value={stage.goal ?? ''} allowEmpty
              placeholder="What the customer wants here" onCommit={(goal) => structure.setStageGoal(stage.id, goal)}
              onClose={() => setRenaming(null)} />
          : stage.goal && (
            <p className={styles.goal} title={`Goal: ${stage.goal}`} onDoubleClick={() => setRenaming({ kind: 'goal', id: stage.id })}>
              {stage.goal}
            </p>
          )}
        <StageFiguresView stage={stage} />
      </div>
    </div>
  );
});
