// The Data page's feedback: the workspace's feedback summary and latest items (shapes from the server's document,
// contract.ts), and reading a feedback upload's answer as the Data page shows any upload. Times are ISO 8601 UTC.
import type { Schemas } from './contract';
import type { ImportProblem, UploadResult } from './data';

/** `bySource`: source ("survey", "review", …) → items; `byScoreType`: "nps", "csat", "ces", "rating", "none" → items. */
export type FeedbackSummary = Schemas['FeedbackSummaryDto'];
export type FeedbackListItem = Schemas['FeedbackListItem'];
export type FeedbackPage = Schemas['FeedbackListDto'];

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
