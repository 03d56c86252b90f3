// The template list, and each template's full document (kept for the session: templates do not change).
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { JourneyMap, TemplateSummary } from '../../api/model';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

export function useTemplates(): { state: Loadable<TemplateSummary[]>; reload: () => void } {
  const [state, setState] = useState<Loadable<TemplateSummary[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // A reload shows as loading from its first render.
  const [requested, setRequested] = useState(attempt);
  if (attempt !== requested) {
    setRequested(attempt);
    setState({ status: 'loading' });
  }
  useEffect(() => {
    const abort = new AbortController();
    api.templates.list(abort.signal)
      .then((value) => setState({ status: 'ready', value }))
      .catch((error: unknown) => { if (!abort.signal.aborted) setState({ status: 'error', error }); });
    return () => abort.abort();
  }, [attempt]);
  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}

const documents = new Map<string, Promise<JourneyMap>>();

function fetchTemplate(id: string): Promise<JourneyMap> {
  let doc = documents.get(id);
  if (!doc) {
    doc = api.templates.get(id);
    // A failed fetch is forgotten so that the next look tries again.
    doc.catch(() => documents.delete(id));
    documents.set(id, doc);
  }
  return doc;
}

export function useTemplateDocument(id: string): { state: Loadable<JourneyMap>; retry: () => void } {
  const [state, setState] = useState<Loadable<JourneyMap>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Another template or a retry shows as loading from its first render.
  const request = JSON.stringify([id, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setState({ status: 'loading' });
  }
  useEffect(() => {
    let live = true;
    fetchTemplate(id)
      .then((value) => { if (live) setState({ status: 'ready', value }); })
      .catch((error: unknown) => { if (live) setState({ status: 'error', error }); });
    return () => { live = false; };
  }, [id, attempt]);
  return { state, retry: useCallback(() => setAttempt((n) => n + 1), []) };
}
