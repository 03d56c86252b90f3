// The Data page's uploads and ingestion keys: what a preview and an upload answer, and the query of an import. The
// shapes are the server's (contract.ts) where its document has them; the rest is the app's own (said at each).
import type { Schemas } from './contract';
import type { Problem } from './http';

/** The formats the server reads (its document types `format` as any string). */
export type ImportFormat = 'csv' | 'tsv' | 'ndjson' | 'xes';

/** Role (customer, activity, timestamp, … or a feedback file's customer, time, text, …) → the column chosen for it. */
export type ColumnMapping = Partial<Record<string, string | null>>;

/**
 * A file's preview. Event and feedback previews differ only in their mapping's roles, so the app reads both as one
 * shape with the mapping by role name; the format is one the server reads.
 */
export type ImportPreview = Omit<Schemas['PreviewDto'], 'mapping' | 'format'> & { format: ImportFormat; mapping: ColumnMapping };

/** One rejected row: its line (null when the file as a whole is at fault) and why. */
export type ImportProblem = Schemas['UploadProblem'];

/** What an event upload did: stored, already there, rejected (the first rejected rows), customers, activities. */
export type ImportResult = Schemas['UploadResult'];

/** What any upload did, as the Data page shows it: a feedback upload counts no customers or activities. */
export type UploadResult = Omit<ImportResult, 'customers' | 'activities'> & Partial<Pick<ImportResult, 'customers' | 'activities'>>;

/** A failed import's problem: the file-level problems, when the server names them, ride along. */
export interface ImportProblemDetails extends Problem {
  problems?: ImportProblem[];
}

export type EventSummary = Schemas['EventSummary'];
export type EventSource = Schemas['SourceDto'];
export type ApiKey = Schemas['ApiKeyDto'];
export type CreatedApiKey = Schemas['CreatedApiKey'];

/** The app's view of an import's query: the mapping's roles go into the query string by name (see importQuery). */
export interface ImportRequest {
  fileName: string;
  format?: ImportFormat;
  mapping: ColumnMapping;
  delimiter?: string | null;
  timeZone?: string;
  /** The event source the events go into (event uploads only; the default source when left out). */
  source?: string;
}

/** The query string of an import: empty mapping roles are left out (the server then uses its recognised names). */
export function importQuery(request: ImportRequest): string {
  const params = new URLSearchParams({ fileName: request.fileName });
  if (request.format) params.set('format', request.format);
  for (const [role, column] of Object.entries(request.mapping)) {
    if (column) params.set(role, column);
  }
  if (request.delimiter) params.set('delimiter', request.delimiter);
  if (request.timeZone) params.set('timeZone', request.timeZone);
  if (request.source) params.set('source', request.source);
  return params.toString();
}
