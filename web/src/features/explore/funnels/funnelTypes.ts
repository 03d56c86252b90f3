// The funnel's answers as the server sends them (contract.ts).
import type { Ok, Schemas } from '../../../api/contract';

export type FunnelAnswer = Ok<'/api/workspaces/{workspaceId}/explore/funnel', 'post'>;
export type FunnelStepFigures = Schemas['FunnelStepDto'];
export type FunnelGroup = Schemas['FunnelGroupDto'];
export type FunnelCustomersPage = Ok<'/api/workspaces/{workspaceId}/explore/funnel/customers', 'post'>;

/** A bar whose customers are listed: who reached step `step`, or with `dropped` who reached it and not the next. */
export interface ChosenBar {
  step: number;
  dropped: boolean;
  group: { key: string; name: string } | null;
}
