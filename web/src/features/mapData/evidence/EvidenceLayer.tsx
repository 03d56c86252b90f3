// Holds the evidence panels' state for an editing session and writes their step marks into the page (as a
// constructed style sheet: the CSP applies no inline <style>).
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { EvidenceContext, type EvidenceApi, type EvidencePanelKind } from './EvidenceContext';
import { stepMarksCss, type StepMarks } from './stepMarks';
import { useStyleSheet } from '../../../ui/useStyleSheet';

export function EvidenceLayer({ children }: { children: ReactNode }) {
  const [panel, setPanel] = useState<EvidencePanelKind | null>(null);
  const [marks, setMarks] = useState<StepMarks | null>(null);
  const [live, setLive] = useState(false);
  const opened = useRef<EvidencePanelKind | null>(null);
  const open = useCallback((p: EvidencePanelKind) => { opened.current = p; setPanel(p); }, []);
  const close = useCallback(() => {
    setPanel(null);
    setMarks(null);
    // Focus goes back to where the panel was opened from: the data bar's "Where it hurts" or "Attribution", or the top
    // bar's Evidence.
    const opener = opened.current === 'insights' ? '[data-testid="toggle-insights"]'
      : opened.current === 'attribution' ? '[data-testid="toggle-attribution"]'
        : opened.current === 'whatif' ? '[data-testid="toggle-whatif"]' : '[data-testid="evidence-menu"] button';
    opened.current = null;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(opener)?.focus());
  }, []);
  const api = useMemo<EvidenceApi>(() => ({ panel, open, close, setMarks, live, setLive }), [panel, open, close, live]);
  useStyleSheet(stepMarksCss(marks));
  return (
    <EvidenceContext.Provider value={api}>
      {children}
    </EvidenceContext.Provider>
  );
}
