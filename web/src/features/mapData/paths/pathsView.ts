// Pure shaping of the actual-paths answer for the panel: names for steps, the journey's start and end, the kind of
// each move (on in the map's order, skipping ahead, going back), shares, and bar lengths.
import type { FunnelStepPaths, PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';

export type MoveKind = 'enter' | 'next' | 'skip' | 'back' | 'repeat' | 'leave';

export interface TransitionRow {
  key: string;
  fromStepId: string | null;
  toStepId: string | null;
  from: string;
  to: string;
  kind: MoveKind;
  customers: number;
  events: number;
  /** customers / the customers seen on any bound step. */
  share: number;
  /** Bar length 0..1, relative to the strongest move. */
  bar: number;
  /** A move to "Leaves" from an in-funnel step that has a next step: how it splits against the step's "lost". */
  split?: LeaveSplit;
}

/**
 * Those who leave after a step read against the step's "lost" (docs/analytics.md, "Figures"): `lostHere` are lost at
 * the step (reached it in the map's order, not the next step) and end their journey there; `lost` is the step's lost;
 * `others` end here for another reason (came back after going further, or never entered at the entry step).
 */
export interface LeaveSplit {
  lostHere: number;
  lost: number;
  movedOn: number;
  others: number;
}

export interface HiddenRow {
  name: string;
  customers: number;
  events: number;
  bar: number;
}

export const moveLabels: Record<MoveKind, string> = {
  enter: 'Starts here', next: 'Next step', skip: 'Skips ahead', back: 'Goes back', repeat: 'Repeats', leave: 'Leaves here',
};

export const startLabel = 'Journey start';
export const endLabel = 'Leaves';

/** Step id → name and position, in map order. */
export function stepIndex(map: JourneyMap): Map<string, { name: string; index: number }> {
  const index = new Map<string, { name: string; index: number }>();
  for (const stage of map.stages ?? []) {
    for (const step of stage.steps ?? []) index.set(step.id, { name: step.name || 'Untitled step', index: index.size });
  }
  return index;
}

export function moveKind(from: number | null, to: number | null): MoveKind {
  if (from === null) return 'enter';
  if (to === null) return 'leave';
  if (to === from + 1) return 'next';
  if (to > from) return 'skip';
  return to === from ? 'repeat' : 'back';
}

export function transitionRows(result: PathsResult, map: JourneyMap): TransitionRow[] {
  const steps = stepIndex(map);
  const max = Math.max(1, ...result.transitions.map((t) => t.customers));
  const name = (id: string | null, none: string) => (id === null ? none : steps.get(id)?.name ?? 'A removed step');
  const position = (id: string | null) => (id === null ? null : steps.get(id)?.index ?? -1);
  const funnel = new Map((result.funnel ?? []).map((f) => [f.stepId, f]));
  return result.transitions.map((t) => ({
    split: t.toStepId === null && t.fromStepId !== null ? leaveSplit(funnel.get(t.fromStepId), t.customers) : undefined,
    key: `${t.fromStepId ?? '^'}>${t.toStepId ?? '$'}`,
    fromStepId: t.fromStepId,
    toStepId: t.toStepId,
    from: name(t.fromStepId, startLabel),
    to: name(t.toStepId, endLabel),
    kind: moveKind(position(t.fromStepId), position(t.toStepId)),
    customers: t.customers,
    events: t.events,
    share: result.customers === 0 ? 0 : t.customers / result.customers,
    bar: t.customers / max,
  }));
}

function leaveSplit(step: FunnelStepPaths | undefined, leaving: number): LeaveSplit | undefined {
  if (!step || step.lost === null || step.lost === undefined) return undefined;
  const lostHere = step.lostAndEndedHere;
  return { lostHere, lost: step.lost, movedOn: step.lost - lostHere, others: leaving - lostHere };
}

/** "1,087 lost at this step + 25 others" (all of the step's lost end here), "214 of the 239 lost at this step". */
export function splitText(split: LeaveSplit): string {
  const lost = split.lostHere === split.lost
    ? `${formatCount(split.lost)} lost at this step`
    : `${formatCount(split.lostHere)} of the ${formatCount(split.lost)} lost at this step`;
  return split.others > 0 ? `${lost} + ${formatCount(split.others)} others` : lost;
}

/** The whole derivation, both ways, for the row's hover text. */
export function splitDefinition(split: LeaveSplit, step: string): string {
  return `${formatCount(split.lost)} reached ${step} in the map's order and not the next step (the step's "lost"): `
    + `${formatCount(split.lostHere)} end their journey here, ${formatCount(split.movedOn)} go on to other steps without the next one. `
    + `The other ${formatCount(split.others)} who end here came back after going further, or never entered at the entry step.`;
}

export function hiddenRows(result: PathsResult): HiddenRow[] {
  const max = Math.max(1, ...result.hiddenActivities.map((h) => h.customers));
  return result.hiddenActivities.map((h) => ({ ...h, bar: h.customers / max }));
}

/** Names of the unreached steps that are still on the map, in map order. */
export function unreachedNames(result: PathsResult, map: JourneyMap): { id: string; name: string }[] {
  const steps = stepIndex(map);
  return result.unreachedStepIds
    .filter((id) => steps.has(id))
    .sort((a, b) => steps.get(a)!.index - steps.get(b)!.index)
    .map((id) => ({ id, name: steps.get(id)!.name }));
}

const counter = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return counter.format(n);
}

/** "72%", "<1%" for small non-zero shares, "0%" and "100%" exactly. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  if (share < 1 && share > 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}
