// Where an invitation link lands (/invite#token=...): what it offers, then join signed in, or create an account and
// join in one step. The token leaves the address bar at once and waits in this tab's session storage, so signing in
// first and coming back still finds it.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError, setAntiforgeryToken } from '../../api/http';
import { navigate } from '../../app/router';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { ErrorState, Spinner } from '../../ui/States';
import { linkToken, type Account } from '../account/account';
import { roleLabel, roles } from './roles';
import styles from '../account/SignInPage.module.css';
import { BrandMark } from '../../ui/BrandMark';

const storageKey = 'waymark.invitation';

/** The token from the link, moved out of the address into session storage; or the one kept from before a sign-in. */
function takeToken(): string | undefined {
  const fromLink = linkToken(location.hash);
  try {
    if (fromLink) {
      sessionStorage.setItem(storageKey, fromLink);
      history.replaceState(null, '', location.pathname);
      return fromLink;
    }
    return sessionStorage.getItem(storageKey) ?? undefined;
  } catch {
    return fromLink;
  }
}

async function whoAmI(signal: AbortSignal): Promise<Account | null> {
  try {
    const account = await api.account.me(signal);
    setAntiforgeryToken(account.antiforgeryToken);
    return account;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function InvitePage() {
  const [token] = useState(takeToken);
  const queryClient = useQueryClient();
  const preview = useServerData({ key: keys.invitation(token ?? ''), fetch: () => api.invitations.preview(token!), enabled: token !== undefined, keepFor: Infinity });
  const me = useServerData({ key: keys.account(), fetch: whoAmI });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const joined = (account?: Account | null) => {
    try { sessionStorage.removeItem(storageKey); } catch { /* nothing kept */ }
    if (account) setAntiforgeryToken(account.antiforgeryToken);
    queryClient.clear();
    navigate('/', { replace: true });
  };
  const join = async (accept: () => Promise<{ account?: Account | null }>) => {
    setBusy(true);
    setError(undefined);
    try {
      joined((await accept()).account);
    } catch (e) {
      setError(e instanceof ApiError ? e.messages.join(' ') : String(e));
      setBusy(false);
    }
  };

  let body;
  if (token === undefined) body = <ErrorState title="No invitation in this link" error="Open the whole link you were sent; it ends with #token=…" />;
  else if (preview.load.state === 'error') body = <ErrorState title="This invitation cannot be used" error={preview.load.error} />;
  else if (me.load.state === 'error') body = <ErrorState title="Waymark could not start" error={me.load.error} onRetry={me.retry} />;
  else if (preview.load.state !== 'ready' || me.load.state !== 'ready') body = <Spinner label="Opening your invitation" />;
  else {
    const offer = preview.load.value;
    const account = me.load.value;
    const can = roles.find((r) => r.value === offer.role)?.can;
    body = (
      <>
        <div className={styles.heading}>
          <h1>Join {offer.workspaceName}</h1>
          <p className="muted">{offer.invitedBy} invited you as <strong>{roleLabel(offer.role).toLowerCase()}</strong>{can ? `: ${can.charAt(0).toLowerCase()}${can.slice(1)}.` : '.'}</p>
        </div>
        {error && <div className={styles.alert} role="alert">{error}</div>}
        {account
          ? <JoinAsMember account={account} busy={busy} onJoin={() => void join(() => api.invitations.accept(token))} />
          : <NewAccountForm email={offer.email ?? undefined} busy={busy}
              onCreate={(r) => void join(() => api.invitations.acceptWithNewAccount({ ...r, token }))} />}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <span className={styles.brand}>
          <BrandMark />
          Waymark
        </span>
        {body}
      </main>
    </div>
  );
}

function JoinAsMember({ account, busy, onJoin }: { account: Account; busy: boolean; onJoin: () => void }) {
  return (
    <div className={styles.form}>
      <p>You are signed in as <strong>{account.displayName}</strong>{account.email ? ` (${account.email})` : ''}.</p>
      <button type="button" className={`btn btn-primary ${styles.submit}`} disabled={busy} onClick={onJoin}>{busy ? 'Joining…' : 'Join workspace'}</button>
    </div>
  );
}

interface NewAccount { email: string; password: string; displayName: string }

function NewAccountForm({ email: invited, busy, onCreate }: { email?: string; busy: boolean; onCreate: (r: NewAccount) => void }) {
  const [email, setEmail] = useState(invited ?? '');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate({ email: email.trim(), displayName: displayName.trim(), password });
  };
  return (
    <>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label className="field">
          <span>Your name</span>
          <input className="input" autoComplete="name" required value={displayName} maxLength={200} autoFocus onChange={(e) => setDisplayName(e.target.value)} disabled={busy} />
        </label>
        <label className="field">
          <span>Email</span>
          <input className="input" type="email" autoComplete="username" required value={email} readOnly={invited !== undefined}
            onChange={(e) => setEmail(e.target.value)} disabled={busy} />
        </label>
        <label className="field">
          <span>Password (at least 10 characters)</span>
          <input className="input" type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} disabled={busy} />
        </label>
        <button type="submit" className={`btn btn-primary ${styles.submit}`} disabled={busy || !email.trim() || !displayName.trim() || password.length < 10}>
          {busy ? 'Creating your account…' : 'Create account and join'}
        </button>
      </form>
      <p className={styles.hint}>
        Have an account already? <a href="/signin?next=%2Finvite">Sign in</a> and come back to this page to join.
      </p>
    </>
  );
}
