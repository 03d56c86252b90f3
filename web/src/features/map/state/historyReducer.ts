// The editor page's reducer over History: every change to the open map goes through one of these actions.
import type { JourneyMap } from '../../../api/model';
import type { Edit } from './edits';
import { record, redo, reset, seal, undo, type History } from './history';

export type HistoryAction =
  | { type: 'edit'; edit: Edit; coalesceKey?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'seal' }
  | { type: 'reset'; map: JourneyMap };

export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'edit': return record(history, action.edit, action.coalesceKey);
    case 'undo': return undo(seal(history));
    case 'redo': return redo(seal(history));
    case 'seal': return seal(history);
    case 'reset': return reset(action.map);
  }
}
