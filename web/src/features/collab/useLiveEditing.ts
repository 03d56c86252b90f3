// The editor's view of a live session: the map to draw, the save status in the top bar's words, and the edit,
// undo and redo that go to the sync engine instead of the whole-document history.
import { useSyncExternalStore } from 'react';
import type { SaveStatus } from '../autosave/autosaver';
import type { SyncEngine, SyncSnapshot, SyncStatus } from './syncEngine';

const noSubscription = () => () => undefined;
const nothing = () => undefined;

export function useSyncSnapshot(engine: SyncEngine | undefined): SyncSnapshot | undefined {
  return useSyncExternalStore(engine ? (l) => engine.subscribe(l) : noSubscription, engine ? () => engine.snapshot : nothing);
}

/** The co-editing status in the one vocabulary: Saving… / All changes saved / Offline — N changes waiting / Couldn't save — Retry. */
export function liveSaveStatus(status: SyncStatus, seq: number): SaveStatus {
  return { ...words(status), seq };
}

function words(status: SyncStatus): SaveStatus {
  switch (status.state) {
    case 'saved': return { state: 'saved', waiting: 0 };
    case 'saving': return { state: 'saving', waiting: status.waiting };
    case 'offline': return { state: 'offline', waiting: status.waiting };
    case 'failed': return { state: 'failed', waiting: status.waiting, error: status.error };
  }
}
