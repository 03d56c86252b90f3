// The open evidence panel, if any: actual paths, a customer timeline, a step's feedback or where it hurts.
import type { JourneyMap } from '../../../api/model';
import { FeedbackPanel } from '../feedback/FeedbackPanel';
import { InsightsPanel } from '../insights/InsightsPanel';
import { PathsPanel } from '../paths/PathsPanel';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { useEvidence } from './EvidenceContext';

export function EvidencePanel({ workspaceId, map, saved }: { workspaceId: string; map: JourneyMap; saved: boolean }) {
  const { panel, close } = useEvidence();
  if (panel === 'paths') return <PathsPanel workspaceId={workspaceId} map={map} saved={saved} onClose={close} />;
  if (panel === 'timeline') return <TimelinePanel workspaceId={workspaceId} map={map} onClose={close} />;
  if (panel === 'feedback') return <FeedbackPanel workspaceId={workspaceId} map={map} />;
  if (panel === 'insights') return <InsightsPanel workspaceId={workspaceId} map={map} saved={saved} onClose={close} />;
  return null;
}
