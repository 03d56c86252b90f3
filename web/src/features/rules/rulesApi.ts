// Every call the rules make to the server, in one place: a map's rules, their backtest, test send and firings. Routes
// and answers come from the server's OpenAPI document (schema.gen.ts); the document types the rule's words (kinds,
// ops, states) as strings, so the shapes below narrow them to the words the server checks (RuleKinds), and each
// request is checked against the document's body type.
import { route, type Body, type Schemas } from '../../api/contract';
import { getJson, postJson, putJson, remove } from '../../api/http';

export type TriggerKind = 'reached-step' | 'event' | 'feedback' | 'stalled' | 'segment-entered';
export type FilterOp = 'eq' | 'neq' | 'contains' | 'gt' | 'lt' | 'exists';
export type Sentiment = 'negative' | 'neutral' | 'positive';
export type Intent = 'cancel' | 'switch' | 'refund' | 'complaint' | 'praise' | 'question';
export interface PropertyFilter { key: string; op: FilterOp; value?: string | null }

export interface RuleTrigger extends Omit<Schemas['RuleTrigger'], 'kind' | 'properties' | 'feedback'> {
  kind: TriggerKind;
  properties?: PropertyFilter[] | null;
  feedback?: (Omit<Schemas['RuleFeedbackCondition'], 'sentiment'> & { sentiment?: Sentiment | null }) | null;
}

export interface RuleRequest {
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  conditions: { segmentId?: string | null; attributes: PropertyFilter[] };
  frequency: { reentry: 'once' | 'always' | 'after'; reentryAfterSeconds?: number | null; maxPerDay?: number | null };
  actions: { webhookEndpointIds: string[]; activityFeed: boolean };
}

export type Rule = Omit<Schemas['RuleDto'], keyof RuleRequest | 'state'> & RuleRequest & { state: 'on' | 'off' | 'broken' };
export type BacktestResult = Schemas['BacktestResult'];
export type RuleDelivery = Schemas['RuleFiringDelivery'];
export type RuleFiring = Schemas['RuleFiringDto'];

type RulesRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/rules';
type RuleRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}';
const base = (workspaceId: string, mapId: string) => route('/api/workspaces/{workspaceId}/maps/{mapId}/rules', { workspaceId, mapId });
const one = (workspaceId: string, mapId: string, ruleId: string) =>
  route('/api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}', { workspaceId, mapId, ruleId });

export const rulesApi = {
  /** The server sends the words it checks; the answer is read as the narrowed shape. */
  list: (ws: string, mapId: string, signal?: AbortSignal) => getJson<Rule[]>(base(ws, mapId), signal),
  create: async (ws: string, mapId: string, rule: RuleRequest) =>
    (await postJson<Rule>(base(ws, mapId), rule satisfies Body<RulesRoute, 'post'>)).value,
  update: async (ws: string, mapId: string, ruleId: string, rule: RuleRequest) =>
    (await putJson<Rule>(one(ws, mapId, ruleId), rule satisfies Body<RuleRoute, 'put'>, '')).value,
  remove: (ws: string, mapId: string, ruleId: string) => remove(one(ws, mapId, ruleId), ''),
  backtest: async (ws: string, mapId: string, request: { rule: RuleRequest; from: string; to: string; segment?: string | null }) =>
    (await postJson<BacktestResult>(route('/api/workspaces/{workspaceId}/maps/{mapId}/rules/backtest', { workspaceId: ws, mapId }),
      request satisfies Body<'/api/workspaces/{workspaceId}/maps/{mapId}/rules/backtest', 'post'>)).value,
  test: async (ws: string, mapId: string, ruleId: string) =>
    (await postJson<Schemas['RuleTestResult']>(route('/api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}/test', { workspaceId: ws, mapId, ruleId }), undefined)).value,
  firings: (ws: string, mapId: string, ruleId: string, before: string | null, signal?: AbortSignal) =>
    getJson<Schemas['RuleFiringPage']>(`${route('/api/workspaces/{workspaceId}/maps/{mapId}/rules/{ruleId}/firings', { workspaceId: ws, mapId, ruleId })}?limit=50${
      before ? `&before=${encodeURIComponent(before)}` : ''}`, signal),
};
