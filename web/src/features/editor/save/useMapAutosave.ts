// The map editor's autosave: the one Autosaver (features/autosave) writing the map with PUT, as a keepalive
// request when the page is being left (putMap).
import { useState } from 'react';
import type { JourneyMap } from '../../../api/model';
import { Autosaver } from '../../autosave/autosaver';
import { browserClock, useAutosave } from '../../autosave/useAutosave';
import { putMap } from './putMap';

export function useMapAutosave(workspaceId: string, doc: JourneyMap, etag: string) {
  const [machine] = useState(() => new Autosaver<JourneyMap>(doc, etag, {
    write: (d, e, summary, keepalive) => putMap(workspaceId, d, e, summary, keepalive),
    ...browserClock,
  }));
  const status = useAutosave(machine);
  return { status, machine };
}
