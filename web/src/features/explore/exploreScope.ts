// What every Explore view measures: an event source, a period, a segment and (optionally) the map whose steps it
// starts from. The scope lives in the page's address (?source=src_1&period=30d&segment=seg_1&map=map_1), so a link
// from the map or a colleague opens the same figures.
import { resolveRange, type RangePreset, type TimeRange } from '../mapData';

export interface ExploreScope {
  range: TimeRange;
  segment: string | null;
  mapId: string | null;
  /** The event source measured; null: the workspace's default source. */
  source: string | null;
}

/** The scope as the API's query: from/to (ISO 8601 UTC, from inclusive, to exclusive) and the segment id. */
export interface ExploreQuery {
  from: string | null;
  to: string | null;
  segment: string | null;
  /** The event source id to send as `source` (null: the server reads the default source, or the map's when a view names one). */
  source: string | null;
  /** Set when the period cannot be asked for (e.g. a custom end before its start): the views show it instead. */
  error?: string;
}

const presets: RangePreset[] = ['7d', '30d', '90d', 'all', 'custom'];
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export const defaultScope: ExploreScope = { range: { preset: 'all' }, segment: null, mapId: null, source: null };

export function parseScope(search: string): ExploreScope {
  const q = new URLSearchParams(search);
  const period = q.get('period');
  const preset = presets.find((p) => p === period) ?? defaultScope.range.preset;
  const range: TimeRange = { preset };
  if (preset === 'custom') {
    const from = q.get('from');
    const to = q.get('to');
    if (from && datePattern.test(from)) range.fromDate = from;
    if (to && datePattern.test(to)) range.toDate = to;
  }
  return { range, segment: q.get('segment') || null, mapId: q.get('map') || null, source: q.get('source') || null };
}

/** The scope's part of an address; other query keys of `search` (a view's own settings) are kept. */
export function scopeSearch(scope: ExploreScope, search = ''): string {
  const q = new URLSearchParams(search);
  for (const key of ['source', 'period', 'from', 'to', 'segment', 'map']) q.delete(key);
  if (scope.source) q.set('source', scope.source);
  if (scope.range.preset !== defaultScope.range.preset) q.set('period', scope.range.preset);
  if (scope.range.preset === 'custom') {
    if (scope.range.fromDate) q.set('from', scope.range.fromDate);
    if (scope.range.toDate) q.set('to', scope.range.toDate);
  }
  if (scope.segment) q.set('segment', scope.segment);
  if (scope.mapId) q.set('map', scope.mapId);
  const text = q.toString();
  return text ? `?${text}` : '';
}

export function scopeQuery(scope: ExploreScope, now: Date): ExploreQuery {
  const { from, to, error } = resolveRange(scope.range, now);
  return error
    ? { from: null, to: null, segment: scope.segment, source: scope.source, error }
    : { from, to, segment: scope.segment, source: scope.source };
}
