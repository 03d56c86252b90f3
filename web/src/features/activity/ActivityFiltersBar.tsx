// The activity's filters: what happened (a group of actions), who did it, and between which days.
import type { Schemas } from '../../api/contract';
import { valueOf, type Load } from '../../ui/load';
import { actionGroups } from './actionWords';
import { isFiltered, noFilters, type ActivityFilters } from './activityFilters';
import styles from './Activity.module.css';

interface Props {
  filters: ActivityFilters;
  actors: Load<Schemas['ActivityActor'][]>;
  onChange: (filters: ActivityFilters) => void;
}

export function ActivityFiltersBar({ filters, actors, onChange }: Props) {
  const set = (part: Partial<ActivityFilters>) => onChange({ ...filters, ...part });
  const people = valueOf(actors) ?? [];
  return (
    <div className={styles.filters} role="search" aria-label="Filter the activity">
      <label className="field">
        <span>What</span>
        <select className="select" value={filters.action} onChange={(e) => set({ action: e.target.value })}>
          {actionGroups.map((g) => <option key={g.prefix} value={g.prefix}>{g.label}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Who</span>
        <select className="select" value={filters.actor} onChange={(e) => set({ actor: e.target.value })}>
          <option value="">Anyone</option>
          {people.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input className="input" type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="field">
        <span>To</span>
        <input className="input" type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <button type="button" className="btn btn-ghost" disabled={!isFiltered(filters)} onClick={() => onChange(noFilters)}>Clear filters</button>
    </div>
  );
}
