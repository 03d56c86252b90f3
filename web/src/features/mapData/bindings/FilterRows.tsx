// The optional property filter of a binding: rows of "property = value" that must all hold, added and removed.
import { useId, useRef } from 'react';
import type { FilterRow, FilterRowProblems } from './binding';
import styles from './Bindings.module.css';

interface FilterRowsProps {
  rows: FilterRow[];
  problems: Record<string, FilterRowProblems>;
  showProblems: boolean;
  onChange: (rows: FilterRow[]) => void;
  onAdd: () => void;
  /** Enter in a filter field saves the binding, like a form. */
  onSubmit: () => void;
}

export function FilterRows({ rows, problems, showProblems, onChange, onAdd, onSubmit }: FilterRowsProps) {
  const heading = useId();
  const list = useRef<HTMLElement>(null);
  const focusLater = (pick: (inputs: HTMLElement[]) => HTMLElement | undefined) =>
    requestAnimationFrame(() => pick([...(list.current?.querySelectorAll<HTMLElement>('input, [data-add-filter]') ?? [])])?.focus());
  const add = () => {
    onAdd();
    focusLater((inputs) => inputs[inputs.length - 3]); // the new row's property (then its value, then "Add a filter")
  };
  const removeAt = (key: string, index: number) => {
    onChange(rows.filter((r) => r.key !== key));
    focusLater((inputs) => inputs[Math.min(index, rows.length - 2) * 2] ?? inputs[inputs.length - 1]);
  };
  const set = (key: string, patch: Partial<FilterRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <section ref={list} className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.sectionTitle}>Only when <span className={styles.optional}>optional</span></h3>
      <p className={styles.hint}>Count an activity only when every property below has its value, e.g. plan = pro.</p>
      {rows.length > 0 && (
        <ul className={styles.filters}>
          {rows.map((row, i) => {
            const found = showProblems ? problems[row.key] : undefined;
            const errorId = `${heading}-e${i}`;
            return (
              <li key={row.key} className={styles.filterItem} data-testid="binding-filter">
                <div className={styles.filterRow}>
                  <FilterField part="property" row={row} index={i} invalid={!!found?.property}
                    describedBy={found ? errorId : undefined} onSet={set} onSubmit={onSubmit} />
                  <span className={styles.equals} aria-hidden="true">=</span>
                  <FilterField part="value" row={row} index={i} invalid={!!found?.value}
                    describedBy={found ? errorId : undefined} onSet={set} onSubmit={onSubmit} />
                  <button type="button" className="icon-btn" aria-label={`Remove filter ${i + 1}`} title="Remove this filter"
                    onClick={() => removeAt(row.key, i)}>
                    ✕
                  </button>
                </div>
                {found && (
                  <p id={errorId} className={styles.problem}>{[found.property, found.value].filter(Boolean).join(' ')}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className={`btn btn-ghost btn-sm ${styles.addFilter}`} onClick={add} data-testid="binding-add-filter"
        data-add-filter>
        <span aria-hidden="true">+</span> Add a filter
      </button>
    </section>
  );
}

interface FilterFieldProps {
  part: 'property' | 'value';
  row: FilterRow;
  index: number;
  invalid: boolean;
  describedBy: string | undefined;
  onSet: (key: string, patch: Partial<FilterRow>) => void;
  onSubmit: () => void;
}

/** One side of a "property = value" row; Enter saves the binding. */
function FilterField({ part, row, index, invalid, describedBy, onSet, onSubmit }: FilterFieldProps) {
  const label = part === 'property' ? 'Property' : 'Value';
  return (
    <input
      className="input"
      aria-label={`${label} of filter ${index + 1}`}
      placeholder={label}
      value={row[part]}
      autoComplete="off"
      spellCheck={false}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => onSet(row.key, { [part]: e.target.value })}
      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); onSubmit(); } }}
    />
  );
}
