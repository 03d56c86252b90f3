#!/usr/bin/env bash
# The feedback explorer's search benchmark in one command: builds the harness, generates 500,000 feedback items into a
# real server's SQLite, and measures search latency through the HTTP API (p50/p95 over several queries) against SQLite
# FTS5 over the same texts. Writes bench/explorer/RESULTS.md.
#   bench/explorer/run.sh [items=500000] [repeats=25]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/explorer/Waymark.Bench.Explorer -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/explorer/Waymark.Bench.Explorer/bin/Release/net10.0/Waymark.Bench.Explorer.dll \
  "${1:-500000}" "${2:-25}" bench/explorer/RESULTS.md
