import { useEffect, useRef } from 'react';
import { useEvidence } from '../evidence/EvidenceContext';
import { showStep } from './showStep';

const flashMs = 2600;

/**
 * Shows a step of the grid (scrolled into view, focused) and lights it briefly, as a finding's "Show step" and an
 * attribution row do; a second call restarts the light.
 */
export function useStepFlash(): (stepId: string) => void {
  const { setMarks } = useEvidence();
  const nonce = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (stepId: string) => {
    if (!showStep(stepId)) return;
    nonce.current += 1;
    setMarks({ flash: { stepId, nonce: nonce.current } });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMarks(null), flashMs);
  };
}
