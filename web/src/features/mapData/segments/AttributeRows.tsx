// "Customers whose … is one of …": customer attribute conditions, every row must hold.
import { useId } from 'react';
import { newAttributeRow, type AttributeRow } from './segmentDraft';
import styles from './Segments.module.css';

interface AttributeRowsProps {
  rows: AttributeRow[];
  problems: Record<string, string>;
  showProblems: boolean;
  onChange: (rows: AttributeRow[]) => void;
}

export function AttributeRows({ rows, problems, showProblems, onChange }: AttributeRowsProps) {
  const heading = useId();
  const set = (key: string, patch: Partial<AttributeRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.sectionTitle}>Customer attributes</h3>
      <p className={styles.hint}>Each row must hold; list several values with commas, e.g. plan is one of pro, team.</p>
      {rows.map((row, i) => {
        const problem = showProblems ? problems[row.key] : undefined;
        const errorId = `${heading}-e${i}`;
        return (
          <div key={row.key} className={styles.section} data-testid="segment-attribute">
            <div className={styles.attrRow}>
              <input className="input" aria-label={`Attribute of condition ${i + 1}`} placeholder="Attribute, e.g. plan" value={row.attribute}
                autoComplete="off" spellCheck={false} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined}
                onChange={(e) => set(row.key, { attribute: e.target.value })} />
              <span className={styles.attrWord}>is one of</span>
              <input className="input" aria-label={`Values of condition ${i + 1}`} placeholder="pro, team" value={row.values}
                autoComplete="off" spellCheck={false} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined}
                onChange={(e) => set(row.key, { values: e.target.value })} />
              <button type="button" className="icon-btn" aria-label={`Remove condition ${i + 1}`} title="Remove this condition"
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>✕</button>
            </div>
            {problem && <p id={errorId} className={styles.problem}>{problem}</p>}
          </div>
        );
      })}
      <button type="button" className={`btn btn-ghost btn-sm ${styles.add}`} data-testid="segment-add-attribute"
        onClick={() => onChange([...rows, newAttributeRow()])}>
        <span aria-hidden="true">+</span> Add an attribute condition
      </button>
    </section>
  );
}
