import { describe, expect, it } from 'vitest';
import { emptyShareForm, expiresAt, formProblem, shareRequest } from './shareForm';

const now = new Date(2026, 11, 5, 12, 0, 0);

describe('share form', () => {
  it('turns the expiry choice into a time', () => {
    expect(expiresAt(emptyShareForm, now)).toBeNull();
    expect(expiresAt({ ...emptyShareForm, expiry: '7d' }, now)?.getTime()).toBe(now.getTime() + 7 * 86_400_000);
    expect(expiresAt({ ...emptyShareForm, expiry: 'date', date: '2026-12-24' }, now)).toEqual(new Date(2026, 11, 24, 23, 59, 59));
  });

  it('refuses a past or missing date and a short passcode', () => {
    expect(formProblem({ ...emptyShareForm, expiry: 'date', date: '2026-12-01' }, now)).toMatch(/after today/);
    expect(formProblem({ ...emptyShareForm, expiry: 'date', date: '' }, now)).toMatch(/after today/);
    expect(formProblem({ ...emptyShareForm, passcode: 'abc' }, now)).toMatch(/at least 4/);
    expect(formProblem({ ...emptyShareForm, passcode: 'abcd' }, now)).toBeNull();
  });

  it('sends no passcode or label when left empty', () => {
    expect(shareRequest({ ...emptyShareForm, label: '  ' }, now)).toEqual({ access: 'view', passcode: null, expiresAt: null, includesData: false, label: null });
  });
});
