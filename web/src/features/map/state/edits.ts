// Every change the editor can make to a map, as data: the grid dispatches these, history records their results,
// and the tests apply them directly. applyEdit never mutates its input.
import type {
  Cell, JourneyMap, Lane, LaneKind, MapScope, Persona, Stage, Step,
} from '../../../api/model';
import { describeEnds, withValidEnds } from './journeyEnds';
import { isEmptyCell } from './queries';

export type MapFields = Pick<JourneyMap, 'name' | 'description' | 'kind' | 'emotionScale' | 'basedOnMapId' | 'entryStepId' | 'outcomeStepId'>;

/** The cells of re-added steps, by lane then step: what undoing a delete puts back. */
export type CellsByLane = Record<string, Record<string, Cell>>;

/**
 * Patches set only the properties present: absent (or undefined) leaves a property alone and `null` clears it,
 * which is how a clear survives JSON on its way to the server and back.
 */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

export type Edit =
  | { type: 'updateMap'; patch: Patch<MapFields> }
  | { type: 'updateScope'; patch: Patch<MapScope> }
  | { type: 'addStage'; stage: Stage; index: number; cells?: CellsByLane; restore?: true }
  | { type: 'updateStage'; stageId: string; patch: Patch<Omit<Stage, 'id' | 'steps'>> }
  | { type: 'deleteStage'; stageId: string }
  | { type: 'moveStage'; stageId: string; toIndex: number }
  | { type: 'addStep'; stageId: string; step: Step; index: number; cells?: CellsByLane; restore?: true }
  | { type: 'updateStep'; stepId: string; patch: Patch<Omit<Step, 'id'>> }
  | { type: 'deleteStep'; stepId: string }
  | { type: 'moveStep'; stepId: string; toStageId: string; toIndex: number }
  | { type: 'addLane'; lane: Lane; index: number; restore?: true }
  | { type: 'updateLane'; laneId: string; patch: Patch<Pick<Lane, 'title' | 'personaId'>> }
  | { type: 'deleteLane'; laneId: string }
  | { type: 'moveLane'; laneId: string; toIndex: number }
  | { type: 'setCell'; laneId: string; stepId: string; cell: Cell | undefined | null }
  /** Without an index the persona goes last; an undo of a removal gives the place it had. */
  | { type: 'addPersona'; persona: Persona; index?: number; restore?: true }
  | { type: 'updatePersona'; persona: Persona }
  | { type: 'removePersona'; personaId: string }
  /** The whole document: a PUT seen through the operation log, or a restore. */
  | { type: 'replaceDocument'; map: JourneyMap };

/** Moves one item of a list to a new index (clamped), returning a new list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  const target = Math.max(0, Math.min(out.length, to));
  out.splice(target, 0, item as T);
  return out;
}

function insertAt<T>(list: readonly T[] | undefined, index: number, item: T): T[] {
  const out = (list ?? []).slice();
  out.splice(Math.max(0, Math.min(out.length, index)), 0, item);
  return out;
}

function withoutCells(lanes: Lane[] | undefined, stepIds: Set<string>): Lane[] | undefined {
  if (!lanes || stepIds.size === 0) return lanes;
  return lanes.map((lane) => {
    if (!lane.cells || !Object.keys(lane.cells).some((k) => stepIds.has(k))) return lane;
    const cells: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(lane.cells)) if (!stepIds.has(k)) cells[k] = v;
    return { ...lane, cells };
  });
}

function mapStages(map: JourneyMap, fn: (stage: Stage) => Stage): JourneyMap {
  return { ...map, stages: (map.stages ?? []).map(fn) };
}

/** The value without its undefined and null properties (a patch's `null` clears what it names). */
function dropUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined || out[key] === null) delete out[key];
  return out;
}

/** Puts the cells of re-added steps back into the lanes that still exist. */
function withCells(lanes: Lane[] | undefined, cells: CellsByLane | undefined): Lane[] | undefined {
  if (!lanes || !cells) return lanes;
  return lanes.map((lane) => {
    const add = cells[lane.id];
    if (!add || Object.keys(add).length === 0) return lane;
    return { ...lane, cells: { ...(lane.cells ?? {}), ...add } };
  });
}

