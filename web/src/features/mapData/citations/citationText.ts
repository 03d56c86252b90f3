// How a citation reads in the list: its kind, and a line of where it came from and when.
import type { Citation } from '../../../api/model';
import { sourceLabels } from '../../data/feedbackView';

export const kindLabels: Record<Citation['kind'], string> = { quote: 'Quote', finding: 'Finding', figure: 'Figure' };

const findingKindLabels: Record<string, string> = {
  bottleneck: 'Bottleneck', momentOfTruth: 'Moment of truth', painPoint: 'Pain point', pattern: 'Emotion pattern', mismatch: 'Designed vs measured',
};

/** "Review · said 2026-11-03 · cited 2026-12-07", "Bottleneck · cited …", "Last 30 days 2026-11-01 to 2026-11-30 · segment Teams · cited …". */
export function citationMeta(c: Citation): string {
  const parts: string[] = [];
  if (c.kind === 'quote') {
    if (c.source) parts.push(sourceLabels[c.source] ?? c.source);
    if (c.date) parts.push(`said ${c.date}`);
  } else if (c.kind === 'finding') {
    if (c.findingKind) parts.push(findingKindLabels[c.findingKind] ?? c.findingKind);
  } else {
    if (c.from || c.to) parts.push(`${c.from ?? '…'} to ${c.to ?? '…'}`);
    parts.push(c.segment ? `segment ${c.segment}` : 'all customers');
  }
  if (c.citedOn) parts.push(`cited ${c.citedOn}`);
  return parts.join(' · ');
}
