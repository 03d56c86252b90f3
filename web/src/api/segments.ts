// Segments: saved groups of customers (by attributes, activities done or not, acquisition channel) per workspace.
// The shapes are the server's (contract.ts).
import type { Body, Schemas } from './contract';

/** An attribute that holds one of `values`. */
export type AttributeCondition = Schemas['SegmentAttribute'];
/** `did`: did every one of these activities; `didNot`: none of these; `channels`: the first event's channel. */
export type SegmentConditions = Schemas['SegmentConditions'];
export type Segment = Schemas['SegmentDto'];
export type SegmentRequest = Body<'/api/workspaces/{workspaceId}/segments', 'post'>;
/** What an unsaved segment would hold: customers, all customers and the share, and the names the data does not know. */
export type SegmentPreview = Schemas['SegmentPreview'];
