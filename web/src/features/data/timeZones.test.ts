import { describe, expect, it } from 'vitest';
import { ianaZones, offsetLabel, zoneGroups } from './timeZones';

describe('time zones of an upload', () => {
  it('lists every IANA zone the engine knows, far more than UTC and the local one', () => {
    const zones = ianaZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain('America/Sao_Paulo');
    // ICU may still call Kolkata by its older IANA name; both are IANA ids the server knows.
    expect(zones.some((z) => z === 'Asia/Kolkata' || z === 'Asia/Calcutta')).toBe(true);
  });

  it('groups them by region after UTC and this browser\'s zone, with the offset in each label', () => {
    const at = new Date('2026-01-15T12:00:00Z');
    const groups = zoneGroups(['Europe/Berlin', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'UTC'], 'Europe/Berlin', at);
    expect(groups.map((g) => g.label)).toEqual(['Suggested', 'America', 'Asia', 'Europe']);
    expect(groups[0]!.zones.map((z) => z.id)).toEqual(['UTC', 'Europe/Berlin']);
    expect(groups[1]!.zones[0]).toEqual({ id: 'America/Argentina/Buenos_Aires', label: 'Argentina / Buenos Aires (UTC-03:00)' });
    expect(groups[2]!.zones[0]).toEqual({ id: 'Asia/Kolkata', label: 'Kolkata (UTC+05:30)' });
    expect(offsetLabel('UTC', at)).toBe('UTC');
  });
});
