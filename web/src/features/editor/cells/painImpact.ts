// What a pain point's impact means to a reader, and the colour that says it (grey, amber, red; AA on their fills).
import type { PainImpact } from '../../../api/model';

export const painImpacts: PainImpact[] = ['trivial', 'needsWorkaround', 'abandons'];

export const impactLabels: Record<PainImpact, string> = {
  trivial: 'Trivial',
  needsWorkaround: 'Needs a workaround',
  abandons: 'Makes the customer abandon',
};

/** Shorter words for the impact select, so it fits a cell. */
export const impactChoices: Record<PainImpact, string> = {
  trivial: 'Trivial',
  needsWorkaround: 'Needs a workaround',
  abandons: 'Customer abandons',
};

/** The badge's short words (the full label is its title and accessible name). */
export const impactShort: Record<PainImpact, string> = {
  trivial: 'Trivial',
  needsWorkaround: 'Workaround',
  abandons: 'Abandons',
};

/** The file format's default when impact is left out. */
export function impactOf(impact: PainImpact | undefined): PainImpact {
  return impact ?? 'needsWorkaround';
}
