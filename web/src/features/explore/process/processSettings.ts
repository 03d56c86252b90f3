// The process map's own settings, kept in the page's address next to the scope (?activities=60&paths=40&labels=time
// &designed=1&variant=2), so a shared link opens the same graph.

export type EdgeLabels = 'count' | 'time';

export interface ProcessSettings {
  /** Activity coverage, 1-100 (100: every activity). */
  activities: number;
  /** Path coverage, 1-100 (100: every path between the shown activities). */
  paths: number;
  labels: EdgeLabels;
  /** Draw the map's designed order over the graph (needs a map in the scope). */
  designed: boolean;
  /** The variant highlighted on the graph (0-based rank), or none. */
  variant: number | null;
}

export const defaultSettings: ProcessSettings = { activities: 100, paths: 100, labels: 'count', designed: true, variant: null };

const keys = ['activities', 'paths', 'labels', 'designed', 'variant'];

function percent(text: string | null, fallback: number): number {
  if (text === null || !/^\d{1,3}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && n <= 100 ? n : fallback;
}

export function parseSettings(search: string): ProcessSettings {
  const q = new URLSearchParams(search);
  const variant = q.get('variant');
  return {
    activities: percent(q.get('activities'), defaultSettings.activities),
    paths: percent(q.get('paths'), defaultSettings.paths),
    labels: q.get('labels') === 'time' ? 'time' : 'count',
    designed: q.get('designed') !== '0',
    variant: variant !== null && /^\d{1,2}$/.test(variant) ? Number(variant) : null,
  };
}

/** The address's query with these settings (defaults left out); every other key (the scope's) is kept. */
export function settingsSearch(settings: ProcessSettings, search: string): string {
  const q = new URLSearchParams(search);
  for (const key of keys) q.delete(key);
  if (settings.activities !== defaultSettings.activities) q.set('activities', String(settings.activities));
  if (settings.paths !== defaultSettings.paths) q.set('paths', String(settings.paths));
  if (settings.labels !== defaultSettings.labels) q.set('labels', settings.labels);
  if (!settings.designed) q.set('designed', '0');
  if (settings.variant !== null) q.set('variant', String(settings.variant));
  const text = q.toString();
  return text ? `?${text}` : '';
}
