// The explorer's filter bar: a menu per condition with each value's count among the matching items, the period, the
// map whose placement gives items their steps, the segment, solicited or not, and the chosen conditions as chips that
// take themselves away, with "Clear all".
import type { Schemas } from '../../../api/contract';
import { bands, cleared, conditionCount, emotions, intents, scoreTypes, sentiments, sources, toggle, type ExplorerState, type ListKey } from './explorerState';
import { FilterMenu, type FilterOption } from './FilterMenu';
import { listLabels, valueLabel } from './labels';
import styles from './Explorer.module.css';

type Facets = Schemas['FeedbackFacetsDto'];

export interface Named {
  id: string;
  name: string;
}

interface Props {
  state: ExplorerState;
  onChange: (next: ExplorerState) => void;
  facets: Facets | undefined;
  maps: readonly Named[];
  steps: readonly Named[];
  segments: readonly Named[];
  tags: readonly Named[];
}

export function ExplorerFilters({ state, onChange, facets, maps, steps, segments, tags }: Props) {
  const options = (key: ListKey, values: readonly string[], counts?: Record<string, number>): FilterOption[] =>
    values.map((v) => ({ value: v, label: valueLabel(key, v), count: counts ? counts[v] ?? 0 : undefined }));
  const menu = (key: ListKey, opts: FilterOption[], empty?: string) => (
    <FilterMenu label={listLabels[key]} options={opts} chosen={state.lists[key]} onToggle={(v) => onChange(toggle(state, key, v))}
      testId={`filter-${key}`} empty={empty} />
  );
  const named = (list: readonly Named[], counts?: Record<string, number> | null) =>
    list.map((n) => ({ value: n.id, label: n.name, count: counts ? counts[n.id] ?? 0 : undefined }));
  const set = (patch: Partial<ExplorerState>) => onChange({ ...state, ...patch });
  return (
    <div className={styles.filters}>
      <div className={styles.filterRow} role="group" aria-label="Filters">
        {menu('source', options('source', sources, facets?.sources))}
        {menu('band', options('band', bands, facets?.bands))}
        {menu('scoreType', options('scoreType', scoreTypes, facets?.scoreTypes))}
        {menu('sentiment', options('sentiment', sentiments, facets?.sentiments))}
        {menu('emotion', options('emotion', emotions, facets?.emotions))}
        {menu('intent', options('intent', intents, facets?.intents))}
        {menu('tag', named(tags, facets?.tags), 'No tags yet: select items and tag them')}
        <select className={`select ${styles.small}`} aria-label="Solicited or not" value={state.solicited} data-testid="filter-solicited"
          onChange={(e) => set({ solicited: e.target.value as ExplorerState['solicited'] })}>
          <option value="">Asked or not</option>
          <option value="true">Asked for (surveys){facets ? ` · ${facets.solicited.toLocaleString('en-US')}` : ''}</option>
          <option value="false">Given unasked{facets ? ` · ${facets.unsolicited.toLocaleString('en-US')}` : ''}</option>
        </select>
        <select className={`select ${styles.small}`} aria-label="Segment" value={state.segment} data-testid="filter-segment"
          onChange={(e) => set({ segment: e.target.value })}>
          <option value="">All customers</option>
          {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <label className={styles.date}>
          <span>From</span>
          <input type="date" className="input" value={state.from.slice(0, 10)} data-testid="filter-from" onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className={styles.date}>
          <span>Before</span>
          <input type="date" className="input" value={state.to.slice(0, 10)} data-testid="filter-to" onChange={(e) => set({ to: e.target.value })} />
        </label>
      </div>
      <div className={styles.filterRow} role="group" aria-label="Steps of a map">
        <select className={`select ${styles.small}`} aria-label="Map whose steps to show" value={state.map} data-testid="filter-map"
          onChange={(e) => onChange({ ...state, map: e.target.value, lists: { ...state.lists, step: [] } })}>
          <option value="">No map: steps not shown</option>
          {maps.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
        {state.map && menu('step', named(steps, facets?.steps), 'This map has no steps')}
        {conditionCount(state) > 0 && (
          <button type="button" className="btn btn-sm btn-ghost" data-testid="filter-clear" onClick={() => onChange(cleared(state))}>Clear all</button>
        )}
      </div>
      <Chips state={state} onChange={onChange} steps={steps} tags={tags} segments={segments} />
    </div>
  );
}

function Chips({ state, onChange, steps, tags, segments }: Pick<Props, 'state' | 'onChange' | 'steps' | 'tags' | 'segments'>) {
  const name = (key: ListKey, v: string) => (key === 'step' ? steps.find((s) => s.id === v)?.name
    : key === 'tag' ? tags.find((t) => t.id === v)?.name : undefined) ?? valueLabel(key, v);
  const chips: { key: string; label: string; remove: () => void }[] = [];
  if (state.q.trim()) chips.push({ key: 'q', label: `“${state.q.trim()}”`, remove: () => onChange({ ...state, q: '' }) });
  for (const key of Object.keys(state.lists) as ListKey[]) {
    for (const v of state.lists[key]) chips.push({ key: `${key}:${v}`, label: `${listLabels[key]}: ${name(key, v)}`, remove: () => onChange(toggle(state, key, v)) });
  }
  if (state.segment) chips.push({ key: 'segment', label: `Segment: ${segments.find((s) => s.id === state.segment)?.name ?? state.segment}`, remove: () => onChange({ ...state, segment: '' }) });
  if (state.from || state.to) chips.push({ key: 'period', label: `Period: ${state.from || '…'} to ${state.to || '…'}`, remove: () => onChange({ ...state, from: '', to: '' }) });
  if (state.solicited) chips.push({ key: 'solicited', label: state.solicited === 'true' ? 'Asked for' : 'Given unasked', remove: () => onChange({ ...state, solicited: '' }) });
  if (chips.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Conditions in use" data-testid="filter-chips">
      {chips.map((c) => (
        <li key={c.key} className={styles.chip}>
          <span>{c.label}</span>
          <button type="button" className={styles.chipX} aria-label={`Remove ${c.label}`} onClick={c.remove}>×</button>
        </li>
      ))}
    </ul>
  );
}
