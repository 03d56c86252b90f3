// A step of a retention or trend question as it lives in the address and goes to the API: a map step (read through
// its binding on the scope's map) or an activity; null is "any event". "step:stp_1" / "activity:Signed up".
import type { JourneyMap } from '../../../api/model';

export type StepChoice = { kind: 'step'; id: string } | { kind: 'activity'; name: string } | null;

export function parseChoice(text: string | null): StepChoice {
  if (!text) return null;
  if (text.startsWith('step:') && text.length > 5) return { kind: 'step', id: text.slice(5) };
  if (text.startsWith('activity:') && text.length > 9) return { kind: 'activity', name: text.slice(9) };
  return null;
}

export function choiceText(choice: StepChoice): string {
  if (!choice) return '';
  return choice.kind === 'step' ? `step:${choice.id}` : `activity:${choice.name}`;
}

/** The API's two parameters for a choice named `prefix` ("start" → startStep / startActivity). */
export function choiceQuery(prefix: string, choice: StepChoice, stepKey = `${prefix}Step`, activityKey = `${prefix}Activity`): Record<string, string> {
  if (!choice) return {};
  return choice.kind === 'step' ? { [stepKey]: choice.id } : { [activityKey]: choice.name };
}

/** A map step without the map it is on cannot be asked for: it falls back to none. */
export function usable(choice: StepChoice, mapId: string | null): StepChoice {
  return choice?.kind === 'step' && !mapId ? null : choice;
}

export interface BoundStep {
  id: string;
  name: string;
}

/** The map's steps that are bound to at least one activity, in map order. */
export function boundSteps(map: JourneyMap | undefined): BoundStep[] {
  const steps: BoundStep[] = [];
  for (const stage of map?.stages ?? []) {
    for (const step of stage.steps ?? []) {
      if ((step.binding?.activities ?? []).some((a) => a)) steps.push({ id: step.id, name: step.name || step.id });
    }
  }
  return steps;
}

/** What a choice reads as in a sentence. */
export function choiceLabel(choice: StepChoice, steps: BoundStep[], none = 'any event'): string {
  if (!choice) return none;
  if (choice.kind === 'activity') return choice.name;
  return steps.find((s) => s.id === choice.id)?.name ?? choice.id;
}
