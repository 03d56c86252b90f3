// Typed client for the Data page's feedback: file uploads (preview, import with progress), the workspace's feedback
// summary and its latest items (issue 6's API contract, section H2). Times are ISO 8601 UTC.
import { getJson } from './http';
import { importQuery, postBytes, uploadFile, type ImportPreview, type ImportProblem, type ImportRequest, type UploadHandle, type UploadResult } from './data';

export interface FeedbackSummary {
  items: number;
  customers: number;
  withText: number;
  /** Source ("survey", "review", …) → items. */
  bySource: Partial<Record<string, number>>;
  /** Score type ("nps", "csat", "ces", "rating", "none") → items. */
  byScoreType: Partial<Record<string, number>>;
  first: string | null;
  last: string | null;
}

export interface FeedbackListItem {
  id: string;
  customerId: string | null;
  time: string;
  stepId: string | null;
  activity: string | null;
  scoreType: string | null;
  score: number | null;
  text: string | null;
  source: string;
  solicited: boolean;
  language: string | null;
}

export interface FeedbackPage {
  total: number;
  items: FeedbackListItem[];
}

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/feedback`;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * One rejected row as the Data page shows it, from an event upload's {line, reason} or a feedback upload's
 * {line, column, problem}: the column (when the server names one) goes before the reason.
 */
export function problemOf(raw: unknown): ImportProblem {
  const p = (raw ?? {}) as { line?: unknown; column?: unknown; problem?: unknown; reason?: unknown };
  const text = typeof p.problem === 'string' ? p.problem : typeof p.reason === 'string' ? p.reason : 'This row could not be read.';
  const column = typeof p.column === 'string' && p.column ? p.column : null;
  return {
    line: typeof p.line === 'number' ? p.line : null,
    reason: column && !text.toLowerCase().includes(column.toLowerCase()) ? `${column}: ${text}` : text,
  };
}

/** The server's answer to a feedback upload as an upload result; missing figures read as 0. */
export function parseFeedbackResult(json: unknown): UploadResult {
  const r = (json ?? {}) as Record<string, unknown>;
  return {
    imported: num(r.imported),
    duplicates: num(r.duplicates),
    rejected: num(r.rejected),
    problems: Array.isArray(r.problems) ? r.problems.map(problemOf) : [],
    seconds: num(r.seconds),
  };
}

export const feedbackApi = {
  preview: (workspaceId: string, start: Blob, fileName: string, complete: boolean, signal?: AbortSignal) =>
    postBytes<ImportPreview>(
      `${base(workspaceId)}/imports/preview?${new URLSearchParams({ fileName, complete: String(complete) }).toString()}`, start, signal),
  upload: (workspaceId: string, file: Blob, request: ImportRequest, onProgress: (sent: number, total: number) => void): UploadHandle<UploadResult> =>
    uploadFile(`${base(workspaceId)}/imports?${importQuery(request)}`, file, onProgress, parseFeedbackResult),
  summary: (workspaceId: string, signal?: AbortSignal) => getJson<FeedbackSummary>(`${base(workspaceId)}/summary`, signal),
  latest: (workspaceId: string, limit = 50, signal?: AbortSignal) =>
    getJson<FeedbackPage>(`${base(workspaceId)}?${new URLSearchParams({ limit: String(limit), offset: '0' }).toString()}`, signal),
};
