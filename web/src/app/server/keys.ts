// Every query key of the app, by area, and what each kind of change invalidates. Keys nest under the workspace, and
// everything measured from its events (or its feedback) under one prefix, so an upload invalidates it in one call.
import type { QueryClient } from '@tanstack/react-query';

const workspace = (id: string) => ['workspace', id] as const;
const events = (id: string) => [...workspace(id), 'events'] as const;
const feedback = (id: string) => [...workspace(id), 'feedback'] as const;

export const keys = {
  account: () => ['account'] as const,
  /** Whether the server sends mail: a setting of the server, the same for everyone. */
  mail: () => ['mail'] as const,
  signInOptions: () => ['signInOptions'] as const,
  /** What an invitation link offers; the token is the link's secret, so it lives in this tab's memory only. */
  invitation: (token: string) => ['invitation', token] as const,
  workspaces: () => ['workspaces'] as const,
  templates: () => ['templates'] as const,
  template: (templateId: string) => ['templates', templateId] as const,

  /** The prefix of everything read about maps (invalidating it asks for all of it again) and the list of summaries
   * itself, as `api.maps.list` answers it: an array. A reader that keeps another shape needs a key of its own. */
  maps: (ws: string) => [...workspace(ws), 'maps'] as const,
  /** The home page's cards: the summaries with the time they were read (not the bare list: see maps). */
  mapCards: (ws: string) => [...workspace(ws), 'maps', 'cards'] as const,
  /** One map's document as Explore's step pickers read it (under maps, so a saved map asks again). */
  mapDocument: (ws: string, mapId: string) => [...workspace(ws), 'maps', 'document', mapId] as const,
  /** A map's review (owner, due, who may mark it); under maps, so a saved map asks again. */
  review: (ws: string, mapId: string, ownerId: string | null) => [...workspace(ws), 'maps', 'review', mapId, ownerId] as const,
  personas: (ws: string) => [...workspace(ws), 'personas'] as const,
  apiKeys: (ws: string) => [...workspace(ws), 'apiKeys'] as const,
  segments: (ws: string) => [...workspace(ws), 'segments'] as const,
  /** An unsaved segment's count; under segments, so a saved change asks again. */
  segmentPreview: (ws: string, parts: unknown[]) => [...workspace(ws), 'segments', 'preview', ...parts] as const,
  members: (ws: string) => [...workspace(ws), 'members'] as const,
  invitations: (ws: string) => [...workspace(ws), 'invitations'] as const,
  activity: (ws: string, filters: unknown) => [...workspace(ws), 'activity', filters] as const,
  activityActors: (ws: string) => [...workspace(ws), 'activity', 'actors'] as const,
  comments: (ws: string, mapId: string) => [...workspace(ws), 'comments', mapId] as const,
  inbox: (ws: string) => [...workspace(ws), 'inbox'] as const,
  shareLinks: (ws: string, mapId: string) => [...workspace(ws), 'shareLinks', mapId] as const,
  votes: (ws: string, mapId: string) => [...workspace(ws), 'votes', mapId] as const,
  shareSession: () => ['shareSession'] as const,

  // Measured from the events.
  events,
  eventSummary: (ws: string, source?: string) => [...events(ws), 'summary', source ?? null] as const,
  /** A map's source's activities (mapId), or the default source's. */
  activities: (ws: string, mapId?: string) => [...events(ws), 'activities', mapId ?? null] as const,
  /** The sources with their figures: under events, so an upload asks again. */
  sources: (ws: string) => [...events(ws), 'sources'] as const,
  mapSource: (ws: string, mapId: string) => [...events(ws), 'mapSource', mapId] as const,
  overlays: (ws: string) => [...events(ws), 'overlay'] as const,
  overlay: (ws: string, mapId: string, request: unknown) => [...events(ws), 'overlay', mapId, request] as const,
  /** A map's attribution: under its overlay, so what refreshes the overlay (events, segments) refreshes it too. */
  attribution: (ws: string, mapId: string, request: unknown) => [...events(ws), 'overlay', mapId, 'attribution', request] as const,
  /** A map's what-if answer: under its overlay, as attribution. */
  whatIf: (ws: string, mapId: string, request: unknown) => [...events(ws), 'overlay', mapId, 'what-if', request] as const,
  paths: (ws: string, mapId: string, request: unknown) => [...events(ws), 'paths', mapId, request] as const,
  /** Explore's paths (a Sankey) for a scope, a start and settings. */
  explorePaths: (ws: string, request: unknown) => [...events(ws), 'explore', 'paths', request] as const,
  /** Explore's process map for a scope and coverage. */
  exploreProcess: (ws: string, request: unknown) => [...events(ws), 'explore', 'process', request] as const,
  /** The attribute names of the source a map reads or one named: under events, so an upload asks again. */
  exploreAttributes: (ws: string, request: unknown) => [...events(ws), 'explore', 'attributes', request] as const,
  customers: (ws: string, text: string) => [...events(ws), 'customers', text] as const,
  timeline: (ws: string, mapId: string, customerId: string) => [...events(ws), 'timeline', mapId, customerId] as const,
  funnel: (ws: string, request: unknown) => [...events(ws), 'explore', 'funnel', request] as const,
  funnelCustomers: (ws: string, request: unknown) => [...events(ws), 'explore', 'funnel', 'customers', request] as const,
  retention: (ws: string, request: unknown) => [...events(ws), 'retention', request] as const,
  trends: (ws: string, request: unknown) => [...events(ws), 'trends', request] as const,

  // Read from the feedback.
  feedback,
  feedbackData: (ws: string) => [...feedback(ws), 'data'] as const,
  topics: (ws: string, search: string) => [...feedback(ws), 'topics', search] as const,
  mapFeedbacks: (ws: string) => [...feedback(ws), 'map'] as const,
  mapFeedback: (ws: string, mapId: string, request: unknown) => [...feedback(ws), 'map', mapId, request] as const,
  /** The explorer's page for a query string (filter, order, offset). */
  feedbackSearch: (ws: string, search: string) => [...feedback(ws), 'search', search] as const,
  feedbackTags: (ws: string) => [...feedback(ws), 'tags'] as const,
  /** The tags on a map's steps (under the map's feedback, so a tag change and an upload reach it). */
  mapFeedbackTags: (ws: string, mapId: string, request: unknown) => [...feedback(ws), 'map', mapId, 'tags', request] as const,

  // Measured from both.
  allInsights: (ws: string) => [...workspace(ws), 'insights'] as const,
  insights: (ws: string, mapId: string, request: unknown) => [...workspace(ws), 'insights', mapId, request] as const,
};

