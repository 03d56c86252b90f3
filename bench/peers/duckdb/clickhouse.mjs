// The ClickHouse benchmark's peer (bench/clickhouse): DuckDB on the rows the ClickHouse event store holds, exported
// as CSV (cid, t in microseconds, activity, seq: the store's input order). Times the load and, best over the repeats
// after a warm-up (as on the other sides), the overlay's funnel over the map's steps, a funnel with a window and the
// directly-follows graph. Prints JSON: { loadMs, queries: { name: { ms, rows } }, maxRssBytes }.
// Usage: node clickhouse.mjs spec.json   (spec: { csv, overlaySteps, funnel: { steps, windowUs }, repeat, memoryLimit })
import { readFileSync } from 'node:fs';
import * as sql from './sql.mjs';
import { open, peakRssBytes } from './timed.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { connection, timed, best } = await open();
// At 100M events the table alone is several GB and the ClickHouse servers and Waymark's server share the machine:
// a fixed limit (past it DuckDB spills to its temp directory) instead of its default, 80% of the machine's memory.
if (spec.memoryLimit) await connection.run(`SET memory_limit = '${spec.memoryLimit}'`);
const loadMs = (await timed(sql.eventsFromExport(spec.csv))).ms;
const queries = await best({
  overlay: sql.funnel(spec.overlaySteps, null),
  funnel: sql.funnel(spec.funnel.steps, spec.funnel.windowUs),
  flow: sql.flow(),
}, spec.repeat, true);
process.stdout.write(JSON.stringify({ loadMs, queries, maxRssBytes: peakRssBytes() }));
