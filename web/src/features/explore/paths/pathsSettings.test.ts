import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, pathsRequest, settingsSearch } from './pathsSettings';

describe('paths settings in the address', () => {
  it('reads back what it writes, keeping the scope keys', () => {
    const settings = { start: { kind: 'step', id: 'stp_1' }, direction: 'backward', depth: 7, width: 3, collapse: true, compare: 'seg_2' } as const;
    const search = settingsSearch(settings, '?period=30d&map=map_1&depth=4');
    expect(search).toBe('?period=30d&map=map_1&start=step%3Astp_1&dir=backward&depth=7&width=3&collapse=1&compare=seg_2');
    expect(parseSettings(search)).toEqual(settings);
  });

  it('falls back to the defaults for values out of range', () => {
    expect(parseSettings('?depth=1&width=99&dir=up&start=bogus')).toEqual(defaultSettings);
    expect(settingsSearch(defaultSettings)).toBe('');
  });

  it('asks for a map step only with the scope map, and for an activity by name', () => {
    const query = { from: null, to: null, segment: 'seg_1', source: null };
    expect(pathsRequest(query, 'map_1', { ...defaultSettings, start: { kind: 'step', id: 'stp_1' } })).toMatchObject({ map: 'map_1', startStep: 'stp_1', startActivity: null, segment: 'seg_1' });
    expect(pathsRequest(query, 'map_1', { ...defaultSettings, start: { kind: 'activity', name: 'Signs up' } })).toMatchObject({ map: null, startStep: null, startActivity: 'Signs up' });
  });
});
