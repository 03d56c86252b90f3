import { describe, expect, it } from 'vitest';
import { hasRole, isLastOwner, roleLabel } from './roles';

describe('roles', () => {
  it('ranks roles so each includes the ones below', () => {
    expect(hasRole('owner', 'editor')).toBe(true);
    expect(hasRole('commenter', 'commenter')).toBe(true);
    expect(hasRole('commenter', 'editor')).toBe(false);
    expect(hasRole(undefined, 'viewer')).toBe(false);
  });

  it('finds the last owner only when there is one owner', () => {
    const members = [{ userId: 'a', role: 'owner' }, { userId: 'b', role: 'editor' }];
    expect(isLastOwner(members, 'a')).toBe(true);
    expect(isLastOwner(members, 'b')).toBe(false);
    expect(isLastOwner([...members, { userId: 'c', role: 'owner' }], 'a')).toBe(false);
  });

  it('labels roles and leaves unknown text as it is', () => {
    expect(roleLabel('commenter')).toBe('Commenter');
    expect(roleLabel('guest')).toBe('guest');
  });
});
