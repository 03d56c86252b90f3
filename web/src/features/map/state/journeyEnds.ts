// The map's entry and outcome steps: where the measured journey starts and what counts as its outcome. The file
// format requires both to name steps of the map with the entry before the outcome, so every edit keeps that true.
import type { JourneyMap } from '../../../api/model';
import type { Edit, MapFields } from './edits';
import { stepsOf } from './queries';

export type JourneyEnd = 'entry' | 'outcome';

function columnOf(map: JourneyMap, stepId: string | null | undefined): number {
  if (!stepId) return -1;
  return stepsOf(map).findIndex((r) => r.step.id === stepId);
}

/** The map without an entry or outcome step that is gone, and without the outcome when it no longer follows the entry. */
export function withValidEnds(map: JourneyMap): JourneyMap {
  const entry = columnOf(map, map.entryStepId);
  const outcome = columnOf(map, map.outcomeStepId);
  const dropEntry = !!map.entryStepId && entry < 0;
  const dropOutcome = !!map.outcomeStepId && (outcome < 0 || (entry >= 0 && outcome <= entry));
  if (!dropEntry && !dropOutcome) return map;
  const out = { ...map };
  if (dropEntry) delete out.entryStepId;
  if (dropOutcome) delete out.outcomeStepId;
  return out;
}

/**
 * The edit that makes a step the entry (or outcome) step, or clears it when it already is. When the other end would
 * then not come after (or before) it, that end is cleared in the same edit, so one undo restores both.
 */
export function journeyEndEdit(map: JourneyMap, end: JourneyEnd, stepId: string): Edit {
  const key = end === 'entry' ? 'entryStepId' : 'outcomeStepId';
  if (map[key] === stepId) return { type: 'updateMap', patch: { [key]: undefined } };
  const patch: Partial<MapFields> = { [key]: stepId };
  const at = columnOf(map, stepId);
  if (end === 'entry' && map.outcomeStepId && columnOf(map, map.outcomeStepId) <= at) patch.outcomeStepId = undefined;
  if (end === 'outcome' && map.entryStepId && columnOf(map, map.entryStepId) >= at) patch.entryStepId = undefined;
  return { type: 'updateMap', patch };
}

/** Which end of the journey a step is, if any. */
export function endOf(map: JourneyMap, stepId: string): JourneyEnd | null {
  if (map.entryStepId === stepId) return 'entry';
  if (map.outcomeStepId === stepId) return 'outcome';
  return null;
}

/** The history's words for an edit of the ends, or undefined when the patch touches neither. */
export function describeEnds(patch: Partial<MapFields>): string | undefined {
  if ('entryStepId' in patch) return patch.entryStepId ? 'Set the entry step' : 'Cleared the entry step';
  if ('outcomeStepId' in patch) return patch.outcomeStepId ? 'Set the outcome step' : 'Cleared the outcome step';
  return undefined;
}
