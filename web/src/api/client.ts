// The one API client: every call the app makes to the server, grouped by area (api.maps.get, api.overlay.get, …).
// Routes are named by their path in the server's OpenAPI document and answers typed from it (contract.ts), so the
// compiler checks each call against the server's contract; http.ts does the talking (ETags, problems, ApiError).
import { attributionQueryString, type AttributionQuery } from './attribution';
import { takeMap, takeWorkspaces } from './boot';
import { route, type Body, type Ok, type Query, type Route, type RouteParams } from './contract';
import { importQuery, type ImportPreview, type ImportRequest, type ImportResult, type UploadResult } from './data';
import type { PathsQuery } from './evidence';
import { feedbackQueryString, type FeedbackQuery } from './feedback';
import { parseFeedbackResult } from './feedbackData';
import { getJson, getTagged, postBytes, postJson, putJson, remove, removeJson, uploadFile, type Tagged, type UploadHandle } from './http';
import type { StoredImage } from './images';
import type { InsightsQuery } from './insights';
import type { JourneyMap, Persona } from './model';
import type { RetentionQuery, TrendsQuery } from './retention';
import { overlayQueryString, type OverlayQuery, type OverlayResult } from './overlay';
import { whatIfQueryString, type WhatIfQuery } from './whatif';

type Progress = (sent: number, total: number) => void;

export type MapExportFormat = 'json' | 'yaml' | 'pdf' | 'png' | 'svg' | 'csv' | 'md';

/**
 * pages: PDF poster or sheets; scale: PNG pixels per map pixel; persona: one persona's lanes; text: SVG outlines;
 * data: the measured figures under each step (drawn formats) for from/to (ISO 8601, to exclusive) and a segment.
 */
export interface MapExportOptions {
  pages?: 'poster' | 'a4' | 'letter';
  scale?: 1 | 2 | 3;
  persona?: string;
  text?: 'paths';
  data?: true;
  from?: string;
  to?: string;
  segment?: string;
}

/** The paths view's query (GET /explore/paths): the scope, the start and the settings, as the server reads them. */
export interface ExplorePathsRequest {
  from?: string | null;
  to?: string | null;
  segment?: string | null;
  source?: string | null;
  compare?: string | null;
  map?: string | null;
  startStep?: string | null;
  startActivity?: string | null;
  direction?: 'forward' | 'backward';
  depth?: number;
  width?: number;
  collapse?: boolean;
}

/** `?a=1&b=2` of the parts that are set and not empty, or nothing. */
function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const pairs = Object.entries(params).filter((p): p is [string, string | number | boolean] => p[1] != null && p[1] !== '');
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** GETs a route of the server's document (plus a query string); the answer is typed as the document says. */
const read = <P extends Route>(path: P, params: RouteParams<P>, search = '', signal?: AbortSignal, preloaded?: Promise<Response>) =>
  getJson<Ok<P, 'get'>>(`${route(path, params)}${search}`, signal, preloaded);

/** POSTs the body the route reads; the answer (and its ETag) typed as the document says. */
const send = <P extends Route>(path: P, params: RouteParams<P>, body: Body<P, 'post'>) => postJson<Ok<P, 'post'>>(route(path, params), body);

type UploadRoute = '/api/workspaces/{workspaceId}/imports' | '/api/workspaces/{workspaceId}/feedback/imports';

/** A file upload's two steps: a preview of its start, then the whole file with progress; `read` reads the answer. */
function uploads<T>(importPath: UploadRoute, read: (json: unknown) => T) {
  const previewPath = `${importPath}/preview` as const;
  return {
    preview: (workspaceId: string, start: Blob, fileName: string, complete: boolean, signal?: AbortSignal) =>
      postBytes<ImportPreview>(`${route(previewPath, { workspaceId })}?${
        new URLSearchParams({ fileName, complete: String(complete) }).toString()}`, start, signal),
    upload: (workspaceId: string, file: Blob, request: ImportRequest, onProgress: Progress): UploadHandle<T> =>
      uploadFile(`${route(importPath, { workspaceId })}?${importQuery(request)}`, file, onProgress, read),
  };
}

const mapRoute = (workspaceId: string, mapId: string) => route('/api/workspaces/{workspaceId}/maps/{mapId}', { workspaceId, mapId });
const personaRoute = (workspaceId: string, personaId: string) =>
  route('/api/workspaces/{workspaceId}/personas/{personaId}', { workspaceId, personaId });
