// Choosing a password: the first one (after a first-start or reset link, no current password asked) or a new one.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import type { Account } from './account';
import styles from './AccountMenu.module.css';

const minLength = 10;

interface Props {
  open: boolean;
  /** True when no current password is asked: none is set yet, or this session came from a one-time link. */
  firstPassword: boolean;
  onClose: () => void;
  onChanged: (account: Account) => void;
}

export function ChangePasswordDialog({ open, firstPassword, onClose, onChanged }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const tooShort = next.length > 0 && next.length < minLength;

  const close = () => { setCurrent(''); setNext(''); setError(undefined); setDone(false); onClose(); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await api.account.changePassword(next, firstPassword ? undefined : current));
      setDone(true);
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : 'The password could not be changed. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const title = firstPassword ? 'Choose a password' : 'Change password';
  return (
    <Dialog title={title} open={open} onClose={close}>
      {done ? (
        <div className={styles.form}>
          <p role="status">Your password is set. Other devices signed in to this account have been signed out.</p>
          <div className={styles.actions}><button type="button" className="btn btn-primary" onClick={close}>Done</button></div>
        </div>
      ) : (
        <form className={styles.form} onSubmit={(e) => { void submit(e); }} noValidate>
          {firstPassword && <p className="muted">Choose a password to sign in with from now on.</p>}
          {error && <div className={styles.alert} role="alert">{error}</div>}
          {!firstPassword && (
            <label className="field">
              <span>Current password</span>
              <input className="input" type="password" autoComplete="current-password" value={current} autoFocus
                onChange={(e) => setCurrent(e.target.value)} disabled={busy} />
            </label>
          )}
          <label className="field">
            <span>New password</span>
            <input className="input" type="password" autoComplete="new-password" value={next} aria-describedby="new-password-hint"
              autoFocus={firstPassword}
              onChange={(e) => setNext(e.target.value)} disabled={busy} aria-invalid={tooShort || undefined} />
            <small id="new-password-hint" className={tooShort ? styles.bad : 'muted'}>At least {minLength} characters.</small>
          </label>
          <div className={styles.actions}>
            <button type="button" className="btn" onClick={close} disabled={busy}>Cancel</button>
            <button type="submit" className="btn btn-primary"
              disabled={busy || next.length < minLength || (!firstPassword && !current)}>
              {busy ? 'Saving…' : 'Set password'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
