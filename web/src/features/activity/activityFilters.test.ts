import { describe, expect, it } from 'vitest';
import { byDay } from './activityDays';
import { isFiltered, noFilters, toQuery } from './activityFilters';

describe('toQuery', () => {
  it('leaves out what is not set', () => {
    expect(toQuery(noFilters)).toEqual({ action: null, actor: null, from: null, to: null });
    expect(isFiltered(noFilters)).toBe(false);
  });

  it('turns local days into instants: from the start of the first to the start of the day after the last', () => {
    const q = toQuery({ action: 'map', actor: 'local', from: '2026-12-01', to: '2026-12-05' });
    expect(q.action).toBe('map');
    expect(q.from).toBe(new Date(2026, 11, 1).toISOString());
    expect(q.to).toBe(new Date(2026, 11, 6).toISOString());
  });
});

describe('byDay', () => {
  it('groups newest-first lines under Today, Yesterday and dates', () => {
    const now = new Date(2026, 11, 5, 15, 0);
    const at = (d: number, h: number) => new Date(2026, 11, d, h).toISOString();
    const line = (sequence: number, iso: string) => ({
      sequence, at: iso, actorId: 'u', actorName: 'Ana', action: 'map.created', target: null, targetExists: false, detail: null,
    });
    const days = byDay([line(4, at(5, 14)), line(3, at(5, 9)), line(2, at(4, 20)), line(1, at(1, 8))], now);
    expect(days.map((d) => [d.heading.startsWith('Today') || d.heading.startsWith('Yesterday') ? d.heading : 'date', d.lines.length]))
      .toEqual([['Today', 2], ['Yesterday', 1], ['date', 1]]);
  });
});
