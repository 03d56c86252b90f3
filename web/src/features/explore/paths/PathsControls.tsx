// The paths view's settings: the start, the direction, columns, activities kept per column, repeats collapsed and
// a second segment to compare with.
import { useId } from 'react';
import type { ActivitySummary, JourneyMap } from '../../../api/model';
import { useWorkspace } from '../../../app/workspace';
import { valueOf } from '../../../ui/load';
import { useSegments } from '../../mapData';
import { depthRange, widthRange, type PathsSettings } from './pathsSettings';
import { StartPicker } from './StartPicker';
import styles from './Paths.module.css';

interface Props {
  settings: PathsSettings;
  onChange: (next: PathsSettings) => void;
  map: JourneyMap | null;
  activities: ActivitySummary[];
  /** The scope's segment, which the compared one is set against. */
  segment: string | null;
}

const range = (r: { min: number; max: number }) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i);

export function PathsControls({ settings, onChange, map, activities, segment }: Props) {
  const workspace = useWorkspace();
  const segments = (valueOf(useSegments(workspace.id, true)) ?? []).filter((s) => s.id !== segment);
  const ids = { depth: useId(), width: useId(), compare: useId(), collapse: useId() };
  const backward = settings.direction === 'backward';
  return (
    <section className={styles.controls} aria-label="Paths settings" data-testid="paths-controls">
      <StartPicker start={settings.start} map={map} activities={activities} backward={backward}
        onChange={(start) => onChange({ ...settings, start })} />
      <div className={styles.control} role="radiogroup" aria-label="Direction">
        <span className={styles.field} aria-hidden="true">Direction</span>
        <div className={styles.segmented}>
          {(['forward', 'backward'] as const).map((d) => (
            <button key={d} type="button" role="radio" aria-checked={settings.direction === d} data-testid={`paths-dir-${d}`}
              className={styles.segment} onClick={() => onChange({ ...settings, direction: d })}>
              {d === 'forward' ? 'After it' : 'Before it'}
            </button>
          ))}
        </div>
      </div>
      <div className={styles.control}>
        <label className={styles.field} htmlFor={ids.depth}>Steps</label>
        <select id={ids.depth} className={styles.select} value={settings.depth} data-testid="paths-depth"
          onChange={(e) => onChange({ ...settings, depth: Number(e.target.value) })}>
          {range(depthRange).map((n) => <option key={n} value={n}>{n - 1} after the start</option>)}
        </select>
      </div>
      <div className={styles.control}>
        <label className={styles.field} htmlFor={ids.width}>Per step, show</label>
        <select id={ids.width} className={styles.select} value={settings.width} data-testid="paths-width"
          onChange={(e) => onChange({ ...settings, width: Number(e.target.value) })}>
          {range(widthRange).map((n) => <option key={n} value={n}>top {n}, rest as “other”</option>)}
        </select>
      </div>
      <div className={styles.control}>
        <input id={ids.collapse} type="checkbox" checked={settings.collapse} data-testid="paths-collapse"
          onChange={(e) => onChange({ ...settings, collapse: e.target.checked })} />
        <label className={styles.check} htmlFor={ids.collapse}>Count repeats once</label>
      </div>
      <div className={styles.control}>
        <label className={styles.field} htmlFor={ids.compare}>Compare with</label>
        <select id={ids.compare} className={styles.select} value={settings.compare ?? ''} data-testid="paths-compare"
          onChange={(e) => onChange({ ...settings, compare: e.target.value || null })}>
          <option value="">No comparison</option>
          {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
    </section>
  );
}
