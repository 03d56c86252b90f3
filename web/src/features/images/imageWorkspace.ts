// Which workspace a stored image ("image:<id>") is loaded from: the app's workspace, or for a share-link guest (who
// has no workspace of the app) the shared map's, given by the shared view.
import { createContext, useContext } from 'react';
import { WorkspaceContext } from '../../app/workspace';

export const ImageWorkspaceContext = createContext<string | null>(null);

export function useImageWorkspaceId(): string | null {
  const shared = useContext(ImageWorkspaceContext);
  const workspace = useContext(WorkspaceContext);
  return shared ?? workspace?.id ?? null;
}
