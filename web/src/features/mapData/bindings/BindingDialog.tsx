// "Bind to data": which activities in the event data a step stands for, an optional property filter, and the
// keywords that place feedback on the step by its text.
import { useState } from 'react';
import type { Step, StepBinding } from '../../../api/model';
import { Dialog } from '../../../ui/Dialog';
import { ActivityPicker } from './ActivityPicker';
import {
  addActivity, bindingFromDraft, draftOf, isValid, newFilterRow, toggleActivity, validateDraft, type BindingDraft,
} from './binding';
import { ChosenActivities } from './ChosenActivities';
import { FilterRows } from './FilterRows';
import { KeywordChips } from './KeywordChips';
import { knownActivities, useActivities } from './useActivities';
import styles from './Bindings.module.css';

interface BindingDialogProps {
  workspaceId: string;
  /** The map whose step is bound: the picker offers its source's activities. */
  mapId: string;
  step: Step;
  onClose: () => void;
  onSave: (binding: StepBinding | undefined) => void;
}

export function BindingDialog({ workspaceId, mapId, step, onClose, onSave }: BindingDialogProps) {
  const [draft, setDraft] = useState<BindingDraft>(() => draftOf(step.binding));
  const [tried, setTried] = useState(false);
  const { load, retry } = useActivities(workspaceId, true, mapId);
  const problems = validateDraft(draft);
  const valid = isValid(problems);

  const save = () => {
    setTried(true);
    if (valid) onSave(bindingFromDraft(draft));
  };

  const addTyped = (name: string): string | undefined => {
    const { list, error } = addActivity(draft.activities, name);
    if (!error) setDraft((d) => ({ ...d, activities: list }));
    return error;
  };

  return (
    <Dialog
      open
      wide
      title={`Bind “${step.name}” to data`}
      onClose={onClose}
      footer={(
        <>
          {step.binding && (
            <button type="button" className={`btn btn-ghost ${styles.unbind}`} onClick={() => onSave(undefined)} data-testid="binding-unbind">
              Unbind this step
            </button>
          )}
          {tried && !valid && <p className={styles.footerProblem} role="alert">Fix the marked fields to save.</p>}
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="button" className="btn btn-primary" onClick={save} data-testid="binding-save">Save binding</button>
        </>
      )}
    >
      <p className={styles.intro}>
        A customer reaches <strong>{step.name}</strong> when they do any of the bound activities. The map's figures
        for this step are counted from them.
      </p>
      <div className={styles.columns} data-testid="binding-dialog">
        <ActivityPicker
          load={load}
          onRetry={retry}
          chosen={draft.activities}
          onToggle={(name) => setDraft((d) => ({ ...d, activities: toggleActivity(d.activities, name) }))}
          onAdd={addTyped}
        />
        <div className={styles.side}>
          <ChosenActivities
            chosen={draft.activities}
            known={knownActivities(load)}
            problem={tried ? problems.activities : undefined}
            onRemove={(name) => setDraft((d) => ({ ...d, activities: d.activities.filter((a) => a !== name) }))}
          />
          <FilterRows
            rows={draft.filters}
            problems={problems.filters}
            showProblems={tried}
            onChange={(filters) => setDraft((d) => ({ ...d, filters }))}
            onAdd={() => setDraft((d) => ({ ...d, filters: [...d.filters, newFilterRow()] }))}
            onSubmit={save}
          />
          <KeywordChips keywords={draft.keywords} problem={tried ? problems.keywords : undefined}
            onChange={(keywords) => setDraft((d) => ({ ...d, keywords }))} />
        </div>
      </div>
    </Dialog>
  );
}
