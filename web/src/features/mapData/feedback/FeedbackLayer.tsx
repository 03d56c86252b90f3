// Holds the feedback placed on the map for an editing session (loaded with the data view's range and segment) and
// which step's feedback panel is open. The panel takes the place of the funnel and the evidence panels.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { JourneyMap } from '../../../api/model';
import type { StepFeedback } from '../../../api/feedback';
import { useEvidence } from '../evidence/EvidenceContext';
import { useOverlay } from '../overlay/OverlayContext';
import { FeedbackContext, type FeedbackApi } from './FeedbackContext';
import { useFeedbackLoad } from './useFeedbackLoad';

interface FeedbackLayerProps {
  workspaceId: string;
  savedMap: JourneyMap;
  children: ReactNode;
}

export function FeedbackLayer({ workspaceId, savedMap, children }: FeedbackLayerProps) {
  const overlay = useOverlay();
  const evidence = useEvidence();
  const { load, retry } = useFeedbackLoad({ workspaceId, savedMap, active: overlay.on, settings: overlay.settings });
  const [panelStepId, setPanelStepId] = useState<string | null>(null);
  const result = load.state === 'ready' ? load.value : null;
  const steps = useMemo(() => new Map<string, StepFeedback>((result?.steps ?? []).map((s) => [s.stepId, s])), [result]);
  const { open: openEvidence, close: closeEvidence } = evidence;
  const openPanel = useCallback((stepId: string) => { setPanelStepId(stepId); openEvidence('feedback'); }, [openEvidence]);
  const closePanel = useCallback(() => {
    const from = panelStepId;
    setPanelStepId(null);
    closeEvidence();
    // The keyboard carries on from the step's feedback strip the panel was opened from.
    if (from) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="step-feedback-${CSS.escape(from)}"]`)?.focus());
  }, [closeEvidence, panelStepId]);
  // Another panel opened in its place (or the data view went off) closes the step's panel.
  const shownStepId = evidence.panel === 'feedback' && overlay.on ? panelStepId : null;

  const value = useMemo<FeedbackApi>(() => ({
    on: overlay.on, load, result, step: (id) => steps.get(id), retry, panelStepId: shownStepId, openPanel, closePanel,
  }), [overlay.on, load, result, steps, retry, shownStepId, openPanel, closePanel]);
  return <FeedbackContext.Provider value={value}>{children}</FeedbackContext.Provider>;
}
