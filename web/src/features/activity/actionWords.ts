// How the activity page words an audit line: "Ana deleted the map Onboarding". One entry per dotted action name the
// server records (src/Waymark.Server/Features/Audit/AuditActions.cs) and the names the account, member, share-link
// and comment features record; a name this list does not know yet is shown as it is, so no line ever goes missing.
import type { Schemas } from '../../api/contract';

export type ActivityLine = Schemas['ActivityLine'];

/** What the detail of a line is: the name of the thing (shown strong, linked when it still exists), or a note. */
type DetailRole = 'object' | 'note' | 'file';

interface Words {
  /** The verb phrase after the actor: "deleted the map". */
  verb: string;
  detail: DetailRole;
  /** Words after the object: "from a file". */
  after?: string;
}

const words: Record<string, Words> = {
  'map.created': { verb: 'created the map', detail: 'object' },
  'map.duplicated': { verb: 'duplicated a map as', detail: 'object' },
  'map.imported': { verb: 'imported the map', detail: 'object', after: 'from a file' },
  'map.drafted': { verb: 'drafted the map', detail: 'object', after: 'from the data' },
  'map.deleted': { verb: 'deleted the map', detail: 'object' },
  'map.reviewed': { verb: 'marked the map', detail: 'object', after: 'reviewed' },
  'map.restored': { verb: 'restored the map', detail: 'object' },
  'map.version-named': { verb: 'named a version of a map', detail: 'note' },
  'map.version-renamed': { verb: 'renamed a version of a map', detail: 'note' },
  'map.version-deleted': { verb: 'deleted a version of a map', detail: 'note' },
  'persona.created': { verb: 'added the persona', detail: 'object' },
  'persona.deleted': { verb: 'deleted the persona', detail: 'object' },
  'segment.created': { verb: 'saved the segment', detail: 'object' },
  'segment.deleted': { verb: 'deleted the segment', detail: 'object' },
  'tag.created': { verb: 'created the feedback tag', detail: 'object' },
  'tag.renamed': { verb: 'renamed a feedback tag', detail: 'note' },
  'tag.deleted': { verb: 'deleted the feedback tag', detail: 'object' },
  'tag.applied': { verb: 'tagged feedback', detail: 'note' },
  'tag.removed': { verb: 'untagged feedback', detail: 'note' },
  'source.created': { verb: 'added the event source', detail: 'object' },
  'source.renamed': { verb: 'renamed an event source', detail: 'note' },
  'source.deleted': { verb: 'deleted the event source', detail: 'object' },
  'map.source-changed': { verb: 'set a map’s event source to', detail: 'note' },
  'api-key.created': { verb: 'created the API key', detail: 'object' },
  'api-key.revoked': { verb: 'revoked the API key', detail: 'object' },
  'webhook.created': { verb: 'added the webhook', detail: 'object' },
  'webhook.updated': { verb: 'changed the webhook', detail: 'object' },
  'webhook.deleted': { verb: 'deleted the webhook', detail: 'object' },
  'webhook.secret-rotated': { verb: "rotated a webhook's secret", detail: 'note' },
  'webhook.disabled': { verb: 'disabled a webhook', detail: 'note' },
  'import.events': { verb: 'imported events from', detail: 'file' },
  'import.feedback': { verb: 'imported feedback from', detail: 'file' },
  'ingest.events': { verb: 'sent events through the API', detail: 'note' },
  'ingest.feedback': { verb: 'sent feedback through the API', detail: 'note' },
  'workspace.renamed': { verb: 'renamed the workspace to', detail: 'object' },
  'workspace.deleted': { verb: 'deleted the workspace', detail: 'object' },
  'account.signed-in': { verb: 'signed in', detail: 'note' },
  'account.signed-out': { verb: 'signed out', detail: 'note' },
  'account.password-changed': { verb: 'changed their password', detail: 'note' },
  'member.role-changed': { verb: 'changed a member’s role', detail: 'note' },
  'member.removed': { verb: 'removed a member', detail: 'note' },
  'member.left': { verb: 'left the workspace', detail: 'note' },
  'member.joined': { verb: 'joined the workspace', detail: 'note' },
  'invitation.created': { verb: 'created an invitation link', detail: 'note' },
  'member.invited': { verb: 'invited', detail: 'note' },
  'account.password-reset-mailed': { verb: 'was mailed a password-reset link', detail: 'note' },
  'invitation.revoked': { verb: 'revoked an invitation', detail: 'note' },
  'share-link.created': { verb: 'created a share link', detail: 'note' },
  'share-link.revoked': { verb: 'revoked a share link', detail: 'note' },
  'share-link.opened': { verb: 'opened a share link', detail: 'note' },
  'comment.created': { verb: 'commented', detail: 'note' },
  'comment.resolved': { verb: 'resolved a comment', detail: 'note' },
  'comment.reopened': { verb: 'reopened a comment', detail: 'note' },
  'comment.deleted': { verb: 'deleted a comment', detail: 'note' },
};

