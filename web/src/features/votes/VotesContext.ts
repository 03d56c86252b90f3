// People's votes on the open map's ideas, as the idea cards read them (ADR "votes are people's"). The editor and the
// shared view provide it (VotesLayer); outside one, cards show the imported figure only.
import { createContext, useContext } from 'react';
import type { IdeaVotes, MapVotes } from '../../api/sharing';

export interface Votes {
  /** The map's votes, once loaded. */
  votes: MapVotes | undefined;
  /** One more of the caller's votes on the idea. */
  vote: (ideaId: string) => void;
  /** Takes one of the caller's votes back. */
  unvote: (ideaId: string) => void;
  /** An idea whose vote is on its way (its button waits). */
  pending: string | null;
  /** Why the last vote did not count (no votes left, …), for a moment. */
  refusal: string | null;
}

export const VotesContext = createContext<Votes | null>(null);

export function useVotes(): Votes | null {
  return useContext(VotesContext);
}

const none: IdeaVotes = { ideaId: '', count: 0, mine: 0, voters: [] };

/** An idea's votes; an idea nobody voted for has none. */
export function ideaVotes(votes: MapVotes | undefined, ideaId: string): IdeaVotes {
  return votes?.ideas.find((i) => i.ideaId === ideaId) ?? { ...none, ideaId };
}

/** How many votes the caller has left in a dot-voting session; null with one vote per idea. */
export function votesLeft(votes: MapVotes | undefined): number | null {
  if (!votes || votes.budget == null) return null;
  return Math.max(0, votes.budget - votes.used);
}

/** Who voted, in words: "Ada (2), You and Sam". */
export function votersText(idea: IdeaVotes): string {
  const names = idea.voters.map((v) => `${v.isYou ? 'You' : v.name}${v.count > 1 ? ` (${v.count})` : ''}`);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
