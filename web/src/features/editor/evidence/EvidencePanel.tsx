// The open evidence panel, if any: actual paths, a customer timeline or a step's feedback.
import type { JourneyMap } from '../../../api/model';
import { FeedbackPanel } from '../../feedback/FeedbackPanel';
import { PathsPanel } from '../paths/PathsPanel';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { useEvidence } from './EvidenceContext';

export function EvidencePanel({ workspaceId, map, saved }: { workspaceId: string; map: JourneyMap; saved: boolean }) {
  const { panel, close } = useEvidence();
  if (panel === 'paths') return <PathsPanel workspaceId={workspaceId} map={map} saved={saved} onClose={close} />;
  if (panel === 'timeline') return <TimelinePanel workspaceId={workspaceId} map={map} onClose={close} />;
  if (panel === 'feedback') return <FeedbackPanel map={map} />;
  return null;
}
