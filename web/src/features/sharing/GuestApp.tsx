// The guest's side of a share link, apart from the workspace app: /s/<token> opens the link (the token is taken out
// of the address at once, so it stays out of history and screenshots), asks for the passcode when the link has one,
// and shows the shared map; /shared shows it again after a reload, from the guest cookie.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import type { JourneyMap } from '../../api/model';
import type { SharedMap } from '../../api/sharing';
import { EmptyState, ErrorState, Spinner } from '../../ui/States';
import { forgetGuest, markGuest } from './guestMarker';
import { PasscodeForm } from './PasscodeForm';
import { SharedMapView } from './SharedMapView';
import styles from './Guest.module.css';

type State =
  | { state: 'opening' }
  | { state: 'passcode'; busy: boolean; error: string | null }
  | { state: 'ready'; shared: SharedMap; map: JourneyMap }
  | { state: 'gone'; title: string; detail: string }
  | { state: 'error'; error: unknown };

const noLink = { state: 'gone', title: 'This link does not work', detail: 'It may have been revoked or have expired, or it was not copied whole. Ask the person who shared it for a new one.' } as const;

export function GuestApp({ token }: { token?: string }) {
  const [state, setState] = useState<State>({ state: 'opening' });
  const tokenRef = useRef(token);
  const started = useRef(false);

  const show = useCallback(async (shared: SharedMap) => {
    const { value } = await api.maps.get(shared.workspaceId, shared.mapId);
    document.title = `${value.name} · ${shared.workspaceName}`;
    setState({ state: 'ready', shared, map: value });
  }, []);

  const open = useCallback(async (passcode?: string, name?: string) => {
    const secret = tokenRef.current;
    if (!secret) return;
    try {
      const shared = await api.sharing.open({ token: secret, passcode: passcode ?? null, name: name ?? null });
      markGuest();
      tokenRef.current = undefined;
      await show(shared);
    } catch (error) {
      setState(refusal(error, passcode !== undefined));
    }
  }, [show]);

  useEffect(() => {
    if (started.current) return; // once per page: opening a link counts as a use
    started.current = true;
    if (token) {
      history.replaceState(null, '', '/shared');
      void open();
      return;
    }
    api.sharing.session().then(show, (error: unknown) => setState(error instanceof ApiError && error.status === 404 ? noLink : { state: 'error', error }));
  }, [token, open, show]);

  const leave = async () => {
    await api.sharing.leave().catch(() => undefined);
    forgetGuest();
    setState({ state: 'gone', title: 'You left the shared map', detail: 'Open the link again to come back to it.' });
  };

  if (state.state === 'ready') return <SharedMapView shared={state.shared} map={state.map} onLeave={() => void leave()} />;
  return (
    <div className={styles.screen}>
      {state.state === 'opening' && <Spinner label="Opening the shared map" />}
      {state.state === 'passcode' && (
        <PasscodeForm busy={state.busy} error={state.error} onSubmit={(passcode, name) => {
          setState({ state: 'passcode', busy: true, error: null });
          void open(passcode, name);
        }} />
      )}
      {state.state === 'gone' && <div className={styles.message}><EmptyState level={2} title={state.title}>{state.detail}</EmptyState></div>}
      {state.state === 'error' && <div className={styles.message}><ErrorState title="The shared map could not be opened" error={state.error} /></div>}
    </div>
  );
}

/** What the guest sees when opening fails: the passcode form again, or why the link does not work. */
function refusal(error: unknown, triedPasscode: boolean): State {
  if (!(error instanceof ApiError)) return { state: 'error', error };
  if (error.status === 401) return { state: 'passcode', busy: false, error: triedPasscode ? 'That passcode is not right. Check it and try again.' : null };
  if (error.status === 429) return { state: 'passcode', busy: false, error: error.message };
  if (error.status === 410) return { state: 'gone', title: error.problem.title ?? 'This link no longer works', detail: error.message };
  if (error.status === 404) return noLink;
  return { state: 'error', error };
}
