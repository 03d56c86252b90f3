// The autosave's words, one vocabulary for every page that saves by itself (the map, the persona sheet).
import type { SaveStatus as Status } from './autosaver';

/** The words for a state, in one place (tested). */
export function saveWords(status: Status): string {
  switch (status.state) {
    case 'saved': return 'All changes saved';
    case 'dirty':
    case 'saving': return 'Saving…';
    case 'offline': return status.waiting === 0 ? 'Offline'
      : `Offline — ${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting`;
    default: return 'Couldn\'t save';
  }
}
