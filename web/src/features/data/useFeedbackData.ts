// The workspace's feedback for the Data page: the summary and the latest items, reloaded after each upload.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { FeedbackPage, FeedbackSummary } from '../../api/feedbackData';

export type FeedbackDataState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; summary: FeedbackSummary; latest: FeedbackPage };

/** How many of the latest items the page lists. */
export const latestCount = 20;

export function useFeedbackData(workspaceId: string) {
  const [state, setState] = useState<FeedbackDataState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    Promise.all([api.feedback.summary(workspaceId, controller.signal), api.feedback.latest(workspaceId, latestCount, controller.signal)])
      .then(([summary, latest]) => setState({ status: 'ready', summary, latest }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [workspaceId, version]);
  return { state, reload };
}
