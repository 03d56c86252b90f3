import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, settingsSearch } from './processSettings';

describe('process settings in the address', () => {
  it('reads defaults from an empty query', () => {
    expect(parseSettings('')).toEqual(defaultSettings);
  });

  it('round-trips every setting and keeps the scope keys', () => {
    const settings = { activities: 60, paths: 35, labels: 'time' as const, designed: false, variant: 2 };
    const search = settingsSearch(settings, '?period=30d&map=map_1&paths=10');
    expect(search).toBe('?period=30d&map=map_1&activities=60&paths=35&labels=time&designed=0&variant=2');
    expect(parseSettings(search)).toEqual(settings);
  });

  it('ignores values out of range', () => {
    expect(parseSettings('?activities=0&paths=101&labels=x&variant=abc')).toEqual(defaultSettings);
  });
});
