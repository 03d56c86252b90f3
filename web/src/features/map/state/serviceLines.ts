// The three lines of a service blueprint, drawn between lanes: the line of interaction (the customer's side above,
// the frontstage below), the line of visibility (what the customer sees above, the backstage below) and the line of
// internal interaction (the backstage above, the support processes below). Each is drawn only where lanes on both
// of its sides are on the map, so a plain journey map gets none.
import type { LaneKind } from '../../../api/model';
import { isBelowLineOfVisibility } from './queries';
import { lineOfVisibilityIndex } from './structure';

export type ServiceLine = 'interaction' | 'visibility' | 'internalInteraction';

export const serviceLineLabels: Record<ServiceLine, string> = {
  interaction: 'Line of interaction',
  visibility: 'Line of visibility',
  internalInteraction: 'Line of internal interaction',
};

const isCustomerSide = (kind: LaneKind) => kind !== 'frontstage' && !isBelowLineOfVisibility(kind);

/** The lines to draw above each lane, by the lane's index among the lanes shown (top to bottom in each list). */
export function serviceLinesAbove(kinds: readonly LaneKind[]): Map<number, ServiceLine[]> {
  const out = new Map<number, ServiceLine[]>();
  const add = (index: number, line: ServiceLine) => out.set(index, [...(out.get(index) ?? []), line]);

  const firstBelow = kinds.findIndex(isBelowLineOfVisibility);
  const frontstage = kinds.findIndex((k) => k === 'frontstage');
  const aboveVisibility = firstBelow < 0 || frontstage < firstBelow;
  if (frontstage > 0 && aboveVisibility && kinds.slice(0, frontstage).some(isCustomerSide)) add(frontstage, 'interaction');
  const visibility = lineOfVisibilityIndex(kinds);
  if (visibility > 0) add(visibility, 'visibility');
  const support = kinds.findIndex((k) => k === 'supportProcesses');
  if (firstBelow >= 0 && support > firstBelow && kinds.slice(firstBelow, support).includes('backstage')) add(support, 'internalInteraction');
  return out;
}
