// Whether the grid is read only (a viewer, a commenter, a share-link guest), for the headers deep inside it: they
// draw only the menu items that read or comment, never the ones that change the map.
import { createContext, useContext } from 'react';

export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
