// Explore's retention triangle and a step's trend: the shapes are the server's (contract.ts); docs/analytics.md
// ("Retention", "Step trends") says what each figure counts.
import type { Query, Schemas } from './contract';

export type RetentionResult = Schemas['RetentionAnswer'];
export type RetentionCohort = Schemas['RetentionCohortDto'];
/** `state`: "complete", "incomplete" (the period is not over, or began before the scope) or "notYet" (no figure). */
export type RetentionCell = Schemas['RetentionCellDto'];
export type RetentionQuery = Query<'/api/workspaces/{workspaceId}/explore/retention', 'get'>;

export type TrendsResult = Schemas['TrendsAnswer'];
export type TrendSeries = Schemas['TrendSeriesDto'];
export type TrendPoint = Schemas['TrendPointDto'];
export type TrendsQuery = Query<'/api/workspaces/{workspaceId}/explore/trends', 'get'>;