/** Events arrived (an upload): the summary, the activities and every figure measured from events ask again. */
export function eventsChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [keys.events(ws), keys.allInsights(ws)]);
}

/** A tag changed (made, renamed, deleted, put on or taken off items): the explorer, the tag list and the tags on maps ask again. */
export function feedbackTagsChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [[...keys.feedback(ws), 'search'], keys.feedbackTags(ws), keys.mapFeedbacks(ws)]);
}

/** Feedback arrived: the feedback page, the feedback placed on maps, the findings and the timelines (which show it) ask again. */
export function feedbackChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [keys.feedback(ws), keys.allInsights(ws), [...keys.events(ws), 'timeline']]);
}

/**
 * Topics were renamed, merged, split or hidden: every view that shows topics asks again — the topic list, the feedback
 * placed on maps and the findings — so a topic reads the same everywhere.
 */
export function topicsChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [keys.feedback(ws), keys.allInsights(ws)]);
}

/**
 * A segment was saved or deleted: the pickers and everything filtered by a segment ask again — the figures, the
 * feedback placed on maps and the findings — so no view keeps showing the old definition beside a new one.
 */
export function segmentsChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [keys.segments(ws), keys.overlays(ws), keys.mapFeedbacks(ws), keys.allInsights(ws)]);
}

/** A comment was written, changed, resolved or read: the map's threads and the inbox ask again. */
export function commentsChanged(client: QueryClient, ws: string, mapId?: string): Promise<void> {
  return invalidate(client, mapId ? [keys.comments(ws, mapId), keys.inbox(ws)] : [keys.inbox(ws)]);
}

/** A map was marked reviewed: the map list (its stale flag), its review and the owner's inbox reminder ask again. */
export function reviewChanged(client: QueryClient, ws: string): Promise<void> {
  return invalidate(client, [keys.maps(ws), keys.inbox(ws)]);
}

async function invalidate(client: QueryClient, prefixes: readonly (readonly unknown[])[]): Promise<void> {
  await Promise.all(prefixes.map((queryKey) => client.invalidateQueries({ queryKey })));
}
