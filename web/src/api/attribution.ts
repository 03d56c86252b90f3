// Attribution: credit for a map's outcome per channel or touchpoint (a step, by id) under each model, for a period
// and a segment (docs/adr/051-attribution.md). The shapes are the server's (contract.ts): credits in conversions.
import type { Schemas } from './contract';

export type AttributionBy = 'channel' | 'touchpoint';
export type AttributionAnswer = Schemas['AttributionAnswer'];
export type AttributionPlayer = Schemas['AttributionPlayer'];
export type AttributionCredits = Schemas['AttributionCredits'];

/** The overlay's scope (from/to ISO 8601, to exclusive; a segment id) and what to credit. */
export interface AttributionQuery {
  by: AttributionBy;
  from?: string | null;
  to?: string | null;
  segment?: string | null;
}

/** The query string for a request (empty parts left out). */
export function attributionQueryString(q: AttributionQuery): string {
  const params = new URLSearchParams({ by: q.by });
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  if (q.segment) params.set('segment', q.segment);
  return `?${params.toString()}`;
}
