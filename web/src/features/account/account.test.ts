import { describe, expect, it } from 'vitest';
import { linkToken, nextPath } from './account';

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
