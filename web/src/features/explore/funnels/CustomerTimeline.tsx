// One customer's timeline beside the funnel: their events in order, placed on the scope map's steps when there is
// one (the map's own timeline view, reused through features/mapData).
import { api } from '../../../api/client';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { LoadView } from '../../../ui/States';
import { TimelineEvents } from '../../mapData';

const noMap: JourneyMap = { schemaVersion: 1, id: '', name: '', stages: [] };

export function CustomerTimeline({ workspaceId, customerId, map }: { workspaceId: string; customerId: string; map: JourneyMap | null }) {
  const { load, retry } = useServerData({
    key: keys.timeline(workspaceId, map?.id ?? '', customerId),
    fetch: (signal) => api.customers.timeline(workspaceId, customerId, map?.id, signal),
  });
  return (
    <div data-testid="explore-timeline">
      <LoadView load={load} loading="Loading the timeline" errorTitle="The timeline could not be loaded" onRetry={retry}>
        {(timeline) => <TimelineEvents timeline={timeline} map={map ?? noMap} selected={null} onSelect={() => undefined} />}
      </LoadView>
    </div>
  );
}
