// What an operation touched and why the server refused it, in the words a toast shows.
import type { JourneyMap } from '../../api/model';
import type { Edit } from '../map/state/edits';
import { findStep } from '../map/state/queries';
import type { SendResult } from './protocol';

function stepName(map: JourneyMap, stepId: string): string {
  const name = findStep(map, stepId)?.step.name;
  return name ? `step “${name}”` : 'a step';
}

function laneTitle(map: JourneyMap, laneId: string): string {
  const title = map.lanes?.find((l) => l.id === laneId)?.title;
  return title ? `lane “${title}”` : 'a lane';
}

function stageName(map: JourneyMap, stageId: string): string {
  const name = map.stages?.find((s) => s.id === stageId)?.name;
  return name ? `stage “${name}”` : 'a stage';
}

/** Where an edit landed: "lane “Thinks” at step “Pays”", "the map's details", … */
export function placeOf(map: JourneyMap, edit: Edit): string {
  switch (edit.type) {
    case 'setCell': return `${laneTitle(map, edit.laneId)} at ${stepName(map, edit.stepId)}`;
    case 'updateStep': case 'deleteStep': case 'moveStep': return stepName(map, edit.stepId);
    case 'addStep': return edit.step.name ? `step “${edit.step.name}”` : 'a new step';
    case 'updateStage': case 'deleteStage': case 'moveStage': return stageName(map, edit.stageId);
    case 'addStage': return edit.stage.name ? `stage “${edit.stage.name}”` : 'a new stage';
    case 'updateLane': case 'deleteLane': case 'moveLane': return laneTitle(map, edit.laneId);
    case 'addLane': return edit.lane.title ? `lane “${edit.lane.title}”` : 'a new lane';
    case 'updatePersona': case 'addPersona': return `persona ${edit.persona.name}`;
    case 'removePersona': return 'a persona';
    case 'updateScope': return "the map's scope";
    case 'updateMap': return "the map's details";
    case 'replaceDocument': return 'the whole map';
  }
}

const reasons: Record<string, string> = {
  deleted: 'someone deleted it',
  exists: 'it is already there',
  invalid: 'the map would not be valid',
  missing: 'it is no longer on the map',
  forbidden: 'you cannot edit this map',
};

/** "Your change to step “Pays” was not saved: Sam deleted it." — the server's message when it gave one. */
export function rejectionWords(map: JourneyMap, edit: Edit, result: SendResult): string {
  const deletedBy = result.reason === 'deleted' && result.by ? `${result.by} deleted it` : undefined;
  const why = deletedBy || result.message?.trim() || reasons[result.reason ?? ''] || result.reason || 'the server refused it';
  return `Your change to ${placeOf(map, edit)} was not saved: ${why.replace(/\.$/, '')}.`;
}
