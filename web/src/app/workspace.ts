// The workspace the app works in. Until accounts exist there is one: the first the server lists.
import { createContext, useContext } from 'react';
import type { MemberRole } from '../api/client';
import type { Workspace } from '../api/model';
import { hasRole } from '../features/members/roles';

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside WorkspaceContext');
  return ws;
}

/**
 * Whether the caller's role in the workspace (the server sends it with the workspace) allows what `needed` allows.
 * The web only hides what the server would refuse; the server's answer is still the rule (ADR 017).
 */
export function useCan(needed: MemberRole): boolean {
  return hasRole(useWorkspace().role, needed);
}
