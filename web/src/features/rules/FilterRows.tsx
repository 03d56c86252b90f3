// Property or attribute filters: key, comparison and value per row ("is set" needs no value), each row's problems
// beside it, rows added and removed.
import type { FilterOp } from './rulesApi';
import type { FieldErrors, FilterRow } from './ruleForm';
import { errorAt } from './ruleForm';
import styles from './Rules.module.css';

const ops: { id: FilterOp; label: string }[] = [
  { id: 'eq', label: 'is' }, { id: 'neq', label: 'is not' }, { id: 'contains', label: 'contains' },
  { id: 'gt', label: 'greater than' }, { id: 'lt', label: 'less than' }, { id: 'exists', label: 'is set' },
];

interface Props { legend: string; rows: FilterRow[]; path: string; errors: FieldErrors; onChange: (rows: FilterRow[]) => void; addLabel: string }

export function FilterRows({ legend, rows, path, errors, onChange, addLabel }: Props) {
  const set = (i: number, patch: Partial<FilterRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.filters}>
      <legend>{legend}</legend>
      {rows.map((row, i) => {
        const problem = errorAt(errors, `${path}[${i}]`);
        return (
          <div key={i} className={styles.filterRow}>
            <div className={styles.filterInputs}>
              <input className="input" aria-label={`${legend} ${i + 1}: name`} placeholder="name" value={row.key} aria-invalid={problem ? true : undefined}
                onChange={(e) => set(i, { key: e.target.value })} />
              <select className="select" aria-label={`${legend} ${i + 1}: comparison`} value={row.op} onChange={(e) => set(i, { op: e.target.value as FilterOp })}>
                {ops.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
              {row.op !== 'exists' && (
                <input className="input" aria-label={`${legend} ${i + 1}: value`} placeholder="value" value={row.value} aria-invalid={problem ? true : undefined}
                  onChange={(e) => set(i, { value: e.target.value })} />
              )}
              <button type="button" className="icon-btn" aria-label={`Remove ${legend.toLowerCase()} ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>✕</button>
            </div>
            {problem && <span className={styles.fieldError} data-testid="field-error">{problem}</span>}
          </div>
        );
      })}
      <button type="button" className={styles.linkBtn} onClick={() => onChange([...rows, { key: '', op: 'eq', value: '' }])}>{addLabel}</button>
    </fieldset>
  );
}
