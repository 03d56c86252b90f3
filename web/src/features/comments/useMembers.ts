// The workspace's members, for the composer's @mention list; kept a few minutes (people rarely join mid-comment).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { valueOf } from '../../ui/load';
import type { Mentioned } from './mentions';

/** `enabled` false (a share-link guest, who may not list the workspace's people): nobody to mention. */
export function useMembers(workspaceId: string, enabled = true): Mentioned[] {
  const { load } = useServerData({
    key: keys.members(workspaceId),
    fetch: (signal) => api.members.list(workspaceId, signal),
    keepFor: 5 * 60_000,
    enabled,
  });
  return (valueOf(load) ?? []).map((m) => ({ userId: m.userId, displayName: m.displayName }));
}

/** Members whose name (or the start of a word in it) matches what follows the @, best first, at most six. */
export function matchMembers(members: readonly Mentioned[], query: string): Mentioned[] {
  const q = query.trim().toLowerCase();
  const starts = (m: Mentioned) => m.displayName.toLowerCase().startsWith(q);
  const words = (m: Mentioned) => m.displayName.toLowerCase().split(/\s+/).some((w) => w.startsWith(q));
  return members.filter((m) => q === '' || words(m) || m.displayName.toLowerCase().includes(q))
    .sort((a, b) => Number(starts(b)) - Number(starts(a)) || a.displayName.localeCompare(b.displayName))
    .slice(0, 6);
}
