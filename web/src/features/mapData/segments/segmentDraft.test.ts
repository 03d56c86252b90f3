import { describe, expect, it } from 'vitest';
import { describeConditions, draftOf, isValid, newAttributeRow, requestOf, splitValues, validateDraft } from './segmentDraft';

const segment = {
  id: 'seg_1', name: 'Pro on mobile', updatedAt: '2026-11-27T10:00:00Z',
  conditions: { attributes: [{ key: 'plan', values: ['pro', 'team'] }], did: ['Opened app'], didNot: ['Cancelled'], channels: ['mobileApp'] },
};

describe('segment drafts', () => {
  it('round-trips a segment through the draft into the same request', () => {
    expect(requestOf(draftOf(segment))).toEqual({ name: 'Pro on mobile', conditions: segment.conditions });
  });

  it('splits typed values on commas, trimmed and without repeats', () => {
    expect(splitValues(' pro, team ,, pro ,trial')).toEqual(['pro', 'team', 'trial']);
  });

  it('asks for a name and at least one condition', () => {
    const problems = validateDraft(draftOf());
    expect(problems.name).toBe('Name the segment.');
    expect(problems.conditions).toMatch(/at least one condition/);
    expect(isValid(problems)).toBe(false);
  });

  it('refuses half-filled and repeated attribute rows and an activity both done and not done', () => {
    const a = newAttributeRow('size', '');
    const b = newAttributeRow('plan', 'pro');
    const c = newAttributeRow('Plan', 'team');
    const problems = validateDraft({ ...draftOf(), name: 'x', attributes: [a, b, c], did: ['Paid'], didNot: ['paid'] });
    expect(problems.attributes[a.key]).toMatch(/at least one value/);
    expect(problems.attributes[b.key]).toBeUndefined();
    expect(problems.attributes[c.key]).toMatch(/already has a condition/);
    expect(problems.activities).toMatch(/both done and not done/);
  });

  it('accepts a named segment with one condition', () => {
    expect(isValid(validateDraft({ ...draftOf(), name: 'Email', channels: ['email'] }))).toBe(true);
  });

  it('describes the conditions in words', () => {
    expect(describeConditions(segment.conditions))
      .toBe('plan is pro or team · did Opened app · did not Cancelled · first came by mobileApp');
    expect(describeConditions({ attributes: [], did: [], didNot: [], channels: [] })).toBe('Every customer');
  });
});
