// Search, filter and sort for the workspace home: pure, so the grid and the tests agree.
import type { MapKind, MapSummary } from '../../api/model';

export type MapSort = 'edited' | 'name';

export interface MapQuery {
  text: string;
  kind: MapKind | 'all';
  sort: MapSort;
}

/** Lower-case, accent-free text so "cafe" finds "Café". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** True when every word of the search appears in the map's name or description. */
export function matchesText(map: MapSummary, text: string): boolean {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${map.name} ${map.description ?? ''}`);
  return words.every((w) => haystack.includes(w));
}

export function sortMaps(maps: readonly MapSummary[], sort: MapSort): MapSummary[] {
  const copy = [...maps];
  if (sort === 'name') {
    copy.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id));
  } else {
    copy.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
  }
  return copy;
}

export function queryMaps(maps: readonly MapSummary[], q: MapQuery): MapSummary[] {
  const kept = maps.filter((m) => (q.kind === 'all' || m.kind === q.kind) && matchesText(m, q.text));
  return sortMaps(kept, q.sort);
}

/** How many maps there are of each kind, for the filter chips (kinds with none are left out). */
export function kindCounts(maps: readonly MapSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of maps) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return counts;
}
