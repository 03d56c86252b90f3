import { describe, expect, it } from 'vitest';
import { defaultScope, parseScope, scopeQuery, scopeSearch } from './exploreScope';

describe('explore scope', () => {
  it('round-trips through the address and keeps a view’s own keys', () => {
    const scope = { range: { preset: 'custom' as const, fromDate: '2026-11-01', toDate: '2026-11-30' }, segment: 'seg_1', mapId: 'map_1', source: null };
    const search = scopeSearch(scope, '?steps=a,b&period=7d');
    expect(search).toBe('?steps=a%2Cb&period=custom&from=2026-11-01&to=2026-11-30&segment=seg_1&map=map_1');
    expect(parseScope(search)).toEqual(scope);
  });

  it('keeps the event source in the address and hands it to the API', () => {
    const scope = { ...defaultScope, source: 'src_shop' };
    expect(scopeSearch(scope)).toBe('?source=src_shop');
    expect(parseScope('?source=src_shop')).toEqual(scope);
    expect(scopeQuery(scope, new Date('2026-12-06T10:00:00Z')).source).toBe('src_shop');
  });

  it('falls back to all time for an unknown period and drops malformed dates', () => {
    expect(parseScope('?period=forever')).toEqual(defaultScope);
    expect(parseScope('?period=custom&from=yesterday').range).toEqual({ preset: 'custom' });
    expect(scopeSearch(defaultScope)).toBe('');
  });

  it('turns the period into the API’s from/to, or says why it cannot', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(scopeQuery({ ...defaultScope, range: { preset: '7d' } }, now)).toEqual({
      from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z', segment: null, source: null });
    const reversed = scopeQuery({ ...defaultScope, range: { preset: 'custom', fromDate: '2026-12-02', toDate: '2026-12-01' } }, now);
    expect(reversed.error).toBe('The end date is before the start date.');
  });
});
