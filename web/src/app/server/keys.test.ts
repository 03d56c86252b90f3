import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { eventsChanged, feedbackChanged, keys, segmentsChanged } from './keys';

function cacheWithEveryKey(): { client: QueryClient; all: Record<string, readonly unknown[]> } {
  const client = new QueryClient();
  const all: Record<string, readonly unknown[]> = {
    maps: keys.maps('w1'),
    apiKeys: keys.apiKeys('w1'),
    segments: keys.segments('w1'),
    eventSummary: keys.eventSummary('w1'),
    activities: keys.activities('w1'),
    overlay: keys.overlay('w1', 'm1', ['30d']),
    paths: keys.paths('w1', 'm1', ['30d']),
    feedbackData: keys.feedbackData('w1'),
    mapFeedback: keys.mapFeedback('w1', 'm1', ['30d']),
    insights: keys.insights('w1', 'm1', ['30d']),
    otherWorkspace: keys.eventSummary('w2'),
  };
  for (const key of Object.values(all)) client.setQueryData(key, 1);
  return { client, all };
}

function invalidated(client: QueryClient, all: Record<string, readonly unknown[]>): string[] {
  return Object.entries(all).filter(([, key]) => client.getQueryState(key)?.isInvalidated).map(([name]) => name).sort();
}

describe('what a change invalidates', () => {
  it('events: the summary, the activities and every figure measured from events, in that workspace only', async () => {
    const { client, all } = cacheWithEveryKey();
    await eventsChanged(client, 'w1');
    expect(invalidated(client, all)).toEqual(['activities', 'eventSummary', 'insights', 'overlay', 'paths']);
  });

  it('feedback: the feedback page, the feedback on maps and the findings', async () => {
    const { client, all } = cacheWithEveryKey();
    await feedbackChanged(client, 'w1');
    expect(invalidated(client, all)).toEqual(['feedbackData', 'insights', 'mapFeedback']);
  });

  it('segments: the segments and every view filtered by a segment (figures, feedback on maps, findings)', async () => {
    const { client, all } = cacheWithEveryKey();
    await segmentsChanged(client, 'w1');
    expect(invalidated(client, all)).toEqual(['insights', 'mapFeedback', 'overlay', 'segments']);
  });
});
