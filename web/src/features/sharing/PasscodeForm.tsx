// Asked when a link has a passcode: the passcode, and the name the guest's votes and comments go by.
import { useState, type FormEvent } from 'react';
import styles from './Guest.module.css';

interface PasscodeFormProps {
  busy: boolean;
  error: string | null;
  onSubmit: (passcode: string, name: string) => void;
}

export function PasscodeForm({ busy, error, onSubmit }: PasscodeFormProps) {
  const [passcode, setPasscode] = useState('');
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passcode.length > 0) onSubmit(passcode, name.trim());
  };
  return (
    <form className={styles.card} onSubmit={submit} aria-labelledby="passcode-title">
      <h1 id="passcode-title" className={styles.title}>This map is protected</h1>
      <p className="muted">Enter the passcode you were given with the link.</p>
      <label className="field">
        <span>Passcode</span>
        <input className="input" type="password" autoComplete="off" autoFocus value={passcode} maxLength={128}
          data-testid="guest-passcode" onChange={(e) => setPasscode(e.target.value)} />
      </label>
      <label className="field">
        <span>Your name (optional)</span>
        <input className="input" value={name} maxLength={80} placeholder="Shown with your votes" data-testid="guest-name"
          onChange={(e) => setName(e.target.value)} />
      </label>
      {error && <p className={styles.error} role="alert">{error}</p>}
      <button type="submit" className="btn btn-primary" disabled={busy || passcode.length === 0} data-testid="guest-open">
        {busy ? 'Opening…' : 'Open the map'}
      </button>
    </form>
  );
}
