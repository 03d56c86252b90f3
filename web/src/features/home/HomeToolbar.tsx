// Search, kind filter and sort for the map grid; every control is labelled and works from the keyboard.
import type { MapKind } from '../../api/model';
import { mapKindLabels } from '../../ui/kinds';
import type { MapQuery, MapSort } from './mapList';
import styles from './HomePage.module.css';

interface HomeToolbarProps {
  query: MapQuery;
  counts: Map<string, number>;
  /** Null while the maps load, so no count is shown yet. */
  total: number | null;
  onChange: (query: MapQuery) => void;
}

export function HomeToolbar({ query, counts, total, onChange }: HomeToolbarProps) {
  const kinds = (Object.keys(mapKindLabels) as MapKind[]).filter((k) => counts.has(k) || query.kind === k);
  return (
    <div className={styles.toolbar}>
      <label className={styles.search}>
        <span className="visually-hidden">Search maps</span>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="7" cy="7" r="4.5" stroke="currentColor" strokeWidth="1.6" fill="none" /><path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
        <input
          className="input"
          type="search"
          data-testid="search-maps"
          placeholder="Search by name or description"
          value={query.text}
          onChange={(e) => onChange({ ...query, text: e.target.value })}
        />
      </label>
      <div className={styles.chips} role="group" aria-label="Filter by kind">
        <button type="button" className={styles.chip} aria-pressed={query.kind === 'all'} onClick={() => onChange({ ...query, kind: 'all' })}>
          All{total !== null && <span className={styles.chipCount}>{total}</span>}
        </button>
        {kinds.map((k) => (
          <button key={k} type="button" className={styles.chip} aria-pressed={query.kind === k} onClick={() => onChange({ ...query, kind: k })}>
            {mapKindLabels[k]}<span className={styles.chipCount}>{counts.get(k) ?? 0}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function SortSelect({ query, onChange }: { query: MapQuery; onChange: (query: MapQuery) => void }) {
  return (
    <label className={styles.sort}>
      Sort by
      <select className="select" value={query.sort} onChange={(e) => onChange({ ...query, sort: e.target.value as MapSort })}>
        <option value="edited">Last edited</option>
        <option value="name">Name</option>
      </select>
    </label>
  );
}
