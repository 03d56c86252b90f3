import { describe, expect, it } from 'vitest';
import { applyEdit, describeEdit } from '../../map/state/edits';
import { sampleMap } from '../../map/state/testMaps';
import {
  addActivity, bindingDescription, bindingEdit, bindingFromDraft, bindingLabel, draftOf, isValid, mapHasBindings,
  newFilterRow, sameBinding, toggleActivity, validateDraft,
} from './binding';

const stepOf = (map: ReturnType<typeof sampleMap>, id: string) =>
  map.stages!.flatMap((s) => s.steps ?? []).find((p) => p.id === id)!;

describe('binding edits', () => {
  it('stores a binding on the step through updateStep and leaves the other steps alone', () => {
    const map = applyEdit(sampleMap(), bindingEdit('stp_2', { activities: ['Viewed product'] }));
    expect(stepOf(map, 'stp_2').binding).toEqual({ activities: ['Viewed product'] });
    expect(stepOf(map, 'stp_1').binding).toBeUndefined();
    expect(stepOf(map, 'stp_2').name).toBe('Reads');
    expect(mapHasBindings(map)).toBe(true);
    expect(mapHasBindings(sampleMap())).toBe(false);
  });

  it('names the edit for the revision history', () => {
    expect(describeEdit(bindingEdit('stp_1', { activities: ['a'] }))).toBe('Bound a step to data');
    expect(describeEdit(bindingEdit('stp_1', undefined))).toBe('Unbound a step from data');
    expect(describeEdit({ type: 'updateStep', stepId: 'stp_1', patch: { name: 'x' } })).toBe('Edited a step');
  });

  it('unbinding removes the property from the document', () => {
    const bound = applyEdit(sampleMap(), bindingEdit('stp_1', { activities: ['a'], filter: [{ property: 'plan', value: 'pro' }] }));
    const unbound = applyEdit(bound, bindingEdit('stp_1', undefined));
    expect('binding' in stepOf(unbound, 'stp_1')).toBe(false);
    expect(mapHasBindings(unbound)).toBe(false);
  });

  it('turns a draft into a trimmed binding, or nothing when no activity is chosen', () => {
    const draft = { activities: [' Paid '], filters: [newFilterRow(' country ', ' FR ')], keywords: [] };
    expect(bindingFromDraft(draft)).toEqual({ activities: ['Paid'], filter: [{ property: 'country', value: 'FR' }] });
    expect(bindingFromDraft({ activities: ['Paid'], filters: [], keywords: [] })).toEqual({ activities: ['Paid'] });
    expect(bindingFromDraft({ activities: [], filters: [], keywords: [] })).toBeUndefined();
  });

  it('reads a stored binding back into a draft and compares bindings by content', () => {
    const binding = { activities: ['a', 'b'], filter: [{ property: 'p', value: 'v' }] };
    const draft = draftOf(binding);
    expect(draft.activities).toEqual(['a', 'b']);
    expect(draft.filters.map((f) => [f.property, f.value])).toEqual([['p', 'v']]);
    expect(sameBinding(bindingFromDraft(draft), binding)).toBe(true);
    expect(sameBinding(undefined, { activities: [] })).toBe(true);
    expect(sameBinding({ activities: ['a'] }, { activities: ['b'] })).toBe(false);
    expect(draftOf(undefined)).toEqual({ activities: [], filters: [], keywords: [] });
  });

  it('adds, refuses and toggles activity names', () => {
    expect(addActivity(['a'], '  b ')).toEqual({ list: ['a', 'b'] });
    expect(addActivity(['a'], '   ').error).toMatch(/Type an activity/);
    expect(addActivity(['Paid'], 'paid').error).toMatch(/already bound/);
    expect(toggleActivity(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleActivity(['b'], 'a')).toEqual(['b', 'a']);
  });

  it('labels the badge and describes the binding', () => {
    expect(bindingLabel(undefined)).toBe('Not bound');
    expect(bindingLabel({ activities: ['a'] })).toBe('1 activity');
    expect(bindingLabel({ activities: ['a', 'b'] })).toBe('2 activities');
    expect(bindingDescription({ activities: ['a', 'b'], filter: [{ property: 'plan', value: 'pro' }] }))
      .toBe('Bound to a, b, where plan = pro');
    expect(bindingDescription({})).toBe('Not bound to data');
  });
});

describe('binding validation', () => {
  it('accepts a clean draft and an empty one', () => {
    expect(isValid(validateDraft({ activities: ['a'], filters: [newFilterRow('plan', 'pro')], keywords: [] }))).toBe(true);
    expect(isValid(validateDraft({ activities: [], filters: [], keywords: [] }))).toBe(true);
  });

  it('refuses empty and repeated activity names', () => {
    expect(validateDraft({ activities: ['a', ' '], filters: [], keywords: [] }).activities).toMatch(/empty/);
    expect(validateDraft({ activities: ['Paid', 'paid '], filters: [], keywords: [] }).activities).toMatch(/twice/);
  });

  it('refuses half-filled and repeated filter rows, row by row', () => {
    const empty = newFilterRow('', 'x');
    const noValue = newFilterRow('plan', ' ');
    const repeated = newFilterRow('Plan', 'team');
    const problems = validateDraft({ activities: ['a'], filters: [empty, noValue, repeated], keywords: [] });
    expect(problems.filters[empty.key]).toEqual({ property: 'Name the property.' });
    expect(problems.filters[noValue.key]).toEqual({ value: 'Give the value it must have.' });
    expect(problems.filters[repeated.key]?.property).toMatch(/already filtered/);
    expect(isValid(problems)).toBe(false);
  });

  it('asks for an activity when only a filter is given', () => {
    expect(validateDraft({ activities: [], filters: [newFilterRow('plan', 'pro')], keywords: [] }).activities).toMatch(/at least one activity/);
  });
});
