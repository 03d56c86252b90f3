// On a map with two or more personas: show everyone, or one persona's lanes and curve.
import type { Persona } from '../../../api/model';
import styles from './toolbar.module.css';

export function PersonaFilter({ personas, value, onChange }: { personas: Persona[]; value: string | null; onChange: (id: string | null) => void }) {
  return (
    <label className={styles.filter}>
      <span className={styles.filterLabel}>Persona</span>
      <select className={styles.select} aria-label="Show persona" value={value ?? ''} data-testid="persona-filter" onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All personas</option>
        {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
    </label>
  );
}
