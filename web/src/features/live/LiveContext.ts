// The live view's figures for an editing session, read by the step chips and the legend bar. `on` is switched from
// the Evidence menu (features/mapData's evidence state); while on, the layer asks the server every 10 s.
import { createContext, useContext } from 'react';
import type { LiveStep, LiveView } from './liveApi';

export interface LiveState {
  on: boolean;
  /** The last figures (kept through a failed refresh). */
  view: LiveView | null;
  /** The first answer is on its way. */
  loading: boolean;
  /** The last ask failed; `view` still holds the figures before it. */
  failed: boolean;
  step: (stepId: string) => LiveStep | undefined;
  retry: () => void;
}

const none: LiveState = { on: false, view: null, loading: false, failed: false, step: () => undefined, retry: () => {} };

export const LiveContext = createContext<LiveState | null>(null);

export function useLive(): LiveState {
  return useContext(LiveContext) ?? none;
}
