#!/usr/bin/env bash
# The limits benchmark in one command: builds the harness and runs it against the server in its own process.
# Gzip bombs (events and feedback, one and three at once) and heavy analyses (overlay, paths, insights, step
# feedback) of a 2,000-step map, one at a time and four at once while a cheap request is timed. Writes
# bench/limits/RESULTS.md.
#   bench/limits/run.sh [customers=50000] [--Setting=value ...]   (settings go to the server)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/limits/Waymark.Bench.Limits -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/limits/Waymark.Bench.Limits/bin/Release/net10.0/Waymark.Bench.Limits.dll \
  "${1:-50000}" bench/limits/RESULTS.md "${@:2}"
