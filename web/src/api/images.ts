// Images stored in the workspace: the reference a map or persona carries ("image:" and the SHA-256 of the bytes) and
// the address the browser loads it from. A web address stays as it is.
import { route, type Schemas } from './contract';

export type StoredImage = Schemas['ImageDto'];

const prefix = 'image:';
const idPattern = /^[0-9a-f]{64}$/;

/** The stored image's id, or null for anything else (a web address, a blank). */
export function storedImageId(url: string | null | undefined): string | null {
  if (!url?.startsWith(prefix)) return null;
  const id = url.slice(prefix.length);
  return idPattern.test(id) ? id : null;
}

/** Where the browser loads the image from: the workspace's image route, or the web address itself. */
export function imageSrc(workspaceId: string | null | undefined, url: string | null | undefined): string | undefined {
  const id = storedImageId(url);
  if (id === null) return url ?? undefined;
  return workspaceId ? route('/api/workspaces/{workspaceId}/images/{imageId}', { workspaceId, imageId: id }) : undefined;
}
