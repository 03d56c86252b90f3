// What to compare the map with: the map it is based on first, then the workspace's other maps, then its own
// earlier revisions. One native select, so it works with the keyboard and screen readers as they expect.
import type { MapSummary } from '../../api/model';
import type { CompareTarget } from '../../app/router';
import { relativeTime } from '../../ui/relativeTime';
import type { components } from '../../api/schema.gen';
import { parseTarget, targetValue } from './compareTarget';
import styles from './Compare.module.css';

export type Revision = components['schemas']['MapRevisionSummary'];

interface ComparePickerProps {
  mapId: string;
  basedOnMapId: string | null | undefined;
  maps: readonly MapSummary[];
  revisions: readonly Revision[];
  value: CompareTarget | undefined;
  onChange: (target: CompareTarget) => void;
}

export function ComparePicker({ mapId, basedOnMapId, maps, revisions, value, onChange }: ComparePickerProps) {
  const basedOn = maps.find((m) => m.id === basedOnMapId);
  const others = maps.filter((m) => m.id !== mapId && m.id !== basedOnMapId);
  // The newest revision is the map as it is now; comparing with it shows nothing.
  const earlier = revisions.slice(1);
  return (
    <label className={styles.picker}>
      <span>Compare with</span>
      <select value={targetValue(value)} data-testid="compare-with"
        onChange={(e) => { const t = parseTarget(e.target.value); if (t) onChange(t); }}>
        {!value && <option value="">Choose a map or a revision…</option>}
        {basedOn && (
          <optgroup label="Based on">
            <option value={`map:${basedOn.id}`}>{basedOn.name}</option>
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label="Other maps">
            {others.map((m) => <option key={m.id} value={`map:${m.id}`}>{m.name}</option>)}
          </optgroup>
        )}
        {earlier.length > 0 && (
          <optgroup label="Earlier versions of this map">
            {earlier.map((r) => (
              <option key={r.number} value={`revision:${r.number}`}>
                {`Revision ${r.number} · ${relativeTime(r.createdAt)}${r.author ? ` · ${r.author}` : ''}`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