const tagRoute = (workspaceId: string, tagId: string) =>
  route('/api/workspaces/{workspaceId}/feedback/tags/{tagId}', { workspaceId, tagId });
const segmentRoute = (workspaceId: string, segmentId: string) =>
  route('/api/workspaces/{workspaceId}/segments/{segmentId}', { workspaceId, segmentId });

const sourceRoute = (workspaceId: string, sourceId: string) => route('/api/workspaces/{workspaceId}/sources/{sourceId}', { workspaceId, sourceId });
const mapSourceRoute = (workspaceId: string, mapId: string) => route('/api/workspaces/{workspaceId}/maps/{mapId}/source', { workspaceId, mapId });

/** The workspace's event sources, and which one a map reads (docs/adr/042-sources-data-sources.md). */
const sources = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/sources', { workspaceId }, '', signal),
  create: async (workspaceId: string, name: string) => (await send('/api/workspaces/{workspaceId}/sources', { workspaceId }, { name })).value,
  rename: async (workspaceId: string, sourceId: string, name: string) =>
    (await putJson<Ok<'/api/workspaces/{workspaceId}/sources/{sourceId}', 'put'>>(sourceRoute(workspaceId, sourceId), { name }, '')).value,
  remove: (workspaceId: string, sourceId: string) => remove(sourceRoute(workspaceId, sourceId), ''),
  ofMap: (workspaceId: string, mapId: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/source', { workspaceId, mapId }, '', signal),
  /** Binds a map to a source, or to none (null). */
  bindMap: async (workspaceId: string, mapId: string, sourceId: string | null) =>
    (await putJson<Ok<'/api/workspaces/{workspaceId}/maps/{mapId}/source', 'put'>>(mapSourceRoute(workspaceId, mapId), { sourceId }, '')).value,
};

