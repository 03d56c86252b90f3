// Co-editing in the browser (issue 17): the sync engine, the hub connection, per-user undo, offline queue, presence.
export { PresenceLayer } from './PresenceLayer';
export { useCollab, collabSwitchedOff, type Collab, type LiveSession } from './useCollab';
export { liveSaveStatus, useSyncSnapshot } from './useLiveEditing';
