// Picks and orders the steps of an analysis: from the scope's map (in map order, under their stage names; unbound
// steps cannot measure anything and are shown disabled) or from the workspace's activities. A chosen step moves
// with Alt+↑/↓ or its arrow buttons, or by dragging it; Delete removes it.
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { move, refKey, type StepRef } from './stepRefs';
import type { StepOptions } from './useStepOptions';
import styles from './StepPicker.module.css';

interface StepPickerProps {
  label: string;
  steps: StepRef[];
  onChange: (steps: StepRef[]) => void;
  options: StepOptions;
  max?: number;
}

export function StepPicker({ label, steps, onChange, options, max = 50 }: StepPickerProps) {
  const addId = useId();
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const chosen = new Set(steps.map(refKey));
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= steps.length) return;
    onChange(move(steps, from, to));
    setAnnounce(`${options.nameOf(steps[from]!)} moved to position ${to + 1} of ${steps.length}.`);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-step-row="${to}"]`)?.focus());
  };
  const remove = (i: number) => {
    onChange(steps.filter((_, j) => j !== i));
    setAnnounce(`${options.nameOf(steps[i]!)} removed.`);
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); moveTo(i, i - 1); }
    else if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); moveTo(i, i + 1); }
    else if (e.key === 'Delete') { e.preventDefault(); remove(i); }
  };
  const onDrop = (e: DragEvent, i: number) => {
    e.preventDefault();
    if (dragging !== null) moveTo(dragging, i);
    setDragging(null);
  };
  const add = (value: string) => {
    const ref: StepRef | null = value.startsWith('s:') ? { stepId: value.slice(2) } : value.startsWith('a:') ? { activity: value.slice(2) } : null;
    if (ref) onChange([...steps, ref]);
  };
  const stages = [...new Set(options.mapSteps.map((s) => s.stageName))];
  return (
    <div className={styles.picker}>
      <ol className={styles.list} aria-label={label} data-testid="step-list">
        {steps.map((ref, i) => (
          <li key={`${refKey(ref)}-${i}`} className={`${styles.row} ${dragging === i ? styles.dragging : ''}`}
            tabIndex={0} data-step-row={i} data-testid="picked-step" draggable
            aria-label={`Step ${i + 1}: ${options.nameOf(ref)}. Alt+Up or Alt+Down to move, Delete to remove.`}
            onKeyDown={(e) => onKey(e, i)} onDragStart={() => setDragging(i)} onDragEnd={() => setDragging(null)}
            onDragOver={(e) => e.preventDefault()} onDrop={(e) => onDrop(e, i)}>
            <span className={styles.grip} aria-hidden="true">⋮⋮</span>
            <span className={styles.number} aria-hidden="true">{i + 1}</span>
            <span className={styles.name}>
              {options.nameOf(ref)}
              <span className={styles.kind}>{ref.stepId !== undefined ? stageOf(options, ref.stepId) : 'activity'}</span>
            </span>
            <span className={styles.actions}>
              <button type="button" className="icon-btn" aria-label={`Move ${options.nameOf(ref)} up`} disabled={i === 0} onClick={() => moveTo(i, i - 1)}>↑</button>
              <button type="button" className="icon-btn" aria-label={`Move ${options.nameOf(ref)} down`} disabled={i === steps.length - 1} onClick={() => moveTo(i, i + 1)}>↓</button>
              <button type="button" className="icon-btn" aria-label={`Remove ${options.nameOf(ref)}`} onClick={() => remove(i)}>×</button>
            </span>
          </li>
        ))}
      </ol>
      {steps.length < max && (
        <>
          <label htmlFor={addId} className="visually-hidden">Add a step</label>
          <select id={addId} className={`select ${styles.add}`} value="" data-testid="add-step" onChange={(e) => add(e.target.value)}>
            <option value="">+ Add a step…</option>
            {stages.map((stage) => (
              <optgroup key={stage} label={`Map · ${stage}`}>
                {options.mapSteps.filter((s) => s.stageName === stage).map((s) => (
                  <option key={s.stepId} value={`s:${s.stepId}`} disabled={!s.bound || chosen.has(`s:${s.stepId}`)}>
                    {s.name}{s.bound ? '' : ' (not bound to data)'}
                  </option>
                ))}
              </optgroup>
            ))}
            {options.activities.length > 0 && (
              <optgroup label="Activities">
                {options.activities.map((a) => <option key={a} value={`a:${a}`} disabled={chosen.has(`a:${a}`)}>{a}</option>)}
              </optgroup>
            )}
          </select>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">{announce}</p>
    </div>
  );
}

function stageOf(options: StepOptions, stepId: string): string {
  return options.mapSteps.find((s) => s.stepId === stepId)?.stageName ?? 'map step';
}
