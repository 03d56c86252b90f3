// What every part of the open map reads and how it changes the map. The editor provides it; the grid, the cell
// widgets, the emotion curve, the side panels and the map's data views (features/mapData) all go through it, so
// every change is one Edit: undoable and autosaved. It lives outside the editor so the data views never import it.
import { createContext, useContext } from 'react';
import type { JourneyMap } from '../../api/model';
import type { Edit } from './state/edits';

export interface MapSession {
  map: JourneyMap;
  /** The current-state map a future-state map is based on, when it could be loaded (its curve is drawn faintly). */
  basedOn?: JourneyMap;
  /** Applies an edit. Edits with the same coalesceKey in a row (typing, dragging) become one undo step. */
  dispatch: (edit: Edit, coalesceKey?: string) => void;
  /** Ends the current gesture: the next edit starts a new undo step. */
  seal: () => void;
  /** Only this persona's lanes and curve are shown; null shows everyone. */
  personaFilter: string | null;
}

export const MapSessionContext = createContext<MapSession | null>(null);

export function useMapSession(): MapSession {
  const api = useContext(MapSessionContext);
  if (!api) throw new Error('useMapSession outside MapSessionContext');
  return api;
}
