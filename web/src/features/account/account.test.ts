import { describe, expect, it } from 'vitest';
import { linkToken, nextPath, singleSignOnMessage, singleSignOnUrl } from './account';

describe('nextPath', () => {
  it('keeps a page of this site', () => expect(nextPath('?next=%2Fdata%2Ffeedback')).toBe('/data/feedback'));
  it('refuses another site', () => expect(nextPath('?next=%2F%2Fevil.example')).toBe('/'));
  it('refuses an absolute address', () => expect(nextPath('?next=https%3A%2F%2Fevil.example')).toBe('/'));
  it('does not loop back to sign-in', () => expect(nextPath('?next=%2Fsignin')).toBe('/'));
  it('defaults home', () => expect(nextPath('')).toBe('/'));
});

describe('linkToken', () => {
  it('reads the fragment', () => expect(linkToken('#token=abc.def')).toBe('abc.def'));
  it('is undefined without one', () => expect(linkToken('')).toBeUndefined());
});

describe('single sign-on', () => {
  it('starts with the page to come back to', () =>
    expect(singleSignOnUrl('/api/account/oidc', '/maps?x=1')).toBe('/api/account/oidc?returnUrl=%2Fmaps%3Fx%3D1'));
  it('says why it came back', () => expect(singleSignOnMessage('?sso=no-account')).toMatch(/no account here/));
  it('treats an unknown reason as a failure', () => expect(singleSignOnMessage('?sso=<b>x</b>')).toMatch(/did not complete/));
  it('is silent without a reason', () => expect(singleSignOnMessage('?next=%2F')).toBeUndefined());
});
