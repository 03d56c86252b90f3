// What changed between two versions of a map, in words a person reads in the conflict dialog
// ("Renamed step "Pays" to "Pays online"", "Changed Thinking at "Books a table"").
import type { Cell, JourneyMap } from '../../../api/model';
import { stepsOf } from './queries';

const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 39)}…` : s}"`;

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((x) => [x.id, x]));
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function listChanges<T extends { id: string }>(
  what: string, before: readonly T[] | undefined, after: readonly T[] | undefined, name: (x: T) => string, out: string[],
): void {
  const old = byId(before);
  const now = byId(after);
  for (const [id, x] of now) {
    const was = old.get(id);
    if (!was) out.push(`Added ${what} ${quote(name(x))}`);
    else if (name(was) !== name(x)) out.push(`Renamed ${what} ${quote(name(was))} to ${quote(name(x))}`);
  }
  for (const [id, x] of old) if (!now.has(id)) out.push(`Deleted ${what} ${quote(name(x))}`);
}

/** True when both lists hold the same ids in another order. */
function reordered(a: readonly { id: string }[] | undefined, b: readonly { id: string }[] | undefined): boolean {
  const x = (a ?? []).map((i) => i.id);
  const y = (b ?? []).map((i) => i.id);
  return x.length === y.length && !same(x, y) && same([...x].sort(), [...y].sort());
}

/** Every difference from `base` to `theirs`, most structural first; cells last. */
export function describeChanges(base: JourneyMap, theirs: JourneyMap): string[] {
  const out: string[] = [];
  if (base.name !== theirs.name) out.push(`Renamed the map to ${quote(theirs.name)}`);
  if (base.description !== theirs.description || base.kind !== theirs.kind || base.emotionScale !== theirs.emotionScale) {
    out.push('Changed the map details');
  }
  if (!same(base.scope, theirs.scope)) out.push('Changed the scope');
  listChanges('persona', base.personas, theirs.personas, (p) => p.name, out);
  const personasBefore = byId(base.personas);
  for (const p of theirs.personas ?? []) {
    const was = personasBefore.get(p.id);
    if (was && was.name === p.name && !same(was, p)) out.push(`Edited persona ${quote(p.name)}`);
  }
  listChanges('stage', base.stages, theirs.stages, (s) => s.name, out);
  const stepsBefore = stepsOf(base);
  const stepsAfter = stepsOf(theirs);
  listChanges('step', stepsBefore.map((r) => r.step), stepsAfter.map((r) => r.step), (s) => s.name, out);
  const placeBefore = new Map(stepsBefore.map((r) => [r.step.id, r]));
  for (const r of stepsAfter) {
    const was = placeBefore.get(r.step.id);
    if (was && (was.stage.id !== r.stage.id || was.indexInStage !== r.indexInStage) && was.column !== r.column) {
      out.push(`Moved step ${quote(r.step.name)}${was.stage.id !== r.stage.id ? ` to ${quote(r.stage.name)}` : ''}`);
    }
  }
  listChanges('lane', base.lanes, theirs.lanes, (l) => l.title, out);
  if (reordered(base.stages, theirs.stages)) out.push('Reordered the stages');
  if (reordered(base.lanes, theirs.lanes)) out.push('Reordered the lanes');

  const stepName = new Map(stepsAfter.map((r) => [r.step.id, r.step.name]));
  for (const r of stepsBefore) if (!stepName.has(r.step.id)) stepName.set(r.step.id, r.step.name);
  const lanesBefore = byId(base.lanes);
  for (const lane of theirs.lanes ?? []) {
    const was = lanesBefore.get(lane.id);
    if (!was) continue;
    const keys = new Set([...Object.keys(was.cells ?? {}), ...Object.keys(lane.cells ?? {})]);
    for (const stepId of keys) {
      const a: Cell | undefined = was.cells?.[stepId];
      const b: Cell | undefined = lane.cells?.[stepId];
      if (!same(a, b) && stepName.has(stepId)) out.push(`Changed ${lane.title} at ${quote(stepName.get(stepId)!)}`);
    }
  }
  return out;
}
