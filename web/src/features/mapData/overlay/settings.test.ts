import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './settings';

describe('parseSettings', () => {
  it('reads what was written', () => {
    const settings = { range: { preset: 'custom' as const, fromDate: '2026-11-01' }, segment: 'seg_a', compare: 'seg_b' };
    expect(parseSettings(JSON.stringify(settings))).toEqual(settings);
  });

  it('falls back to the defaults for nothing, junk or an unknown preset', () => {
    expect(parseSettings(null)).toEqual(defaultSettings);
    expect(parseSettings('{oops')).toEqual(defaultSettings);
    expect(parseSettings('{"range":{"preset":"5y"},"segment":3}')).toEqual(defaultSettings);
  });
});
