// How a cell asks for the comment menu: the event (for where, and to stop the browser's menu) and the cell's place.
import { createContext, useContext, type MouseEvent } from 'react';
import type { Anchor } from './anchors';

export type OpenCellMenu = (e: MouseEvent, anchor: Anchor, label: string) => void;

export const CellMenuContext = createContext<OpenCellMenu | null>(null);

/** Stable for the session, so reading it does not re-render the grid's cells. */
export function useCellMenu(): OpenCellMenu | null {
  return useContext(CellMenuContext);
}
