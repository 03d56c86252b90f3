// What the step headers, the emotion curve and the step feedback panel read of the feedback placed on the map.
import { createContext, useContext } from 'react';
import type { MapFeedback, StepFeedback } from '../../../api/feedback';
import type { Load } from '../../../ui/load';

export type FeedbackLoad = Load<MapFeedback>;

export interface FeedbackApi {
  /** The data view is on: feedback figures are drawn. */
  on: boolean;
  load: FeedbackLoad;
  /** The figures on screen (the last good ones while new ones load). */
  result: MapFeedback | null;
  step: (stepId: string) => StepFeedback | undefined;
  retry: () => void;
  /** The step whose feedback panel is open, or null. */
  panelStepId: string | null;
  openPanel: (stepId: string) => void;
  closePanel: () => void;
}

export const FeedbackContext = createContext<FeedbackApi | null>(null);

const off: FeedbackApi = {
  on: false, load: { state: 'idle' }, result: null, step: () => undefined, retry: () => {}, panelStepId: null,
  openPanel: () => {}, closePanel: () => {},
};

/** Outside an editing session (a lone header in a test, a preview) no feedback is shown. */
export function useFeedback(): FeedbackApi {
  return useContext(FeedbackContext) ?? off;
}
