// Typed client for the Data page: file uploads (preview, import with upload progress), the data summary and
// the workspace's ingestion API keys.
import { ApiError, clientHeader, currentUser, getJson, headerSafe, postJson, remove, type Problem } from './http';

export type ImportFormat = 'csv' | 'tsv' | 'ndjson' | 'xes';

/** Role (customer, activity, timestamp, … or a feedback file's customer, time, text, …) → the column chosen for it. */
export type ColumnMapping = Partial<Record<string, string | null>>;

export interface ImportPreview {
  format: ImportFormat;
  delimiter?: string | null;
  columns: string[];
  rows: string[][];
  mapping: ColumnMapping;
  notes: string[];
}

export interface ImportProblem {
  line: number | null;
  reason: string;
}

/** What any upload did: stored, already there, rejected (the first rejected rows with line and reason). */
export interface UploadResult {
  imported: number;
  duplicates: number;
  rejected: number;
  problems: ImportProblem[];
  seconds: number;
  /** Event uploads also count the file's customers and activities. */
  customers?: number;
  activities?: number;
}

export interface ImportResult extends UploadResult {
  customers: number;
  activities: number;
}

/** A failed import's problem: the file-level problems, when the server names them, ride along. */
export interface ImportProblemDetails extends Problem {
  problems?: ImportProblem[];
}

export interface EventSummary {
  events: number;
  customers: number;
  activities: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedApiKey extends Omit<ApiKey, 'revokedAt'> {
  key: string;
}

export interface ImportRequest {
  fileName: string;
  format?: ImportFormat;
  mapping: ColumnMapping;
  delimiter?: string | null;
  timeZone?: string;
}

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

/** The query string of an import: empty mapping roles are left out (the server then uses its recognised names). */
export function importQuery(request: ImportRequest): string {
  const params = new URLSearchParams({ fileName: request.fileName });
  if (request.format) params.set('format', request.format);
  for (const [role, column] of Object.entries(request.mapping)) {
    if (column) params.set(role, column);
  }
  if (request.delimiter) params.set('delimiter', request.delimiter);
  if (request.timeZone) params.set('timeZone', request.timeZone);
  return params.toString();
}

export async function postBytes<T>(url: string, body: Blob, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream', Accept: 'application/json', 'X-Waymark-User': headerSafe(currentUser()), ...clientHeader,
      },
      body,
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached. Check that it is running.' });
  }
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) throw new ApiError(response.status, { ...(json as Problem | undefined), status: response.status });
  return json as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export interface UploadHandle<T = ImportResult> {
  result: Promise<T>;
  abort: () => void;
}

/**
 * Sends a whole file with XMLHttpRequest, since fetch reports no upload progress. `onProgress` gets the bytes
 * sent and the total; when the last byte is sent the server still reads and stores the file. `read` turns the
 * server's answer into the result.
 */
export function uploadFile<T>(url: string, file: Blob, onProgress: (sent: number, total: number) => void,
  read: (json: unknown) => T): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const result = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Waymark-User', headerSafe(currentUser()));
    for (const [name, value] of Object.entries(clientHeader)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(read(json));
      else reject(new ApiError(xhr.status, { ...(json as ImportProblemDetails | undefined), status: xhr.status }));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error', detail: 'The upload was interrupted: the server could not be reached.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.send(file);
  });
  return { result, abort: () => xhr.abort() };
}

/** Uploads an event file (see uploadFile). */
export function uploadImport(workspaceId: string, file: Blob, request: ImportRequest,
  onProgress: (sent: number, total: number) => void): UploadHandle {
  return uploadFile(`${ws(workspaceId)}/imports?${importQuery(request)}`, file, onProgress, (json) => json as ImportResult);
}

export const dataApi = {
  preview: (workspaceId: string, start: Blob, fileName: string, complete: boolean, signal?: AbortSignal) =>
    postBytes<ImportPreview>(
      `${ws(workspaceId)}/imports/preview?${new URLSearchParams({ fileName, complete: String(complete) }).toString()}`, start, signal),
  summary: (workspaceId: string, signal?: AbortSignal) => getJson<EventSummary>(`${ws(workspaceId)}/events/summary`, signal),
  apiKeys: (workspaceId: string, signal?: AbortSignal) => getJson<ApiKey[]>(`${ws(workspaceId)}/api-keys`, signal),
  createApiKey: async (workspaceId: string, name: string) => (await postJson<CreatedApiKey>(`${ws(workspaceId)}/api-keys`, { name })).value,
  revokeApiKey: (workspaceId: string, keyId: string) =>
    remove(`${ws(workspaceId)}/api-keys/${encodeURIComponent(keyId)}`, ''),
};
