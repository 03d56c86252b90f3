// The map overlay: measured figures per step and stage for a time range and one or two segments. The shapes are the
// server's (contract.ts); durations are seconds, shares 0..1, times ISO 8601 UTC.
import type { Schemas } from './contract';

/** Colour levels from the server: 0 none .. 3 worst (the server's document types them as any integer). */
export type Level = 0 | 1 | 2 | 3;

// The server always sends every figure of a trend bucket and of an outcome; its document shows them optional because
// they are record structs there, so they are required here, and the levels narrowed to theirs.
export type TrendPoint = Required<Schemas['TrendBucket']>;
export type StepFigures = Omit<Schemas['StepFigures'], 'trend' | 'loss' | 'wait'> & { trend: TrendPoint[]; loss: Level; wait: Level };
export type StageFigures = Omit<Schemas['StageFigures'], 'loss' | 'wait'> & { loss: Level; wait: Level };
export type OverlaySeries = Omit<Schemas['OverlaySeries'], 'outcome' | 'steps' | 'stages'> & {
  outcome: Required<Schemas['OutcomeFigures']>;
  steps: StepFigures[];
  stages: StageFigures[];
};
/** Share of entrants of series[0] (a) against series[1] (b) at a step: a two-proportion z-test. */
export type StepComparison = Schemas['StepComparison'];
export type OverlayResult = Omit<Schemas['OverlayResult'], 'series'> & { series: OverlaySeries[] };

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
