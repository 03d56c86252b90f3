// The workspace's feedback for the Data page: the summary and the latest items; an upload invalidates them.
import { api } from '../../api/client';
import { type FeedbackPage, type FeedbackSummary } from '../../api/feedbackData';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export interface FeedbackData {
  summary: FeedbackSummary;
  latest: FeedbackPage;
}

/** How many of the latest items the page lists. */
export const latestCount = 20;

export function useFeedbackData(workspaceId: string) {
  return useServerData({
    key: keys.feedbackData(workspaceId),
    fetch: async (signal): Promise<FeedbackData> => {
      const [summary, latest] = await Promise.all([
        api.feedback.summary(workspaceId, signal), api.feedback.latest(workspaceId, latestCount, signal)]);
      return { summary, latest };
    },
  });
}
