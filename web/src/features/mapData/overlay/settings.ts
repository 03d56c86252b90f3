// What the data view shows (time range, segment, comparison), remembered per map in this browser.
import type { TimeRange } from './ranges';

export interface OverlaySettings {
  range: TimeRange;
  /** A segment id; null for all customers. */
  segment: string | null;
  /** A second segment shown beside the first; null for none. */
  compare: string | null;
}

export const defaultSettings: OverlaySettings = { range: { preset: '30d' }, segment: null, compare: null };

const key = (mapId: string) => `waymark.overlay.${mapId}`;
const presets = ['7d', '30d', '90d', 'all', 'custom'];

/** The stored settings, or the defaults when none are stored or they cannot be read. */
export function parseSettings(text: string | null): OverlaySettings {
  if (!text) return defaultSettings;
  try {
    const raw = JSON.parse(text) as Partial<OverlaySettings>;
    const range = raw.range && presets.includes(raw.range.preset) ? raw.range : defaultSettings.range;
    const id = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return { range, segment: id(raw.segment), compare: id(raw.compare) };
  } catch {
    return defaultSettings;
  }
}

export function readSettings(mapId: string): OverlaySettings {
  try { return parseSettings(localStorage.getItem(key(mapId))); } catch { return defaultSettings; }
}

export function writeSettings(mapId: string, settings: OverlaySettings): void {
  try { localStorage.setItem(key(mapId), JSON.stringify(settings)); } catch { /* private mode: not remembered */ }
}
