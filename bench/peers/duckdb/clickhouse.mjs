// The ClickHouse benchmark's peer (bench/clickhouse): DuckDB on the rows the ClickHouse event store holds, exported
// as CSV (cid, t in microseconds, activity, seq: the store's input order). Times the load and, best over the repeats,
// the overlay's funnel over the map's steps, a funnel with a window and the directly-follows graph. Prints JSON:
// { loadMs, queries: { name: { ms, rows } }, maxRssBytes }.
// Usage: node clickhouse.mjs spec.json   (spec: { csv, overlaySteps, funnel: { steps, windowUs }, repeat })
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import * as sql from './sql.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

const timed = async (text) => {
  const start = process.hrtime.bigint();
  const reader = await connection.runAndReadAll(text);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows: reader.getRowsJson() };
};

const out = { loadMs: (await timed(sql.eventsFromExport(spec.csv))).ms, queries: {} };
const queries = {
  overlay: sql.funnel(spec.overlaySteps, null),
  funnel: sql.funnel(spec.funnel.steps, spec.funnel.windowUs),
  flow: sql.flow(),
};
for (const [name, text] of Object.entries(queries)) {
  await timed(text); // warm-up, as on the other sides
  let best = null;
  for (let i = 0; i < spec.repeat; i++) {
    const run = await timed(text);
    if (best === null || run.ms < best.ms) best = run;
  }
  out.queries[name] = best;
}

out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(out));
