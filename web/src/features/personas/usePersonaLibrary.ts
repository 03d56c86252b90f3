// The persona library: the summaries first, then each persona's document for its photo, role and quote.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Persona, PersonaSummary } from '../../api/model';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; personas: PersonaSummary[] };

export function usePersonaLibrary(workspaceId: string) {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [details, setDetails] = useState<Record<string, Persona | 'failed'>>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    api.personas(workspaceId, abort.signal)
      .then((personas) => {
        setState({ status: 'ready', personas });
        for (const p of personas) {
          api.persona(workspaceId, p.id, abort.signal)
            .then(({ value }) => setDetails((d) => ({ ...d, [p.id]: value })))
            .catch(() => { if (!abort.signal.aborted) setDetails((d) => ({ ...d, [p.id]: 'failed' })); });
        }
      })
      .catch((error: unknown) => { if (!abort.signal.aborted) setState({ status: 'error', error }); });
    return () => abort.abort();
  }, [workspaceId, attempt]);

  return { state, details, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
