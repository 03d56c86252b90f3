import { api } from '../api/client';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, onSignInRequired, setAntiforgeryToken } from '../api/http';
import { AccountContext, nextPath, type Account } from '../features/account/account';
import { SignInPage } from '../features/account/SignInPage';
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/account/ResetPasswordPage';
import { InvitePage } from '../features/members/InvitePage';
import { MembersPage } from '../features/members/MembersPage';
import type { Workspace } from '../api/model';
import type { Load } from '../ui/load';
import { ErrorState, Spinner } from '../ui/States';
import { ActivityPage } from '../features/activity/ActivityPage';
import { DataPage } from '../features/data/DataPage';
import { EditorPage } from '../features/editor/EditorPage';
import { ComparePage } from '../features/diff';
import { ExplorePage } from '../features/explore/ExplorePage';
import { GuestApp } from '../features/sharing/GuestApp';
import { forgetGuest, wasGuest } from '../features/sharing/guestMarker';
import { HomePage } from '../features/home/HomePage';
import { PersonaLibraryPage } from '../features/personas/PersonaLibraryPage';
import { PersonaPage } from '../features/personas/PersonaPage';
import { TemplateGalleryPage } from '../features/templates/TemplateGalleryPage';
import { AppShell } from './AppShell';
import { navigate, useRoute, type Route } from './router';
import { createQueryClient } from './server/queryClient';
import { keys } from './server/keys';
import { useServerData } from './server/useServerData';
import { WorkspaceContext } from './workspace';

export function App() {
  // One cache of server data for the whole app (ADR 015).
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Pages />
    </QueryClientProvider>
  );
}

async function firstWorkspace(): Promise<Workspace> {
  // Back from a shared map in this browser: forget the guest session first, or the guest is who would be asking.
  if (wasGuest()) {
    await api.sharing.leave().catch(() => undefined);
    forgetGuest();
  }
  const list = await api.workspaces.list();
  if (list.length === 0) throw new Error('The server has no workspace yet. Start it with the demo seed on (Demo:Seed=true).');
  return list[0]!;
}

/** Who is signed in; the antiforgery token it carries goes with every change from now on. */
async function whoAmI(signal: AbortSignal): Promise<Account> {
  const account = await api.account.me(signal);
  setAntiforgeryToken(account.antiforgeryToken);
  return account;
}

function toSignIn(): void {
  if (location.pathname === '/signin') return;
  navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
}

function Pages() {
  const route = useRoute();
  // A guest of a share link sees the shared map only: nothing of the workspace app is loaded for them.
  if (route.page === 'shareOpen') return <GuestApp token={route.token} />;
  if (route.page === 'shared') return <GuestApp />;
  return <MemberPages route={route} />;
}

const withoutSession = new Set<Route['page']>(['signin', 'forgotPassword', 'resetPassword', 'invite']);

function MemberPages({ route }: { route: Route }) {
  const queryClient = useQueryClient();
  // The sign-in, password and invitation pages work without a session, so they do not ask who is signed in here.
  const me = useServerData({ key: keys.account(), fetch: whoAmI, keepFor: Infinity, enabled: !withoutSession.has(route.page) });
  const account = me.load.state === 'ready' ? me.load.value : null;
  const { load, retry } = useServerData({ key: keys.workspaces(), fetch: firstWorkspace, keepFor: Infinity, enabled: account !== null });
  const signedOut = me.load.state === 'error' && me.load.error instanceof ApiError && me.load.error.status === 401;

  // A 401 from any request means the session ended (expired, or signed out everywhere): sign in, then come back.
  useEffect(() => onSignInRequired(() => { queryClient.clear(); toSignIn(); }), [queryClient]);
  useEffect(() => { if (signedOut) toSignIn(); }, [signedOut]);
  const signedIn = useCallback((next: Account) => {
    setAntiforgeryToken(next.antiforgeryToken);
    queryClient.clear();
    queryClient.setQueryData(keys.account(), next);
    navigate(nextPath(location.search), { replace: true });
  }, [queryClient]);

  if (route.page === 'signin') return <SignInPage onSignedIn={signedIn} />;
  if (route.page === 'forgotPassword') return <ForgotPasswordPage />;
  if (route.page === 'resetPassword') return <ResetPasswordPage onDone={signedIn} />;
  if (route.page === 'invite') return <InvitePage />;
  if (me.load.state === 'error' && !signedOut) {
    return <AppShell route={route}><ErrorState title="Waymark could not start" error={me.load.error} onRetry={me.retry} /></AppShell>;
  }
  if (account === null) return <AppShell route={route}><Spinner label="Opening your workspace" /></AppShell>;
  return <AccountContext.Provider value={account}><WorkspacePages load={load} retry={retry} /></AccountContext.Provider>;
}

function WorkspacePages({ load, retry }: { load: Load<Workspace>; retry: () => void }) {
  const route = useRoute();

  if (load.state === 'error') return <AppShell route={route}><ErrorState title="Waymark could not start" error={load.error} onRetry={retry} /></AppShell>;
  if (load.state !== 'ready') return <AppShell route={route}><Spinner label="Opening your workspace" /></AppShell>;
  const workspace = load.value;

  return (
    <WorkspaceContext.Provider value={workspace}>
      {route.page === 'map'
        ? <EditorPage key={route.mapId} mapId={route.mapId} panel={route.panel} />
        : route.page === 'compare'
          ? <ComparePage key={route.mapId} mapId={route.mapId} against={route.against} />
          : (
          <AppShell route={route} workspace={workspace}>
            {route.page === 'home' && <HomePage />}
            {route.page === 'templates' && <TemplateGalleryPage />}
            {route.page === 'personas' && <PersonaLibraryPage />}
            {route.page === 'data' && <DataPage tab={route.tab} />}
            {route.page === 'explore' && <ExplorePage view={route.view} />}
            {route.page === 'members' && <MembersPage />}
            {route.page === 'persona' && <PersonaPage key={route.personaId} personaId={route.personaId} />}
            {route.page === 'activity' && <ActivityPage />}
            {route.page === 'notFound' && <ErrorState title="Page not found" error={`Nothing lives at ${route.path}.`} />}
          </AppShell>
        )}
    </WorkspaceContext.Provider>
  );
}
