// Where a thread is pinned, and its key: the same one-string name of a place as the server's (map, stage:id, step:id,
// cell:laneId:stepId), so a badge finds its count.
import type { Schemas } from '../../api/contract';

export type Thread = Schemas['CommentThreadDto'];
export type Comment = Schemas['CommentDto'];
export type ThreadList = Schemas['CommentThreadListDto'];
export type InboxItem = Schemas['InboxItemDto'];
export type Inbox = Schemas['InboxDto'];

export type Anchor =
  | { kind: 'map' }
  | { kind: 'stage'; stageId: string }
  | { kind: 'step'; stepId: string }
  | { kind: 'cell'; laneId: string; stepId: string };

type AnchorLike = { kind: string; stageId?: string | null; stepId?: string | null; laneId?: string | null };

export function anchorKey(anchor: AnchorLike): string {
  switch (anchor.kind) {
    case 'stage': return `stage:${anchor.stageId ?? ''}`;
    case 'step': return `step:${anchor.stepId ?? ''}`;
    case 'cell': return `cell:${anchor.laneId ?? ''}:${anchor.stepId ?? ''}`;
    default: return 'map';
  }
}

const kindWords: Record<string, string> = { map: 'map', stage: 'stage', step: 'step', cell: 'cell' };

/** "Step · Sign up", "On a removed step · Sign up", "Whole map". */
export function placeOf(thread: Pick<Thread, 'anchor' | 'anchorLabel' | 'anchorRemoved'>): string {
  const kind = kindWords[thread.anchor.kind] ?? 'place';
  if (thread.anchor.kind === 'map') return 'Whole map';
  const label = thread.anchorLabel ?? '';
  if (thread.anchorRemoved) return label ? `On a removed ${kind} · ${label}` : `On a removed ${kind}`;
  return label ? `${kind[0]!.toUpperCase()}${kind.slice(1)} · ${label}` : kind;
}
