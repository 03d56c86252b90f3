// What differs between uploading events and uploading feedback: the roles of the columns, the words on screen,
// which files are read and the endpoints. The upload flow's components and hook take one of these.
import { api } from '../../api/client';
import type { ColumnMapping, ImportFormat, ImportPreview, ImportRequest, UploadResult } from '../../api/data';
import type { UploadHandle } from '../../api/http';
import { feedbackMappingProblem, feedbackRoles, guessFeedbackMapping } from './feedbackMapping';
import { count, eventRoles, initialMapping, mappingProblem, type RoleSpec } from './uploadFlow';

export interface UploadKind {
  /** Prefix of element ids, so two uploads could share a page. */
  id: 'events' | 'feedback';
  noun: string;
  plural: string;
  roles: readonly RoleSpec[];
  /** Whether the file's times may be read in a zone other than UTC. */
  timeZone: boolean;
  dropTitle: string;
  dropHint: string;
  accept: string;
  /** Why this kind cannot read a file by its name (beyond what no upload reads), or null. */
  fileProblem?: (name: string) => string | null;
  /** The badge title of a column without a role. */
  unmappedTitle: string;
  /** What the server is doing once every byte is sent. */
  storing: string;
  initialMapping: (preview: ImportPreview) => ColumnMapping;
  mappingProblem: (format: ImportFormat, mapping: ColumnMapping) => string | null;
  /** A line under the result's headline: what else the file held. */
  resultDetail: (result: UploadResult) => string | null;
  preview: (workspaceId: string, start: Blob, fileName: string, complete: boolean) => Promise<ImportPreview>;
  upload: (workspaceId: string, file: Blob, request: ImportRequest, onProgress: (sent: number, total: number) => void) => UploadHandle<UploadResult>;
}

export const eventUpload: UploadKind = {
  id: 'events',
  noun: 'event',
  plural: 'events',
  roles: eventRoles,
  timeZone: true,
  dropTitle: 'Drop an event file here',
  dropHint: 'CSV, TSV, NDJSON or XES — gzip-compressed (.gz) files too. One row per event: who, what and when.',
  accept: '.csv,.tsv,.txt,.ndjson,.jsonl,.json,.xes,.gz',
  unmappedTitle: 'Columns without a role are kept as event properties',
  storing: 'Reading and storing events…',
  initialMapping: (preview) => initialMapping(preview),
  mappingProblem: (format, mapping) => mappingProblem(format, mapping),
  resultDetail: (r) => (r.customers !== undefined && r.activities !== undefined
    ? `${count(r.customers, 'customer')} and ${count(r.activities, 'activity', 'activities')} in the file` : null),
  preview: (workspaceId, start, fileName, complete) => api.events.preview(workspaceId, start, fileName, complete),
  upload: api.events.upload,
};

export const feedbackUpload: UploadKind = {
  id: 'feedback',
  noun: 'feedback item',
  plural: 'feedback items',
  roles: feedbackRoles,
  timeZone: true,
  dropTitle: 'Drop a feedback file here',
  dropHint: 'CSV, TSV or NDJSON — gzip-compressed (.gz) files too. One row per answer, review, chat or call note: when, and a score or a text.',
  accept: '.csv,.tsv,.txt,.ndjson,.jsonl,.json,.gz',
  fileProblem: (name) => (/\.xes(\.gz)?$/i.test(name) ? 'XES files hold events, not feedback: upload it under Events, or feedback as CSV, TSV or NDJSON.' : null),
  unmappedTitle: 'Columns without a role are kept as feedback properties',
  storing: 'Reading and storing feedback…',
  initialMapping: (preview) => initialMapping(preview, feedbackRoles, guessFeedbackMapping(preview.columns)),
  mappingProblem: feedbackMappingProblem,
  resultDetail: () => null,
  preview: (workspaceId, start, fileName, complete) => api.feedback.preview(workspaceId, start, fileName, complete),
  upload: api.feedback.upload,
};
