#!/usr/bin/env bash
# The ClickHouse benchmark of issue 18 in one command: builds the harness, installs DuckDB's npm package (npm ci in
# bench/peers/duckdb), then generates the log (deterministic, streamed), ingests it through Waymark's API into one
# ClickHouse server and into a two-shard cluster (Debian's clickhouse-server in temp folders on free loopback ports),
# and times the overlay of a 9-step map, a 6-step funnel and the flow graph by pushdown, by the in-memory engine and
# by DuckDB on the same rows, checking the figures agree. Writes bench/clickhouse/RESULTS.md. See README.md here.
#   bench/clickhouse/run.sh [events=100000000] [customers=10000000] [repeats=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/clickhouse/Waymark.Bench.ClickHouse -c Release -nologo -v:q -p:SkipWebBuild=true
(cd bench/peers/duckdb && npm ci --no-audit --no-fund --silent)
dotnet bench/clickhouse/Waymark.Bench.ClickHouse/bin/Release/net10.0/Waymark.Bench.ClickHouse.dll \
  "${1:-100000000}" "${2:-10000000}" bench/clickhouse/RESULTS.md "${3:-3}"
