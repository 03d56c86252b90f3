// A step's binding to event data as the dialog edits it (a draft), its checks, and the one Edit that stores it.
import type { JourneyMap, Step, StepBinding } from '../../../api/model';
import type { Edit } from '../../map/state/edits';
import { cleanKeyword, keywordsProblem } from './keywords';

export interface FilterRow {
  /** Stable key for the row while it is edited (not stored). */
  key: string;
  property: string;
  value: string;
}

export interface BindingDraft {
  activities: string[];
  filters: FilterRow[];
  /** Feedback keywords (aliases) that place feedback on the step by its text. */
  keywords: string[];
}

export interface FilterRowProblems {
  property?: string;
  value?: string;
}

export interface DraftProblems {
  activities?: string;
  keywords?: string;
  filters: Record<string, FilterRowProblems>;
}

let rowSeq = 0;
export function newFilterRow(property = '', value = ''): FilterRow {
  rowSeq += 1;
  return { key: `f${rowSeq}`, property, value };
}

export function draftOf(binding: StepBinding | undefined): BindingDraft {
  return {
    activities: [...(binding?.activities ?? [])],
    filters: (binding?.filter ?? []).map((f) => newFilterRow(f.property, f.value)),
    keywords: [...(binding?.keywords ?? [])],
  };
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Adds an activity name (trimmed). Refuses an empty name and one already chosen (case-insensitively). */
export function addActivity(list: readonly string[], name: string): { list: string[]; error?: string } {
  const trimmed = name.trim();
  if (!trimmed) return { list: [...list], error: 'Type an activity name.' };
  if (list.some((a) => same(a, trimmed))) return { list: [...list], error: `“${trimmed}” is already bound.` };
  return { list: [...list, trimmed] };
}

/** Chooses the activity when it is not chosen, removes it when it is. */
export function toggleActivity(list: readonly string[], name: string): string[] {
  return list.includes(name) ? list.filter((a) => a !== name) : addActivity(list, name).list;
}

/** What keeps the draft from being saved: empty or repeated names, half-filled or repeated filter rows. */
export function validateDraft(draft: BindingDraft): DraftProblems {
  const problems: DraftProblems = { filters: {} };
  const names = draft.activities.map((a) => a.trim());
  if (names.some((a) => !a)) problems.activities = 'An activity name is empty.';
  else if (names.some((a, i) => names.findIndex((b) => same(a, b)) !== i)) problems.activities = 'An activity is listed twice.';
  else if (names.length === 0 && draft.filters.length > 0) problems.activities = 'Choose at least one activity for the filter to apply to.';

  problems.keywords = keywordsProblem(draft.keywords);
  if (!problems.keywords) delete problems.keywords;

  const seen = new Map<string, string>();
  for (const row of draft.filters) {
    const found: FilterRowProblems = {};
    const property = row.property.trim();
    if (!property) found.property = 'Name the property.';
    if (!row.value.trim()) found.value = 'Give the value it must have.';
    if (property) {
      const key = property.toLocaleLowerCase();
      if (seen.has(key)) found.property = `“${property}” is already filtered above.`;
      else seen.set(key, row.key);
    }
    if (found.property || found.value) problems.filters[row.key] = found;
  }
  return problems;
}

export function isValid(problems: DraftProblems): boolean {
  return !problems.activities && !problems.keywords && Object.keys(problems.filters).length === 0;
}

/** The binding to store (trimmed), or undefined when nothing is bound and no keyword is set. */
export function bindingFromDraft(draft: BindingDraft): StepBinding | undefined {
  const activities = draft.activities.map((a) => a.trim()).filter(Boolean);
  const filter = draft.filters
    .map((f) => ({ property: f.property.trim(), value: f.value.trim() }))
    .filter((f) => f.property && f.value);
  const keywords = (draft.keywords ?? []).map(cleanKeyword).filter(Boolean);
  if (activities.length === 0 && keywords.length === 0) return undefined;
  const binding: StepBinding = activities.length > 0 ? { activities } : {};
  if (activities.length > 0 && filter.length > 0) binding.filter = filter;
  if (keywords.length > 0) binding.keywords = keywords;
  return binding;
}

export function sameBinding(a: StepBinding | undefined, b: StepBinding | undefined): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(b: StepBinding | undefined): StepBinding | undefined {
  const activities = b?.activities ?? [];
  const filter = b?.filter ?? [];
  const keywords = b?.keywords ?? [];
  if (activities.length === 0 && filter.length === 0 && keywords.length === 0) return undefined;
  return { activities, filter, keywords };
}

/** The one undoable edit that stores a step's binding (undefined unbinds it). */
export function bindingEdit(stepId: string, binding: StepBinding | undefined): Edit {
  return { type: 'updateStep', stepId, patch: { binding } };
}

export function isBound(step: Step): boolean {
  return (step.binding?.activities?.length ?? 0) > 0;
}

export function mapHasBindings(map: JourneyMap): boolean {
  return map.stages?.some((s) => s.steps?.some(isBound)) ?? false;
}

/** "2 activities", "1 activity", "3 keywords" (keywords only) or "Not bound": what the step header's data badge says. */
export function bindingLabel(binding: StepBinding | undefined): string {
  const n = binding?.activities?.length ?? 0;
  const k = binding?.keywords?.length ?? 0;
  if (n === 0 && k > 0) return k === 1 ? '1 keyword' : `${k} keywords`;
  if (n === 0) return 'Not bound';
  return n === 1 ? '1 activity' : `${n} activities`;
}

/** The binding spelled out for a tooltip or a screen reader. */
export function bindingDescription(binding: StepBinding | undefined): string {
  const activities = binding?.activities ?? [];
  const keywords = binding?.keywords ?? [];
  const said = keywords.length ? `; feedback keywords: ${keywords.join(', ')}` : '';
  if (activities.length === 0) return `Not bound to data${said}`;
  const filters = binding?.filter ?? [];
  const where = filters.length ? `, where ${filters.map((f) => `${f.property} = ${f.value}`).join(' and ')}` : '';
  return `Bound to ${activities.join(', ')}${where}${said}`;
}
