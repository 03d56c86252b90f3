// The map's history (issue 17 point 5): sessions by author, named versions, a read-only preview, restore in place.
export { HistoryLayer } from './HistoryLayer';
export { HistoryPanel } from './HistoryPanel';
export { HistoryPreview } from './HistoryPreview';
export type { HistoryPoint } from './historyTypes';
