// Every call the rules make to the server, in one place: a map's rules, their backtest, test send and firings.
// Typed by hand from the rules contract (issue 19) until the server's OpenAPI document carries the routes.
import { getJson, postJson, putJson, remove } from '../../api/http';

export type TriggerKind = 'reached-step' | 'event' | 'feedback' | 'stalled' | 'segment-entered';
export type FilterOp = 'eq' | 'neq' | 'contains' | 'gt' | 'lt' | 'exists';
export interface PropertyFilter { key: string; op: FilterOp; value?: string | null }

export interface RuleTrigger {
  kind: TriggerKind;
  stepId?: string | null;
  untilStepId?: string | null;
  withinSeconds?: number | null;
  activity?: string | null;
  properties?: PropertyFilter[] | null;
  feedback?: {
    scoreMin?: number | null; scoreMax?: number | null; sentiment?: 'negative' | 'neutral' | 'positive' | null;
    intent?: string | null; effortMin?: number | null; effortMax?: number | null;
  } | null;
  segmentId?: string | null;
}

export interface RuleRequest {
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  conditions: { segmentId?: string | null; attributes: PropertyFilter[] };
  frequency: { reentry: 'once' | 'always' | 'after'; reentryAfterSeconds?: number | null; maxPerDay?: number | null };
  actions: { webhookEndpointIds: string[]; activityFeed: boolean };
}

export interface Rule extends RuleRequest {
  id: string;
  mapId: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  lastFiredAt?: string | null;
  firings24h: number;
  firingsTotal: number;
  state: 'on' | 'off' | 'broken';
  problem?: string | null;
}

export interface BacktestRequest { rule: RuleRequest; from: string; to: string; segment?: string | null }
export interface BacktestResult {
  from: string; to: string; customers: number; firings: number;
  examples: { customer: string; at: string; detail: string }[];
  truncated: boolean;
}

export interface RuleDelivery {
  webhookId: string; endpointId: string; endpointUrl: string; state: 'pending' | 'delivered' | 'failed' | 'dead';
  attempts: number; lastStatus?: number | null; nextAttemptAt?: string | null;
}
export interface RuleFiring { id: string; customer: string; firedAt: string; eventType: string; detail: string; deliveries: RuleDelivery[] }
export interface RuleFiringPage { items: RuleFiring[]; next?: string | null }

const base = (ws: string, mapId: string) => `/api/workspaces/${encodeURIComponent(ws)}/maps/${encodeURIComponent(mapId)}/rules`;
const one = (ws: string, mapId: string, ruleId: string) => `${base(ws, mapId)}/${encodeURIComponent(ruleId)}`;

export const rulesApi = {
  list: (ws: string, mapId: string, signal?: AbortSignal) => getJson<Rule[]>(base(ws, mapId), signal),
  get: (ws: string, mapId: string, ruleId: string, signal?: AbortSignal) => getJson<Rule>(one(ws, mapId, ruleId), signal),
  create: async (ws: string, mapId: string, rule: RuleRequest) => (await postJson<Rule>(base(ws, mapId), rule)).value,
  update: async (ws: string, mapId: string, ruleId: string, rule: RuleRequest) => (await putJson<Rule>(one(ws, mapId, ruleId), rule, '')).value,
  remove: (ws: string, mapId: string, ruleId: string) => remove(one(ws, mapId, ruleId), ''),
  backtest: async (ws: string, mapId: string, request: BacktestRequest) =>
    (await postJson<BacktestResult>(`${base(ws, mapId)}/backtest`, request)).value,
  test: async (ws: string, mapId: string, ruleId: string) =>
    (await postJson<{ deliveryIds: string[] }>(`${one(ws, mapId, ruleId)}/test`, undefined)).value,
  firings: (ws: string, mapId: string, ruleId: string, before: string | null, signal?: AbortSignal) =>
    getJson<RuleFiringPage>(`${one(ws, mapId, ruleId)}/firings?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`, signal),
};
