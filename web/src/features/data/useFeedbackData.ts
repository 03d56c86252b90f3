// The workspace's feedback summary for the Data page (the explorer reads the items); an upload invalidates it.
import { api } from '../../api/client';
import { type FeedbackSummary } from '../../api/feedbackData';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export interface FeedbackData {
  summary: FeedbackSummary;
}

export function useFeedbackData(workspaceId: string) {
  return useServerData({
    key: keys.feedbackData(workspaceId),
    fetch: async (signal): Promise<FeedbackData> => {
      return { summary: await api.feedback.summary(workspaceId, signal) };
    },
  });
}
