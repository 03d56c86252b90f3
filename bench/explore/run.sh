#!/usr/bin/env bash
# Explore benchmarks in one command: builds the harness, installs DuckDB's npm package (npm ci in bench/peers/duckdb),
# loads two generated journeys for each customer into a real server's SQLite, and times the funnel builder with a
# breakdown, the paths Sankey, the process map, retention and trends through the API beside DuckDB computing the same
# figures, checking they agree. Writes bench/explore/RESULTS.md.
#   bench/explore/run.sh [customers=1000000] [runs=15]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/explore/Waymark.Bench.Explore -c Release -nologo -v:q -p:SkipWebBuild=true
(cd bench/peers/duckdb && npm ci --no-audit --no-fund --silent)
dotnet bench/explore/Waymark.Bench.Explore/bin/Release/net10.0/Waymark.Bench.Explore.dll \
  "${1:-1000000}" "${2:-15}" bench/explore/RESULTS.md
