// What the grid's headers, the data bar and the funnel panel read of the data view.
import { createContext, useContext } from 'react';
import type { OverlayResult, StageFigures, StepComparison, StepFigures } from '../../../api/overlay';
import type { Segment } from '../../../api/segments';
import type { Load } from '../../../ui/load';
import type { OverlaySettings } from './settings';

/** The figures for the data view's settings; null when the workspace has no events at all (the data page is where
 * they come from). */
export type OverlayLoad = Load<OverlayResult | null>;

export type SegmentsLoad = Load<Segment[]>;

/** One step's figures in each series (one, or two when comparing) and the test between them. */
export interface StepView {
  series: StepFigures[];
  comparison?: StepComparison;
}

export interface StageView {
  series: StageFigures[];
}

export interface OverlayApi {
  /** The workspace the map is in (a share guest has no workspace session, so the data views read it here). */
  workspaceId: string;
  /** The data view is on: headers show figures. */
  on: boolean;
  load: OverlayLoad;
  /** The result on screen (the last good one while a new one loads). */
  result: OverlayResult | null;
  settings: OverlaySettings;
  setSettings: (settings: OverlaySettings) => void;
  segments: SegmentsLoad;
  retry: () => void;
  openSegments: () => void;
  funnelOpen: boolean;
  setFunnelOpen: (open: boolean) => void;
  step: (stepId: string) => StepView | undefined;
  stage: (stageId: string) => StageView | undefined;
}

export const OverlayContext = createContext<OverlayApi | null>(null);

const off: OverlayApi = {
  workspaceId: '', on: false, load: { state: 'idle' }, result: null, settings: { range: { preset: '30d' }, segment: null, compare: null },
  setSettings: () => {}, segments: { state: 'idle' }, retry: () => {}, openSegments: () => {}, funnelOpen: false,
  setFunnelOpen: () => {}, step: () => undefined, stage: () => undefined,
};

/** Outside an editing session (a lone header in a test, a preview) the data view is off. */
export function useOverlay(): OverlayApi {
  return useContext(OverlayContext) ?? off;
}
