#!/usr/bin/env bash
# The co-editing round trip: 20 simulated editors on one map over SignalR, the time from one editor's Send to each
# of the others receiving the Applied record, p50/p95/p99 on loopback; one server (SQLite) and two servers (one
# PostgreSQL, one Redis backplane), steady (an edit per editor every 100-400 ms) and burst (back to back).
# Needs Debian's postgresql and redis-server. Writes the table to bench/collab/latency-latest.md.
#   bench/collab/run.sh [editors=20] [edits-each=40]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/collab/Waymark.Bench.Collab -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/collab/Waymark.Bench.Collab/bin/Release/net10.0/Waymark.Bench.Collab.dll \
  latency "${1:-20}" "${2:-40}" bench/collab/latency-latest.md
cat bench/collab/latency-latest.md
