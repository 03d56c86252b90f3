// The question: which step, what changes there (its conversion or the wait after it) and by how much — points with
// a slider and a number field that move together, or a duration with its unit.
import { useId } from 'react';
import type { WhatIfKind } from '../../api/whatif';
import { waitUnits, type StepChoice, type WaitUnit, type WhatIfInput } from './whatIfView';
import styles from './WhatIf.module.css';

interface Props {
  choices: StepChoice[];
  stepId: string;
  input: WhatIfInput;
  error?: string;
  onStep: (stepId: string) => void;
  onInput: (input: WhatIfInput) => void;
}

const kinds: { id: WhatIfKind; label: string }[] = [{ id: 'conversion', label: 'Conversion rises' }, { id: 'wait', label: 'Wait falls' }];

export function WhatIfQuestion({ choices, stepId, input, error, onStep, onInput }: Props) {
  const ids = { step: useId(), points: useId(), slider: useId(), wait: useId(), unit: useId(), error: useId(), kind: useId() };
  return (
    <div className={styles.question}>
      <div className={styles.field}>
        <label htmlFor={ids.step}>Step</label>
        <select id={ids.step} className={styles.select} value={stepId} data-testid="whatif-step" onChange={(e) => onStep(e.target.value)}>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className={styles.segmented} role="radiogroup" aria-label="What changes">
        {kinds.map((k) => (
          <label key={k.id} className={styles.segment}>
            <input type="radio" name={ids.kind} value={k.id} checked={input.kind === k.id} data-testid={`whatif-kind-${k.id}`}
              onChange={() => onInput({ ...input, kind: k.id })} />
            <span>{k.label}</span>
          </label>
        ))}
      </div>
      {input.kind === 'conversion' ? (
        <div className={styles.field}>
          <label htmlFor={ids.points}>Change in conversion (percentage points)</label>
          <div className={styles.amount}>
            <input id={ids.slider} type="range" min={-50} max={50} step={1} className={styles.slider} aria-label="Points, slider"
              value={Number.isFinite(Number(input.points)) ? Math.max(-50, Math.min(50, Number(input.points))) : 0}
              data-testid="whatif-points-slider" onChange={(e) => onInput({ ...input, points: e.target.value })} />
            <input id={ids.points} type="number" min={-100} max={100} step={1} inputMode="decimal" className={styles.number}
              value={input.points} data-testid="whatif-points" aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : undefined} onChange={(e) => onInput({ ...input, points: e.target.value })} />
            <span className={styles.unit}>pts</span>
          </div>
        </div>
      ) : (
        <div className={styles.field}>
          <label htmlFor={ids.wait}>How much shorter the wait is</label>
          <div className={styles.amount}>
            <input id={ids.wait} type="number" min={0} step="any" inputMode="decimal" className={styles.number}
              value={input.wait} data-testid="whatif-wait" aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : undefined} onChange={(e) => onInput({ ...input, wait: e.target.value })} />
            <label className="visually-hidden" htmlFor={ids.unit}>Unit</label>
            <select id={ids.unit} className={styles.select} value={input.unit} data-testid="whatif-unit"
              onChange={(e) => onInput({ ...input, unit: e.target.value as WaitUnit })}>
              {waitUnits.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
            </select>
          </div>
        </div>
      )}
      {error && <p id={ids.error} className={styles.invalid} role="alert" data-testid="whatif-invalid">{error}</p>}
    </div>
  );
}
