// The step menu's "What if…": shown while the data view is on, for a step the question can be about (the overlay
// measured it in its funnel and it has a next step, so it is not the outcome), to readers too; it opens the what-if
// panel on that step.
import { useEvidence, useOverlay } from '../mapData';
import { requestWhatIf } from './whatIfRequest';

export interface WhatIfMenuItem { label: string; onSelect: () => void; separated?: boolean }

export function useWhatIfMenuItem(stepId: string): WhatIfMenuItem | null {
  const overlay = useOverlay();
  const evidence = useEvidence();
  const figures = overlay.on ? overlay.step(stepId)?.series[0] : undefined;
  if (!figures?.inFunnel || !figures.nextStepId) return null;
  return {
    label: 'What if…',
    separated: true,
    onSelect: () => {
      overlay.setFunnelOpen(false);
      requestWhatIf(stepId);
      evidence.open('whatif');
    },
  };
}
