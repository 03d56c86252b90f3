// The columns of a feedback file: which roles there are, guesses from usual column names (for roles the server's
// preview leaves open) and whether a mapping can be imported.
import type { ColumnMapping, ImportFormat } from '../../api/data';
import { mappingProblem, type RoleSpec } from './uploadFlow';

export const feedbackRoles: readonly RoleSpec[] = [
  { key: 'time', label: 'Time', required: true, hint: 'When it was given' },
  { key: 'text', label: 'Text', required: false, hint: 'What they wrote or said' },
  { key: 'score', label: 'Score', required: false, hint: 'NPS 0-10, CSAT 1-5, …' },
  { key: 'scoreType', label: 'Score type', required: false, hint: 'nps, csat, ces or rating' },
  { key: 'customer', label: 'Customer id', required: false, hint: 'Who gave it' },
  { key: 'source', label: 'Source', required: false, hint: 'survey, review, chat, …' },
  { key: 'step', label: 'Step id', required: false, hint: 'The map step it is about' },
  { key: 'activity', label: 'Activity', required: false, hint: 'What they had just done' },
  { key: 'solicited', label: 'Solicited', required: false, hint: 'true when asked for' },
  { key: 'language', label: 'Language', required: false, hint: 'en, de, …' },
  { key: 'id', label: 'Feedback id', required: false, hint: 'Makes re-sends safe' },
];

/** Usual names of each role's column, compared without case, spaces, '_' or '-'. */
const aliases: Record<string, string[]> = {
  id: ['id', 'feedbackid', 'responseid', 'reviewid', 'ticketid'],
  customer: ['customer', 'customerid', 'customerref', 'userid', 'user', 'clientid', 'client', 'accountid', 'contactid', 'kunde', 'kundenid'],
  time: ['time', 'timestamp', 'date', 'datetime', 'createdat', 'submittedat', 'respondedat', 'receivedat', 'created', 'submitted', 'zeit', 'datum'],
  text: ['text', 'comment', 'comments', 'feedback', 'review', 'message', 'body', 'verbatim', 'answer', 'response', 'note', 'notes', 'kommentar'],
  score: ['score', 'rating', 'value', 'nps', 'csat', 'ces', 'stars', 'bewertung'],
  scoreType: ['scoretype', 'type', 'surveytype', 'metric', 'scale', 'kind'],
  source: ['source', 'channel', 'origin', 'quelle'],
  step: ['step', 'stepid'],
  activity: ['activity', 'event', 'touchpoint', 'lastactivity', 'aktion'],
  solicited: ['solicited', 'asked', 'prompted'],
  language: ['language', 'lang', 'locale', 'sprache'],
};

const fold = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');

/**
 * Guesses a column for each role from the column names: an exact alias first, in the order of the aliases, so
 * "score" wins over "nps" for the score; a column is used for one role only.
 */
export function guessFeedbackMapping(columns: readonly string[]): ColumnMapping {
  const byName = new Map<string, string>();
  for (const column of columns) if (!byName.has(fold(column))) byName.set(fold(column), column);
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const role of feedbackRoles) {
    const column = (aliases[role.key] ?? []).map((a) => byName.get(a)).find((c) => c !== undefined && !used.has(c));
    mapping[role.key] = column ?? null;
    if (column) used.add(column);
  }
  return mapping;
}

/** Why a feedback mapping cannot be imported yet, or null: a time, and a text or a score, each in its own column. */
export function feedbackMappingProblem(format: ImportFormat, mapping: ColumnMapping): string | null {
  if (format === 'xes') return 'XES files hold events, not feedback: upload feedback as CSV, TSV or NDJSON.';
  const basic = mappingProblem(format, mapping, feedbackRoles);
  if (basic) return basic;
  if (!mapping.text && !mapping.score) return 'Choose the column that holds the text or the one that holds the score (or both).';
  return null;
}
