// The history's shared state for one editing session: the timeline as loaded, the point being previewed, and the
// commands (name, rename, delete a version; restore a point). HistoryLayer provides it; the panel and preview read it.
import { createContext, useContext } from 'react';
import type { JourneyMap } from '../../api/model';
import type { HistoryPoint, MapHistory, MapVersion } from './historyTypes';

export type TimelineLoad =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; history: MapHistory; olderLoading: boolean; olderError?: string };

export interface HistoryState {
  workspaceId: string;
  mapId: string;
  /** An editor: restore, name, rename and delete show; a reader sees the timeline and previews only. */
  canEdit: boolean;
  load: TimelineLoad;
  retry: () => void;
  loadOlder: () => void;
  /** Presence colours of the people here now, by user id. */
  colours: ReadonlyMap<string, string>;
  /** The live map (the preview marks what changed from the point to it) and its seq. */
  liveMap: JourneyMap;
  liveSeq: number | undefined;
  preview: HistoryPoint | null;
  show: (point: HistoryPoint | null) => void;
  askName: (seq?: number) => void;
  askRename: (version: MapVersion) => void;
  askDelete: (version: MapVersion) => void;
  askRestore: (point: HistoryPoint) => void;
}

export const HistoryContext = createContext<HistoryState | null>(null);

export function useHistoryState(): HistoryState {
  const state = useContext(HistoryContext);
  if (!state) throw new Error('useHistoryState outside HistoryLayer');
  return state;
}