/** The value with a patch laid over it (see Patch: null clears). */
function patched<T extends object>(base: T, patch: object): T {
  const merged: T = { ...base, ...patch };
  return dropUndefined(merged);
}

const hasStage = (map: JourneyMap, id: string) => !!map.stages?.some((s) => s.id === id);
const hasStep = (map: JourneyMap, id: string) => !!map.stages?.some((s) => s.steps?.some((p) => p.id === id));
const hasLane = (map: JourneyMap, id: string) => !!map.lanes?.some((l) => l.id === id);

export function applyEdit(map: JourneyMap, edit: Edit): JourneyMap {
  const next = applyOne(map, edit);
  // Deleting or moving steps may leave the entry or outcome step gone or out of order; the file must stay valid.
  return next !== map && /^(delete|move)St/.test(edit.type) ? withValidEnds(next) : next;
}

function applyOne(map: JourneyMap, edit: Edit): JourneyMap {
  switch (edit.type) {
    case 'updateMap':
      return patched(map, edit.patch);
    case 'updateScope':
      return { ...map, scope: patched(map.scope ?? {}, edit.patch) };
    case 'addStage':
      // An id the map already holds (the stage's or one of its steps') is refused, as the server refuses it.
      if (hasStage(map, edit.stage.id) || edit.stage.steps?.some((p) => hasStep(map, p.id))) return map;
      return { ...map, stages: insertAt(map.stages, edit.index, edit.stage), lanes: withCells(map.lanes, edit.cells) };
    case 'updateStage':
      return mapStages(map, (s) => (s.id === edit.stageId ? patched(s, edit.patch) : s));
    case 'deleteStage': {
      const stage = map.stages?.find((s) => s.id === edit.stageId);
      if (!stage) return map;
      const gone = new Set((stage.steps ?? []).map((s) => s.id));
      return { ...map, stages: map.stages!.filter((s) => s !== stage), lanes: withoutCells(map.lanes, gone) };
    }
    case 'moveStage': {
      const from = (map.stages ?? []).findIndex((s) => s.id === edit.stageId);
      return from < 0 ? map : { ...map, stages: moveItem(map.stages!, from, edit.toIndex) };
    }
    case 'addStep': {
      if (hasStep(map, edit.step.id) || !hasStage(map, edit.stageId)) return map;
      const added = mapStages(map, (s) => (s.id === edit.stageId ? { ...s, steps: insertAt(s.steps, edit.index, edit.step) } : s));
      return edit.cells ? { ...added, lanes: withCells(added.lanes, edit.cells) } : added;
    }
    case 'updateStep':
      return mapStages(map, (s) => ({
        ...s,
        steps: s.steps?.map((p) => (p.id === edit.stepId ? patched(p, edit.patch) : p)),
      }));
    case 'deleteStep':
      return {
        ...mapStages(map, (s) => (s.steps?.some((p) => p.id === edit.stepId)
          ? { ...s, steps: s.steps.filter((p) => p.id !== edit.stepId) } : s)),
        lanes: withoutCells(map.lanes, new Set([edit.stepId])),
      };
    case 'moveStep': {
      const step = map.stages?.flatMap((s) => s.steps ?? []).find((p) => p.id === edit.stepId);
      if (!step || !map.stages?.some((s) => s.id === edit.toStageId)) return map;
      const removed = mapStages(map, (s) => ({ ...s, steps: s.steps?.filter((p) => p.id !== edit.stepId) }));
      return mapStages(removed, (s) => (s.id === edit.toStageId ? { ...s, steps: insertAt(s.steps, edit.toIndex, step) } : s));
    }
    case 'addLane':
      return hasLane(map, edit.lane.id) ? map : { ...map, lanes: insertAt(map.lanes, edit.index, edit.lane) };
    case 'updateLane':
      return {
        ...map,
        lanes: map.lanes?.map((l) => (l.id === edit.laneId ? patched(l, edit.patch) : l)),
      };
    case 'deleteLane':
      return { ...map, lanes: map.lanes?.filter((l) => l.id !== edit.laneId) };
    case 'moveLane': {
      const from = (map.lanes ?? []).findIndex((l) => l.id === edit.laneId);
      return from < 0 ? map : { ...map, lanes: moveItem(map.lanes!, from, edit.toIndex) };
    }
    case 'setCell':
      if (!hasLane(map, edit.laneId) || !hasStep(map, edit.stepId)) return map;
      return {
        ...map,
        lanes: map.lanes?.map((l) => {
          if (l.id !== edit.laneId) return l;
          const cells = { ...(l.cells ?? {}) };
          if (isEmptyCell(edit.cell ?? undefined)) delete cells[edit.stepId];
          else cells[edit.stepId] = dropUndefined(edit.cell!);
          return { ...l, cells };
        }),
      };
    case 'addPersona':
      return map.personas?.some((p) => p.id === edit.persona.id)
        ? map : { ...map, personas: edit.index === undefined ? [...(map.personas ?? []), edit.persona] : insertAt(map.personas, edit.index, edit.persona) };
    case 'updatePersona':
      return { ...map, personas: map.personas?.map((p) => (p.id === edit.persona.id ? edit.persona : p)) };
    case 'removePersona':
      return removePersona(map, edit.personaId);
    case 'replaceDocument':
      return edit.map;
  }
}

