// "Forgot password?": with mail on, an email field that asks for a reset link; the answer is the same whether or not
// an account has the address, so the page says "if". With mail off, it says how to get a link from whoever runs the server.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { Link } from '../../app/Link';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { BrandMark } from '../../ui/BrandMark';
import { ErrorState, Spinner } from '../../ui/States';
import styles from './SignInPage.module.css';

function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.status === 400 ? e.messages.join(' ') : e.message;
  return 'Something went wrong. Try again.';
}

export function ForgotPasswordPage() {
  const mail = useServerData({ key: keys.mail(), fetch: (signal) => api.account.mail(signal), keepFor: Infinity });
  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <span className={styles.brand}><BrandMark />Waymark</span>
        {mail.load.state === 'error' && <ErrorState title="Waymark could not be reached" error={mail.load.error} onRetry={mail.retry} />}
        {mail.load.state === 'ready' && (mail.load.value.enabled ? <ResetRequestForm /> : <NoMail />)}
        {mail.load.state !== 'error' && mail.load.state !== 'ready' && <Spinner label="Loading" />}
        <p className={styles.hint}><Link href="/signin">Back to sign in</Link></p>
      </main>
    </div>
  );
}

function ResetRequestForm() {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => { emailRef.current?.focus(); }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.account.requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <div className={styles.done} role="status">
        <div className={styles.heading}>
          <h1>Check your inbox</h1>
          <p className="muted">
            If an account has the address <strong>{sentTo}</strong>, a mail with a link to choose a new password is on its
            way. The link works once. Nothing after a few minutes? Look in the spam folder, or ask again.
          </p>
        </div>
        <button type="button" className="btn" onClick={() => setSentTo(undefined)}>Use another address</button>
      </div>
    );
  }

  return (
    <>
      <div className={styles.heading}>
        <h1>Forgot your password?</h1>
        <p className="muted">Enter your account&apos;s email and Waymark mails you a link to choose a new one.</p>
      </div>
      <form className={styles.form} onSubmit={(e) => { void submit(e); }} noValidate>
        {error && <div className={styles.alert} role="alert">{error}</div>}
        <label className="field">
          <span>Email</span>
          <input ref={emailRef} className="input" type="email" autoComplete="username" required maxLength={320} value={email}
            onChange={(e) => setEmail(e.target.value)} disabled={busy} />
        </label>
        <button type="submit" className={`btn btn-primary ${styles.submit}`} disabled={busy || !email.trim().includes('@')}>
          {busy ? 'Sending…' : 'Send me a link'}
        </button>
      </form>
    </>
  );
}

function NoMail() {
  return (
    <div className={styles.heading}>
      <h1>Forgot your password?</h1>
      <p className="muted">
        This Waymark server sends no mail, so it cannot mail you a link. Ask whoever runs it: they can give you a one-time
        link to choose a new password with <code className={styles.code}>waymark users reset-password</code> and your email.
      </p>
    </div>
  );
}
