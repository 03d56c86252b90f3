// The time zones an upload can read times without an offset in: every IANA zone this browser knows (the server
// checks the id again and names the field when it does not know it), grouped by region, with UTC and this
// browser's own zone first, each labelled with its offset now so "Berlin" and "UTC+01:00" both find it.

export interface ZoneGroup {
  label: string;
  zones: { id: string; label: string }[];
}

/** Every IANA zone id the browser knows, or just UTC (and `local`) where it cannot list them. */
export function ianaZones(): string[] {
  try {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    if (list && list.length > 0) return list;
  } catch {
    // An older engine: fall through to the short list.
  }
  return ['UTC'];
}

export function localZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/** "UTC+05:30" for a zone at `at` ("UTC" when it is UTC then). */
export function offsetLabel(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
    return part === 'GMT' || part === 'GMT+00:00' ? 'UTC' : part.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}

/** "Sao Paulo (UTC-03:00)" for "America/Sao_Paulo": the place last, as people look for it. */
function zoneLabel(zone: string, at: Date): string {
  const place = zone.split('/').slice(1).join(' / ').replace(/_/g, ' ') || zone;
  const offset = offsetLabel(zone, at);
  return offset && offset !== place ? `${place} (${offset})` : place;
}

/** The zones grouped for a select: suggested ones first (UTC, this browser's), then each region in order. */
export function zoneGroups(zones: readonly string[], local: string | null, at = new Date()): ZoneGroup[] {
  const suggested = ['UTC', ...(local && local !== 'UTC' ? [local] : [])];
  const groups: ZoneGroup[] = [{
    label: 'Suggested',
    zones: suggested.map((id) => ({ id, label: id === 'UTC' ? 'UTC' : `${id.replace(/_/g, ' ')} (${offsetLabel(id, at)}, this browser)` })),
  }];
  const byRegion = new Map<string, { id: string; label: string }[]>();
  for (const id of zones) {
    if (!id.includes('/')) continue; // UTC and the like are in "Suggested"
    const region = id.split('/')[0]!;
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region)!.push({ id, label: zoneLabel(id, at) });
  }
  for (const region of [...byRegion.keys()].sort()) {
    groups.push({ label: region, zones: byRegion.get(region)!.sort((a, b) => a.label.localeCompare(b.label, 'en')) });
  }
  return groups;
}
