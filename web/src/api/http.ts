// The one place that talks HTTP: JSON in and out, ETags, and RFC 7807 problems turned into ApiError.

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
  currentVersion?: number;
  updatedBy?: string;
  updatedAt?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(ApiError.describe(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** True for 412: someone else saved since we read. */
  get isStale(): boolean {
    return this.status === 412;
  }

  /** Every problem as "path: message", for error panels. */
  get messages(): string[] {
    const errors = this.problem.errors;
    if (!errors) return [this.message];
    return Object.entries(errors).flatMap(([path, list]) => list.map((m) => (path ? `${path}: ${m}` : m)));
  }

  private static describe(status: number, p: Problem): string {
    if (p.detail) return p.detail;
    if (p.title) return p.title;
    return status === 0 ? 'The server could not be reached.' : `The server answered ${status}.`;
  }
}

/** HTTP header values must be ISO-8859-1; names and summaries carry free text, so fold them to plain ASCII. */
export function headerSafe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** The author sent with writes until accounts exist; kept per browser so two tabs can tell each other apart. */
export function currentUser(): string {
  try {
    return localStorage.getItem('waymark.user') ?? 'Waymark user';
  } catch {
    return 'Waymark user';
  }
}

/**
 * Sent with every request: a page on another site can add no such header to a form post or a no-cors fetch, so the
 * server refuses a change without it (ADR 009).
 */
export const clientHeader = { 'X-Waymark-Client': 'web' } as const;

/**
 * The antiforgery token of the signed-in session (from GET /api/account/me or a sign-in): sent with every change, since
 * the server refuses a change made under a session cookie without it. None while accounts are off.
 */
let antiforgeryToken: string | undefined;
export const antiforgeryHeader = 'X-Waymark-Antiforgery';

export function setAntiforgeryToken(token: string | null | undefined): void {
  antiforgeryToken = token ?? undefined;
}

/** The headers every change carries: Waymark's client header and, in a session, the antiforgery token. */
export function changeHeaders(): Record<string, string> {
  return antiforgeryToken ? { ...clientHeader, [antiforgeryHeader]: antiforgeryToken } : { ...clientHeader };
}

const signInListeners = new Set<() => void>();

/** Called when the server answers 401 outside the account routes: the session ended, so the app shows the sign-in page. */
export function onSignInRequired(listener: () => void): () => void {
  signInListeners.add(listener);
  return () => { signInListeners.delete(listener); };
}

function noticeStatus(url: string, status: number): void {
  if (status === 401 && !url.startsWith('/api/account/')) signInListeners.forEach((l) => l());
}

export interface Tagged<T> {
  value: T;
  etag: string;
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  ifMatch?: string;
  summary?: string;
  signal?: AbortSignal;
  /** A response already on its way (src/api/boot.ts); used when it arrives fine, else the request is sent. */
  preloaded?: Promise<Response>;
}

async function send(url: string, options: RequestOptions = {}): Promise<Response> {
  if (options.preloaded) {
    const early = await options.preloaded.catch(() => undefined);
    if (early?.ok) return early;
  }
  const changes = options.method !== undefined && options.method !== 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...(changes ? changeHeaders() : clientHeader) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.method && options.method !== 'GET') headers['X-Waymark-User'] = headerSafe(currentUser());
  if (options.summary) headers['X-Waymark-Summary'] = headerSafe(options.summary).slice(0, 500);
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached. Check that it is running.' });
  }
  if (!response.ok) {
    noticeStatus(url, response.status);
    let problem: Problem = { status: response.status };
    try {
      problem = { ...(await response.json()) as Problem, status: response.status };
    } catch {
      problem.title = response.statusText;
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson<T>(url: string, signal?: AbortSignal, preloaded?: Promise<Response>): Promise<T> {
  return (await (await send(url, { signal, preloaded })).json()) as T;
}

export async function getTagged<T>(url: string, signal?: AbortSignal, preloaded?: Promise<Response>): Promise<Tagged<T>> {
  const response = await send(url, { signal, preloaded });
  return { value: (await response.json()) as T, etag: response.headers.get('ETag') ?? '' };
}

export async function postJson<T>(url: string, body: unknown, signal?: AbortSignal, ifMatch?: string): Promise<Tagged<T>> {
  const response = await send(url, { method: 'POST', body, signal, ifMatch });
  const text = await response.text();
  return { value: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('ETag') ?? '' };
}

export async function putJson<T>(url: string, body: unknown, ifMatch: string, summary?: string): Promise<Tagged<T>> {
  const response = await send(url, { method: 'PUT', body, ifMatch, summary });
  return { value: (await response.json()) as T, etag: response.headers.get('ETag') ?? '' };
}

/** A PATCH of a few fields (a version's name); the answer is JSON. */
export async function patchJson<T>(url: string, body: unknown): Promise<T> {
  return (await (await send(url, { method: 'PATCH', body })).json()) as T;
}

export async function remove(url: string, ifMatch: string): Promise<void> {
  await send(url, { method: 'DELETE', ifMatch });
}

/** A DELETE whose answer is JSON (taking a vote back answers the map's votes). */
export async function removeJson<T>(url: string): Promise<T> {
  return (await (await send(url, { method: 'DELETE' })).json()) as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Sends raw bytes (the start of a file, for a preview) and reads the JSON answer. */
export async function postBytes<T>(url: string, body: Blob, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream', Accept: 'application/json', 'X-Waymark-User': headerSafe(currentUser()), ...changeHeaders(),
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
  if (!response.ok) {
    noticeStatus(url, response.status);
    throw new ApiError(response.status, { ...(json as Problem | undefined), status: response.status });
  }
  return json as T;
}

export interface UploadHandle<T> {
  result: Promise<T>;
  abort: () => void;
}

/**
 * Sends a whole file with XMLHttpRequest, since fetch reports no upload progress. `onProgress` gets the bytes
 * sent and the total; when the last byte is sent the server still reads and stores the file. `read` turns the
 * server's answer into the result. A failed upload's problem keeps the file-level problems the server names.
 */
/** Sends a file as the body (a raw Blob) or as a multipart form (FormData: the browser writes its own type and boundary). */
export function uploadFile<T>(url: string, file: Blob | FormData, onProgress: (sent: number, total: number) => void,
  read: (json: unknown) => T): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const result = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    if (file instanceof Blob) xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Waymark-User', headerSafe(currentUser()));
    for (const [name, value] of Object.entries(changeHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file instanceof Blob ? file.size : 0);
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(read(json));
      else {
        noticeStatus(url, xhr.status);
        reject(new ApiError(xhr.status, { ...(json as Problem | undefined), status: xhr.status }));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error', detail: 'The upload was interrupted: the server could not be reached.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.send(file);
  });
  return { result, abort: () => xhr.abort() };
}
