// The first reads a page needs, started by a small script (public/boot.js, loaded by index.html) while the app's
// code is still downloading (see ADR 004). Each preload is used at most once and only when it matches the request
// exactly; anything else, or any failure, falls back to a normal request.

interface BootPreloads {
  workspaces?: Promise<Response>;
  map?: { id: string; response: Promise<Response> };
}

declare global {
  interface Window {
    __waymarkBoot?: BootPreloads;
  }
}

function boot(): BootPreloads | undefined {
  return typeof window === 'undefined' ? undefined : window.__waymarkBoot;
}

/** The preloaded answer to GET /api/workspaces, once. */
export function takeWorkspaces(): Promise<Response> | undefined {
  const b = boot();
  const p = b?.workspaces;
  if (b) b.workspaces = undefined;
  return p;
}

/** The preloaded answer to GET the map with this id in the first workspace, once. */
export function takeMap(mapId: string): Promise<Response> | undefined {
  const b = boot();
  if (!b?.map || b.map.id !== mapId) return undefined;
  const p = b.map.response;
  b.map = undefined;
  return p;
}
