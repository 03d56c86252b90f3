// Pure helpers of the upload flow: what to preview, whether a mapping can be imported, and how figures read.
import type { ColumnMapping, ImportFormat, ImportPreview } from '../../api/data';

/** The client sends this much of the file's start for the preview. */
export const previewBytes = 256 * 1024;

/** One thing a column can hold: the key the server's query uses, its label and a short hint. */
export interface RoleSpec {
  key: string;
  label: string;
  required: boolean;
  hint: string;
}

export const eventRoles: readonly RoleSpec[] = [
  { key: 'customer', label: 'Customer id', required: true, hint: 'Who did it' },
  { key: 'activity', label: 'Activity', required: true, hint: 'What they did' },
  { key: 'timestamp', label: 'Timestamp', required: true, hint: 'When it happened' },
  { key: 'channel', label: 'Channel', required: false, hint: 'Where (optional)' },
];

/** Why a file cannot be uploaded as it is (by its name), or null. */
export function fileProblem(name: string, size: number): string | null {
  const lower = name.toLowerCase();
  if (size === 0) return 'The file is empty.';
  if (/\.(xlsx?|numbers|ods)$/.test(lower)) return 'Spreadsheets cannot be read directly: save the sheet as CSV (UTF-8) and upload that.';
  if (/\.(zip|7z|rar|tar)$/.test(lower)) return 'Archives cannot be read: upload the CSV, NDJSON or XES file itself (gzip .gz is fine).';
  return null;
}

/** Why the mapping is not ready to import, or null. XES files carry their own roles. */
export function mappingProblem(format: ImportFormat, mapping: ColumnMapping, roles: readonly RoleSpec[] = eventRoles): string | null {
  if (format === 'xes') return null;
  for (const role of roles) {
    if (role.required && !mapping[role.key]) return `Choose the column that holds the ${role.label.toLowerCase()}.`;
  }
  const used = roles.map((r) => mapping[r.key]).filter((c): c is string => !!c);
  const repeated = used.find((c, i) => used.indexOf(c) !== i);
  return repeated ? `The column “${repeated}” is chosen for two roles; each role needs its own column.` : null;
}

/**
 * The mapping to start from: the server's guesses, limited to columns the preview has, then `fallback`'s guesses
 * for roles the server left open (a column is never given two roles).
 */
export function initialMapping(preview: ImportPreview, roles: readonly RoleSpec[] = eventRoles, fallback: ColumnMapping = {}): ColumnMapping {
  const pick = (column: string | null | undefined) => (column && preview.columns.includes(column) ? column : null);
  const mapping: ColumnMapping = {};
  for (const role of roles) mapping[role.key] = pick(preview.mapping[role.key]);
  for (const role of roles) {
    const guess = pick(fallback[role.key]);
    if (!mapping[role.key] && guess && !Object.values(mapping).includes(guess)) mapping[role.key] = guess;
  }
  return mapping;
}

/** "1.2 MB" style sizes with one decimal under 10. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** Whole percent sent, 0..100. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((sent / total) * 100)));
}

/** "1 event", "12,345 events". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

export function formatLabel(format: ImportFormat, delimiter?: string | null): string {
  switch (format) {
    case 'xes': return 'XES event log';
    case 'ndjson': return 'NDJSON (one JSON object per line)';
    case 'tsv': return 'TSV (tab-separated)';
    case 'csv': return delimiter && delimiter !== ',' ? `CSV separated by “${delimiter}”` : 'CSV (comma-separated)';
  }
}
