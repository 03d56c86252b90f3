// The workspace the app works in. Until accounts exist there is one: the first the server lists.
import { createContext, useContext } from 'react';
import type { Workspace } from '../api/model';

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside WorkspaceContext');
  return ws;
}
