// What every part of the open map reads and how it changes the map. The grid, the cell widgets, the emotion
// curve and the side panels all go through this, so every change is one Edit: undoable and autosaved.
import { createContext, useContext } from 'react';
import type { JourneyMap } from '../../api/model';
import type { Edit } from './state/edits';

export interface EditorApi {
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

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside EditorContext');
  return api;
}
