// The evidence endpoints beside the overlay: actual paths over a map's steps, customer look-up and timeline, and a
// map drafted from the workspace's events. Shapes follow the issue 5 API contract (helpers/contract.md).
import { getJson, postJson } from './http';
import type { MapSummary } from './model';

export interface StepTransition {
  /** null: the journey's start. */
  fromStepId: string | null;
  /** null: the journey's end. */
  toStepId: string | null;
  customers: number;
  events: number;
}

export interface HiddenActivity {
  name: string;
  events: number;
  customers: number;
}

export interface PathsResult {
  /** Customers with at least one event on a bound step. */
  customers: number;
  transitions: StepTransition[];
  hiddenActivities: HiddenActivity[];
  unreachedStepIds: string[];
  /** Share (0..1) of customers whose visited steps never go back in the map's order. */
  designedOrderShare: number;
}

export interface CustomerSummary {
  id: string;
  events: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface TimelineEvent {
  at: string | null;
  activity: string;
  channel: string | null;
  properties: Record<string, string>;
  /** The map's steps this event stands for; empty when it is not placed on the map. */
  stepIds: string[];
}

export interface CustomerTimeline {
  customerId: string;
  attributes: Record<string, string>;
  /** Every event of the customer; `events` holds at most the first 2,000. */
  totalEvents: number;
  events: TimelineEvent[];
}

export interface PathsQuery {
  from?: string;
  to?: string;
  segment?: string;
}

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

function query(params: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(params).filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '');
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}`;
}

export const evidenceApi = {
  paths: (workspaceId: string, mapId: string, range: PathsQuery = {}, signal?: AbortSignal) =>
    getJson<PathsResult>(`${ws(workspaceId)}/maps/${encodeURIComponent(mapId)}/paths${query({ ...range })}`, signal),

  customers: (workspaceId: string, text: string, limit = 8, signal?: AbortSignal) =>
    getJson<CustomerSummary[]>(`${ws(workspaceId)}/customers${query({ query: text, limit })}`, signal),

  timeline: (workspaceId: string, customerId: string, mapId?: string, signal?: AbortSignal) =>
    getJson<CustomerTimeline>(`${ws(workspaceId)}/customers/${encodeURIComponent(customerId)}/timeline${query({ mapId })}`, signal),

  draftFromData: (workspaceId: string, request: { name?: string; maxSteps?: number }) =>
    postJson<MapSummary>(`${ws(workspaceId)}/maps/draft-from-data`, request),
};
