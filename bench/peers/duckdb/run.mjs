// Runs one dataset's benchmark on DuckDB (in-memory) and prints JSON: load/import time, each query's best time
// over the repeats, its rows, and the process's peak resident memory.
// Usage: node run.mjs spec.json   (spec written by the Waymark.Bench harness)
import { readFileSync } from 'node:fs';
import * as sql from './sql.mjs';
import { open, peakRssBytes } from './timed.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { connection, timed, best } = await open();

const out = { dataset: spec.dataset, queries: {} };
if (spec.kind === 'generated') {
  // Best of the repeats, as for Waymark (the file is in the OS cache for both).
  out.importMs = Infinity;
  for (let i = 0; i < Math.min(spec.repeat, 2); i++) {
    if (i > 0) await connection.run('DROP TABLE raw');
    out.importMs = Math.min(out.importMs, (await timed(sql.importCsv(spec.csv))).ms);
  }
  await connection.run(sql.eventsFromRaw());
  await connection.run('DROP TABLE raw');
} else {
  out.loadMs = (await timed(sql.eventsFromExport(spec.csv))).ms;
}

const queries = {
  funnel: sql.funnel(spec.funnel.steps, spec.funnel.windowUs),
  flow: sql.flow(),
  variants: sql.variants(spec.variantsTop),
  paths: sql.paths(spec.paths.from, spec.paths.depth),
  stats: sql.stats(),
};
out.queries = await best(queries, spec.repeat);
out.maxRssBytes = peakRssBytes();
process.stdout.write(JSON.stringify(out));
