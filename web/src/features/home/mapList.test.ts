import { describe, expect, it } from 'vitest';
import type { MapSummary } from '../../api/model';
import { kindCounts, matchesText, queryMaps, sortMaps } from './mapList';

function summary(id: string, name: string, extra: Partial<MapSummary> = {}): MapSummary {
  return {
    id, workspaceId: 'ws', name, kind: 'currentState', description: null, stageCount: 1, stepCount: 2, personaNames: [],
    basedOnMapId: null, reviewBy: null, ownerId: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'A', version: 1, sourceId: null, ...extra,
  };
}

const maps = [
  summary('a', 'Hotel stay', { description: 'Two nights in a city hotel', updatedAt: '2026-03-01T10:00:00Z' }),
  summary('b', 'Café visit', { kind: 'futureState', updatedAt: '2026-05-01T10:00:00Z' }),
  summary('c', 'insurance claim', { kind: 'serviceBlueprint', description: null, updatedAt: '2026-04-01T10:00:00Z' }),
];

describe('map search', () => {
  it('matches every word in name or description, ignoring case and accents', () => {
    expect(matchesText(maps[0]!, 'CITY hotel')).toBe(true);
    expect(matchesText(maps[0]!, 'city cafe')).toBe(false);
    expect(matchesText(maps[1]!, 'cafe')).toBe(true);
    expect(matchesText(maps[2]!, '  ')).toBe(true);
  });

  it('filters by kind and text together', () => {
    expect(queryMaps(maps, { text: '', kind: 'futureState', sort: 'name' }).map((m) => m.id)).toEqual(['b']);
    expect(queryMaps(maps, { text: 'claim', kind: 'all', sort: 'name' }).map((m) => m.id)).toEqual(['c']);
    expect(queryMaps(maps, { text: 'claim', kind: 'futureState', sort: 'name' })).toEqual([]);
  });
});

describe('map sort', () => {
  it('sorts by last edited, newest first', () => {
    expect(sortMaps(maps, 'edited').map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });

  it('sorts by name without regard to case, and leaves the input alone', () => {
    expect(sortMaps(maps, 'name').map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(maps.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts maps per kind', () => {
    const counts = kindCounts(maps);
    expect(counts.get('currentState')).toBe(1);
    expect(counts.get('renewal')).toBeUndefined();
  });
});
