// The four roles of a workspace as people read them, and the rules the members page follows (the server keeps them too).
import type { MemberRole } from '../../api/client';

export interface RoleInfo {
  value: MemberRole;
  label: string;
  can: string;
}

/** Highest first: each role can do what the ones below it can. */
export const roles: readonly RoleInfo[] = [
  { value: 'owner', label: 'Owner', can: 'Everything, plus members, invitations, share links, API keys and the workspace itself' },
  { value: 'editor', label: 'Editor', can: 'Edits maps, personas, data and segments' },
  { value: 'commenter', label: 'Commenter', can: 'Reads everything, comments and votes' },
  { value: 'viewer', label: 'Viewer', can: 'Reads maps, personas and data' },
];

export function roleLabel(role: string): string {
  return roles.find((r) => r.value === role)?.label ?? role;
}

const rank: Record<string, number> = { viewer: 1, commenter: 2, editor: 3, owner: 4 };

/** Whether a member with `role` may do what `needed` allows. */
export function hasRole(role: string | undefined, needed: MemberRole): boolean {
  return (rank[role ?? ''] ?? 0) >= rank[needed]!;
}

/** The only owner cannot be demoted, removed or leave: a workspace keeps at least one owner. */
export function isLastOwner(members: readonly { userId: string; role: string }[], userId: string): boolean {
  const owners = members.filter((m) => m.role === 'owner');
  return owners.length === 1 && owners[0]!.userId === userId;
}
