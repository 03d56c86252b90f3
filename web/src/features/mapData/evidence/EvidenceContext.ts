// Which evidence panel (actual paths, a customer timeline, where it hurts, attribution or what-if) is open beside the map, and the marks
// it lays on the grid's steps.
import { createContext, useContext } from 'react';
import type { StepMarks } from './stepMarks';

/** 'rules': the map's journey rules (features/rules), beside the map like attribution. */
export type EvidencePanelKind = 'paths' | 'timeline' | 'feedback' | 'insights' | 'attribution' | 'whatif' | 'rules';

export interface EvidenceApi {
  panel: EvidencePanelKind | null;
  open: (panel: EvidencePanelKind) => void;
  close: () => void;
  setMarks: (marks: StepMarks | null) => void;
  /** The live view (features/live): in flight and stalled figures on the steps, switched from the Evidence menu. */
  live: boolean;
  setLive: (on: boolean) => void;
}

export const EvidenceContext = createContext<EvidenceApi | null>(null);

const none: EvidenceApi = { panel: null, open: () => {}, close: () => {}, setMarks: () => {}, live: false, setLive: () => {} };

export function useEvidence(): EvidenceApi {
  return useContext(EvidenceContext) ?? none;
}
