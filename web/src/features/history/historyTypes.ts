// The map history's answers (docs/adr/048-map-history.md; the server's Features/History): sessions of edits by one
// author, named versions, and the map as it was at a seq.
import type { JourneyMap } from '../../api/model';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

/** A kind of edit in a session ("cells changed") and how many. */
export type EditKind = Schemas['HistoryKind'];
/** One author's run of edits, each within 15 minutes of their previous one; a restore is a session of its own. */
export type HistorySession = Schemas['HistorySession'];
/** A name given to the map as it was at a seq ("after the workshop"). */
export type MapVersion = Schemas['MapVersion'];
/** Sessions and versions newest first; `more`: older sessions exist (ask with before = the oldest fromSeq shown). */
export type MapHistory = Schemas['MapHistory'];

/** The map just after op `seq` (the schema types the map as any JSON). */
export interface MapAt {
  seq: number;
  map: JourneyMap;
}

/** The point of the history a preview or a restore is about: a session's end or a named version. */
export interface HistoryPoint {
  seq: number;
  /** How the point is named in words: “after the workshop” or “the map as of 10:42”. */
  title: string;
  version?: MapVersion;
}
