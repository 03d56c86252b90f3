// The Compare view's grid: the map as it is now, with each stage, step, lane and cell marked by what the diff says
// happened to it, and removed stages, steps and lanes put back as ghosts where they stood. Pure, so it is tested
// on its own (diffGrid.test.ts).
import type { components } from '../../api/schema.gen';
import type { JourneyMap, Lane, LaneKind } from '../../api/model';

export type MapDiffAnswer = components['schemas']['MapDiffAnswer'];
export type MapChange = components['schemas']['MapChange'];
export type Mark = 'added' | 'removed' | 'moved' | 'renamed' | 'changed';

/** Word and sign for each mark, so a mark never rests on colour alone. */
export const markText: Record<Mark, { label: string; sign: string }> = {
  added: { label: 'Added', sign: '+' },
  removed: { label: 'Removed', sign: '−' },
  moved: { label: 'Moved', sign: '↔' },
  renamed: { label: 'Renamed', sign: '✎' },
  changed: { label: 'Changed', sign: '~' },
};

const strength: Mark[] = ['added', 'removed', 'moved', 'renamed', 'changed'];

export interface DiffColumn { key: string; stepId: string | null; name: string; mark: Mark | null; ghost: boolean }
export interface DiffStage { key: string; stageId: string | null; name: string; mark: Mark | null; ghost: boolean; columns: DiffColumn[] }
export interface DiffRow { key: string; lane: Lane | null; title: string; kind: LaneKind | null; mark: Mark | null; ghost: boolean }

export interface DiffGrid {
  stages: DiffStage[];
  rows: DiffRow[];
  /** Changes of each cell of the map, keyed by cellKey(laneId, stepId). */
  cells: Map<string, MapChange[]>;
}

export const cellKey = (laneId: string, stepId: string) => `${laneId}|${stepId}`;

function asMark(kind: string): Mark {
  return (strength as string[]).includes(kind) ? kind as Mark : 'changed';
}

/** The strongest mark among a part's changes (added beats changed), or none. */
export function markOf(changes: readonly MapChange[]): Mark | null {
  let best: Mark | null = null;
  for (const c of changes) {
    const mark = asMark(c.kind);
    if (best === null || strength.indexOf(mark) < strength.indexOf(best)) best = mark;
  }
  return best;
}

function group(changes: readonly MapChange[], subject: string, id: (c: MapChange) => string | null | undefined): Map<string, MapChange[]> {
  const byId = new Map<string, MapChange[]>();
  for (const c of changes) {
    if (c.subject !== subject || c.kind === 'removed') continue;
    const key = id(c);
    if (key) byId.set(key, [...(byId.get(key) ?? []), c]);
  }
  return byId;
}

/** Puts ghosts into a list at the index they had before (clamped), keeping their order. */
function placeGhosts<T>(items: T[], ghosts: { index: number; item: T }[]): T[] {
  const result = [...items];
  for (const g of [...ghosts].sort((a, b) => a.index - b.index)) result.splice(Math.min(g.index, result.length), 0, g.item);
  return result;
}

export function diffGrid(map: JourneyMap, diff: MapDiffAnswer): DiffGrid {
  const changes = diff.changes;
  const stageMarks = group(changes, 'stage', (c) => c.after?.stageId);
  const stepMarks = group(changes, 'step', (c) => c.after?.stepId);
  const laneMarks = group(changes, 'lane', (c) => c.after?.laneId);
  const removed = (subject: string) => changes.filter((c) => c.subject === subject && c.kind === 'removed');

  const ghostStages = removed('stage').map((c): { index: number; item: DiffStage } => ({
    index: c.before?.index ?? 0,
    item: { key: `ghost-stage-${c.before?.stageId}`, stageId: null, name: c.from ?? '', mark: 'removed', ghost: true, columns: [] as DiffColumn[] },
  }));
  const ghostByStage = new Map(removed('stage').map((c, i) => [c.before?.stageId ?? '', ghostStages[i]!.item]));
  const ghostSteps = new Map<string, { index: number; item: DiffColumn }[]>();
  for (const c of removed('step')) {
    const item: DiffColumn = { key: `ghost-step-${c.before?.stepId}`, stepId: null, name: c.from ?? '', mark: 'removed', ghost: true };
    if (c.after?.stageId) {
      ghostSteps.set(c.after.stageId, [...(ghostSteps.get(c.after.stageId) ?? []), { index: c.before?.index ?? 0, item }]);
    } else {
      ghostByStage.get(c.before?.stageId ?? '')?.columns.push(item);
    }
  }

  const stages: DiffStage[] = (map.stages ?? []).map((s) => ({
    key: s.id, stageId: s.id, name: s.name, mark: markOf(stageMarks.get(s.id) ?? []), ghost: false,
    columns: placeGhosts((s.steps ?? []).map((st): DiffColumn => ({
      key: st.id, stepId: st.id, name: st.name, mark: markOf(stepMarks.get(st.id) ?? []), ghost: false,
    })), ghostSteps.get(s.id) ?? []),
  }));

  const ghostLanes = removed('lane').map((c): { index: number; item: DiffRow } => ({
    index: c.before?.index ?? 0,
    item: { key: `ghost-lane-${c.before?.laneId}`, lane: null, title: c.from ?? '', kind: null, mark: 'removed', ghost: true },
  }));
  const rows = placeGhosts((map.lanes ?? []).map((l): DiffRow => ({
    key: l.id, lane: l, title: l.title, kind: l.kind, mark: markOf(laneMarks.get(l.id) ?? []), ghost: false,
  })), ghostLanes);

  const cells = new Map<string, MapChange[]>();
  for (const c of changes) {
    if ((c.subject === 'cell' || c.subject === 'emotion') && c.after?.laneId && c.after.stepId) {
      const key = cellKey(c.after.laneId, c.after.stepId);
      cells.set(key, [...(cells.get(key) ?? []), c]);
    }
  }
  return { stages: placeGhosts(stages, ghostStages), rows, cells };
}

/** Counts for the list's heading: how many of each mark. */
export function countMarks(changes: readonly MapChange[]): Record<Mark, number> {
  const counts: Record<Mark, number> = { added: 0, removed: 0, moved: 0, renamed: 0, changed: 0 };
  for (const c of changes) counts[asMark(c.kind)]++;
  return counts;
}
