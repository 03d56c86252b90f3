// The data views' panels beside the grid: the funnel and the open evidence panel (paths, a customer timeline, a
// step's feedback or where it hurts). Each shows only while it is open.
import type { JourneyMap } from '../../api/model';
import { EvidencePanel } from './evidence/EvidencePanel';
import { FunnelPanel } from './overlay/FunnelPanel';

export function MapDataPanels({ workspaceId, map, saved }: { workspaceId: string; map: JourneyMap; saved: boolean }) {
  return (
    <>
      <FunnelPanel map={map} />
      <EvidencePanel workspaceId={workspaceId} map={map} saved={saved} />
    </>
  );
}
