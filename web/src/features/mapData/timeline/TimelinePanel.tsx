// "Customer timeline": look a customer up, then read their events in time order, each placed on the map's step it
// stands for. The grid tints the steps the customer reached (with how many of their events each holds); choosing
// an event brings its step into view.
import { api } from '../../../api/client';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { isBusy, valueOf } from '../../../ui/load';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { useEvidence } from '../evidence/EvidenceContext';
import { EvidencePanelShell } from '../evidence/EvidencePanelShell';
import { CustomerSearch } from './CustomerSearch';
import { TimelineEvents } from './TimelineEvents';
import { visitedSteps } from './timelineView';

export function TimelinePanel({ workspaceId, map, onClose }: { workspaceId: string; map: JourneyMap; onClose: () => void }) {
  const [customer, setCustomer] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const { load, retry } = useServerData({
    key: keys.timeline(workspaceId, map.id, customer ?? ''),
    enabled: customer !== null,
    fetch: (signal) => api.customers.timeline(workspaceId, customer ?? '', map.id, signal),
  });
  const timeline = valueOf(load);

  const { setMarks } = useEvidence();
  const visitedKey = timeline ? JSON.stringify(visitedSteps(timeline, map)) : '';
  useEffect(() => {
    setMarks(visitedKey ? { visited: JSON.parse(visitedKey) as Record<string, number>, selected } : null);
    return () => setMarks(null);
  }, [visitedKey, selected, setMarks]);

  const open = (id: string) => { setSelected(null); setCustomer(id); };
  const notFound = load.state === 'error' && load.error instanceof ApiError && load.error.status === 404;
  return (
    <EvidencePanelShell title="Customer timeline" testId="timeline-panel" onClose={onClose} busy={isBusy(load)}>
      <CustomerSearch workspaceId={workspaceId} onOpen={open} />
      {load.state === 'idle' && (
        <EmptyState title="Follow one customer">
          Look up a customer to see everything they did, in order, placed on this map’s steps.
        </EmptyState>
      )}
      {load.state === 'loading' && <Spinner label="Loading the timeline" />}
      {notFound && (
        <EmptyState title="No such customer">
          No customer with the id “{customer}” has events in this workspace. Check the id, or pick one from the list.
        </EmptyState>
      )}
      {load.state === 'error' && !notFound && <ErrorState title="The timeline could not be loaded" error={load.error} onRetry={retry} />}
      {timeline && <TimelineEvents timeline={timeline} map={map} selected={selected} onSelect={setSelected} />}
    </EvidencePanelShell>
  );
}
