// The open map, full screen: loads it (and the map it is based on), then hands it to the editing session.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import type { JourneyMap } from '../../api/model';
import { Link } from '../../app/Link';
import { useWorkspace } from '../../app/workspace';
import { EmptyState, ErrorState, Spinner } from '../../ui/States';
import { SkipLink } from '../../ui/SkipLink';
import { EditorSession } from './EditorSession';
import styles from './EditorPage.module.css';

type Load =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; doc: JourneyMap; etag: string; generation: number };

/** `panel`: the side panel tab to open with the map (/maps/<id>/history opens its history). */
export function EditorPage({ mapId, panel }: { mapId: string; panel?: 'history' }) {
  const workspace = useWorkspace();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [basedOn, setBasedOn] = useState<JourneyMap | undefined>();

  // A new request (another map, a retry) shows as loading from its first render.
  const request = JSON.stringify([workspace.id, mapId, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setLoad({ state: 'loading' });
  }
  useEffect(() => {
    const abort = new AbortController();
    api.maps.get(workspace.id, mapId, abort.signal, attempt === 0)
      .then(({ value, etag }) => {
        setLoad({ state: 'ready', doc: value, etag, generation: attempt });
        document.title = `${value.name} · Waymark`;
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setLoad(error instanceof ApiError && error.status === 404 ? { state: 'notFound' } : { state: 'error', error });
      });
    return () => abort.abort();
  }, [workspace.id, mapId, attempt]);

  const basedOnId = load.state === 'ready' ? load.doc.basedOnMapId : undefined;
  const [basedOnFor, setBasedOnFor] = useState(basedOnId);
  if (basedOnId !== basedOnFor) {
    setBasedOnFor(basedOnId);
    setBasedOn(undefined);
  }
  useEffect(() => {
    if (!basedOnId) return;
    const abort = new AbortController();
    // The based-on map only adds a faint curve: when it cannot be loaded the editor works without it.
    api.maps.get(workspace.id, basedOnId, abort.signal).then(({ value }) => setBasedOn(value), () => undefined);
    return () => abort.abort();
  }, [workspace.id, basedOnId]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  if (load.state === 'ready') {
    return <EditorSession key={load.generation} workspaceId={workspace.id} doc={load.doc} etag={load.etag} basedOn={basedOn} openPanel={panel} />;
  }
  return (
    <div className={styles.page}>
      <SkipLink target="main-content">Skip to content</SkipLink>
      <header className={styles.loadingBar}>
        <Link href="/" className="btn btn-ghost btn-sm">← Maps</Link>
      </header>
      <main id="main-content" tabIndex={-1} className={styles.message}>
        {load.state === 'loading' && <Spinner label="Opening the map" />}
        {load.state === 'notFound' && (
          <EmptyState title="This map does not exist" action={<Link href="/" className="btn btn-primary">Back to maps</Link>}>
            It may have been deleted, or the link is wrong.
          </EmptyState>
        )}
        {load.state === 'error' && <ErrorState title="The map could not be opened" error={load.error} onRetry={retry} />}
      </main>
    </div>
  );
}
