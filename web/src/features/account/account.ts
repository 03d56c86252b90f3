// The signed-in account, for whatever shows who is at the keyboard (the account menu); null until it is known.
import { createContext, useContext } from 'react';
import type { Ok } from '../../api/contract';

export type Account = Ok<'/api/account/me', 'get'>;

export const AccountContext = createContext<Account | null>(null);

export function useAccount(): Account | null {
  return useContext(AccountContext);
}

/** Where to go after signing in: the page that asked for it (same site only), else home. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/';
}

/** The link token from the URL fragment (#token=...), which the browser never sends to the server. */
export function linkToken(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : undefined;
}

/** The address that starts single sign-on and comes back to `next` (a page of this site; the server checks it too). */
export function singleSignOnUrl(startUrl: string, next: string): string {
  return `${startUrl}?returnUrl=${encodeURIComponent(next)}`;
}

const ssoMessages: Record<string, string> = {
  'no-account': 'You have no account here yet. Ask a workspace owner to invite you, then sign in again.',
  domain: 'Your email address is not one of the domains allowed to sign in here.',
  unverified: 'Your identity provider did not confirm your email address, so it cannot be matched to an account here.',
  locked: 'This account is locked for a while after too many wrong passwords. Try again later.',
  cancelled: 'Single sign-on was cancelled at your identity provider.',
  unreachable: 'Your identity provider could not be reached. Try again in a minute, or sign in with your email.',
  failed: 'Single sign-on did not complete. Try again; if it keeps failing, ask whoever runs the server to check its Auth:Oidc settings.',
};

/** Why single sign-on came back to this page (?sso=...), in a sentence; undefined when it did not. */
export function singleSignOnMessage(search: string): string | undefined {
  const code = new URLSearchParams(search).get('sso');
  if (code === null) return undefined;
  return ssoMessages[code] ?? ssoMessages.failed;
}
