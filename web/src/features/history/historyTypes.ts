// The map history's answers (docs/adr/048-map-history.md; the server's Features/History): sessions of edits by one
// author, named versions, and the map as it was at a seq.
import type { JourneyMap } from '../../api/model';

export interface EditKind {
  label: string;
  count: number;
}

/** One author's run of edits, each within 15 minutes of their previous one; a restore is a session of its own. */
export interface HistorySession {
  authorId: string;
  authorName: string;
  fromSeq: number;
  toSeq: number;
  startedAt: string;
  endedAt: string;
  edits: number;
  kinds: EditKind[];
  /** Set when the session is a restore: the seq whose map it put back. */
  restoredFrom?: number | null;
}

/** A name given to the map as it was at a seq ("after the workshop"). */
export interface MapVersion {
  id: string;
  name: string;
  seq: number;
  createdById: string;
  createdByName: string;
  createdAt: string;
}

export interface MapHistory {
  /** The map's current seq. */
  seq: number;
  /** Newest first. */
  sessions: HistorySession[];
  /** Every named version, newest first. */
  versions: MapVersion[];
  /** Older sessions exist: ask again with before = the oldest fromSeq shown. */
  more: boolean;
}

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
