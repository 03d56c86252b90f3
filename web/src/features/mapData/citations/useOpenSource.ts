// Opens what a citation points at: a quote's step feedback, the finding in "Where it hurts", or the data view at the
// figure's period and segment with its step in view. Each turns the data view on first; what is cited may since
// have changed or gone, and the panels say so in their own words.
import { useCallback } from 'react';
import type { Citation } from '../../../api/model';
import { useBindings } from '../bindings/BindingsContext';
import { useEvidence } from '../evidence/EvidenceContext';
import { useFeedback } from '../feedback/FeedbackContext';
import { showStep } from '../insights/showStep';
import { useOverlay } from '../overlay/OverlayContext';

export function useOpenSource(cardStepId: string): (c: Citation) => void {
  const { setDataOn } = useBindings();
  const feedback = useFeedback();
  const evidence = useEvidence();
  const overlay = useOverlay();
  return useCallback((c: Citation) => {
    setDataOn(true);
    if (c.kind === 'quote') {
      feedback.openPanel(cardStepId);
    } else if (c.kind === 'finding') {
      overlay.setFunnelOpen(false);
      evidence.open('insights');
    } else {
      const range = c.from && c.to ? { preset: 'custom' as const, fromDate: c.from, toDate: c.to } : overlay.settings.range;
      overlay.setSettings({ ...overlay.settings, range, segment: c.segmentId ?? null });
      // The grid draws the figures once the view is on; the step comes into view on the next frame.
      requestAnimationFrame(() => showStep(c.stepId ?? cardStepId));
    }
  }, [setDataOn, feedback, evidence, overlay, cardStepId]);
}
