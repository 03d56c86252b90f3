// Names a version (or renames one): one field, Enter saves; the server's reason shows under the field when it
// refuses (empty, longer than 100 characters).
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import styles from './History.module.css';

interface VersionNameDialogProps {
  open: boolean;
  /** The name being changed; none: a new version. */
  renaming?: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

export const maxVersionName = 100;

export function VersionNameDialog({ open, renaming, onSave, onClose }: VersionNameDialogProps) {
  return (
    <Dialog open={open} title={renaming === undefined ? 'Name this version' : 'Rename the version'} onClose={onClose}>
      {open && <NameForm initial={renaming ?? ''} onSave={onSave} onClose={onClose} />}
    </Dialog>
  );
}

function NameForm({ initial, onSave, onClose }: { initial: string; onSave: (name: string) => Promise<void>; onClose: () => void }) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const trimmed = name.trim();
  const tooLong = trimmed.length > maxVersionName;
  const submit = async () => {
    if (trimmed.length === 0 || tooLong || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(trimmed);
    } catch (e) {
      setError(e instanceof ApiError ? e.messages.join(' ') : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={styles.nameForm} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label className="field">
        <span>Name</span>
        <input className="input" autoFocus value={name} maxLength={maxVersionName + 20} placeholder="after the workshop"
          aria-invalid={tooLong || error !== undefined} aria-describedby="version-name-hint" data-testid="version-name"
          onChange={(e) => setName(e.target.value)} />
      </label>
      <p id="version-name-hint" className={error || tooLong ? styles.fieldError : styles.hint} role={error ? 'alert' : undefined}>
        {error ?? (tooLong ? `At most ${maxVersionName} characters (${trimmed.length} now).` : 'A name for the map as it is at this point, such as “after the workshop”.')}
      </p>
      <div className={styles.formActions}>
        <button type="button" className="btn" onClick={onClose}>Cancel</button>
        <button type="submit" className="btn btn-primary" disabled={trimmed.length === 0 || tooLong || busy} data-testid="version-save">
          {busy ? 'Saving…' : 'Save name'}
        </button>
      </div>
    </form>
  );
}
