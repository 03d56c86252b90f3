// One filter of the bar: a button that opens a list of values with checkboxes and how many matching items have each.
// A native <details> keeps it keyboard-usable (Enter/Space opens, Tab walks the boxes, Escape closes).
import { useRef, type KeyboardEvent } from 'react';
import styles from './Explorer.module.css';

export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

interface Props {
  label: string;
  options: readonly FilterOption[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
  testId: string;
  empty?: string;
}

export function FilterMenu({ label, options, chosen, onToggle, testId, empty = 'Nothing to choose' }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !ref.current?.open) return;
    ref.current.open = false;
    ref.current.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className={styles.menu} data-testid={testId} onKeyDown={onKey}>
      <summary className={`btn btn-sm ${chosen.length > 0 ? styles.menuOn : ''}`}>
        {label}{chosen.length > 0 && <span className={styles.menuCount}>{chosen.length}</span>}
      </summary>
      <div className={styles.menuPanel} role="group" aria-label={label}>
        {options.length === 0 && <p className="muted">{empty}</p>}
        {options.map((o) => (
          <label key={o.value} className={styles.menuOption}>
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => onToggle(o.value)} />
            <span className={styles.menuLabel}>{o.label}</span>
            {o.count !== undefined && <span className={styles.menuFigure}>{o.count.toLocaleString('en-US')}</span>}
          </label>
        ))}
      </div>
    </details>
  );
}
