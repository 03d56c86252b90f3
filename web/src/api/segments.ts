// Segments: saved groups of customers (by attributes, activities done or not, acquisition channel) per workspace.
import { getJson, postJson, putJson, remove } from './http';

export interface AttributeCondition {
  key: string;
  /** The attribute holds one of these values. */
  values: string[];
}

export interface SegmentConditions {
  attributes: AttributeCondition[];
  /** Did every one of these activities. */
  did: string[];
  /** Did none of these. */
  didNot: string[];
  /** The channel of the customer's first event is one of these. */
  channels: string[];
}

export interface Segment {
  id: string;
  name: string;
  description?: string | null;
  conditions: SegmentConditions;
  updatedAt: string;
}

export interface SegmentRequest {
  name: string;
  description?: string;
  conditions: SegmentConditions;
}

const segmentsUrl = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/segments`;
const segmentUrl = (workspaceId: string, id: string) => `${segmentsUrl(workspaceId)}/${encodeURIComponent(id)}`;

export function listSegments(workspaceId: string, signal?: AbortSignal): Promise<Segment[]> {
  return getJson<Segment[]>(segmentsUrl(workspaceId), signal);
}

export async function createSegment(workspaceId: string, request: SegmentRequest): Promise<Segment> {
  return (await postJson<Segment>(segmentsUrl(workspaceId), request)).value;
}

/** Segments are not versioned: the last write wins (no If-Match). */
export async function updateSegment(workspaceId: string, id: string, request: SegmentRequest): Promise<Segment> {
  return (await putJson<Segment>(segmentUrl(workspaceId, id), request, '')).value;
}

export function deleteSegment(workspaceId: string, id: string): Promise<void> {
  return remove(segmentUrl(workspaceId, id), '');
}
