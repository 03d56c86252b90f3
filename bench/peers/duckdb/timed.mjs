// What the DuckDB peers share: an in-memory DuckDB, a query timed with its rows, and the best run of each query.
import { DuckDBInstance } from '@duckdb/node-api';

export const open = async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const timed = async (text) => {
    const start = process.hrtime.bigint();
    const reader = await connection.runAndReadAll(text);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, rows: reader.getRowsJson() };
  };
  // Each query's fastest of `repeat` runs (after one untimed run when warmUp), by name.
  const best = async (queries, repeat, warmUp = false) => {
    const out = {};
    for (const [name, text] of Object.entries(queries)) {
      if (warmUp) await timed(text);
      let fastest = null;
      for (let i = 0; i < repeat; i++) {
        const run = await timed(text);
        if (fastest === null || run.ms < fastest.ms) fastest = run;
      }
      out[name] = fastest;
    }
    return out;
  };
  return { connection, timed, best };
};

// The process's peak resident memory so far, in bytes.
export const peakRssBytes = () => process.resourceUsage().maxRSS * 1024;
