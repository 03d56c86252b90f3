// One segment's form: name and description, then its conditions (attributes, activities, acquisition channel).
import { useEffect, useId, useRef } from 'react';
import type { ActivitiesLoad } from '../bindings/useActivities';
import { AttributeRows } from './AttributeRows';
import { ChannelChoices } from './ChannelChoices';
import { SegmentActivities } from './SegmentActivities';
import type { DraftProblems, SegmentDraft } from './segmentDraft';
import styles from './Segments.module.css';

interface SegmentEditorProps {
  draft: SegmentDraft;
  problems: DraftProblems;
  showProblems: boolean;
  activities: { load: ActivitiesLoad; retry: () => void };
  /** Activities the live count found in no event (shown as warnings on their conditions). */
  unknownActivities: string[];
  onChange: (draft: SegmentDraft) => void;
}

export function SegmentEditor({ draft, problems, showProblems, activities, unknownActivities, onChange }: SegmentEditorProps) {
  const ids = { name: useId(), description: useId(), nameError: useId() };
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => nameInput.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const nameProblem = showProblems ? problems.name : undefined;
  return (
    <div className={styles.form} data-testid="segment-editor">
      <div className={styles.row2}>
        <div className="field">
          <label htmlFor={ids.name} className={styles.sectionTitle}>Name</label>
          <input ref={nameInput} id={ids.name} className="input" value={draft.name} placeholder="e.g. Pro plan on mobile" autoComplete="off"
            aria-invalid={nameProblem ? true : undefined} aria-describedby={nameProblem ? ids.nameError : undefined} data-testid="segment-name"
            onChange={(e) => onChange({ ...draft, name: e.target.value })} />
          {nameProblem && <p id={ids.nameError} className={styles.problem}>{nameProblem}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.description} className={styles.sectionTitle}>Description <span className="muted">(optional)</span></label>
          <input id={ids.description} className="input" value={draft.description} placeholder="Who they are and why they matter" autoComplete="off"
            onChange={(e) => onChange({ ...draft, description: e.target.value })} />
        </div>
      </div>
      <AttributeRows rows={draft.attributes} problems={problems.attributes} showProblems={showProblems}
        onChange={(attributes) => onChange({ ...draft, attributes })} />
      <SegmentActivities load={activities.load} onRetry={activities.retry} did={draft.did} didNot={draft.didNot}
        problem={showProblems ? problems.activities : undefined} unknown={unknownActivities}
        onChange={(did, didNot) => onChange({ ...draft, did, didNot })} />
      <ChannelChoices chosen={draft.channels} onChange={(channels) => onChange({ ...draft, channels })} />
      {showProblems && problems.conditions && <p className={styles.problem} role="alert">{problems.conditions}</p>}
    </div>
  );
}
