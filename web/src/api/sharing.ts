// Share links, guests and votes, by the names the app uses; the shapes are the server's (contract.ts).
import type { Schemas } from './contract';

export type ShareLink = Schemas['ShareLinkDto'];
export type CreatedShareLink = Schemas['CreatedShareLink'];
export type SharedMap = Schemas['SharedMapDto'];
export type MapVotes = Schemas['MapVotesDto'];
export type IdeaVotes = Schemas['IdeaVotesDto'];
export type Voter = Schemas['VoterDto'];

/** What a share link lets its guests do. */
export type ShareAccess = 'view' | 'comment';
