// A step for an Explore question: one of the scope's map's bound steps, or an activity of the events, or (where the
// question allows it) "any event". A native select, so the keyboard and screen readers work as everywhere else.
import { useId } from 'react';
import type { ActivitySummary } from '../../../api/model';
import { choiceText, parseChoice, type BoundStep, type StepChoice } from './stepChoice';
import styles from './Retention.module.css';

interface StepPickerProps {
  label: string;
  value: StepChoice;
  onChange: (next: StepChoice) => void;
  steps: BoundStep[];
  activities: ActivitySummary[];
  mapName?: string;
  /** The words of the "no step" option ("Any event"); without it a step must be chosen. */
  none?: string;
  testId: string;
}

export function StepPicker({ label, value, onChange, steps, activities, mapName, none, testId }: StepPickerProps) {
  const id = useId();
  const text = choiceText(value);
  const known = !value || (value.kind === 'step' ? steps.some((s) => s.id === value.id) : activities.some((a) => a.name === value.name));
  return (
    <div className={styles.control}>
      <label className={styles.field} htmlFor={id}>{label}</label>
      <select id={id} className={styles.select} value={text} data-testid={testId}
        onChange={(e) => onChange(parseChoice(e.target.value))}>
        {none !== undefined ? <option value="">{none}</option> : !value && <option value="">Choose a step…</option>}
        {!known && <option value={text}>{value?.kind === 'step' ? value.id : value?.name}</option>}
        {steps.length > 0 && (
          <optgroup label={`Steps of ${mapName ?? 'the map'}`}>
            {steps.map((s) => <option key={s.id} value={choiceText({ kind: 'step', id: s.id })}>{s.name}</option>)}
          </optgroup>
        )}
        {activities.length > 0 && (
          <optgroup label="Activities">
            {activities.map((a) => <option key={a.name} value={choiceText({ kind: 'activity', name: a.name })}>{a.name}</option>)}
          </optgroup>
        )}
      </select>
    </div>
  );
}
