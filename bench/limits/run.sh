#!/usr/bin/env bash
# The limits benchmark in one command: builds the harness and runs it against the server in its own process, twice:
# with the shipped settings (bench/limits/RESULTS.md: the 2,000-step map is refused with 422) and with the map-size
# limits raised so the heavy analyses really run (bench/limits/RESULTS-2000-steps.md). Each measures gzip bombs
# (events and feedback, one and three at once) and analyses of a 2,000-step map (overlay, paths, insights, step
# feedback) alone and four at once while a cheap request is timed. bench/limits/BEFORE.md is the same harness run
# on the tree before the limits (commit 0b59dab).
#   bench/limits/run.sh [customers=50000]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/limits/Waymark.Bench.Limits -c Release -nologo -v:q -p:SkipWebBuild=true
harness=bench/limits/Waymark.Bench.Limits/bin/Release/net10.0/Waymark.Bench.Limits.dll
dotnet "$harness" "${1:-50000}" bench/limits/RESULTS.md
dotnet "$harness" "${1:-50000}" bench/limits/RESULTS-2000-steps.md --Analysis:MaxBoundSteps=2000 --Analysis:MaxBoundActivities=2000
