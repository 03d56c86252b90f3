// The step menu's "What if…": there while the data view is on, to readers too; it opens the what-if panel on that
// step. It is enabled for a step the question can be about (the overlay measured it in its funnel and it has a next
// step, so it is not the outcome) and disabled otherwise, including while the overlay's figures are still loading:
// an item that appeared only once they arrived would push the items below it down under the pointer of someone
// already choosing one ("When customers stall here…" clicked, "What if…" opened).
import { useEvidence, useOverlay } from '../mapData';
import { requestWhatIf } from './whatIfRequest';

export interface WhatIfMenuItem { label: string; onSelect: () => void; separated?: boolean; disabled?: boolean }

export function useWhatIfMenuItem(stepId: string): WhatIfMenuItem | null {
  const overlay = useOverlay();
  const evidence = useEvidence();
  if (!overlay.on) return null;
  const figures = overlay.step(stepId)?.series[0];
  return {
    label: 'What if…',
    separated: true,
    disabled: !figures?.inFunnel || !figures.nextStepId,
    onSelect: () => {
      overlay.setFunnelOpen(false);
      requestWhatIf(stepId);
      evidence.open('whatif');
    },
  };
}
