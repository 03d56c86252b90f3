// The data view's source: which event source the map's steps are measured in. A map made from a template (or
// imported from a file) reads none until someone picks one, so it never fills with another data set's events whose
// activity names happen to match; until then it says "Connect a data source".
import { useId, useState } from 'react';
import { ApiError } from '../../../api/http';
import { useMapSession } from '../../map/MapSession';
import { useBindings } from '../bindings/BindingsContext';
import { useOverlay } from '../overlay/OverlayContext';
import { useMapSource } from './useMapSource';
import styles from './SourcePicker.module.css';

export function SourcePicker() {
  const { workspaceId } = useOverlay(); // a share guest has no workspace session
  const { map } = useMapSession();
  const { readOnly } = useBindings();
  const { current, sources, bind, binding } = useMapSource(workspaceId, map.id, !readOnly);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (current.state !== 'ready') return null;
  const bound = current.value.sourceId;
  const unbound = bound === null;
  if (readOnly) {
    return (
      <span className={unbound ? styles.connect : styles.source} data-testid="map-source">
        {unbound ? 'No data source' : <>Source <strong>{current.value.sourceName}</strong></>}
      </span>
    );
  }
  const list = sources.state === 'ready' ? sources.value : [];
  const change = async (value: string) => {
    setError(null);
    try { await bind(value || null); } catch (err) { setError(err instanceof ApiError ? err.messages.join(' ') : String(err)); }
  };
  return (
    <span className={styles.group} data-testid="map-source" data-bound={unbound ? 'none' : bound}>
      <label className={unbound ? styles.connect : styles.label} htmlFor={id}>{unbound ? 'Connect a data source' : 'Source'}</label>
      <select id={id} className={styles.select} value={bound ?? ''} disabled={binding} data-testid="map-source-picker"
        onChange={(e) => void change(e.target.value)}>
        <option value="">{unbound ? 'Pick a source…' : 'No source'}</option>
        {list.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      {error && <span className={styles.problem} role="alert">{error}</span>}
    </span>
  );
}
