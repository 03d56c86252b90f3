// What the step headers and the top bar need of the bindings: whether to show data badges, and how to open the
// binding dialog of a step.
import { createContext, useContext } from 'react';

export interface BindingsApi {
  /** Data badges are drawn on every step header (the map has a binding, or the Data toggle is on). */
  showBadges: boolean;
  /** Some step of the map is bound: the badges stay on whatever the toggle says. */
  hasBindings: boolean;
  dataOn: boolean;
  setDataOn: (on: boolean) => void;
  openBinding: (stepId: string) => void;
  /** A shared map's guest: nothing that leads into the workspace (uploads, segments, bindings) is offered. */
  guest: boolean;
  /** The bindings are read, never changed (a guest, or a member below editor): no binding dialog, no "bind" choices. */
  readOnly: boolean;
}

export const BindingsContext = createContext<BindingsApi | null>(null);

/** Outside an editing session (a lone header in a test, a preview) there are no badges and nothing to open. */
const none: BindingsApi = { showBadges: false, hasBindings: false, dataOn: false, setDataOn: () => {}, openBinding: () => {}, guest: false, readOnly: true };

export function useBindings(): BindingsApi {
  return useContext(BindingsContext) ?? none;
}
