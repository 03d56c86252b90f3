import { api } from '../api/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { Workspace } from '../api/model';
import { ErrorState, Spinner } from '../ui/States';
import { DataPage } from '../features/data/DataPage';
import { EditorPage } from '../features/editor/EditorPage';
import { GuestApp } from '../features/sharing/GuestApp';
import { forgetGuest, wasGuest } from '../features/sharing/guestMarker';
import { HomePage } from '../features/home/HomePage';
import { PersonaLibraryPage } from '../features/personas/PersonaLibraryPage';
import { PersonaPage } from '../features/personas/PersonaPage';
import { TemplateGalleryPage } from '../features/templates/TemplateGalleryPage';
import { AppShell } from './AppShell';
import { useRoute, type Route } from './router';
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

function Pages() {
  const route = useRoute();
  // A guest of a share link sees the shared map only: nothing of the workspace app is loaded for them.
  if (route.page === 'shareOpen') return <GuestApp token={route.token} />;
  if (route.page === 'shared') return <GuestApp />;
  return <WorkspacePages route={route} />;
}

function WorkspacePages({ route }: { route: Route }) {
  const { load, retry } = useServerData({ key: keys.workspaces(), fetch: firstWorkspace, keepFor: Infinity });

  if (load.state === 'error') return <AppShell route={route}><ErrorState title="Waymark could not start" error={load.error} onRetry={retry} /></AppShell>;
  if (load.state !== 'ready') return <AppShell route={route}><Spinner label="Opening your workspace" /></AppShell>;
  const workspace = load.value;

  return (
    <WorkspaceContext.Provider value={workspace}>
      {route.page === 'map'
        ? <EditorPage key={route.mapId} mapId={route.mapId} />
        : (
          <AppShell route={route} workspace={workspace}>
            {route.page === 'home' && <HomePage />}
            {route.page === 'templates' && <TemplateGalleryPage />}
            {route.page === 'personas' && <PersonaLibraryPage />}
            {route.page === 'data' && <DataPage tab={route.tab} />}
            {route.page === 'persona' && <PersonaPage key={route.personaId} personaId={route.personaId} />}
            {route.page === 'notFound' && <ErrorState title="Page not found" error={`Nothing lives at ${route.path}.`} />}
          </AppShell>
        )}
    </WorkspaceContext.Provider>
  );
}
