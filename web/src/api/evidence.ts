// The evidence beside the overlay: actual paths over a map's steps, and customer look-up and timeline. The shapes are
// the server's (contract.ts).
import type { Query, Schemas } from './contract';

/** A move between two steps; a null step is the journey's start (from) or end (to). */
export type StepTransition = Schemas['StepTransition'];
export type HiddenActivity = Schemas['HiddenActivity'];
/** An in-funnel step read against the paths: reached and lost as the overlay counts them, and who ends here. */
export type FunnelStepPaths = Schemas['FunnelStepPaths'];
/** `designedOrderShare`: share (0..1) of customers whose visited steps never go back in the map's order. */
export type PathsResult = Schemas['ActualPaths'];
export type CustomerSummary = Schemas['CustomerSummary'];
/** One event of a customer; `stepIds` are the map's steps it stands for (empty when not placed on the map). */
export type TimelineEvent = Schemas['TimelineEventDto'];
/**
 * Something the customer said, on the step the map's feedback placement puts it (`stepId` null: not placed);
 * `text` is the customer's words as given: always shown as text, never as markup.
 */
export type TimelineFeedback = Schemas['TimelineFeedbackDto'];
/** Every event of the customer counts in `totalEvents`; `events` holds at most the first 2,000 (feedback: 500). */
export type CustomerTimeline = Schemas['TimelineDto'];

export type PathsQuery = Query<'/api/workspaces/{workspaceId}/maps/{mapId}/paths', 'get'>;
