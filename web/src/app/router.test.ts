import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('router', () => {
  it('parses every page and round-trips hrefs', () => {
    for (const href of ['/', '/templates', '/personas', '/personas/per_1', '/data', '/data/feedback', '/data/webhooks', '/explore', '/explore/paths', '/explore/process', '/explore/retention', '/explore/trends', '/maps/map_x', '/members', '/invite', '/forgot-password', '/reset-password', '/s/shl_x.abc-_d', '/shared']) {
      expect(hrefOf(parseRoute(href))).toBe(href);
    }
  });

  it('decodes and encodes ids, and treats unknown paths as not found', () => {
    expect(parseRoute('/maps/a%20b')).toEqual({ page: 'map', mapId: 'a b' });
    expect(hrefOf({ page: 'map', mapId: 'a/b' })).toBe('/maps/a%2Fb');
    expect(parseRoute('/maps/m1/history')).toEqual({ page: 'map', mapId: 'm1', panel: 'history' });
    expect(hrefOf({ page: 'map', mapId: 'm 1', panel: 'history' })).toBe('/maps/m%201/history');
    expect(parseRoute('/maps/m1/other').page).toBe('notFound');
    expect(parseRoute('/maps/x/y')).toEqual({ page: 'notFound', path: '/maps/x/y' });
    expect(parseRoute('/maps/m/compare')).toEqual({ page: 'compare', mapId: 'm' });
    expect(parseRoute('/maps/m/compare/map/a%2Fb')).toEqual({ page: 'compare', mapId: 'm', against: { mapId: 'a/b' } });
    expect(parseRoute('/maps/m/compare/revision/3')).toEqual({ page: 'compare', mapId: 'm', against: { revision: 3 } });
    expect(parseRoute('/maps/m/compare/revision/0')).toEqual({ page: 'notFound', path: '/maps/m/compare/revision/0' });
    expect(hrefOf({ page: 'compare', mapId: 'm', against: { mapId: 'a/b' } })).toBe('/maps/m/compare/map/a%2Fb');
    expect(hrefOf({ page: 'compare', mapId: 'm', against: { revision: 3 } })).toBe('/maps/m/compare/revision/3');
    expect(parseRoute('/explore/nothing')).toEqual({ page: 'notFound', path: '/explore/nothing' });
    expect(hrefOf({ page: 'explore', view: 'funnels' })).toBe('/explore');
  });
});
