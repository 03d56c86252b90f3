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
