// The map overlay: measured figures per step and stage for a time range and one or two segments (docs: issue 5's
// API contract). Types mirror the server's JSON; durations are seconds, shares 0..1, times ISO 8601 UTC.
import { getJson } from './http';

/** Colour levels from the server: 0 none .. 3 worst. */
export type Level = 0 | 1 | 2 | 3;

export interface TrendPoint {
  start: string;
  customers: number;
}

export interface StepFigures {
  stepId: string;
  bound: boolean;
  /** Bound and between the entry and outcome steps (inclusive). */
  inFunnel: boolean;
  customers: number;
  visitors: number;
  shareOfEntrants: number | null;
  nextStepId: string | null;
  conversionToNext: number | null;
  dropOff: number | null;
  dropOffRate: number | null;
  medianFromPrevious: number | null;
  p90FromPrevious: number | null;
  trend: TrendPoint[];
  loss: Level;
  wait: Level;
}

export interface StageFigures {
  stageId: string;
  bound: boolean;
  customers: number;
  shareOfEntrants: number | null;
  conversionToNext: number | null;
  dropOff: number | null;
  dropOffRate: number | null;
  medianFromPrevious: number | null;
  p90FromPrevious: number | null;
  loss: Level;
  wait: Level;
}

export interface OverlaySeries {
  /** "all" or the segment's id. */
  key: string;
  name: string;
  entrants: number;
  outcome: { customers: number; conversion: number };
  steps: StepFigures[];
  stages: StageFigures[];
}

/** Share of entrants of series[0] (a) against series[1] (b) at a step: a two-proportion z-test. */
export interface StepComparison {
  stepId: string;
  a: number;
  b: number;
  difference: number;
  z: number;
  p: number;
  significant: boolean;
}

export interface OverlayResult {
  mapId: string;
  from: string | null;
  to: string | null;
  entryStepId: string | null;
  outcomeStepId: string | null;
  unboundStepIds: string[];
  series: OverlaySeries[];
  comparison: StepComparison[] | null;
}

export interface OverlayQuery {
  from?: string | null;
  to?: string | null;
  segment?: string | null;
  compare?: string | null;
}

/** The query string for a request (empty parts left out). */
export function overlayQueryString(query: OverlayQuery): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'segment', 'compare'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const mapUrl = (workspaceId: string, mapId: string) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(mapId)}`;

export function getOverlay(workspaceId: string, mapId: string, query: OverlayQuery, signal?: AbortSignal): Promise<OverlayResult> {
  return getJson<OverlayResult>(`${mapUrl(workspaceId, mapId)}/overlay${overlayQueryString(query)}`, signal);
}
