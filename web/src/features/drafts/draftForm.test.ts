import { describe, expect, it } from 'vitest';
import { draftRequest, validateDraft } from './draftForm';

describe('validateDraft', () => {
  it('accepts a blank name and 3 to 40 steps', () => {
    expect(validateDraft({ name: '', steps: '3' })).toEqual({});
    expect(validateDraft({ name: 'Checkout', steps: ' 40 ' })).toEqual({});
  });

  it('refuses steps outside 3..40 or not whole numbers, and very long names', () => {
    expect(validateDraft({ name: '', steps: '2' }).steps).toMatch(/3 to 40/);
    expect(validateDraft({ name: '', steps: '41' }).steps).toBeDefined();
    expect(validateDraft({ name: '', steps: '4.5' }).steps).toBeDefined();
    expect(validateDraft({ name: '', steps: '' }).steps).toBeDefined();
    expect(validateDraft({ name: 'x'.repeat(201), steps: '12' }).name).toBeDefined();
  });
});

describe('draftRequest', () => {
  it('trims the name and leaves a blank one out', () => {
    expect(draftRequest({ name: '  Trial  ', steps: '8' })).toEqual({ name: 'Trial', maxSteps: 8 });
    expect(draftRequest({ name: ' ', steps: '12' })).toEqual({ maxSteps: 12 });
  });
});
