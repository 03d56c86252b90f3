// "Draft from data": names the map and caps its steps, asks the server to draft a current-state map from the
// workspace's events, then opens it. A workspace without events gets the server's explanation and a way on.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { defaultSteps, draftRequest, maxSteps, minSteps, validateDraft, type DraftForm } from './draftForm';
import styles from './Drafts.module.css';

export function DraftFromDataDialog({ workspaceId, open, onClose }: { workspaceId: string; open: boolean; onClose: () => void }) {
  const [form, setForm] = useState<DraftForm>({ name: '', steps: String(defaultSteps) });
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ title: string; messages: string[]; noEvents?: boolean } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), steps: useId(), stepsHelp: useId() };
  // Each opening starts without the last attempt's error.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) { setError(null); setBusy(false); }
  }
  useEffect(() => { if (open) nameRef.current?.focus(); }, [open]);
  const problems = touched ? validateDraft(form) : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(validateDraft(form)).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const { value } = await api.maps.draftFromData(workspaceId, draftRequest(form));
      navigate(`/maps/${encodeURIComponent(value.id)}`);
    } catch (err) {
      setBusy(false);
      setError(err instanceof ApiError
        ? { title: err.problem.title ?? 'The map could not be drafted', messages: err.messages, noEvents: err.status === 422 }
        : { title: 'The map could not be drafted', messages: [String(err)] });
    }
  };

  return (
    <Dialog
      open={open}
      title="Draft a map from data"
      onClose={onClose}
      footer={(
        <>
          <button type="button" className="btn btn-ghost" onClick={onClose}>Cancel</button>
          <button type="submit" form="draft-form" className="btn btn-primary" disabled={busy} data-testid="draft-submit">
            {busy ? 'Drafting…' : 'Draft the map'}
          </button>
        </>
      )}
    >
      <form id="draft-form" className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <p className={styles.intro}>
          Waymark reads this workspace’s customer events and drafts a current-state map: the most common activities in
          the order customers do them, grouped into stages where customers pause longest, each step bound to its
          activity. Edit it like any other map.
        </p>
        <label className="field" htmlFor={ids.name}>
          <span>Map name</span>
          <input ref={nameRef} id={ids.name} className="input" data-testid="draft-name" placeholder="Journey drafted from data"
            value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} aria-invalid={!!problems.name} />
          {problems.name && <span className={styles.problem} role="alert">{problems.name}</span>}
        </label>
        <label className="field" htmlFor={ids.steps}>
          <span>Steps at most</span>
          <input id={ids.steps} className={`input ${styles.steps}`} data-testid="draft-steps" type="number" inputMode="numeric"
            min={minSteps} max={maxSteps} value={form.steps} onChange={(e) => setForm({ ...form, steps: e.target.value })}
            aria-invalid={!!problems.steps} aria-describedby={ids.stepsHelp} />
          <span id={ids.stepsHelp} className={styles.help}>{minSteps} to {maxSteps}. Activities fewer than 1% of customers do are left out.</span>
          {problems.steps && <span className={styles.problem} role="alert">{problems.steps}</span>}
        </label>
        {error && (
          <div className={styles.error} role="alert" data-testid="draft-error">
            <strong>{error.title}</strong>
            {error.messages.map((m) => <p key={m}>{m}</p>)}
            {error.noEvents && <Link href="/data" className={styles.errorLink} onClick={onClose}>Import events on the Data page →</Link>}
          </div>
        )}
      </form>
    </Dialog>
  );
}
