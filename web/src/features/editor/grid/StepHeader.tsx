// One step's column header: a star when it is a moment of truth, the name, a menu, and the data badge.
import { memo } from 'react';
import type { Step } from '../../../api/model';
import { CommentBadge, useComments } from '../../comments';
import { JourneyEndFlags, StepFeedbackLine, StepFiguresView, StepDataBadge, useBindings } from '../../mapData';
import { useRules } from '../../rules';
import { LiveStepChip } from '../../live';
import { useWhatIfMenuItem } from '../../whatif/useWhatIfMenuItem';
import type { JourneyEnd } from '../../map/state/journeyEnds';
import type { Side } from '../../map/state/dropPosition';
import { InlineEdit } from './InlineEdit';
import { HeaderMenu } from './HeaderMenu';
import { useReadOnly } from './readOnly';
import type { SetRenaming } from './rename';
import { dragHandlers, type GridDnd } from './useGridDnd';
import type { Structure } from './useStructure';
import styles from './grid.module.css';

interface StepHeaderProps {
  step: Step;
  stageId: string;
  indexInStage: number;
  width: number;
  truth: boolean;
  /** This step is the map's entry or outcome step. */
  end: JourneyEnd | null;
  canMoveLeft: boolean;
  canMoveRight: boolean;
  renaming: boolean;
  dropSide: Side | null;
  dragged: boolean;
  structure: Structure;
  dnd: GridDnd;
  setRenaming: SetRenaming;
}

export const StepHeader = memo(function StepHeader(props: StepHeaderProps) {
  const { step, stageId, indexInStage, width, truth, end, canMoveLeft, canMoveRight, renaming, dropSide, dragged, structure, dnd,
    setRenaming } = props;
  const bindings = useBindings();
  const comments = useComments();
  const readOnly = useReadOnly();
  const rules = useRules();
  const whatIf = useWhatIfMenuItem(step.id);
  const addStep = (at: number) => setRenaming({ kind: 'step', id: structure.addStep(stageId, at) });
  const classes = [styles.step, truth ? styles.truthHeader : '', dropSide === 'before' ? styles.dropBefore : '',
    dropSide === 'after' ? styles.dropAfter : '', dragged ? styles.dragged : ''].join(' ');

  return (
    <div
      role="columnheader"
      className={classes}
      style={{ width }}
      data-testid="step-header"
      data-step-id={step.id}
      tabIndex={-1}
      data-nav-header="step"
      {...dragHandlers(dnd, 'step', step.id, step.name, !renaming)}
    >
      <div className={`${styles.zoomed} ${styles.stepInner}`}>
        {truth && <span className={styles.star} role="img" aria-label="Moment of truth" title="Moment of truth">★</span>}
        {renaming
          ? <InlineEdit className={styles.renameInput} label="Step name" value={step.name}
              onCommit={(name) => structure.renameStep(step.id, name)} onClose={() => setRenaming(null)} />
          : (
            <span className={styles.stepName} title={step.description ? `${step.name}\n${step.description}` : step.name}
              onDoubleClick={() => setRenaming({ kind: 'step', id: step.id })}>
              {step.name}
            </span>
          )}
        <HeaderMenu
          label={`Step ${step.name} actions`}
          testId="step-menu"
          comment={comments.canComment ? { label: 'Comment on step…', onSelect: () => comments.startThread({ kind: 'step', stepId: step.id }, step.name) } : null}
          readOnly={readOnly}
          readerItems={whatIf ? [whatIf] : []}
          items={[
            { label: 'Rename', onSelect: () => setRenaming({ kind: 'step', id: step.id }) },
            { label: 'Bind to data…', onSelect: () => bindings.openBinding(step.id) },
            { label: 'When customers stall here…', onSelect: () => rules.startStall(step.id), separated: true },
            { label: 'When customers reach this step…', onSelect: () => rules.startReach(step.id) },
            { label: 'Add step before', onSelect: () => addStep(indexInStage), separated: true },
            { label: 'Add step after', onSelect: () => addStep(indexInStage + 1) },
            { label: 'Move left', onSelect: () => structure.nudgeStep(step.id, -1), disabled: !canMoveLeft },
            { label: 'Move right', onSelect: () => structure.nudgeStep(step.id, 1), disabled: !canMoveRight },
            { label: end === 'entry' ? 'Clear entry step' : 'Make entry step', onSelect: () => structure.toggleJourneyEnd(step.id, 'entry'),
              separated: true },
            { label: end === 'outcome' ? 'Clear outcome step' : 'Make outcome step', onSelect: () => structure.toggleJourneyEnd(step.id, 'outcome') },
            { label: 'Delete step', onSelect: () => structure.deleteStep(step.id), danger: true, separated: true },
          ]}
        />
      </div>
      <div className={styles.zoomed}>
        <div className={styles.stepMeta}>
          <JourneyEndFlags end={end} stepId={step.id} />
          <StepDataBadge step={step} />
          <CommentBadge anchor={{ kind: 'step', stepId: step.id }} label={step.name} />
        </div>
        <StepFiguresView step={step} />
        <LiveStepChip stepId={step.id} />
        <StepFeedbackLine step={step} />
      </div>
    </div>
  );
});

