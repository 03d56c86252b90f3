// The benchmark's SQL for DuckDB. Table `events(cid VARCHAR, t BIGINT, activity VARCHAR, seq BIGINT)`:
// t is microseconds since the epoch (or the position, for sequence-only data); a customer's events are ordered
// by (t, seq), seq being the file order. Every query mirrors one Waymark analysis (see docs/analytics.md).

const quote = (s) => `'${String(s).replaceAll("'", "''")}'`;

// Generated CSV straight into a table: this is what the import benchmark times.
export const importCsv = (path) =>
  `CREATE TABLE raw AS SELECT * FROM read_csv(${quote(path)}, header = true)`;

export const eventsFromRaw = () =>
  `CREATE TABLE events AS SELECT customer_id AS cid, epoch_us("timestamp") AS t, activity, 0::BIGINT AS seq FROM raw`;

// Logs exported by the harness (BPIC2012, MSNBC) with explicit t and seq.
export const eventsFromExport = (path) =>
  `CREATE TABLE events AS SELECT * FROM read_csv(${quote(path)}, header = true,
     columns = {'cid': 'VARCHAR', 't': 'BIGINT', 'activity': 'VARCHAR', 'seq': 'BIGINT'})`;

// Directly-follows graph: edge events, distinct customers, duration mean / discrete median / p90 / min / max.
export const flow = () => `
  WITH o AS (
    SELECT cid, activity AS a, t, lead(activity) OVER w AS b, lead(t) OVER w AS tb
    FROM events WINDOW w AS (PARTITION BY cid ORDER BY t, seq))
  SELECT a, b, count(*) AS events, count(DISTINCT cid) AS customers,
         avg(tb - t) AS mean, quantile_disc(tb - t, 0.5) AS median, quantile_disc(tb - t, 0.9) AS p90,
         min(tb - t) AS min, max(tb - t) AS max
  FROM o WHERE b IS NOT NULL GROUP BY a, b ORDER BY a, b`;

// Variants: each customer's activity sequence; the top K by customers (ties by sequence), their median
// duration (first to last event), and how many variants there are.
export const variants = (top) => `
  WITH v AS (
    SELECT cid, string_agg(activity, chr(1) ORDER BY t, seq) AS variant, max(t) - min(t) AS duration
    FROM events GROUP BY cid),
  g AS (SELECT variant, count(*) AS customers, quantile_disc(duration, 0.5) AS median FROM v GROUP BY variant)
  SELECT variant, customers, median, count(*) OVER () AS variant_count FROM g
  ORDER BY customers DESC, variant LIMIT ${Number(top)}`;

// Ordered funnel, best attempt per customer: every event of the first step starts an attempt; each next step is
// the earliest matching event after the previous one within the window from the attempt's start.
export const funnel = (steps, windowUs) => {
  const window = windowUs == null ? '' : ` AND e.t <= s.t0 + ${BigInt(windowUs)}`;
  const parts = [
    `e AS (SELECT cid, activity, t, row_number() OVER (PARTITION BY cid ORDER BY t, seq) AS r FROM events
           WHERE activity IN (${[...new Set(steps)].map(quote).join(', ')}))`,
    `s0 AS (SELECT cid, r AS r0, t AS t0 FROM e WHERE activity = ${quote(steps[0])})`,
  ];
  for (let k = 1; k < steps.length; k++) {
    parts.push(`s${k} AS (SELECT s.*, min(e.r) AS r${k} FROM s${k - 1} s LEFT JOIN e ON e.cid = s.cid
       AND e.activity = ${quote(steps[k])} AND e.r > s.r${k - 1}${window} GROUP BY ALL)`);
  }
  const last = steps.length - 1;
  const reached = steps.map((_, k) => (k === 0 ? '1' : `(r${k} IS NOT NULL)::INT`)).join(' + ');
  const best = `best AS (SELECT cid, max(${reached}) AS reached FROM s${last} GROUP BY cid)`;
  const counts = steps.map((_, k) => `count(*) FILTER (WHERE reached >= ${k + 1}) AS step${k + 1}`).join(', ');
  return `WITH ${parts.join(',\n')}, ${best} SELECT ${counts} FROM best`;
};

