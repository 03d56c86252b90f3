// The Export menu's choices: each format with what it is for, which options it takes, and the download's URL.
import type { MapExportFormat, MapExportOptions } from '../../../api/client';
import { resolveRange, type TimeRange } from '../../mapData';

export interface FormatChoice {
  format: MapExportFormat;
  label: string;
  hint: string;
}

export const formatChoices: FormatChoice[] = [
  { format: 'pdf', label: 'PDF', hint: 'Print, email, the office wall' },
  { format: 'png', label: 'PNG', hint: 'Slides and chat, crisp at 2x' },
  { format: 'svg', label: 'SVG', hint: 'Vector picture, fonts inside' },
  { format: 'csv', label: 'CSV', hint: 'One row per card, for spreadsheets' },
  { format: 'md', label: 'Markdown', hint: 'Headings per stage and step' },
  { format: 'json', label: 'JSON', hint: 'The Waymark file format' },
  { format: 'yaml', label: 'YAML', hint: 'Same document, easier to diff' },
];

export type PageChoice = NonNullable<MapExportOptions['pages']>;
export type ScaleChoice = NonNullable<MapExportOptions['scale']>;

export interface ExportChoice {
  format: MapExportFormat;
  pages: PageChoice;
  scale: ScaleChoice;
  persona: string | null;
  outlines: boolean;
  /** The data strip: measured figures under each step, for the period and segment (the data view's by default). */
  data: boolean;
  range: TimeRange;
  segment: string | null;
}

/** Drawn formats show a preview; the persona filter applies to every format but the map's own file. */
export const isDrawn = (format: MapExportFormat) => format === 'pdf' || format === 'png' || format === 'svg';
export const takesPersona = (format: MapExportFormat) => format !== 'json' && format !== 'yaml';

/** Only the options the chosen format reads go in the URL, so the link stays short and cacheable. */
export function optionsFor(choice: ExportChoice, now: Date = new Date()): MapExportOptions {
  const options: MapExportOptions = {};
  if (choice.format === 'pdf' && choice.pages !== 'poster') options.pages = choice.pages;
  if (choice.format === 'png') options.scale = choice.scale;
  if (choice.format === 'svg' && choice.outlines) options.text = 'paths';
  if (takesPersona(choice.format) && choice.persona) options.persona = choice.persona;
  return { ...options, ...dataOptions(choice, now) };
}

/** The data strip's part of the URL: nothing unless a drawn format carries it; the period as the overlay asks for it. */
export function dataOptions(choice: ExportChoice, now: Date = new Date()): MapExportOptions {
  if (!isDrawn(choice.format) || !choice.data) return {};
  const { from, to } = resolveRange(choice.range, now);
  const options: MapExportOptions = { data: true };
  if (from) options.from = from;
  if (to) options.to = to;
  if (choice.segment) options.segment = choice.segment;
  return options;
}

/** A custom period that cannot be asked for (a reversed or unreadable date), in words; null when the period is fine. */
export function rangeError(choice: ExportChoice, now: Date = new Date()): string | null {
  return choice.data && isDrawn(choice.format) ? resolveRange(choice.range, now).error ?? null : null;
}

/** The preview is the SVG of the same map, persona and data strip: vector, so one picture fits any size. */
export function previewOptions(choice: ExportChoice, now: Date = new Date()): MapExportOptions {
  return { ...(choice.persona ? { persona: choice.persona } : {}), ...dataOptions({ ...choice, format: 'svg' }, now) };
}
