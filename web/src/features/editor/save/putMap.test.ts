import { describe, expect, it } from 'vitest';
import { headerSafe } from './putMap';

describe('headerSafe', () => {
  it('folds map text to ASCII so the summary header can be sent', () => {
    expect(headerSafe('Added step “Café – déjà vu…”')).toBe('Added step "Cafe - deja vu..."');
    expect(headerSafe('Added stage "購入"')).toBe('Added stage "??"');
    expect(headerSafe('plain')).toBe('plain');
  });
});
