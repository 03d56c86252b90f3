// Create an API key: name it and pick the event source it writes into, then see the secret once with a copy button
// and a plain warning.
import { useState, type FormEvent } from 'react';
import type { CreatedApiKey, EventSource } from '../../api/data';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import { CopyButton } from './CopyButton';
import styles from './Data.module.css';

export function CreateKeyDialog({ open, onClose, onCreate, sources, initialSource }: {
  open: boolean; onClose: () => void; onCreate: (name: string, sourceId: string | undefined) => Promise<CreatedApiKey>;
  sources: EventSource[]; initialSource: string;
}) {
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const sourceId = picked ?? initialSource;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const close = () => {
    setName('');
    setError(null);
    setCreated(null);
    setPicked(null);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await onCreate(name.trim(), sourceId || undefined));
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Dialog open={open} title="Your new API key" onClose={close} footer={<button type="button" className="btn btn-primary" onClick={close}>Done, I copied it</button>}>
        <p className={styles.warning} role="note">
          <strong>Copy this key now.</strong> It is shown only this once; Waymark keeps only a hash of it. If it is lost, revoke it and create another.
        </p>
        <div className="field">
          <span id="new-key-label">Key “{created.name}”, writing into {created.sourceName}</span>
          <div className={styles.secret}>
            <code aria-labelledby="new-key-label" data-testid="new-api-key">{created.key}</code>
            <CopyButton text={created.key} label="Copy key" />
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      title="New API key"
      onClose={close}
      footer={(
        <>
          <button type="button" className="btn" onClick={close}>Cancel</button>
          <button type="submit" form="create-key-form" className="btn btn-primary" disabled={busy || name.trim().length === 0}>
            {busy ? 'Creating…' : 'Create key'}
          </button>
        </>
      )}
    >
      <form id="create-key-form" className={styles.form} onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Name</span>
          <input className="input" value={name} maxLength={200} autoFocus placeholder="e.g. Website tracking" onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="muted">Say what sends with this key, so you know which one to revoke later.</p>
        {sources.length > 0 && (
          <label className="field">
            <span>Event source</span>
            <select className="input" value={sourceId} onChange={(e) => setPicked(e.target.value)} data-testid="key-source-select">
              {sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
        )}
        {error && <p className={styles.noticeError} role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}