// Paths from an activity: the step-th event after its first occurrence, counted per (step, activity).
export const paths = (from, depth) => `
  WITH o AS (SELECT cid, activity, row_number() OVER (PARTITION BY cid ORDER BY t, seq) AS r FROM events),
  a AS (SELECT cid, min(r) AS r0 FROM o WHERE activity = ${quote(from)} GROUP BY cid)
  SELECT o.r - a.r0 AS step, o.activity, count(*) AS journeys
  FROM o JOIN a USING (cid) WHERE o.r >= a.r0 AND o.r < a.r0 + ${Number(depth)}
  GROUP BY ALL ORDER BY step, activity`;

// Activity statistics: customers, events, repeat rate, discrete median time from a customer's first event.
export const stats = () => `
  WITH g AS (SELECT cid, activity, count(*) AS n, min(t) AS ft FROM events GROUP BY cid, activity),
  f AS (SELECT cid, min(t) AS first FROM events GROUP BY cid)
  SELECT activity, count(*) AS customers, sum(n) AS events, avg((n > 1)::INT) AS repeat_rate,
         quantile_disc(ft - first, 0.5) AS median_to_first
  FROM g JOIN f USING (cid) GROUP BY activity ORDER BY activity`;

// The Explore benchmark's events keep the channel (the generated CSV's fourth column).
export const eventsWithChannelFromRaw = () =>
  `CREATE TABLE events AS SELECT customer_id AS cid, epoch_us("timestamp") AS t, activity, channel, 0::BIGINT AS seq FROM raw`;

// The ordered best-attempt funnel broken down by the channel of the event that started each customer's best attempt
// (the attempt reaching furthest; then the shortest from its start to its last step reached; then the earliest):
// one row per channel with each step's customers. A customer's events are ordered by (t, seq), so the earliest
// matching row number is also the earliest time.
export const funnelByChannel = (steps, windowUs) => {
  const window = windowUs == null ? '' : ` AND e.t <= s.t0 + ${BigInt(windowUs)}`;
  const parts = [
    `e AS (SELECT cid, activity, channel, t, row_number() OVER (PARTITION BY cid ORDER BY t, seq) AS r FROM events
           WHERE activity IN (${[...new Set(steps)].map(quote).join(', ')}))`,
    `s0 AS (SELECT cid, r AS r0, t AS t0, channel AS ch0 FROM e WHERE activity = ${quote(steps[0])})`,
  ];
  for (let k = 1; k < steps.length; k++) {
    parts.push(`s${k} AS (SELECT s.*, min(e.r) AS r${k}, min(e.t) AS t${k} FROM s${k - 1} s LEFT JOIN e ON e.cid = s.cid
       AND e.activity = ${quote(steps[k])} AND e.r > s.r${k - 1}${window} GROUP BY ALL)`);
  }
  const last = steps.length - 1;
  const reached = steps.map((_, k) => (k === 0 ? '1' : `(r${k} IS NOT NULL)::INT`)).join(' + ');
  const lastTime = `coalesce(${steps.map((_, k) => `t${last - k}`).join(', ')})`;
  const attempts = `a AS (SELECT cid, ch0, ${reached} AS reached, row_number() OVER (PARTITION BY cid
       ORDER BY ${reached} DESC, ${lastTime} - t0, r0) AS pick FROM s${last})`;
  const counts = steps.map((_, k) => `count(*) FILTER (WHERE reached >= ${k + 1}) AS step${k + 1}`).join(', ');
  return `WITH ${parts.join(',\n')}, ${attempts} SELECT ch0 AS ch, ${counts} FROM a WHERE pick = 1 GROUP BY ch0 ORDER BY step1 DESC, ch0`;
};

// Weekly retention: each customer's cohort is the week (Monday, UTC) of their first event; they return in week k
// when they have an event in the k-th week after it. One row per (cohort, k) with the customers.
export const weeklyRetention = (weeks) => `
  WITH f AS (SELECT cid, date_trunc('week', make_timestamp(min(t))) AS cohort FROM events GROUP BY cid),
  w AS (SELECT DISTINCT e.cid, f.cohort, date_diff('week', f.cohort, date_trunc('week', make_timestamp(e.t))) AS k
        FROM events e JOIN f USING (cid))
  SELECT strftime(cohort, '%Y-%m-%d') AS cohort, k, count(*) AS customers FROM w WHERE k <= ${Number(weeks)}
  GROUP BY ALL ORDER BY cohort, k`;
