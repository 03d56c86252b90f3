import { describe, expect, it } from 'vitest';
import type { Persona } from '../../api/model';
import { cleanPersona, localProblems, newPersonaId, problemsAt } from './personaDoc';

describe('cleanPersona', () => {
  it('drops blank texts, blank items, empty lists and empty groups', () => {
    const p: Persona = {
      id: 'per_1', name: '  Ana  ', age: '', jobRole: 'Nurse', photoUrl: ' ',
      goals: { professional: ['', '  '], personal: ['Sleep', ''] },
      needs: [], channels: [], quote: 'Hi', backstory: { why: '', what: ' ' },
    };
    expect(cleanPersona(p)).toEqual({ id: 'per_1', name: 'Ana', jobRole: 'Nurse', goals: { personal: ['Sleep'] }, quote: 'Hi' });
  });

  it('keeps every filled field', () => {
    const p: Persona = {
      id: 'per_2', name: 'B', photoUrl: 'https://x.test/b.png', age: '40', jobRole: 'R', familyStatus: 'F', color: '#112233',
      goals: { professional: ['g1'], personal: ['g2'] }, needs: ['n'], painPoints: ['p'], motivations: ['m'], behaviours: ['b'],
      channels: ['web', 'custom:Fax'], quote: 'q', backstory: { entryPoint: 'e', why: 'w', what: 'wh', outcomes: 'o' },
    };
    expect(cleanPersona(p)).toEqual(p);
  });
});

describe('problems', () => {
  it('checks name, photo address and colour locally', () => {
    expect(localProblems({ id: 'p', name: ' ' }).name).toHaveLength(1);
    expect(localProblems({ id: 'p', name: 'A', photoUrl: 'javascript:alert(1)' }).photoUrl).toHaveLength(1);
    expect(localProblems({ id: 'p', name: 'A', photoUrl: 'https://x.test/a.png', color: '#abcdef' })).toEqual({});
    expect(localProblems({ id: 'p', name: 'A', color: 'red' }).color).toHaveLength(1);
  });

  it('finds the server problems under a field path, numbering list items', () => {
    const errors = { 'goals.personal[2]': ['too long'], goals: ['odd'], name: ['required'], needsMore: ['x'] };
    expect(problemsAt(errors, 'goals.personal')).toEqual(['Item 3: too long']);
    expect(problemsAt(errors, 'goals')).toEqual(['Item 3: too long', 'odd']);
    expect(problemsAt(errors, 'needs')).toEqual([]);
    expect(problemsAt(errors, 'name')).toEqual(['required']);
  });
});

describe('newPersonaId', () => {
  it('is per_ and ten base-36 characters', () => {
    expect(newPersonaId()).toMatch(/^per_[0-9a-z]{10}$/);
    expect(newPersonaId((n) => new Uint8Array(n).fill(37))).toBe('per_1111111111');
  });
});
