// What-if on the map: the projected change of customers reaching the outcome if a step's conversion rose by some
// points or its wait fell by some seconds, for a period and a segment (docs/adr/055-what-if.md). The shapes are the
// server's (contract.ts).
import type { Schemas } from './contract';

export type WhatIfKind = 'conversion' | 'wait';
export type WhatIfAnswer = Schemas['WhatIfAnswer'];

/** The question and the overlay's scope (from/to ISO 8601, to exclusive; a segment id). */
export interface WhatIfQuery {
  stepId: string;
  kind: WhatIfKind;
  /** Percentage points added to the step's conversion, -100..100 (for 'conversion'). */
  points?: number;
  /** How much shorter the wait is, in seconds (for 'wait'). */
  waitSeconds?: number;
  from?: string | null;
  to?: string | null;
  segment?: string | null;
}

/** The query string for a request (empty parts left out; only the kind's own amount). */
export function whatIfQueryString(q: WhatIfQuery): string {
  const params = new URLSearchParams({ stepId: q.stepId, kind: q.kind });
  if (q.kind === 'conversion' && q.points !== undefined) params.set('points', String(q.points));
  if (q.kind === 'wait' && q.waitSeconds !== undefined) params.set('waitSeconds', String(q.waitSeconds));
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  if (q.segment) params.set('segment', q.segment);
  return `?${params.toString()}`;
}
