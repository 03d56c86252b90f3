// What a restore will change, in words, from the diff of the map at the restored seq (before) to the map now (after):
// the restore goes the other way, so what was added since is removed, what was removed comes back, a rename goes back.
import type { MapChange } from '../diff/diffGrid';

const nouns: Record<string, [string, string]> = {
  stage: ['stage', 'stages'],
  step: ['step', 'steps'],
  lane: ['lane', 'lanes'],
  persona: ['persona', 'personas'],
};
const structure = ['stage', 'step', 'lane', 'persona'];
const namesShown = 3;

const count = (n: number, noun: [string, string]) => `${n} ${n === 1 ? noun[0] : noun[1]}`;

function named(changes: MapChange[], noun: [string, string], nameOf: (c: MapChange) => string | null | undefined): string {
  const names = changes.map(nameOf).filter((n): n is string => !!n);
  const shown = names.slice(0, namesShown).join(', ');
  const more = names.length > namesShown ? ', …' : '';
  return names.length > 0 ? `${count(changes.length, noun)} (${shown}${more})` : count(changes.length, noun);
}

/** The phrases of the restore, each a short clause: "remove 2 steps (Pay, Confirm)", "change 5 cells". */
export function restorePhrases(changes: readonly MapChange[]): string[] {
  const phrases: string[] = [];
  const of = (subject: string, kind: string) => changes.filter((c) => c.subject === subject && c.kind === kind);
  // What goes first, then what comes back, then renames and moves: the order a reader checks them in.
  for (const subject of structure) {
    const added = of(subject, 'added');
    if (added.length > 0) phrases.push(`remove ${named(added, nouns[subject]!, (c) => c.to)}`);
  }
  for (const subject of structure) {
    const removed = of(subject, 'removed');
    if (removed.length > 0) phrases.push(`bring back ${named(removed, nouns[subject]!, (c) => c.from)}`);
  }
  for (const subject of structure) for (const c of of(subject, 'renamed')) phrases.push(`rename “${c.to ?? ''}” back to “${c.from ?? ''}”`);
  for (const subject of structure) {
    const moved = of(subject, 'moved');
    if (moved.length > 0) phrases.push(`move ${count(moved.length, nouns[subject]!)} back`);
  }
  const cells = new Set(changes.filter((c) => c.subject === 'cell').map((c) => `${c.after?.laneId ?? c.before?.laneId}|${c.after?.stepId ?? c.before?.stepId}`));
  if (cells.size > 0) phrases.push(`change ${count(cells.size, ['cell', 'cells'])}`);
  const scores = changes.filter((c) => c.subject === 'emotion').length;
  if (scores > 0) phrases.push(`change ${count(scores, ['emotion score', 'emotion scores'])}`);
  const details = changes.filter((c) => c.subject === 'map' || (!structure.includes(c.subject) && c.subject !== 'cell' && c.subject !== 'emotion'));
  if (details.length > 0) phrases.push(`put back ${count(details.length, ['detail of the map', 'details of the map'])} (${[...new Set(details.map((c) => c.part ?? c.subject))].slice(0, namesShown).join(', ')})`);
  return phrases;
}

/** "Restoring “after the workshop” will: remove 2 steps (Pay, Confirm), rename “Checkout” back to “Basket”, change 5 cells." */
export function restoreSentence(title: string, changes: readonly MapChange[]): string {
  const phrases = restorePhrases(changes);
  if (phrases.length === 0) return `Restoring ${title} changes nothing: the map is the same as it was then.`;
  return `Restoring ${title} will: ${phrases.join(', ')}.`;
}
