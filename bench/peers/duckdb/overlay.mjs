// The evidence benchmark's peer: DuckDB's ordered best-attempt funnel over the map's bound steps, on the same
// events the Waymark server holds. Prints JSON: the best time over the repeats and the step counts.
// Usage: node overlay.mjs spec.json   (spec written by bench/evidence's harness: { csv, steps, repeat })
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import * as sql from './sql.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(sql.importCsv(spec.csv));
await connection.run(sql.eventsFromRaw());
await connection.run('DROP TABLE raw');

let best = null;
for (let i = 0; i < spec.repeat; i++) {
  const start = process.hrtime.bigint();
  const reader = await connection.runAndReadAll(sql.funnel(spec.steps, null));
  const run = { ms: Number(process.hrtime.bigint() - start) / 1e6, rows: reader.getRowsJson() };
  if (best === null || run.ms < best.ms) best = run;
}
process.stdout.write(JSON.stringify(best));
