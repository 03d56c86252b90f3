// Rename a map: the name is part of the map document, so this is a guarded write of the whole document.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http';
import type { MapSummary } from '../../api/model';
import { Dialog } from '../../ui/Dialog';
import styles from './HomePage.module.css';

interface RenameMapDialogProps {
  map: MapSummary | null;
  onClose: () => void;
  onRename: (map: MapSummary, name: string) => Promise<void>;
}

export function RenameMapDialog({ map, onClose, onRename }: RenameMapDialogProps) {
  // Keyed by map id by its parent, so the name starts fresh for each map.
  const [name, setName] = useState(map?.name ?? '');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The dialog opens in a child effect first; then the name field takes focus.
  useEffect(() => { if (map) inputRef.current?.select(); }, [map]);
  const [error, setError] = useState<string[]>([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!map) return;
    const trimmed = name.trim();
    if (!trimmed) { setError(['A map needs a name.']); return; }
    if (trimmed === map.name) { onClose(); return; }
    setBusy(true);
    try {
      await onRename(map, trimmed);
    } catch (err) {
      setError(err instanceof ApiError && err.isStale
        ? ['Someone changed this map a moment ago. Try again to rename the latest version.']
        : err instanceof ApiError ? err.messages : [String(err)]);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={map !== null}
      title="Rename map"
      onClose={onClose}
      footer={(
        <>
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="submit" form="rename-map-form" className="btn btn-primary" disabled={busy}>{busy ? 'Saving…' : 'Rename'}</button>
        </>
      )}
    >
      <form id="rename-map-form" className={styles.form} onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} ref={inputRef} maxLength={200} aria-invalid={error.length > 0} />
        </label>
        {error.length > 0 && <ul className={styles.formError} role="alert">{error.map((m) => <li key={m}>{m}</li>)}</ul>}
      </form>
    </Dialog>
  );
}
