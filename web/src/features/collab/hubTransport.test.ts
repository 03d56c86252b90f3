// The SignalR client (the real one) against a plain HTTP server: a server without the hub answers negotiate 404,
// and only the error's message says so.
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatus } from '../../../scripts/collab-test-support.js';
import { HubTransport, hubMissing } from './hubTransport';

let close: (() => Promise<void>) | undefined;
afterEach(async () => { await close?.(); close = undefined; });

async function serve(status: number) {
  const server = await serveStatus(status);
  close = server.close;
  return server;
}

async function startError(url: string): Promise<unknown> {
  try {
    await new HubTransport('ws1', 'map_1', url).start();
  } catch (error) {
    return error;
  }
  throw new Error('start should have failed');
}

describe('hubMissing', () => {
  it('is true for the real client’s negotiate 404, which posts to /hubs/maps/negotiate', async () => {
    const { url, paths } = await serve(404);
    const error = await startError(url);
    expect(paths[0]).toMatch(/^POST \/hubs\/maps\/negotiate\?user=Waymark(%20|\+)user&negotiateVersion=1$/);
    expect(hubMissing(error)).toBe(true);
  });

  it('is false for a server error, which is not the hub being absent', async () => {
    const { url } = await serve(500);
    expect(hubMissing(await startError(url))).toBe(false);
  });

  it('is false for a refused connection and for anything that is not an error', async () => {
    const { url, close: stop } = await serveStatus(404);
    await stop();
    expect(hubMissing(await startError(url))).toBe(false);
    expect(hubMissing(undefined)).toBe(false);
  });
});
