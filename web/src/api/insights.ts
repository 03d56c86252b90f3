// Where it hurts: the findings on a map for a time range and segment (issue 6's API contract, section H3) —
// bottlenecks, moments of truth, pain points, emotion patterns and designed-versus-measured gaps, each with its
// evidence. Shares are 0..1, waits seconds, `measured`/`designed` on the map's emotion scale.
import { feedbackQueryString, type FeedbackQuery, type FeedbackQuote } from './feedback';
import { getJson } from './http';

export type FindingKind = 'bottleneck' | 'momentOfTruth' | 'painPoint' | 'pattern' | 'mismatch';

export type EmotionPattern = 'sawtooth' | 'rapidDrop' | 'trough' | 'peak';

/** The key figures behind a finding; which are set depends on its kind (see the contract). */
export interface FindingEvidence {
  // bottleneck
  measure?: 'dropOff' | 'wait';
  dropOff?: number | null;
  dropOffRate?: number | null;
  medianWaitSeconds?: number | null;
  p90WaitSeconds?: number | null;
  // moment of truth: outcome rates of customers with negative and positive feedback at the step
  negativeCustomers?: number | null;
  negativeOutcomeRate?: number | null;
  positiveCustomers?: number | null;
  positiveOutcomeRate?: number | null;
  /** positive − negative outcome rate, with its 95% confidence interval. */
  difference?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  // pain point
  painPointId?: string | null;
  topic?: string | null;
  activity?: string | null;
  outcomeRateAffected?: number | null;
  outcomeRateOthers?: number | null;
  // pattern
  pattern?: EmotionPattern;
  values?: { stepId: string; measured: number | null }[];
  // mismatch
  designed?: number | null;
  measured?: number | null;
  gap?: number | null;
  quotes?: FeedbackQuote[];
}

export interface Finding {
  id: string;
  kind: FindingKind;
  /** The step to show; null when the finding has none. */
  stepId: string | null;
  stepIds: string[];
  title: string;
  detail: string;
  customersAffected: number | null;
  outcomesLost: number | null;
  /** Rank within its kind: higher first. */
  score: number;
  evidence: FindingEvidence;
}

export interface InsightsResult {
  findings: Finding[];
  outcomeStepId?: string | null;
  entrants?: number | null;
}

/** The same from/to/segment (and placement window) as the map's feedback. */
export type InsightsQuery = FeedbackQuery;

export function getInsights(workspaceId: string, mapId: string, query: InsightsQuery, signal?: AbortSignal): Promise<InsightsResult> {
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(mapId)}/insights`;
  return getJson<InsightsResult>(`${url}${feedbackQueryString(query)}`, signal);
}
