// The persona library: one request, whose summaries carry what a card shows (photo, colour, role, quote).
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { PersonaSummary } from '../../api/model';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; personas: PersonaSummary[] };

export function usePersonaLibrary(workspaceId: string) {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // A new request (another workspace, a reload) shows as loading from its first render.
  const request = JSON.stringify([workspaceId, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setState({ status: 'loading' });
  }
  useEffect(() => {
    const abort = new AbortController();
    api.personas.list(workspaceId, abort.signal)
      .then((personas) => setState({ status: 'ready', personas }))
      .catch((error: unknown) => { if (!abort.signal.aborted) setState({ status: 'error', error }); });
    return () => abort.abort();
  }, [workspaceId, attempt]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
