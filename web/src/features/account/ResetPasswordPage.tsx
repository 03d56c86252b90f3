// The page a mailed reset link opens (/reset-password#token=...): the token leaves the address bar at once; on submit
// it signs in with the one-time link, then sets the new password in that session (which needs no current one). A
// refused password keeps the session, so trying another one does not need the spent link again.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError, setAntiforgeryToken } from '../../api/http';
import { Link } from '../../app/Link';
import { BrandMark } from '../../ui/BrandMark';
import { linkToken, type Account } from './account';
import styles from './SignInPage.module.css';

const minLength = 10;

function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.status === 400 ? e.messages.join(' ') : e.message;
  return 'Something went wrong. Try again.';
}

export function ResetPasswordPage({ onDone }: { onDone: (account: Account) => void }) {
  const [token] = useState(() => linkToken(location.hash));
  const [signedIn, setSignedIn] = useState(false);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [linkFailed, setLinkFailed] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The token leaves the address bar at once, so it is not kept in history or shared by copying the address.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    passwordRef.current?.focus();
  }, []);

  const mismatch = again.length > 0 && again !== password;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token || password.length < minLength || password !== again) return;
    setBusy(true);
    setError(undefined);
    try {
      if (!signedIn) {
        setAntiforgeryToken((await api.account.signInWithLink(token)).antiforgeryToken);
        setSignedIn(true);
      }
      onDone(await api.account.changePassword(password));
    } catch (err) {
      if (!signedIn && err instanceof ApiError && err.status === 401) setLinkFailed(true);
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <span className={styles.brand}><BrandMark />Waymark</span>
        {!token || linkFailed ? (
          <div className={styles.heading}>
            <h1>This link does not work</h1>
            <p className="muted">
              {linkFailed ? error : 'This page opens from the link in a password-reset mail, and the link was not complete.'}
              {' '}Ask for a new link; each one works once.
            </p>
            <Link href="/forgot-password" className={`btn btn-primary ${styles.submit}`}>Ask for a new link</Link>
          </div>
        ) : (
          <>
            <div className={styles.heading}>
              <h1>Choose a new password</h1>
              <p className="muted">At least {minLength} characters. Your other sessions end when you save it.</p>
            </div>
            <form className={styles.form} onSubmit={(e) => { void submit(e); }} noValidate>
              {error && <div className={styles.alert} role="alert">{error}</div>}
              <label className="field">
                <span>New password</span>
                <input ref={passwordRef} className="input" type="password" autoComplete="new-password" required minLength={minLength}
                  maxLength={256} value={password} onChange={(e) => setPassword(e.target.value)} disabled={busy} />
              </label>
              <label className="field">
                <span>New password again</span>
                <input className="input" type="password" autoComplete="new-password" required maxLength={256} value={again}
                  aria-invalid={mismatch} onChange={(e) => setAgain(e.target.value)} disabled={busy} />
              </label>
              {mismatch && <p className={styles.fieldError} role="alert">The two passwords differ.</p>}
              <button type="submit" className={`btn btn-primary ${styles.submit}`}
                disabled={busy || password.length < minLength || password !== again}>
                {busy ? 'Saving…' : 'Save and sign in'}
              </button>
            </form>
          </>
        )}
        <p className={styles.hint}><Link href="/signin">Back to sign in</Link></p>
      </main>
    </div>
  );
}
