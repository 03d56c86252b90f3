// The sign-in page: single sign-on when the server has it, email and password, or a one-time link (#token=...) that
// signs in as soon as the page opens.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { Spinner } from '../../ui/States';
import { linkToken, nextPath, singleSignOnMessage, singleSignOnUrl, type Account } from './account';
import styles from './SignInPage.module.css';
import { BrandMark } from '../../ui/BrandMark';
import { Link } from '../../app/Link';

function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.status === 400 ? e.messages.join(' ') : e.message;
  return 'Something went wrong. Try again.';
}

export function SignInPage({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(() => singleSignOnMessage(location.search));
  const options = useServerData({ key: keys.signInOptions(), fetch: api.account.signInOptions, keepFor: Infinity });
  const sso = options.load.state === 'ready' ? options.load.value.singleSignOn : null;
  const [viaLink, setViaLink] = useState(() => linkToken(location.hash) !== undefined);
  const emailRef = useRef<HTMLInputElement>(null);
  const ssoRef = useRef<HTMLAnchorElement>(null);
  const done = useRef(onSignedIn);
  useEffect(() => { done.current = onSignedIn; });

  useEffect(() => {
    const token = linkToken(location.hash);
    if (!token) return;
    // The token leaves the address bar at once, so it is not kept in history or shared by copying the address.
    history.replaceState(null, '', location.pathname + location.search);
    api.account.signInWithLink(token)
      .then((account) => done.current(account))
      .catch((e: unknown) => { setError(messageOf(e)); setViaLink(false); });
  }, []);

  useEffect(() => {
    // The reason single sign-on came back is shown once; a reload should not show it again.
    const params = new URLSearchParams(location.search);
    if (!params.has('sso')) return;
    params.delete('sso');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : ''));
  }, []);

  const ready = options.load.state !== 'loading';
  // With single sign-on on, its button is the way most people come in: Enter on arrival follows it.
  useEffect(() => { if (!viaLink && ready) (ssoRef.current ?? emailRef.current)?.focus(); }, [viaLink, ready, sso]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await api.account.signIn(email.trim(), password));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <span className={styles.brand}>
          <BrandMark />
          Waymark
        </span>
        {viaLink ? <Spinner label="Signing you in with your link" /> : !ready ? <Spinner label="Opening sign-in" /> : (
          <>
            <div className={styles.heading}>
              <h1>Sign in</h1>
              <p className="muted">to your team&apos;s journey maps.</p>
            </div>
            {error && <div className={styles.alert} role="alert">{error}</div>}
            {sso && (
              <>
                <a ref={ssoRef} className={`btn btn-primary ${styles.submit}`} href={singleSignOnUrl(sso.startUrl, nextPath(location.search))}>
                  Sign in with {sso.displayName}
                </a>
                <div className={styles.divider}><span>or with your email</span></div>
              </>
            )}
            <form className={styles.form} onSubmit={(e) => { void submit(e); }} noValidate>
              <label className="field">
                <span>Email</span>
                <input ref={emailRef} className="input" type="email" autoComplete="username" required value={email}
                  onChange={(e) => setEmail(e.target.value)} disabled={busy} />
              </label>
              <label className="field">
                <span>Password</span>
                <input className="input" type="password" autoComplete="current-password" required value={password}
                  onChange={(e) => setPassword(e.target.value)} disabled={busy} />
              </label>
              <Link href="/forgot-password" className={styles.forgot}>Forgot password?</Link>
              <button type="submit" className={`btn ${sso ? '' : 'btn-primary'} ${styles.submit}`} disabled={busy || !email.trim() || !password}>
                {busy ? 'Signing in…' : 'Sign in'}
              </button>
            </form>
            <p className={styles.hint}>
              First time here? Open the one-time link the server printed when it started.
            </p>
          </>
        )}
      </main>
    </div>
  );
}
