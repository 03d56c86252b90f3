// Printing an open map: the server's paged PDF (the export's A4 or Letter layout, split by stage with headers and
// lane titles repeated, never cutting a card), not the browser's print of a wide scrolling grid (ADR on printing).
import type { MapExportOptions } from '../../../api/client';
import { resolveRange, type TimeRange } from '../../mapData';

export interface PrintView {
  personaFilter: string | null;
  /** The data view is on: the printout carries its figures for the same period and segment. */
  dataOn: boolean;
  range: TimeRange;
  segment: string | null;
}

/** Letter where people print on Letter (the US, Canada, Mexico, the Philippines…), A4 everywhere else. */
export function paperFor(locale: string): 'a4' | 'letter' {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR'].includes(region) ? 'letter' : 'a4';
}

/** The export options of the printout: the paper, the persona filter, and the data view's figures when it is on. */
export function printOptions(view: PrintView, locale: string, now: Date = new Date()): MapExportOptions {
  const options: MapExportOptions = { pages: paperFor(locale) };
  if (view.personaFilter) options.persona = view.personaFilter;
  if (!view.dataOn) return options;
  const { from, to, error } = resolveRange(view.range, now);
  if (error) return options;
  return { ...options, data: true, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(view.segment ? { segment: view.segment } : {}) };
}

/** Ctrl+P (⌘P on a Mac), without Shift or Alt (Ctrl+Shift+P is the browser's own print dialog in some browsers). */
export function isPrintKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p';
}
