// The workspace's data figures for the Data page header; reloaded after each import.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { EventSummary } from '../../api/data';

export type SummaryState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; summary: EventSummary };

export function useSummary(workspaceId: string) {
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    api.events.summary(workspaceId, controller.signal)
      .then((summary) => setState({ status: 'ready', summary }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [workspaceId, version]);
  return { state, reload };
}
