// What a pain point is linked to so its impact can be measured: a feedback topic (a phrase customers use) or an
// activity in the event data. The card editor sets one kind at a time; empty text leaves the link out.
import type { PainPoint } from '../../../api/model';

export type PainLinkKind = 'none' | 'topic' | 'activity';

export const maxLinkLength = 200;

export const painLinkChoices: Record<PainLinkKind, string> = {
  none: 'Nothing',
  topic: 'A feedback topic',
  activity: 'An activity',
};

/** The link the editor shows: the topic when one is set, else the activity, else none. */
export function painLinkOf(p: Pick<PainPoint, 'linkedTopic' | 'linkedActivity'>): { kind: PainLinkKind; value: string } {
  if (p.linkedTopic) return { kind: 'topic', value: p.linkedTopic };
  if (p.linkedActivity) return { kind: 'activity', value: p.linkedActivity };
  return { kind: 'none', value: '' };
}

/** The pain point with its link set to this kind and value as typed (capped); the other kind is cleared. */
export function withPainLink<T extends PainPoint>(p: T, kind: PainLinkKind, value: string): T {
  const next = { ...p };
  delete next.linkedTopic;
  delete next.linkedActivity;
  const text = value.slice(0, maxLinkLength);
  if (kind === 'topic' && text) next.linkedTopic = text;
  if (kind === 'activity' && text) next.linkedActivity = text;
  return next;
}

/** The link as stored: trimmed, inner white space folded, left out when blank. */
export function cleanPainLink<T extends PainPoint>(p: T): T {
  const { kind, value } = painLinkOf(p);
  return withPainLink(p, kind, value.replace(/\s+/g, ' ').trim());
}

/** The link in words, for the card badge's hover; null when the pain point is not linked. */
export function describePainLink(p: Pick<PainPoint, 'linkedTopic' | 'linkedActivity'>): string | null {
  const link = painLinkOf(p);
  if (link.kind === 'topic') return `Measured by the feedback topic “${link.value}”`;
  if (link.kind === 'activity') return `Measured by the activity “${link.value}”`;
  return null;
}
