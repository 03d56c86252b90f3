// Node-side helpers for the co-editing tests in src/features/collab (vitest runs them in Node, the app's types are
// the browser's): the golden operation cases the server's tests share, and a plain HTTP server that is not a hub.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const fixtures = new URL('../../tests/fixtures/operations/', import.meta.url);

/** Every tests/fixtures/operations/*.json as { file, ...case }; empty when the folder is not there yet. */
export async function readOperationCases() {
  let names;
  try {
    names = (await readdir(fixtures)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const file of names) {
    const parsed = JSON.parse(await readFile(new URL(file, fixtures), 'utf8'));
    for (const c of Array.isArray(parsed) ? parsed : [parsed]) out.push({ file, ...c });
  }
  return out;
}

/** An HTTP server on a free loopback port that answers every request with `status`, recording what it was asked. */
export async function serveStatus(status) {
  const paths = [];
  const server = createServer((req, res) => {
    paths.push(`${req.method} ${req.url}`);
    res.statusCode = status;
    res.end(status === 404 ? 'Not Found' : 'Oops');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
