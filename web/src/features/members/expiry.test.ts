import { describe, expect, it } from 'vitest';
import { expiresIn } from './expiry';

describe('expiresIn', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it('says how long is left, in the unit that reads best', () => {
    expect(expiresIn('2026-12-05T12:30:00Z', now)).toBe('in less than an hour');
    expect(expiresIn('2026-12-05T17:00:00Z', now)).toBe('in 5 h');
    expect(expiresIn('2026-12-06T13:00:00Z', now)).toBe('tomorrow');
    expect(expiresIn('2026-12-12T12:00:00Z', now)).toBe('in 7 days');
  });
  it('says expired once the time has passed', () => {
    expect(expiresIn('2026-12-05T11:00:00Z', now)).toBe('expired');
  });
});
