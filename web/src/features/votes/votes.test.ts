import { describe, expect, it } from 'vitest';
import type { MapVotes } from '../../api/sharing';
import { ideaVotes, votersText, votesLeft } from './VotesContext';

const votes: MapVotes = {
  mapId: 'map_1', budget: 5, used: 3, canVote: true,
  ideas: [{
    ideaId: 'i1', count: 4, mine: 2, voters: [
      { name: 'You', count: 2, isGuest: false, isYou: true },
      { name: 'Ada (guest)', count: 1, isGuest: true, isYou: false },
      { name: 'Sam', count: 1, isGuest: false, isYou: false },
    ],
  }],
};

describe('votes', () => {
  it('names who voted, with counts above one', () => {
    expect(votersText(ideaVotes(votes, 'i1'))).toBe('You (2), Ada (guest) and Sam');
  });

  it('gives an idea nobody voted for no votes', () => {
    expect(ideaVotes(votes, 'i9')).toEqual({ ideaId: 'i9', count: 0, mine: 0, voters: [] });
  });

  it('counts the votes left only in a dot-voting session', () => {
    expect(votesLeft(votes)).toBe(2);
    expect(votesLeft({ ...votes, budget: null })).toBeNull();
    expect(votesLeft({ ...votes, used: 7 })).toBe(0);
  });
});
