// The typed API client: one function per endpoint the editor uses (see /openapi/v1.json on the server).
import { takeMap, takeWorkspaces } from './boot';
import { getJson, getTagged, postJson, putJson, remove, type Tagged } from './http';
import type {
  ActivitySummary, JourneyMap, MapKind, MapSummary, Persona, PersonaSummary, TemplateSummary, Workspace,
} from './model';

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const mapUrl = (workspaceId: string, mapId: string) => `${ws(workspaceId)}/maps/${encodeURIComponent(mapId)}`;
const personaUrl = (workspaceId: string, personaId: string) =>
  `${ws(workspaceId)}/personas/${encodeURIComponent(personaId)}`;

export const api = {
  workspaces: () => getJson<Workspace[]>('/api/workspaces', undefined, takeWorkspaces()),

  maps: (workspaceId: string, signal?: AbortSignal) => getJson<MapSummary[]>(`${ws(workspaceId)}/maps`, signal),
  /** `first` marks the editor's first read of a map, which may use the read index.html started early. */
  map: (workspaceId: string, mapId: string, signal?: AbortSignal, first = false) =>
    getTagged<JourneyMap>(mapUrl(workspaceId, mapId), signal, first ? takeMap(mapId) : undefined),
  createMap: (workspaceId: string, request: { name?: string; kind?: MapKind; templateId?: string }) =>
    postJson<MapSummary>(`${ws(workspaceId)}/maps`, request),
  saveMap: (workspaceId: string, map: JourneyMap, etag: string, summary?: string): Promise<Tagged<JourneyMap>> =>
    putJson<JourneyMap>(mapUrl(workspaceId, map.id), map, etag, summary),
  deleteMap: (workspaceId: string, mapId: string, etag: string) => remove(mapUrl(workspaceId, mapId), etag),
  duplicateMap: (workspaceId: string, mapId: string, request: { name?: string; asFutureState: boolean }) =>
    postJson<MapSummary>(`${mapUrl(workspaceId, mapId)}/duplicate`, request),
  exportUrl: (workspaceId: string, mapId: string, format: 'json' | 'yaml') =>
    `${mapUrl(workspaceId, mapId)}/export?format=${format}`,

  templates: (signal?: AbortSignal) => getJson<TemplateSummary[]>('/api/templates', signal),
  template: (templateId: string, signal?: AbortSignal) =>
    getJson<JourneyMap>(`/api/templates/${encodeURIComponent(templateId)}`, signal),

  personas: (workspaceId: string, signal?: AbortSignal) =>
    getJson<PersonaSummary[]>(`${ws(workspaceId)}/personas`, signal),
  persona: (workspaceId: string, personaId: string, signal?: AbortSignal) =>
    getTagged<Persona>(personaUrl(workspaceId, personaId), signal),
  createPersona: (workspaceId: string, persona: Persona) =>
    postJson<PersonaSummary>(`${ws(workspaceId)}/personas`, persona),
  savePersona: (workspaceId: string, persona: Persona, etag: string) =>
    putJson<Persona>(personaUrl(workspaceId, persona.id), persona, etag),
  deletePersona: (workspaceId: string, personaId: string, etag: string) =>
    remove(personaUrl(workspaceId, personaId), etag),

  /** The activities in the workspace's event data with their counts (404 while the workspace has none). */
  activities: (workspaceId: string, signal?: AbortSignal) =>
    getJson<ActivitySummary[]>(`${ws(workspaceId)}/activities`, signal),
};
