// "New map": a blank map of a chosen kind, bound to one of the workspace's event sources (the default preselected;
// the picker shows only when there is more than one), or a jump to the template gallery.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import type { MapKind } from '../../api/model';
import { navigate } from '../../app/router';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { Dialog } from '../../ui/Dialog';
import { mapKindLabels } from '../../ui/kinds';
import styles from './HomePage.module.css';

const kinds = Object.keys(mapKindLabels) as MapKind[];

interface NewMapDialogProps {
  workspaceId: string;
  open: boolean;
  onClose: () => void;
  /** sourceId undefined: the server binds a blank map to the workspace's default source. */
  onCreate: (name: string, kind: MapKind, sourceId?: string) => Promise<void>;
}

export function NewMapDialog({ workspaceId, open, onClose, onCreate }: NewMapDialogProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<MapKind>('currentState');
  const { load: sourcesLoad } = useServerData({
    key: keys.sources(workspaceId), fetch: (signal) => api.sources.list(workspaceId, signal), enabled: open,
  });
  const sources = sourcesLoad.state === 'ready' ? sourcesLoad.value : [];
  const [picked, setPicked] = useState<string | undefined>(undefined);
  // The picked source while it still exists, else the default one.
  const sourceId = sources.some((s) => s.id === picked) ? picked : sources.find((s) => s.isDefault)?.id;
  const sourceField = useId();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The dialog opens in a child effect first; then the name field takes focus.
  useEffect(() => { if (open) inputRef.current?.select(); }, [open]);
  const [error, setError] = useState<string[]>([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError([]);
    try {
      await onCreate(name.trim() || 'Untitled map', kind, sources.length > 1 ? sourceId : undefined);
    } catch (err) {
      setError(err instanceof ApiError ? err.messages : [String(err)]);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title="New map"
      onClose={onClose}
      footer={(
        <>
          <button type="button" className="btn btn-ghost" onClick={() => navigate('/templates')}>Start from a template instead</button>
          <button type="submit" form="new-map-form" className="btn btn-primary" disabled={busy}>{busy ? 'Creating…' : 'Create blank map'}</button>
        </>
      )}
    >
      <form id="new-map-form" className={styles.form} onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="Untitled map" ref={inputRef} maxLength={200} />
        </label>
        <fieldset className={styles.kinds}>
          <legend>Kind</legend>
          {kinds.map((k) => (
            <label key={k} className={styles.kindOption}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{mapKindLabels[k]}</span>
            </label>
          ))}
        </fieldset>
        {sources.length > 1 && (
          <label className="field" htmlFor={sourceField}>
            <span>Event source</span>
            <select id={sourceField} className="select" value={sourceId ?? ''} data-testid="new-map-source"
              onChange={(e) => setPicked(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>{s.isDefault ? `${s.name} (default)` : s.name}</option>
              ))}
            </select>
            <span className="muted">The map's steps read events from this source only.</span>
          </label>
        )}
        {error.length > 0 && <ul className={styles.formError} role="alert">{error.map((m) => <li key={m}>{m}</li>)}</ul>}
        <p className="muted">
          A template gives you stages, lanes and a persona to start from. A blank map starts empty; a blank service
          blueprint starts with its lanes: evidence, customer actions, frontstage, backstage and support processes.
        </p>
      </form>
    </Dialog>
  );
}