/** The filter's choices: a prefix of action names and its label. */
export const actionGroups: readonly { prefix: string; label: string }[] = [
  { prefix: '', label: 'Everything' },
  { prefix: 'map', label: 'Maps' },
  { prefix: 'persona', label: 'Personas' },
  { prefix: 'segment', label: 'Segments' },
  { prefix: 'tag', label: 'Feedback tags' },
  { prefix: 'import', label: 'File imports' },
  { prefix: 'ingest', label: 'Data sent through the API' },
  { prefix: 'api-key', label: 'API keys' },
  { prefix: 'webhook', label: 'Webhooks' },
  { prefix: 'workspace', label: 'Workspace' },
  { prefix: 'member', label: 'Members' },
  { prefix: 'invitation', label: 'Invitations' },
  { prefix: 'account', label: 'Sign-ins and passwords' },
  { prefix: 'share-link', label: 'Share links' },
  { prefix: 'comment', label: 'Comments' },
];

export interface Sentence {
  actor: string;
  /** The verb phrase, or the dotted name itself for an action this list does not know. */
  verb: string;
  known: boolean;
  /** The thing's name, strong (and linked when `href` is set). */
  object?: string;
  href?: string;
  after?: string;
  /** Quiet text under the sentence: counts, or a detail the words do not place. */
  note?: string;
}

/** The parts of the sentence for a line; every part is text, drawn as text nodes. */
export function describe(line: ActivityLine): Sentence {
  const actor = line.action.startsWith('ingest.') ? `API key ${line.actorName}` : line.actorName || 'Someone';
  const detail = line.detail ?? undefined;
  const w = words[line.action];
  if (!w) return { actor, verb: line.action, known: false, note: detail };
  if (w.detail === 'object') {
    return { actor, verb: w.verb, known: true, object: detail ?? line.target ?? undefined, href: linkOf(line), after: w.after };
  }
  if (w.detail === 'file' && detail) {
    const cut = detail.lastIndexOf(': ');
    return cut < 0
      ? { actor, verb: w.verb, known: true, object: detail }
      : { actor, verb: w.verb, known: true, object: detail.slice(0, cut), note: sentenceCase(detail.slice(cut + 2)) };
  }
  return { actor, verb: w.verb, known: true, note: detail ? sentenceCase(detail) : undefined };
}

/** Where the target lives in the app, when the server says it is still there. */
function linkOf(line: ActivityLine): string | undefined {
  if (!line.targetExists || !line.target) return undefined;
  if (line.action.startsWith('map.')) return `/maps/${encodeURIComponent(line.target)}`;
  if (line.action.startsWith('persona.')) return `/personas/${encodeURIComponent(line.target)}`;
  return undefined;
}

function sentenceCase(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** The whole sentence as plain text (for the row's accessible name and tests). */
export function sentenceText(s: Sentence): string {
  return [s.actor, s.verb, s.object, s.after].filter(Boolean).join(' ');
}