const maps = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/maps', { workspaceId }, '', signal),
  /** `first` marks the editor's first read of a map, which may use the read index.html started early (boot.ts). */
  get: (workspaceId: string, mapId: string, signal?: AbortSignal, first = false) =>
    getTagged<JourneyMap>(mapRoute(workspaceId, mapId), signal, first ? takeMap(mapId) : undefined),
  create: (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/maps', 'post'>) =>
    send('/api/workspaces/{workspaceId}/maps', { workspaceId }, request),
  save: (workspaceId: string, map: JourneyMap, etag: string, summary?: string): Promise<Tagged<JourneyMap>> =>
    putJson<JourneyMap>(mapRoute(workspaceId, map.id), map, etag, summary),
  remove: (workspaceId: string, mapId: string, etag: string) => remove(mapRoute(workspaceId, mapId), etag),
  /** The map's review: owner, review-by date, last review, whether it is overdue and whether the caller may mark it. */
  review: (workspaceId: string, mapId: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/review', { workspaceId, mapId }, '', signal),
  /** Marks the map reviewed; answers the map as saved, with its ETag. nextReviewBy is needed without a review interval;
   * no etag when co-editing (the review is one more operation in the map's order, not a save against a version). */
  markReviewed: (workspaceId: string, mapId: string, etag: string | undefined, nextReviewBy?: string): Promise<Tagged<JourneyMap>> =>
    postJson<JourneyMap>(route('/api/workspaces/{workspaceId}/maps/{mapId}/review', { workspaceId, mapId }),
      { nextReviewBy: nextReviewBy ?? null } satisfies Body<'/api/workspaces/{workspaceId}/maps/{mapId}/review', 'post'>, undefined, etag),
  duplicate: (workspaceId: string, mapId: string, request: Body<'/api/workspaces/{workspaceId}/maps/{mapId}/duplicate', 'post'>) =>
    send('/api/workspaces/{workspaceId}/maps/{mapId}/duplicate', { workspaceId, mapId }, request),
  /** The map's stored revisions, newest first. */
  revisions: (workspaceId: string, mapId: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/revisions', { workspaceId, mapId }, '', signal),
  /** The map (after) compared with another map of the workspace or one of its own revisions (before). */
  diff: (workspaceId: string, mapId: string, against: { mapId: string } | { revision: number }, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/diff', { workspaceId, mapId },
      query('mapId' in against ? { against: against.mapId } : { revision: against.revision }), signal),
  /** A map drafted from the workspace's events. */
  draftFromData: (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/maps/draft-from-data', 'post'>) =>
    send('/api/workspaces/{workspaceId}/maps/draft-from-data', { workspaceId }, request),
  /** The map as a file: its own JSON/YAML, drawn (svg, png, pdf) or tabled (csv, md), with the drawn formats' options. */
  exportUrl: (workspaceId: string, mapId: string, format: MapExportFormat, options: MapExportOptions = {}) =>
    `${route('/api/workspaces/{workspaceId}/maps/{mapId}/export', { workspaceId, mapId })}${query({ format, ...options })}`,
  /** The map's stakeholder report: a PDF, or the same as one self-contained HTML page; persona narrows it to one. */
  reportUrl: (workspaceId: string, mapId: string, format: 'pdf' | 'html', persona?: string | null) =>
    `${route('/api/workspaces/{workspaceId}/maps/{mapId}/report', { workspaceId, mapId })}${query({ format, persona })}`,
};

// Map, persona and template bodies are raw JSON on the server, so their types come from the map's JSON Schema.
const personas = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/personas', { workspaceId }, '', signal),
  get: (workspaceId: string, personaId: string, signal?: AbortSignal) => getTagged<Persona>(personaRoute(workspaceId, personaId), signal),
  create: (workspaceId: string, persona: Persona) =>
    postJson<Ok<'/api/workspaces/{workspaceId}/personas', 'post'>>(route('/api/workspaces/{workspaceId}/personas', { workspaceId }), persona),
  save: (workspaceId: string, persona: Persona, etag: string) => putJson<Persona>(personaRoute(workspaceId, persona.id), persona, etag),
  remove: (workspaceId: string, personaId: string, etag: string) => remove(personaRoute(workspaceId, personaId), etag),
};

/** An event source's data (the default source unless one is named): its summary and activities, and event file uploads. */
const events = {
  summary: (workspaceId: string, signal?: AbortSignal, source?: string) =>
    read('/api/workspaces/{workspaceId}/events/summary', { workspaceId }, query({ source }), signal),
  /** The activities of a map's source (or the default source) with their counts. */
  activities: (workspaceId: string, signal?: AbortSignal, mapId?: string) =>
    read('/api/workspaces/{workspaceId}/activities', { workspaceId }, query({ mapId }), signal),
  ...uploads('/api/workspaces/{workspaceId}/imports', (json) => json as ImportResult),
};

const feedback = {
  /** Feedback placed on a map's steps for a time range, segment and placement window. */
  forMap: (workspaceId: string, mapId: string, q: FeedbackQuery, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/feedback', { workspaceId, mapId }, feedbackQueryString(q), signal),
  summary: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/feedback/summary', { workspaceId }, '', signal),
  latest: (workspaceId: string, limit = 50, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/feedback', { workspaceId }, query({ limit, offset: 0 }), signal),
  ...uploads<UploadResult>('/api/workspaces/{workspaceId}/feedback/imports', parseFeedbackResult),
  /** The explorer: a page of the items an explorer query string matches ("q=refund&source=chat&offset=0"), with the total and counts. */
  search: (workspaceId: string, search: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/feedback/search', { workspaceId }, search ? `?${search}` : '', signal),
  /** The tags on each of a map's steps, with counts and quotes, for the same range, segment and window as its feedback. */
  stepTags: (workspaceId: string, mapId: string, q: FeedbackQuery, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/feedback/tags', { workspaceId, mapId }, feedbackQueryString(q), signal),
  tags: {
    list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/feedback/tags', { workspaceId }, '', signal),
    create: async (workspaceId: string, name: string) => (await send('/api/workspaces/{workspaceId}/feedback/tags', { workspaceId }, { name })).value,
    rename: async (workspaceId: string, tagId: string, name: string) =>
      (await putJson<Ok<'/api/workspaces/{workspaceId}/feedback/tags/{tagId}', 'put'>>(tagRoute(workspaceId, tagId), { name }, '')).value,
    remove: (workspaceId: string, tagId: string) => remove(tagRoute(workspaceId, tagId), ''),
    /** Puts the tag on the items named by ids, or on every item the explorer's filter (query string) matches. */
    tag: async (workspaceId: string, tagId: string, which: TagItems) =>
      (await send('/api/workspaces/{workspaceId}/feedback/tags/{tagId}/items', { workspaceId, tagId }, which)).value,
    untag: async (workspaceId: string, tagId: string, which: TagItems) =>
      (await send('/api/workspaces/{workspaceId}/feedback/tags/{tagId}/items/remove', { workspaceId, tagId }, which)).value,
  },
};

/** The workspace's feedback topics and their curation (renames, merges, hidden ones); every view shows the result. */
const topics = {
  /** The most mentioned topics, or those whose phrase or label contains `search`. */
  list: (workspaceId: string, search: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/topics', { workspaceId }, query({ search: search.trim() }), signal),
  rename: async (workspaceId: string, phrase: string, label: string) => {
    await send('/api/workspaces/{workspaceId}/topics/rename', { workspaceId }, { phrase, label });
  },
  hide: async (workspaceId: string, phrase: string, hidden: boolean) => {
    await send('/api/workspaces/{workspaceId}/topics/hide', { workspaceId }, { phrase, hidden });
  },
  merge: async (workspaceId: string, phrases: string[], into: string, label?: string) => {
    await send('/api/workspaces/{workspaceId}/topics/merge', { workspaceId }, { phrases, into, label: label ?? null });
  },
  split: async (workspaceId: string, phrase: string) => {
    await send('/api/workspaces/{workspaceId}/topics/split', { workspaceId }, { phrase });
  },
};
/** Which items a tag goes on or comes off: a selection by ids, or every item an explorer filter matches. */
type TagItems = { ids: string[]; filter?: never } | { filter: string; ids?: never };

const segments = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/segments', { workspaceId }, '', signal),
  create: async (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/segments', 'post'>) =>
    (await send('/api/workspaces/{workspaceId}/segments', { workspaceId }, request)).value,
  /** Segments are not versioned: the last write wins (no If-Match). */
  update: async (workspaceId: string, segmentId: string, request: Body<'/api/workspaces/{workspaceId}/segments/{segmentId}', 'put'>) =>
    (await putJson<Ok<'/api/workspaces/{workspaceId}/segments/{segmentId}', 'put'>>(segmentRoute(workspaceId, segmentId), request, '')).value,
  remove: (workspaceId: string, segmentId: string) => remove(segmentRoute(workspaceId, segmentId), ''),
  /** What an unsaved segment would hold in a period (from/to, ISO 8601, to exclusive): the overlay's own count. */
  preview: async (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/segments/preview', 'post'>,
    period: { from?: string | null; to?: string | null }, signal?: AbortSignal) =>
    (await postJson<Ok<'/api/workspaces/{workspaceId}/segments/preview', 'post'>>(
      `${route('/api/workspaces/{workspaceId}/segments/preview', { workspaceId })}${query(period)}`, request, signal)).value,
};

/** Images stored in the workspace (persona photos, image cells), referred to as "image:<id>" in maps and personas. */
const images = {
  upload: (workspaceId: string, file: File, onProgress: Progress): UploadHandle<StoredImage> => {
    const form = new FormData();
    form.append('file', file, 'upload'); // the server names an image by its hash; the file's own name is not sent
    return uploadFile(route('/api/workspaces/{workspaceId}/images', { workspaceId }), form, onProgress, (json) => json as StoredImage);
  },
};

const account = {
  me: (signal?: AbortSignal) => read('/api/account/me', {}, '', signal),
  /** Whether single sign-on is on (and the button's label); asked by the sign-in page without a session. */
  signInOptions: (signal?: AbortSignal) => read('/api/account/sign-in-options', {}, '', signal),
  signIn: async (email: string, password: string) => (await send('/api/account/sign-in', {}, { email, password })).value,
  signInWithLink: async (token: string) => (await send('/api/account/sign-in/link', {}, { token })).value,
  signOut: async () => { await postJson<undefined>(route('/api/account/sign-out', {}), undefined); },
  signOutEverywhere: async () => { await postJson<undefined>(route('/api/account/sign-out-everywhere', {}), undefined); },
  changePassword: async (newPassword: string, currentPassword?: string) =>
    (await send('/api/account/password', {}, { newPassword, currentPassword: currentPassword || null })).value,
  /** Whether the server sends mail (invitations, reset links); without it links are handed over by hand. */
  mail: (signal?: AbortSignal) => read('/api/account/mail', {}, '', signal),
  /** Asks for a reset link by mail; the server answers alike whether or not an account has the address. */
  requestPasswordReset: async (email: string) => { await postJson<undefined>(route('/api/account/password-reset', {}), { email }); },
};

const memberRoute = (workspaceId: string, userId: string) => route('/api/workspaces/{workspaceId}/members/{userId}', { workspaceId, userId });

/** The people of a workspace and their roles; owners change roles and remove, anyone leaves. */
const members = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/members', { workspaceId }, '', signal),
  changeRole: async (workspaceId: string, userId: string, role: MemberRole) =>
    (await putJson<Ok<'/api/workspaces/{workspaceId}/members/{userId}', 'put'>>(memberRoute(workspaceId, userId), { role }, '')).value,
  remove: (workspaceId: string, userId: string) => remove(memberRoute(workspaceId, userId), ''),
  leave: async (workspaceId: string) => { await postJson<undefined>(route('/api/workspaces/{workspaceId}/members/leave', { workspaceId }), undefined); },
};

/** Invitations: owners create, list and revoke; whoever holds a link reads it and accepts it. */
const invitations = {
  list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/invitations', { workspaceId }, '', signal),
  create: async (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/invitations', 'post'>) =>
    (await send('/api/workspaces/{workspaceId}/invitations', { workspaceId }, request)).value,
  revoke: (workspaceId: string, invitationId: string) =>
    remove(route('/api/workspaces/{workspaceId}/invitations/{invitationId}', { workspaceId, invitationId }), ''),
  preview: async (token: string) => (await send('/api/invitations/preview', {}, { token })).value,
  accept: async (token: string) => (await send('/api/invitations/accept', {}, { token })).value,
  acceptWithNewAccount: async (request: Body<'/api/invitations/accept-new', 'post'>) => (await send('/api/invitations/accept-new', {}, request)).value,
};

export type MemberRole = 'owner' | 'editor' | 'commenter' | 'viewer';

type ActivityRoute = '/api/workspaces/{workspaceId}/activity';
/** The activity's filters (and the page to start below), as the list and its CSV read them. */
export type ActivityQuery = Query<ActivityRoute, 'get'>;

/** The workspace's activity, for owners: pages newest first, the actors to filter by, and the CSV download. */
const activity = {
  page: (workspaceId: string, q: ActivityQuery, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/activity', { workspaceId }, query({ ...q }), signal),
  actors: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/activity/actors', { workspaceId }, '', signal),
  csvUrl: (workspaceId: string, q: ActivityQuery) =>
    `${route('/api/workspaces/{workspaceId}/activity/csv', { workspaceId })}${query({ ...q, before: null, limit: null })}`,
};

type ThreadRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}';
type CommentRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments/{commentId}';
const threadPath = (workspaceId: string, mapId: string, threadId: string, action: 'resolve' | 'reopen') =>
  route(`/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/${action}`, { workspaceId, mapId, threadId });
const commentRoute = (workspaceId: string, mapId: string, threadId: string, commentId: string) =>
  route('/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments/{commentId}', { workspaceId, mapId, threadId, commentId });

/** Comment threads on a map, and the caller's inbox of mentions and replies; bodies carry mentions as @[Name](id). */
const comments = {
  list: (workspaceId: string, mapId: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/threads', { workspaceId, mapId }, query({ status: 'all' }), signal),
  start: async (workspaceId: string, mapId: string, request: Body<'/api/workspaces/{workspaceId}/maps/{mapId}/threads', 'post'>) =>
    (await send('/api/workspaces/{workspaceId}/maps/{mapId}/threads', { workspaceId, mapId }, request)).value,
  reply: async (workspaceId: string, mapId: string, threadId: string, body: string) =>
    (await send('/api/workspaces/{workspaceId}/maps/{mapId}/threads/{threadId}/comments', { workspaceId, mapId, threadId }, { body })).value,
  edit: async (workspaceId: string, mapId: string, threadId: string, commentId: string, body: string) =>
    (await putJson<Ok<CommentRoute, 'put'>>(commentRoute(workspaceId, mapId, threadId, commentId), { body }, '')).value,
  remove: (workspaceId: string, mapId: string, threadId: string, commentId: string) =>
    remove(commentRoute(workspaceId, mapId, threadId, commentId), ''),
  /** Resolves (true) or reopens (false) a thread. */
  setResolved: async (workspaceId: string, mapId: string, threadId: string, resolved: boolean) =>
    (await postJson<Ok<ThreadRoute, 'get'>>(threadPath(workspaceId, mapId, threadId, resolved ? 'resolve' : 'reopen'), undefined)).value,
  inbox: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/inbox', { workspaceId }, '', signal),
  markRead: async (workspaceId: string, request: Body<'/api/workspaces/{workspaceId}/inbox/read', 'post'>) => {
    await postJson<undefined>(route('/api/workspaces/{workspaceId}/inbox/read', { workspaceId }), request);
  },
};

type LinksRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/share-links';
const linksRoute: LinksRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/share-links';

/** A map's share links (owners create and revoke; the token comes back once) and a guest's side of them. */
const sharing = {
  links: (workspaceId: string, mapId: string, signal?: AbortSignal) => read(linksRoute, { workspaceId, mapId }, '', signal),
  create: async (workspaceId: string, mapId: string, request: Body<LinksRoute, 'post'>) =>
    (await send(linksRoute, { workspaceId, mapId }, request)).value,
  revoke: (workspaceId: string, mapId: string, linkId: string) =>
    remove(route('/api/workspaces/{workspaceId}/maps/{mapId}/share-links/{linkId}', { workspaceId, mapId, linkId }), ''),
  /** The token and passcode go in the body, never in a URL. */
  open: async (request: Body<'/api/share/open', 'post'>) => (await send('/api/share/open', {}, request)).value,
  session: (signal?: AbortSignal) => read('/api/share/session', {}, '', signal),
  leave: () => remove('/api/share/session', ''),
};

type IdeaVotesRoute = '/api/workspaces/{workspaceId}/maps/{mapId}/ideas/{ideaId}/votes';
const ideaVotes = (workspaceId: string, mapId: string, ideaId: string) =>
  route('/api/workspaces/{workspaceId}/maps/{mapId}/ideas/{ideaId}/votes', { workspaceId, mapId, ideaId });

/** People's votes on a map's ideas; each change answers the map's votes as they are now. */
const votes = {
  list: (workspaceId: string, mapId: string, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/maps/{mapId}/votes', { workspaceId, mapId }, '', signal),
  vote: async (workspaceId: string, mapId: string, ideaId: string) =>
    (await postJson<Ok<IdeaVotesRoute, 'post'>>(ideaVotes(workspaceId, mapId, ideaId), undefined)).value,
  unvote: (workspaceId: string, mapId: string, ideaId: string) => removeJson<Ok<IdeaVotesRoute, 'delete'>>(ideaVotes(workspaceId, mapId, ideaId)),
  setBudget: async (workspaceId: string, mapId: string, budget: number | null) =>
    (await putJson<Ok<'/api/workspaces/{workspaceId}/maps/{mapId}/voting', 'put'>>(
      route('/api/workspaces/{workspaceId}/maps/{mapId}/voting', { workspaceId, mapId }), { budget }, '')).value,
  clear: (workspaceId: string, mapId: string) =>
    removeJson<Ok<'/api/workspaces/{workspaceId}/maps/{mapId}/votes', 'delete'>>(route('/api/workspaces/{workspaceId}/maps/{mapId}/votes', { workspaceId, mapId })),
};

type FunnelRoute = '/api/workspaces/{workspaceId}/explore/funnel';
type FunnelCustomersRoute = '/api/workspaces/{workspaceId}/explore/funnel/customers';

export const api = {
  account,
  members,
  invitations,
  workspaces: {
    list: () => read('/api/workspaces', {}, '', undefined, takeWorkspaces()),
  },
  maps,
  templates: {
    list: (signal?: AbortSignal) => read('/api/templates', {}, '', signal),
    get: (templateId: string, signal?: AbortSignal) => getJson<JourneyMap>(route('/api/templates/{templateId}', { templateId }), signal),
  },
  personas,
  events,
  sources,
  apiKeys: {
    list: (workspaceId: string, signal?: AbortSignal) => read('/api/workspaces/{workspaceId}/api-keys', { workspaceId }, '', signal),
    create: async (workspaceId: string, name: string, sourceId?: string) =>
      (await send('/api/workspaces/{workspaceId}/api-keys', { workspaceId }, { name, sourceId })).value,
    revoke: (workspaceId: string, keyId: string) => remove(route('/api/workspaces/{workspaceId}/api-keys/{keyId}', { workspaceId, keyId }), ''),
  },
  overlay: {
    /** Measured figures per step and stage; the server's record structs are typed as it sends them (overlay.ts). */
    get: (workspaceId: string, mapId: string, q: OverlayQuery, signal?: AbortSignal) =>
      getJson<OverlayResult>(`${route('/api/workspaces/{workspaceId}/maps/{mapId}/overlay', { workspaceId, mapId })}${overlayQueryString(q)}`, signal),
  },
  paths: {
    /** The actual paths of the workspace's customers over a map's steps. */
    get: (workspaceId: string, mapId: string, range: PathsQuery = {}, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/maps/{mapId}/paths', { workspaceId, mapId }, query({ ...range }), signal),
  },
  funnels: {
    /** Explore's funnel over map steps or activities (every figure the engine's); a read, so it can be cancelled. */
    measure: async (workspaceId: string, body: Body<FunnelRoute, 'post'>, signal?: AbortSignal) =>
      (await postJson<Ok<FunnelRoute, 'post'>>(route('/api/workspaces/{workspaceId}/explore/funnel', { workspaceId }), body, signal)).value,
    /** The customers behind one bar of that funnel, a page at a time. */
    customers: async (workspaceId: string, body: Body<FunnelCustomersRoute, 'post'>, signal?: AbortSignal) =>
      (await postJson<Ok<FunnelCustomersRoute, 'post'>>(route('/api/workspaces/{workspaceId}/explore/funnel/customers', { workspaceId }), body, signal)).value,
  },
  /** Explore's paths as a Sankey: from a map step or an activity, forward or backward, and a segment to compare. */
  explorePaths: (workspaceId: string, q: ExplorePathsRequest, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/explore/paths', { workspaceId }, query({ ...q }), signal),
  process: {
    /** Explore's process map: the flow graph at a coverage, variants and (with a map) its designed order. */
    get: (workspaceId: string, q: Query<'/api/workspaces/{workspaceId}/explore/process', 'get'>, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/explore/process', { workspaceId }, query({ ...q }), signal),
  },
  /** The customer attribute and event property names of the source a map reads (or a source named), with counts (Explore). */
  exploreAttributes: (workspaceId: string, q: { map?: string; source?: string }, signal?: AbortSignal) =>
    read('/api/workspaces/{workspaceId}/explore/attributes', { workspaceId }, query({ ...q }), signal),
  customers: {
    search: (workspaceId: string, text: string, limit = 8, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/customers', { workspaceId }, query({ query: text, limit }), signal),
    timeline: (workspaceId: string, customerId: string, mapId?: string, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/customers/{customerId}/timeline', { workspaceId, customerId }, query({ mapId }), signal),
  },
  retention: {
    /** Cohorts by their first start and the share returning in each later period (Explore). */
    get: (workspaceId: string, q: RetentionQuery, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/explore/retention', { workspaceId }, query({ ...q }), signal),
  },
  trends: {
    /** A step's customers (and conversion to a next step) over time, with the previous period (Explore). */
    get: (workspaceId: string, q: TrendsQuery, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/explore/trends', { workspaceId }, query({ ...q }), signal),
  },
  feedback,
  topics,
  insights: {
    /** Where it hurts: the findings on a map for the same range, segment and window as its feedback. */
    get: (workspaceId: string, mapId: string, q: InsightsQuery, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/maps/{mapId}/insights', { workspaceId, mapId }, feedbackQueryString(q), signal),
  },
  attribution: {
    /** Credit for the map's outcome by channel or touchpoint under each model, for the overlay's period and segment. */
    get: (workspaceId: string, mapId: string, q: AttributionQuery, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/maps/{mapId}/attribution', { workspaceId, mapId }, attributionQueryString(q), signal),
  },
  whatIf: {
    /** The projected change of customers reaching the map's outcome under a step's higher conversion or shorter wait. */
    get: (workspaceId: string, mapId: string, q: WhatIfQuery, signal?: AbortSignal) =>
      read('/api/workspaces/{workspaceId}/maps/{mapId}/what-if', { workspaceId, mapId }, whatIfQueryString(q), signal),
  },
  segments,
  images,
  activity,
  comments,
  sharing,
  votes,
};
