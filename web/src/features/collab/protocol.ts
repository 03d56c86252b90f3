// The co-editing hub's messages (docs/adr/043-operations-co-editing.md): operations go up, applied records and
// presence come down. The server's C# records mirror these names.
import type { JourneyMap } from '../../api/model';
import type { Edit } from '../map/state/edits';

export const hubPath = '/hubs/maps';

/** One edit with the id its client made (the server never applies one id twice) and the seq it was made on. */
export interface Operation {
  id: string;
  baseSeq: number;
  edit: Edit;
  /** A restore from the map's history: the seq whose map this replaceDocument puts back (docs/adr/048). */
  restoredFrom?: number;
}

export interface Replaced {
  authorId: string;
  authorName: string;
  seq: number;
}

export interface AppliedOp {
  seq: number;
  id: string;
  authorId: string;
  authorName: string;
  at: string;
  edit: Edit;
  /** Set when this op overwrote what another author wrote after this op's base: that author is told. */
  replaced?: Replaced | null;
  /** Set on a restore from the map's history: the seq restored. */
  restoredFrom?: number | null;
}

export type SendStatus = 'applied' | 'duplicate' | 'rejected';

export interface SendResult {
  id: string;
  status: SendStatus;
  seq?: number | null;
  /** Why an op was rejected: deleted, exists, invalid, missing, … */
  reason?: string | null;
  message?: string | null;
  /** Where in the op the problem is (invalid), and who deleted what it named (deleted). */
  path?: string | null;
  by?: string | null;
}

export interface Selection {
  laneId?: string | null;
  stepId?: string | null;
  stageId?: string | null;
}

export interface Presence {
  connectionId: string;
  userId: string;
  name: string;
  colour: string;
  selection?: Selection | null;
  following?: string | null;
}

/** The caller's role on the map's workspace: viewer, commenter, editor or owner. */
export type Role = string;

export interface JoinResult {
  seq: number;
  map?: JourneyMap | null;
  ops?: AppliedOp[] | null;
  presence: Presence[];
  role: Role;
}

/** JSON drops undefined, so a patch's "clear this" (undefined in the editor) travels as null. */
export function toWire(edit: Edit): Edit {
  if ('patch' in edit) {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(edit.patch)) patch[key] = value === undefined ? null : value;
    return { ...edit, patch };
  }
  if (edit.type === 'setCell' && edit.cell === undefined) return { ...edit, cell: null };
  return edit;
}

/** A new operation id: a uuid where the browser has one (secure contexts), random hex otherwise. */
export function newOpId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
