// A rule's trigger in one line, for the rule list and the editor's heading ("Stalls after Browse: not at Checkout
// within 1 day"). Steps and segments are named by their labels; one that is gone says so.
import { spellSeconds } from './duration';
import type { RuleTrigger } from './rulesApi';

export interface Names {
  step: (id: string) => string | undefined;
  segment: (id: string) => string | undefined;
}

const opWords: Record<string, string> = { eq: '=', neq: '≠', contains: 'contains', gt: '>', lt: '<', exists: 'is set' };

export function triggerSummary(trigger: RuleTrigger, names: Names): string {
  const step = (id: string | null | undefined) => (id ? names.step(id) ?? 'a deleted step' : 'a step');
  switch (trigger.kind) {
    case 'reached-step':
      return `Reaches ${step(trigger.stepId)}`;
    case 'stalled':
      return `Stalls after ${step(trigger.stepId)}: not at ${step(trigger.untilStepId)} within ${
        trigger.withinSeconds ? spellSeconds(trigger.withinSeconds) : 'a time'}`;
    case 'event': {
      const filters = trigger.properties ?? [];
      const first = filters[0];
      const shown = first ? ` where ${first.key} ${opWords[first.op] ?? first.op}${first.op === 'exists' ? '' : ` ${first.value ?? ''}`}` : '';
      const more = filters.length > 1 ? ` and ${filters.length - 1} more` : '';
      return `Does “${trigger.activity ?? 'an activity'}”${shown}${more}`;
    }
    case 'feedback':
      return `Gives feedback on ${step(trigger.stepId)}${feedbackWords(trigger.feedback)}`;
    case 'segment-entered':
      return `Enters ${trigger.segmentId ? names.segment(trigger.segmentId) ?? 'a deleted segment' : 'a segment'}`;
  }
}

function feedbackWords(f: RuleTrigger['feedback']): string {
  if (!f) return '';
  const parts: string[] = [];
  if (f.scoreMin != null && f.scoreMax != null) parts.push(`score ${f.scoreMin}–${f.scoreMax}`);
  else if (f.scoreMin != null) parts.push(`score ≥ ${f.scoreMin}`);
  else if (f.scoreMax != null) parts.push(`score ≤ ${f.scoreMax}`);
  if (f.sentiment) parts.push(f.sentiment);
  if (f.intent) parts.push(`intent “${f.intent}”`);
  if (f.effortMin != null) parts.push(`effort ≥ ${f.effortMin}`);
  if (f.effortMax != null) parts.push(`effort ≤ ${f.effortMax}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The rules that start or end at a step (its step A or step B), or all of them without a step. */
export function rulesAtStep<T extends { trigger: RuleTrigger }>(rules: T[], stepId: string | undefined): T[] {
  if (stepId === undefined) return rules;
  return rules.filter((r) => r.trigger.stepId === stepId || r.trigger.untilStepId === stepId);
}
