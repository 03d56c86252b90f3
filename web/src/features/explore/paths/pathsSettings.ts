// The paths view's own settings, kept in the page's address next to the scope (?start=step:stp_1&dir=backward
// &depth=6&width=4&collapse=1&compare=seg_2), so a link from the map or a colleague opens the same Sankey.
import type { ExplorePathsRequest } from '../../../api/client';
import type { ExploreQuery } from '../exploreScope';

/** Where the paths start: a map step (through its binding), an activity, or each journey's first (last) event. */
export type PathStart = { kind: 'step'; id: string } | { kind: 'activity'; name: string } | { kind: 'none' };

export interface PathsSettings {
  start: PathStart;
  direction: 'forward' | 'backward';
  depth: number;
  width: number;
  collapse: boolean;
  compare: string | null;
}

export const depthRange = { min: 2, max: 10 } as const;
export const widthRange = { min: 1, max: 20 } as const;
export const defaultSettings: PathsSettings = { start: { kind: 'none' }, direction: 'forward', depth: 5, width: 6, collapse: false, compare: null };

const settingKeys = ['start', 'dir', 'depth', 'width', 'collapse', 'compare'];

function whole(text: string | null, range: { min: number; max: number }, fallback: number): number {
  const n = text !== null && /^\d+$/.test(text) ? Number(text) : NaN;
  return n >= range.min && n <= range.max ? n : fallback;
}

export function parseStart(text: string | null): PathStart {
  if (text?.startsWith('step:') && text.length > 5) return { kind: 'step', id: text.slice(5) };
  if (text?.startsWith('activity:') && text.length > 9) return { kind: 'activity', name: text.slice(9) };
  return { kind: 'none' };
}

export function startText(start: PathStart): string {
  return start.kind === 'step' ? `step:${start.id}` : start.kind === 'activity' ? `activity:${start.name}` : '';
}

export function parseSettings(search: string): PathsSettings {
  const q = new URLSearchParams(search);
  return {
    start: parseStart(q.get('start')),
    direction: q.get('dir') === 'backward' ? 'backward' : 'forward',
    depth: whole(q.get('depth'), depthRange, defaultSettings.depth),
    width: whole(q.get('width'), widthRange, defaultSettings.width),
    collapse: q.get('collapse') === '1',
    compare: q.get('compare') || null,
  };
}

/** The settings' part of an address; the other keys of `search` (the scope's) are kept. Defaults are left out. */
export function settingsSearch(settings: PathsSettings, search = ''): string {
  const q = new URLSearchParams(search);
  for (const key of settingKeys) q.delete(key);
  const start = startText(settings.start);
  if (start) q.set('start', start);
  if (settings.direction === 'backward') q.set('dir', 'backward');
  if (settings.depth !== defaultSettings.depth) q.set('depth', String(settings.depth));
  if (settings.width !== defaultSettings.width) q.set('width', String(settings.width));
  if (settings.collapse) q.set('collapse', '1');
  if (settings.compare) q.set('compare', settings.compare);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The API's query for the scope and the settings; a map step needs the scope's map. */
export function pathsRequest(query: ExploreQuery, mapId: string | null, settings: PathsSettings): ExplorePathsRequest {
  const { start } = settings;
  return {
    from: query.from,
    to: query.to,
    segment: query.segment,
    source: query.source,
    compare: settings.compare,
    map: start.kind === 'step' ? mapId : null,
    startStep: start.kind === 'step' ? start.id : null,
    startActivity: start.kind === 'activity' ? start.name : null,
    direction: settings.direction,
    depth: settings.depth,
    width: settings.width,
    collapse: settings.collapse,
  };
}