/** Drops a persona and every reference to it: lanes it spoke for and its points on the emotion curve. */
function removePersona(map: JourneyMap, personaId: string): JourneyMap {
  return {
    ...map,
    personas: map.personas?.filter((p) => p.id !== personaId),
    lanes: map.lanes?.map((lane) => {
      const next: Lane = lane.personaId === personaId ? dropUndefined({ ...lane, personaId: undefined }) : lane;
      if (!next.cells) return next;
      let changed = false;
      const cells: Record<string, Cell> = {};
      for (const [stepId, cell] of Object.entries(next.cells)) {
        if (cell.emotions?.some((e) => e.personaId === personaId)) {
          changed = true;
          const emotions = cell.emotions.filter((e) => e.personaId !== personaId);
          if (emotions.length > 0 || !isEmptyCell({ ...cell, emotions: undefined })) cells[stepId] = dropUndefined({ ...cell, emotions: emotions.length ? emotions : undefined });
        } else {
          cells[stepId] = cell;
        }
      }
      return changed ? { ...next, cells } : next;
    }),
  };
}

/** A short human summary of an edit, sent with the save so history reads well. */
export function describeEdit(edit: Edit): string {
  switch (edit.type) {
    case 'updateMap': return describeEnds(edit.patch as Partial<MapFields>) ?? 'Edited the map details';
    case 'updateScope': return 'Edited the scope';
    case 'addStage': return `Added stage "${edit.stage.name}"`;
    case 'updateStage': return 'Edited a stage';
    case 'deleteStage': return 'Deleted a stage';
    case 'moveStage': return 'Moved a stage';
    case 'addStep': return `Added step "${edit.step.name}"`;
    case 'updateStep':
      if (!('binding' in edit.patch)) return 'Edited a step';
      return edit.patch.binding ? 'Bound a step to data' : 'Unbound a step from data';
    case 'deleteStep': return 'Deleted a step';
    case 'moveStep': return 'Moved a step';
    case 'addLane': return `Added lane "${edit.lane.title}"`;
    case 'updateLane': return 'Edited a lane';
    case 'deleteLane': return 'Deleted a lane';
    case 'moveLane': return 'Moved a lane';
    case 'setCell': return 'Edited a cell';
    case 'addPersona': return `Added persona ${edit.persona.name}`;
    case 'updatePersona': return `Edited persona ${edit.persona.name}`;
    case 'removePersona': return 'Removed a persona';
    case 'replaceDocument': return 'Replaced the whole map';
  }
}

export function emptyLane(id: string, kind: LaneKind, title: string): Lane {
  return { id, kind, title };
}
