// The Explore page's scope: the event source, the period, the segment and the map whose steps the views offer
// first. The same choices as the map's data bar, so a figure read here and on the map is asked for the same way;
// picking a map picks the source it reads.
import { useId } from 'react';
import { useWorkspace } from '../../app/workspace';
import { valueOf } from '../../ui/load';
import { useMaps } from '../home/useMaps';
import { useExploreSources } from './useExploreSources';
import { rangePresets, useSegments, type RangePreset } from '../mapData';
import type { ExploreScope } from './exploreScope';
import styles from './Explore.module.css';

export function ScopeBar({ scope, onChange, error }: { scope: ExploreScope; onChange: (next: ExploreScope) => void; error?: string }) {
  const workspace = useWorkspace();
  const segments = valueOf(useSegments(workspace.id, true)) ?? [];
  const maps = valueOf(useMaps(workspace.id).load)?.maps ?? [];
  const sources = valueOf(useExploreSources(workspace.id)) ?? [];
  const ids = { source: useId(), range: useId(), from: useId(), to: useId(), segment: useId(), map: useId() };
  const range = scope.range;
  const setRange = (preset: RangePreset) => onChange({ ...scope, range: { ...range, preset } });
  return (
    <section className={styles.scope} aria-label="What to measure" data-testid="explore-scope">
      {sources.length > 1 && (
        <div className={styles.group}>
          <label className={styles.field} htmlFor={ids.source}>Source</label>
          <select id={ids.source} className={styles.select} value={scope.source ?? sources[0]!.id} data-testid="explore-source"
            onChange={(e) => onChange({ ...scope, source: e.target.value === sources[0]!.id ? null : e.target.value })}>
            {sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
      )}
      <div className={styles.group}>
        <label className={styles.field} htmlFor={ids.range}>Period</label>
        <select id={ids.range} className={styles.select} value={range.preset} data-testid="explore-period"
          onChange={(e) => setRange(e.target.value as RangePreset)}>
          {rangePresets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
        {range.preset === 'custom' && (
          <>
            <label className="visually-hidden" htmlFor={ids.from}>From</label>
            <input id={ids.from} type="date" className={styles.date} value={range.fromDate ?? ''} data-testid="explore-from"
              onChange={(e) => onChange({ ...scope, range: { ...range, fromDate: e.target.value || undefined } })} />
            <span aria-hidden="true">–</span>
            <label className="visually-hidden" htmlFor={ids.to}>To</label>
            <input id={ids.to} type="date" className={styles.date} value={range.toDate ?? ''} data-testid="explore-to"
              onChange={(e) => onChange({ ...scope, range: { ...range, toDate: e.target.value || undefined } })} />
          </>
        )}
      </div>
      <div className={styles.group}>
        <label className={styles.field} htmlFor={ids.segment}>Segment</label>
        <select id={ids.segment} className={styles.select} value={scope.segment ?? ''} data-testid="explore-segment"
          onChange={(e) => onChange({ ...scope, segment: e.target.value || null })}>
          <option value="">All customers</option>
          {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className={styles.group}>
        <label className={styles.field} htmlFor={ids.map}>Steps from</label>
        <select id={ids.map} className={styles.select} value={scope.mapId ?? ''} data-testid="explore-map"
          onChange={(e) => {
            const map = maps.find((m) => m.id === e.target.value);
            const source = map?.sourceId ?? scope.source;
            onChange({ ...scope, mapId: map?.id ?? null, source: source === sources[0]?.id ? null : source });
          }}>
          <option value="">No map: activities only</option>
          {maps.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </div>
      {error && <p className={styles.scopeError} role="alert">{error}</p>}
    </section>
  );
}
