// The Explore benchmark's peer: DuckDB computing the funnel with a breakdown, the paths' columns, the process map's
// directly-follows graph and variants, and weekly retention on the same events the Waymark server holds. Prints JSON:
// for each query its best time over the repeats and its rows.
// Usage: node explore.mjs spec.json   (spec written by bench/explore's harness: { csv, queries: {name: args}, repeat })
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import * as sql from './sql.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(sql.importCsv(spec.csv));
await connection.run(sql.eventsWithChannelFromRaw());
await connection.run('DROP TABLE raw');

const texts = {
  funnelByChannel: (q) => sql.funnelByChannel(q.steps, q.windowUs ?? null),
  paths: (q) => sql.paths(q.from, q.depth),
  flow: () => sql.flow(),
  variants: (q) => sql.variants(q.top),
  retention: (q) => sql.weeklyRetention(q.weeks),
};

const out = {};
for (const [name, args] of Object.entries(spec.queries)) {
  const text = texts[name](args);
  let best = null;
  for (let i = 0; i < spec.repeat; i++) {
    const start = process.hrtime.bigint();
    const reader = await connection.runAndReadAll(text);
    const run = { ms: Number(process.hrtime.bigint() - start) / 1e6, rows: reader.getRowsJson() };
    if (best === null || run.ms < best.ms) best = run;
  }
  out[name] = best;
}
process.stdout.write(JSON.stringify(out));
