#!/usr/bin/env bash
# The engine's memory per event (issue 18, ADR 073) in one command: builds the harness, stores a generated log of each
# size in SQLite through the event store (once: kept in $WAYMARK_BENCH_DATA, else a temp folder), reads it back in a
# child process as the server's log cache does, and fits resident memory (VmRSS) and heap as a + b x events.
# DOTNET_ GC settings in the environment reach the child (e.g. DOTNET_gcServer=0). Writes bench/memory/RESULTS.md.
#   bench/memory/run.sh [sizes=2000000,10000000] [events per customer=10] [output=bench/memory/RESULTS.md]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/memory/Waymark.Bench.Memory -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/memory/Waymark.Bench.Memory/bin/Release/net10.0/Waymark.Bench.Memory.dll \
  "${1:-2000000,10000000}" "${2:-10}" "${3:-bench/memory/RESULTS.md}"
