import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Workspace } from '../api/model';
import { ErrorState, Spinner } from '../ui/States';
import { DataPage } from '../features/data/DataPage';
import { EditorPage } from '../features/editor/EditorPage';
import { HomePage } from '../features/home/HomePage';
import { PersonaLibraryPage } from '../features/personas/PersonaLibraryPage';
import { PersonaPage } from '../features/personas/PersonaPage';
import { TemplateGalleryPage } from '../features/templates/TemplateGalleryPage';
import { AppShell } from './AppShell';
import { useRoute } from './router';
import { WorkspaceContext } from './workspace';

export function App() {
  const route = useRoute();
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [error, setError] = useState<unknown>(null);

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    api.workspaces.list()
      .then((list) => {
        if (list.length === 0) throw new Error('The server has no workspace yet. Start it with the demo seed on (Demo:Seed=true).');
        setWorkspace(list[0]!);
      })
      .catch(setError);
  }, [attempt]);
  const retry = useCallback(() => { setError(null); setAttempt((a) => a + 1); }, []);

  if (error) return <AppShell route={route}><ErrorState title="Waymark could not start" error={error} onRetry={retry} /></AppShell>;
  if (!workspace) return <AppShell route={route}><Spinner label="Opening your workspace" /></AppShell>;

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
