import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('router', () => {
  it('parses every page and round-trips hrefs', () => {
    for (const href of ['/', '/templates', '/personas', '/personas/per_1', '/data', '/data/feedback', '/maps/map_x', '/members', '/invite', '/forgot-password', '/reset-password', '/s/shl_x.abc-_d', '/shared']) {
      expect(hrefOf(parseRoute(href))).toBe(href);
    }
  });

  it('decodes and encodes ids, and treats unknown paths as not found', () => {
    expect(parseRoute('/maps/a%20b')).toEqual({ page: 'map', mapId: 'a b' });
    expect(hrefOf({ page: 'map', mapId: 'a/b' })).toBe('/maps/a%2Fb');
    expect(parseRoute('/maps/x/y')).toEqual({ page: 'notFound', path: '/maps/x/y' });
  });
});
