// A 1..5 score as five small dots: read-only for readers, a radio group while editing (arrow keys or a click;
// clicking the chosen dot again clears the score).
import { memo, useRef, type KeyboardEvent } from 'react';
import styles from './Ideas.module.css';

const levels = [1, 2, 3, 4, 5];

export const DotMeter = memo(function DotMeter({ label, value }: { label: string; value: number | undefined }) {
  return (
    <span className={styles.meter} role="img" aria-label={value ? `${label}: ${value} of 5` : `${label}: not scored`} title={`${label}: ${value ?? '–'} / 5`}>
      <span className={styles.meterLabel} aria-hidden="true">{label.slice(0, 1)}</span>
      {levels.map((l) => <span key={l} className={`${styles.dot} ${value !== undefined && l <= value ? styles.dotOn : ''}`} />)}
    </span>
  );
});

export function DotInput({ label, value, onChange }: { label: string; value: number | undefined; onChange: (v: number | undefined) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    const next = Math.max(1, Math.min(5, (value ?? 0) + by));
    onChange(next);
    ref.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next - 1]?.focus();
  };
  return (
    <div className={styles.dotInput}>
      <span className={styles.dotInputLabel}>{label}</span>
      <div ref={ref} role="radiogroup" aria-label={label} className={styles.dotRow} onKeyDown={onKeyDown}>
        {levels.map((l) => (
          <button key={l} type="button" role="radio" aria-checked={value === l} aria-label={`${l} of 5`}
            tabIndex={value === l || (value === undefined && l === 1) ? 0 : -1}
            className={`${styles.dotButton} ${value !== undefined && l <= value ? styles.dotOn : ''}`}
            onClick={() => onChange(value === l ? undefined : l)} />
        ))}
      </div>
    </div>
  );
}
